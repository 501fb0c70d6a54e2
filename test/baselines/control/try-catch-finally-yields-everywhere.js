import * as __pycoro from "pycoro/internal";
import { attempt, drive } from "../../_lib/py.js";
class Boom extends Error {
}
function fail(msg) {
    throw new Boom(msg);
}
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.e = void 0;
        this.e2 = void 0;
        this.e_1 = void 0;
        this.e_2 = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$c1 = void 0;
        this.$x1 = void 0;
        this.$c3 = void 0;
        this.$x3 = void 0;
        this.$c4 = void 0;
        this.$x4 = void 0;
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
                    case 0: $s = 1;
                    case 1:
                        $f.$s = 5;
                        return "try start";
                    case 5:
                        fail("one");
                        $f.$s = 6;
                        return "not reached";
                    case 6:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 3:
                        $f.e = $err;
                        $v = `catch ${$f.e.message}`;
                        $f.$s = 7;
                        return $v;
                    case 7: $s = 8;
                    case 8:
                        $f.$s = 12;
                        return "nested try";
                    case 12:
                        fail("two");
                        $f.$c1 = 9;
                        $f.$x1 = void 0;
                        $s = 11;
                        continue $loop;
                    case 10:
                        $f.e2 = $err;
                        $v = `nested catch ${$f.e2.message}`;
                        $f.$s = 13;
                        return $v;
                    case 13:
                        $f.$c1 = 9;
                        $f.$x1 = void 0;
                        $s = 11;
                        continue $loop;
                    case 11:
                        $f.$s = 14;
                        return "nested finally";
                    case 14:
                        if ($f.$c1 === -1)
                            throw $f.$x1;
                        if ($f.$c1 === -2) {
                            $f.$c0 = -2;
                            $f.$x0 = $f.$x1;
                            $s = 4;
                            continue $loop;
                        }
                        $s = $f.$c1;
                        continue $loop;
                    case 9:
                        $f.$s = 15;
                        return "catch end";
                    case 15:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 4:
                        $f.$s = 16;
                        return "finally";
                    case 16:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.e = $f.e2 = $f.e_1 = $f.e_2 = $f.$x0 = $f.$x1 = $f.$x3 = $f.$x4 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2:
                        $f.$s = 17;
                        return "after";
                    case 17: $s = 18;
                    case 18: $s = 21;
                    case 21:
                        {
                            fail("three");
                        }
                        $f.$c3 = 22;
                        $f.$x3 = void 0;
                        $s = 24;
                        continue $loop;
                    case 23:
                        $f.e_1 = $err;
                        $f.$s = 25;
                        return "rethrowing";
                    case 25: throw $f.e_1;
                    case 24:
                        $f.$s = 26;
                        return "inner finally";
                    case 26:
                        if ($f.$c3 === -1)
                            throw $f.$x3;
                        if ($f.$c3 === -2) {
                            $v = $f.$x3;
                            $f.e = $f.e2 = $f.e_1 = $f.e_2 = $f.$x0 = $f.$x1 = $f.$x3 = $f.$x4 = void 0;
                            return $v;
                        }
                        $s = $f.$c3;
                        continue $loop;
                    case 22:
                        $s = 19;
                        continue $loop;
                    case 20:
                        $f.e_2 = $err;
                        $v = `outer caught ${$f.e_2.message}`;
                        $f.$s = 27;
                        return $v;
                    case 27:
                        $s = 19;
                        continue $loop;
                    case 19: $s = 28;
                    case 28:
                        $f.$s = 31;
                        return "last try";
                    case 31:
                        $f.$c4 = 29;
                        $f.$x4 = void 0;
                        $s = 30;
                        continue $loop;
                    case 30:
                        $f.$s = 32;
                        return "last finally";
                    case 32:
                        if ($f.$c4 === -1)
                            throw $f.$x4;
                        if ($f.$c4 === -2) {
                            $v = $f.$x4;
                            $f.e = $f.e2 = $f.e_1 = $f.e_2 = $f.$x0 = $f.$x1 = $f.$x3 = $f.$x4 = void 0;
                            return $v;
                        }
                        $s = $f.$c4;
                        continue $loop;
                    case 29:
                        fail("escapes");
                        {
                            $f.e = $f.e2 = $f.e_1 = $f.e_2 = $f.$x0 = $f.$x1 = $f.$x3 = $f.$x4 = void 0;
                            return "unreachable";
                        }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 5:
                    case 6:
                        $err = $e;
                        $s = 3;
                        continue $loop;
                    case 3:
                    case 7:
                    case 11:
                    case 14:
                    case 9:
                    case 15:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                    case 8:
                    case 12:
                        $err = $e;
                        $s = 10;
                        continue $loop;
                    case 10:
                    case 13:
                        $f.$c1 = -1;
                        $f.$x1 = $e;
                        $s = 11;
                        continue $loop;
                    case 18:
                    case 24:
                    case 26:
                    case 22:
                        $err = $e;
                        $s = 20;
                        continue $loop;
                    case 21:
                        $err = $e;
                        $s = 23;
                        continue $loop;
                    case 23:
                    case 25:
                        $f.$c3 = -1;
                        $f.$x3 = $e;
                        $s = 24;
                        continue $loop;
                    case 28:
                    case 31:
                        $f.$c4 = -1;
                        $f.$x4 = $e;
                        $s = 30;
                        continue $loop;
                }
                $f.e = $f.e2 = $f.e_1 = $f.e_2 = $f.$x0 = $f.$x1 = $f.$x3 = $f.$x4 = void 0;
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
        this.e = this.e2 = this.e_1 = this.e_2 = this.$x0 = this.$x1 = this.$x3 = this.$x4 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/try-catch-finally-yields-everywhere/input.ts", line: 11, kind: "generator", locals: [["e", "e"], ["e2", "e2"], ["e_1", "e"], ["e_2", "e"]], lines: [11, 12, 28, 16, 27, 13, 15, 17, 18, 24, 21, 23, 19, 22, 24, 26, 28, 30, 31, 41, 40, 32, 38, 34, 37, 35, 38, 41, 43, 46, 45, 44, 46], handled: [5, 6, 7, 12, 13, 14, 15, 25, 26, 31] };
}, C_1 => function g() {
    return new C_1();
});
attempt("run", () => drive(g()));
