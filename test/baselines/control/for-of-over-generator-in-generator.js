import * as __pycoro from "pycoro/internal";
import { drive, print } from "../../_lib/py.js";
const inner = __pycoro.defineGenerator(class inner$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.tag = p0;
        this.$c0 = void 0;
        this.$x0 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0: $s = 1;
                    case 1:
                        $f.$s = 4;
                        return 1;
                    case 4:
                        $f.$s = 5;
                        return 2;
                    case 5:
                        $f.$s = 6;
                        return 3;
                    case 6:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        {
                            print(`  inner ${$f.tag} finally`);
                        }
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.tag = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.tag = $f.$x0 = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                    case 5:
                    case 6:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                }
                $f.tag = $f.$x0 = void 0;
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
        this.tag = this.$x0 = void 0;
    }
    static $meta = { name: "inner", qualname: "inner", file: "fixtures/control/for-of-over-generator-in-generator/input.ts", line: 7, kind: "generator", locals: [["tag", "tag"]], lines: [7, 8, 12, 12, 9, 10, 11], handled: [4, 5, 6] };
}, C_1 => function inner(tag) {
    return new C_1(tag);
});
const outer = __pycoro.defineGenerator(class outer$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.x = void 0;
        this.x_1 = void 0;
        this.x_2 = void 0;
        this.e = void 0;
        this.$it = void 0;
        this.$r = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$it1 = void 0;
        this.$r1 = void 0;
        this.$c1 = void 0;
        this.$x1 = void 0;
        this.$it2 = void 0;
        this.$r2 = void 0;
        this.$c3 = void 0;
        this.$x3 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $err;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0:
                        $f.$it = __pycoro.iter(inner("A"), "inner is not a function or its return value");
                        $s = 1;
                    case 1:
                    case 4:
                        try {
                            $f.$r = $f.$it.$next();
                        }
                        catch ($e) {
                            $f.$it = null;
                            throw $e;
                        }
                        if ($f.$it.$s === -1) {
                            $s = 5;
                            continue $loop;
                        }
                        $f.x = $f.$r;
                        $v = `outer got A${$f.x}`;
                        $f.$s = 6;
                        return $v;
                    case 6:
                        if ($f.x === 2) {
                            $f.$c0 = 2;
                            $f.$x0 = void 0;
                            $s = 3;
                            continue $loop;
                        }
                        $s = 4;
                        continue $loop;
                    case 5:
                        $f.$it = null;
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        if ($f.$it !== null)
                            __pycoro.iterClose($f.$it, $f.$c0 === -1);
                        $f.$it = null;
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.x = $f.x_1 = $f.x_2 = $f.e = $f.$it = $f.$r = $f.$x0 = $f.$it1 = $f.$r1 = $f.$x1 = $f.$it2 = $f.$r2 = $f.$x3 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2:
                        $f.$s = 7;
                        return "after loop A";
                    case 7:
                        $f.$it1 = __pycoro.iter(inner("B"), "inner is not a function or its return value");
                        $s = 8;
                    case 8:
                    case 11:
                        try {
                            $f.$r1 = $f.$it1.$next();
                        }
                        catch ($e) {
                            $f.$it1 = null;
                            throw $e;
                        }
                        if ($f.$it1.$s === -1) {
                            $s = 12;
                            continue $loop;
                        }
                        $f.x_1 = $f.$r1;
                        $v = `outer got B${$f.x_1}`;
                        $f.$s = 13;
                        return $v;
                    case 13:
                        $s = 11;
                        continue $loop;
                    case 12:
                        $f.$it1 = null;
                        $f.$c1 = 9;
                        $f.$x1 = void 0;
                        $s = 10;
                        continue $loop;
                    case 10:
                        if ($f.$it1 !== null)
                            __pycoro.iterClose($f.$it1, $f.$c1 === -1);
                        $f.$it1 = null;
                        if ($f.$c1 === -1)
                            throw $f.$x1;
                        if ($f.$c1 === -2) {
                            $v = $f.$x1;
                            $f.x = $f.x_1 = $f.x_2 = $f.e = $f.$it = $f.$r = $f.$x0 = $f.$it1 = $f.$r1 = $f.$x1 = $f.$it2 = $f.$r2 = $f.$x3 = void 0;
                            return $v;
                        }
                        $s = $f.$c1;
                        continue $loop;
                    case 9:
                        $f.$s = 14;
                        return "after loop B";
                    case 14: $s = 15;
                    case 15:
                        $f.$it2 = __pycoro.iter(inner("C"), "inner is not a function or its return value");
                        $s = 18;
                    case 18:
                        try {
                            $f.$r2 = $f.$it2.$next();
                        }
                        catch ($e) {
                            $f.$it2 = null;
                            throw $e;
                        }
                        if ($f.$it2.$s === -1) {
                            $s = 22;
                            continue $loop;
                        }
                        $f.x_2 = $f.$r2;
                        $v = `outer got C${$f.x_2}`;
                        $f.$s = 23;
                        return $v;
                    case 23: throw new Error("leave loop C");
                    case 22:
                        $f.$it2 = null;
                        $f.$c3 = 19;
                        $f.$x3 = void 0;
                        $s = 20;
                        continue $loop;
                    case 20:
                        if ($f.$it2 !== null)
                            __pycoro.iterClose($f.$it2, $f.$c3 === -1);
                        $f.$it2 = null;
                        if ($f.$c3 === -1)
                            throw $f.$x3;
                        if ($f.$c3 === -2) {
                            $v = $f.$x3;
                            $f.x = $f.x_1 = $f.x_2 = $f.e = $f.$it = $f.$r = $f.$x0 = $f.$it1 = $f.$r1 = $f.$x1 = $f.$it2 = $f.$r2 = $f.$x3 = void 0;
                            return $v;
                        }
                        $s = $f.$c3;
                        continue $loop;
                    case 19: {
                        $f.x = $f.x_1 = $f.x_2 = $f.e = $f.$it = $f.$r = $f.$x0 = $f.$it1 = $f.$r1 = $f.$x1 = $f.$it2 = $f.$r2 = $f.$x3 = void 0;
                        return;
                    }
                    case 17:
                        $f.e = $err;
                        $v = `caught ${$f.e.message}`;
                        $f.$s = 24;
                        return $v;
                    case 24: {
                        $f.x = $f.x_1 = $f.x_2 = $f.e = $f.$it = $f.$r = $f.$x0 = $f.$it1 = $f.$r1 = $f.$x1 = $f.$it2 = $f.$r2 = $f.$x3 = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                    case 6:
                    case 5:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                    case 8:
                    case 11:
                    case 13:
                    case 12:
                        $f.$c1 = -1;
                        $f.$x1 = $e;
                        $s = 10;
                        continue $loop;
                    case 15:
                    case 20:
                    case 19:
                        $err = $e;
                        $s = 17;
                        continue $loop;
                    case 18:
                    case 23:
                    case 22:
                        $f.$c3 = -1;
                        $f.$x3 = $e;
                        $s = 20;
                        continue $loop;
                }
                $f.x = $f.x_1 = $f.x_2 = $f.e = $f.$it = $f.$r = $f.$x0 = $f.$it1 = $f.$r1 = $f.$x1 = $f.$it2 = $f.$r2 = $f.$x3 = void 0;
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
        this.x = this.x_1 = this.x_2 = this.e = this.$it = this.$r = this.$x0 = this.$it1 = this.$r1 = this.$x1 = this.$it2 = this.$r2 = this.$x3 = void 0;
    }
    static $meta = { name: "outer", qualname: "outer", file: "fixtures/control/for-of-over-generator-in-generator/input.ts", line: 16, kind: "generator", locals: [["x", "x"], ["x_1", "x"], ["x_2", "x"], ["e", "e"]], lines: [16, 17, 19, 19, 17, 19, 18, 21, 22, 22, 22, 22, 22, 22, 23, 24, 30, 29, 25, 27, 27, 25, 27, 26, 30], handled: [6, 13, 23] };
}, C_2 => function outer() {
    return new C_2();
});
drive(outer());
