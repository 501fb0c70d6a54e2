import * as __pycoro from "pycoro/internal";
import { drive } from "../../_lib/py.js";
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.out = void 0;
        this.a = void 0;
        this.b = void 0;
        this.c = void 0;
        this.x = void 0;
        this.y = void 0;
        this.p = void 0;
        this.q = void 0;
        this.m = void 0;
        this.n1 = void 0;
        this.n2 = void 0;
        this.first = void 0;
        this.rest = void 0;
        this.v = void 0;
        this.$t0 = void 0;
        this.$t1 = void 0;
        this.$it = void 0;
        this.$r = void 0;
        this.$c2 = void 0;
        this.$x2 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $t2_;
        let $err;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0:
                        $f.out = [];
                        $f.$t0 = __pycoro.destructureIter([1, undefined, 3]);
                        $s = 1;
                    case 1:
                        $f.a = $f.$t0.next();
                        $f.$t1 = $f.$t0.next();
                        if ($f.$t1 !== void 0) {
                            $s = 4;
                            continue $loop;
                        }
                        $f.$s = 5;
                        return "default-b";
                    case 5: $f.$t1 = $v;
                    case 4:
                        $f.b = $f.$t1;
                        $t2_ = $f.$t0.next();
                        if ($t2_ !== void 0) {
                            $s = 6;
                            continue $loop;
                        }
                        $f.$s = 7;
                        return "never: c is 3";
                    case 7: $t2_ = $v;
                    case 6:
                        $f.c = $t2_;
                        $f.$t0.close();
                        $s = 2;
                        continue $loop;
                    case 3:
                        $f.$t0.abort();
                        throw $err;
                    case 2:
                        $f.out.push([$f.a, $f.b, $f.c]);
                        $f.$t0 = __pycoro.objectCoercible({ x: 1 });
                        $f.x = $f.$t0["x"];
                        $f.$t1 = $f.$t0["y"];
                        if ($f.$t1 !== void 0) {
                            $s = 8;
                            continue $loop;
                        }
                        $f.$s = 9;
                        return "default-y";
                    case 9: $f.$t1 = $v;
                    case 8:
                        $f.y = $f.$t1;
                        $f.out.push([$f.x, $f.y]);
                        $f.$s = 10;
                        return "pair";
                    case 10:
                        __pycoro.untaken([$f.p, $f.q] = __pycoro.take($v, 2, 0, 2, "(intermediate value)"));
                        $f.out.push([$f.p, $f.q]);
                        $f.$s = 11;
                        return "nested";
                    case 11:
                        $f.$t0 = __pycoro.objectCoercible($v);
                        $f.m = $f.$t0["m"];
                        $f.$t1 = __pycoro.destructureIter($f.$t0["n"]);
                        $s = 12;
                    case 12:
                        $f.n1 = $f.$t1.next();
                        $t2_ = $f.$t1.next();
                        if ($t2_ !== void 0) {
                            $s = 15;
                            continue $loop;
                        }
                        $f.$s = 16;
                        return "default-n2";
                    case 16: $t2_ = $v;
                    case 15:
                        $f.n2 = $t2_;
                        $f.$t1.close();
                        $s = 13;
                        continue $loop;
                    case 14:
                        $f.$t1.abort();
                        throw $err;
                    case 13:
                        $f.out.push([$f.m, $f.n1, $f.n2]);
                        $f.$s = 17;
                        return "rest";
                    case 17:
                        __pycoro.untaken([$f.first, ...$f.rest] = __pycoro.take($v, -1, 0, 2, "(intermediate value)"));
                        $f.out.push([$f.first, $f.rest]);
                        $f.$it = __pycoro.iter([{ v: 1 }, {}, { v: 3 }]);
                        $s = 18;
                    case 18:
                    case 21:
                        try {
                            $f.$r = $f.$it.$next();
                        }
                        catch ($e) {
                            $f.$it = null;
                            throw $e;
                        }
                        if ($f.$it.$s === -1) {
                            $s = 22;
                            continue $loop;
                        }
                        $f.$t0 = __pycoro.objectCoercible($f.$r);
                        $f.$t1 = $f.$t0["v"];
                        if ($f.$t1 !== void 0) {
                            $s = 23;
                            continue $loop;
                        }
                        $f.$s = 24;
                        return "default-v";
                    case 24: $f.$t1 = $v;
                    case 23:
                        $f.v = $f.$t1;
                        $f.out.push($f.v);
                        $s = 21;
                        continue $loop;
                    case 22:
                        $f.$it = null;
                        $f.$c2 = 19;
                        $f.$x2 = void 0;
                        $s = 20;
                        continue $loop;
                    case 20:
                        if ($f.$it !== null)
                            __pycoro.iterClose($f.$it, $f.$c2 === -1);
                        $f.$it = null;
                        if ($f.$c2 === -1)
                            throw $f.$x2;
                        if ($f.$c2 === -2) {
                            $v = $f.$x2;
                            $f.out = $f.a = $f.b = $f.c = $f.x = $f.y = $f.p = $f.q = $f.m = $f.n1 = $f.n2 = $f.first = $f.rest = $f.v = $f.$t0 = $f.$t1 = $f.$it = $f.$r = $f.$x2 = void 0;
                            return $v;
                        }
                        $s = $f.$c2;
                        continue $loop;
                    case 19: {
                        $v = $f.out;
                        $f.out = $f.a = $f.b = $f.c = $f.x = $f.y = $f.p = $f.q = $f.m = $f.n1 = $f.n2 = $f.first = $f.rest = $f.v = $f.$t0 = $f.$t1 = $f.$it = $f.$r = $f.$x2 = void 0;
                        return $v;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 5:
                    case 4:
                    case 7:
                    case 6:
                        $err = $e;
                        $s = 3;
                        continue $loop;
                    case 12:
                    case 16:
                    case 15:
                        $err = $e;
                        $s = 14;
                        continue $loop;
                    case 18:
                    case 21:
                    case 24:
                    case 23:
                    case 22:
                        $f.$c2 = -1;
                        $f.$x2 = $e;
                        $s = 20;
                        continue $loop;
                }
                $f.out = $f.a = $f.b = $f.c = $f.x = $f.y = $f.p = $f.q = $f.m = $f.n1 = $f.n2 = $f.first = $f.rest = $f.v = $f.$t0 = $f.$t1 = $f.$it = $f.$r = $f.$x2 = void 0;
                throw $e;
            }
        }
    }
    $next(v) {
        const s = this.$s;
        if ((s > 0 && this.$yf === null) || (s === 0 && v == null)) {
            this.$s = -2;
            let r;
            try {
                r = this.$step(s, v, 0);
            }
            catch (e) {
                throw __pycoro.stepError(this, e);
            }
            if (typeof r === "symbol" && r === __pycoro.DELEGATE)
                return __pycoro.delegated(this);
            if (this.$s < 0)
                this.$s = -1;
            return r;
        }
        return __pycoro.resume(this, v, 0);
    }
    $forget() {
        this.out = this.a = this.b = this.c = this.x = this.y = this.p = this.q = this.m = this.n1 = this.n2 = this.first = this.rest = this.v = this.$t0 = this.$t1 = this.$it = this.$r = this.$x2 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/destructuring-defaults-yield/input.ts", line: 6, kind: "generator", locals: [["out", "out"], ["a", "a"], ["b", "b"], ["c", "c"], ["x", "x"], ["y", "y"], ["p", "p"], ["q", "q"], ["m", "m"], ["n1", "n1"], ["n2", "n2"], ["first", "first"], ["rest", "rest"], ["v", "v"]], lines: [6, 8, 8, 8, 8, 8, 8, 8, 10, 10, 12, 14, 14, 14, 14, 14, 14, 19, 21, 21, 21, 21, 21, 21, 21], handled: [5, 7, 16, 24] };
}, C_1 => function g() {
    return new C_1();
});
drive(g(), ["B", "Y", ["P", "Q"], { m: "M", n: ["N1"] }, "N2", [1, 2, 3], "V"]);
