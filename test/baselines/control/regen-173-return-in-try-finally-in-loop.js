import * as __pycoro from "pycoro/internal";
import { drive } from "../../_lib/py.js";
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.i = void 0;
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
                    case 0: $f.i = 0;
                    case 1:
                        if (!($f.i < 5)) {
                            {
                                $f.$x0 = void 0;
                                return "loop finished (wrong)";
                            }
                        }
                        $s = 4;
                    case 4:
                        $v = `try ${$f.i}`;
                        $f.$s = 7;
                        return $v;
                    case 7:
                        if ($f.i === 1) {
                            $f.$c0 = -2;
                            $f.$x0 = `returned at ${$f.i}`;
                            $s = 6;
                            continue $loop;
                        }
                        $f.$c0 = 5;
                        $f.$x0 = void 0;
                        $s = 6;
                        continue $loop;
                    case 6:
                        $v = `finally ${$f.i}`;
                        $f.$s = 8;
                        return $v;
                    case 8:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 5:
                        $f.i++;
                        $s = 1;
                        continue $loop;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 4:
                    case 7:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 6;
                        continue $loop;
                }
                $f.$x0 = void 0;
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
        this.$x0 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/regen-173-return-in-try-finally-in-loop/input.ts", line: 6, kind: "generator", locals: [["i", "i"]], lines: [6, 7, 12, 12, 8, 12, 11, 9, 12], handled: [7] };
}, C_1 => function g() {
    return new C_1();
});
drive(g());
const nested = __pycoro.defineGenerator(class nested$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.i = void 0;
        this.j = void 0;
        this.$it = void 0;
        this.$r = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$c1 = void 0;
        this.$x1 = void 0;
        this.$c2 = void 0;
        this.$x2 = void 0;
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
                    case 0: $f.i = 0;
                    case 1:
                        if (!(true)) {
                            {
                                $f.j = $f.$it = $f.$r = $f.$x0 = $f.$x1 = $f.$x2 = void 0;
                                return;
                            }
                        }
                        $f.$it = __pycoro.iter([1, 2]);
                        $s = 3;
                    case 3:
                    case 6:
                        try {
                            $f.$r = $f.$it.$next();
                        }
                        catch ($e) {
                            $f.$it = null;
                            throw $e;
                        }
                        if ($f.$it.$s === -1) {
                            $s = 7;
                            continue $loop;
                        }
                        $f.j = $f.$r;
                        $s = 8;
                    case 8: $s = 11;
                    case 11:
                        $v = `${$f.i}.${$f.j}`;
                        $f.$s = 14;
                        return $v;
                    case 14:
                        if ($f.i === 1 && $f.j === 2) {
                            $f.$c2 = -2;
                            $f.$x2 = `returned at ${$f.i}.${$f.j}`;
                            $s = 13;
                            continue $loop;
                        }
                        $f.$c2 = 12;
                        $f.$x2 = void 0;
                        $s = 13;
                        continue $loop;
                    case 13:
                        $v = `inner finally ${$f.i}.${$f.j}`;
                        $f.$s = 15;
                        return $v;
                    case 15:
                        if ($f.$c2 === -1)
                            throw $f.$x2;
                        if ($f.$c2 === -2) {
                            $f.$c1 = -2;
                            $f.$x1 = $f.$x2;
                            $s = 10;
                            continue $loop;
                        }
                        $s = $f.$c2;
                        continue $loop;
                    case 12:
                        $f.$c1 = 9;
                        $f.$x1 = void 0;
                        $s = 10;
                        continue $loop;
                    case 10:
                        $v = `outer finally ${$f.i}.${$f.j}`;
                        $f.$s = 16;
                        return $v;
                    case 16:
                        if ($f.$c1 === -1)
                            throw $f.$x1;
                        if ($f.$c1 === -2) {
                            $f.$c0 = -2;
                            $f.$x0 = $f.$x1;
                            $s = 5;
                            continue $loop;
                        }
                        $s = $f.$c1;
                        continue $loop;
                    case 9:
                        $s = 6;
                        continue $loop;
                    case 7:
                        $f.$it = null;
                        $f.$c0 = 4;
                        $f.$x0 = void 0;
                        $s = 5;
                        continue $loop;
                    case 5:
                        if ($f.$it !== null)
                            __pycoro.iterClose($f.$it, $f.$c0 === -1);
                        $f.$it = null;
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.j = $f.$it = $f.$r = $f.$x0 = $f.$x1 = $f.$x2 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 4:
                        $f.i++;
                        $s = 1;
                        continue $loop;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 3:
                    case 6:
                    case 10:
                    case 16:
                    case 9:
                    case 7:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 5;
                        continue $loop;
                    case 8:
                    case 13:
                    case 15:
                    case 12:
                        $f.$c1 = -1;
                        $f.$x1 = $e;
                        $s = 10;
                        continue $loop;
                    case 11:
                    case 14:
                        $f.$c2 = -1;
                        $f.$x2 = $e;
                        $s = 13;
                        continue $loop;
                }
                $f.j = $f.$it = $f.$r = $f.$x0 = $f.$x1 = $f.$x2 = void 0;
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
        this.j = this.$it = this.$r = this.$x0 = this.$x1 = this.$x2 = void 0;
    }
    static $meta = { name: "nested", qualname: "nested", file: "fixtures/control/regen-173-return-in-try-finally-in-loop/input.ts", line: 19, kind: "generator", locals: [["i", "i"], ["j", "j"]], lines: [19, 21, 34, 22, 31, 31, 22, 31, 23, 31, 30, 24, 28, 27, 25, 28, 31], handled: [14, 15, 16] };
}, C_2 => function nested() {
    return new C_2();
});
drive(nested());
