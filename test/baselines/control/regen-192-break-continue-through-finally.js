import * as __pycoro from "pycoro/internal";
import { drive } from "../../_lib/py.js";
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.n = void 0;
        this.i = void 0;
        this.j = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$it = void 0;
        this.$r = void 0;
        this.$c1 = void 0;
        this.$x1 = void 0;
        this.$c2 = void 0;
        this.$x2 = void 0;
        this.$it1 = void 0;
        this.$r1 = void 0;
        this.$c3 = void 0;
        this.$x3 = void 0;
        this.$c4 = void 0;
        this.$x4 = void 0;
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
                    case 0: $f.n = 0;
                    case 1:
                        if (!(true)) {
                            $s = 2;
                            continue $loop;
                        }
                        $s = 3;
                    case 3:
                        $f.n++;
                        $v = `try ${$f.n}`;
                        $f.$s = 6;
                        return $v;
                    case 6:
                        if ($f.n === 1) {
                            $f.$c0 = 1;
                            $f.$x0 = void 0;
                            $s = 5;
                            continue $loop;
                        }
                        if ($f.n === 3) {
                            $f.$c0 = 2;
                            $f.$x0 = void 0;
                            $s = 5;
                            continue $loop;
                        }
                        $f.$c0 = 4;
                        $f.$x0 = void 0;
                        $s = 5;
                        continue $loop;
                    case 5:
                        $v = `finally ${$f.n}`;
                        $f.$s = 7;
                        return $v;
                    case 7:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.i = $f.j = $f.$x0 = $f.$it = $f.$r = $f.$x1 = $f.$x2 = $f.$it1 = $f.$r1 = $f.$x3 = $f.$x4 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 4:
                        $v = `after try ${$f.n}`;
                        $f.$s = 8;
                        return $v;
                    case 8:
                        $s = 1;
                        continue $loop;
                    case 2:
                        $f.$s = 9;
                        return "after loop";
                    case 9:
                        $f.$it = __pycoro.iter([1, 2]);
                        $s = 10;
                    case 10:
                    case 13:
                        try {
                            $f.$r = $f.$it.$next();
                        }
                        catch ($e) {
                            $f.$it = null;
                            throw $e;
                        }
                        if ($f.$it.$s === -1) {
                            $s = 14;
                            continue $loop;
                        }
                        $f.i = $f.$r;
                        $s = 15;
                    case 15:
                        $f.$it1 = __pycoro.iter([1, 2]);
                        $s = 18;
                    case 18:
                    case 21:
                        try {
                            $f.$r1 = $f.$it1.$next();
                        }
                        catch ($e) {
                            $f.$it1 = null;
                            throw $e;
                        }
                        if ($f.$it1.$s === -1) {
                            $s = 22;
                            continue $loop;
                        }
                        $f.j = $f.$r1;
                        $s = 23;
                    case 23:
                        $v = `${$f.i}.${$f.j}`;
                        $f.$s = 26;
                        return $v;
                    case 26:
                        if ($f.i === 1 && $f.j === 2) {
                            $f.$c4 = 29;
                            $f.$x4 = void 0;
                            $s = 25;
                            continue $loop;
                        }
                        $f.$c4 = 24;
                        $f.$x4 = void 0;
                        $s = 25;
                        continue $loop;
                    case 25:
                        $v = `inner finally ${$f.i}.${$f.j}`;
                        $f.$s = 30;
                        return $v;
                    case 30:
                        if ($f.$c4 === -1)
                            throw $f.$x4;
                        if ($f.$c4 === -2) {
                            $f.$c3 = -2;
                            $f.$x3 = $f.$x4;
                            $s = 20;
                            continue $loop;
                        }
                        $s = $f.$c4;
                        continue $loop;
                    case 24:
                        $s = 21;
                        continue $loop;
                    case 22:
                        $f.$it1 = null;
                        $f.$c3 = 19;
                        $f.$x3 = void 0;
                        $s = 20;
                        continue $loop;
                    case 20:
                        if ($f.$it1 !== null)
                            __pycoro.iterClose($f.$it1, $f.$c3 === -1);
                        $f.$it1 = null;
                        if ($f.$c3 === -1)
                            throw $f.$x3;
                        if ($f.$c3 === -2) {
                            $f.$c2 = -2;
                            $f.$x2 = $f.$x3;
                            $s = 17;
                            continue $loop;
                        }
                        $s = $f.$c3;
                        continue $loop;
                    case 19:
                        $f.$c2 = 16;
                        $f.$x2 = void 0;
                        $s = 17;
                        continue $loop;
                    case 17:
                        $v = `outer finally ${$f.i}`;
                        $f.$s = 31;
                        return $v;
                    case 31:
                        if ($f.$c2 === -1)
                            throw $f.$x2;
                        if ($f.$c2 === -2) {
                            $f.$c1 = -2;
                            $f.$x1 = $f.$x2;
                            $s = 12;
                            continue $loop;
                        }
                        $s = $f.$c2;
                        continue $loop;
                    case 16:
                        $s = 13;
                        continue $loop;
                    case 14:
                        $f.$it = null;
                        $f.$c1 = 11;
                        $f.$x1 = void 0;
                        $s = 12;
                        continue $loop;
                    case 12:
                        if ($f.$it !== null)
                            __pycoro.iterClose($f.$it, $f.$c1 === -1);
                        $f.$it = null;
                        if ($f.$c1 === -1)
                            throw $f.$x1;
                        if ($f.$c1 === -2) {
                            $v = $f.$x1;
                            $f.i = $f.j = $f.$x0 = $f.$it = $f.$r = $f.$x1 = $f.$x2 = $f.$it1 = $f.$r1 = $f.$x3 = $f.$x4 = void 0;
                            return $v;
                        }
                        $s = $f.$c1;
                        continue $loop;
                    case 11:
                        $f.$s = 32;
                        return "end";
                    case 32: {
                        $f.i = $f.j = $f.$x0 = $f.$it = $f.$r = $f.$x1 = $f.$x2 = $f.$it1 = $f.$r1 = $f.$x3 = $f.$x4 = void 0;
                        return;
                    }
                    case 27:
                        $f.$c1 = 11;
                        $f.$x1 = void 0;
                        $s = 12;
                        continue $loop;
                    case 28:
                        $f.$c2 = 27;
                        $f.$x2 = void 0;
                        $s = 17;
                        continue $loop;
                    case 29:
                        $f.$c3 = 28;
                        $f.$x3 = void 0;
                        $s = 20;
                        continue $loop;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 3:
                    case 6:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 5;
                        continue $loop;
                    case 10:
                    case 13:
                    case 17:
                    case 31:
                    case 16:
                    case 14:
                    case 27:
                        $f.$c1 = -1;
                        $f.$x1 = $e;
                        $s = 12;
                        continue $loop;
                    case 15:
                    case 20:
                    case 19:
                    case 28:
                        $f.$c2 = -1;
                        $f.$x2 = $e;
                        $s = 17;
                        continue $loop;
                    case 18:
                    case 21:
                    case 25:
                    case 30:
                    case 24:
                    case 22:
                    case 29:
                        $f.$c3 = -1;
                        $f.$x3 = $e;
                        $s = 20;
                        continue $loop;
                    case 23:
                    case 26:
                        $f.$c4 = -1;
                        $f.$x4 = $e;
                        $s = 25;
                        continue $loop;
                }
                $f.i = $f.j = $f.$x0 = $f.$it = $f.$r = $f.$x1 = $f.$x2 = $f.$it1 = $f.$r1 = $f.$x3 = $f.$x4 = void 0;
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
        this.i = this.j = this.$x0 = this.$it = this.$r = this.$x1 = this.$x2 = this.$it1 = this.$r1 = this.$x3 = this.$x4 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/regen-192-break-continue-through-finally/input.ts", line: 7, kind: "generator", locals: [["n", "n"], ["i", "i"], ["j", "j"]], lines: [7, 9, 18, 10, 16, 15, 12, 16, 18, 20, 21, 32, 32, 21, 32, 22, 32, 31, 23, 28, 28, 23, 28, 24, 28, 27, 25, 35, 35, 35, 28, 32, 35], handled: [6, 26, 30, 31] };
}, C_1 => function g() {
    return new C_1();
});
drive(g());
