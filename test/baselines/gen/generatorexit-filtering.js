import * as __pycoro from "pycoro/internal";
// GEN-14: GeneratorExit is a BaseException, so Python's `except Exception` does not catch it. TS has
// no Exception/BaseException split (every pycoro error is a JS Error), so the TS idiom is a catch that
// handles only the errors it knows (or re-throws GeneratorExit); the twin uses `except Exception`.
import { GeneratorExit, ValueError } from "pycoro";
import { attempt, excName, print } from "../../_lib/py.js";
const handlesKnown = __pycoro.defineGenerator(class handlesKnown$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$c0 = void 0;
        this.$x0 = void 0;
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
                    case 1: $s = 4;
                    case 4:
                        $f.$s = 8;
                        return "waiting";
                    case 8:
                        $f.$c0 = 5;
                        $f.$x0 = void 0;
                        $s = 7;
                        continue $loop;
                    case 6:
                        {
                            let e = $err;
                            if (e instanceof GeneratorExit)
                                throw e;
                            print("  handled", excName(e));
                        }
                        $f.$c0 = 5;
                        $f.$x0 = void 0;
                        $s = 7;
                        continue $loop;
                    case 7:
                        {
                            print("  finally");
                        }
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
                        $s = 1;
                        continue $loop;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 4:
                    case 8:
                        $err = $e;
                        $s = 6;
                        continue $loop;
                    case 6:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 7;
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
    static $meta = { name: "handlesKnown", qualname: "handlesKnown", file: "fixtures/gen/generatorexit-filtering/input.ts", line: 7, kind: "generator", locals: [], lines: [7, 8, 14, 14, 9, 14, 11, 14, 10], handled: [8] };
}, C_1 => C_1.$fn = function handlesKnown() {
    return new C_1();
});
const g = handlesKnown();
g.send(undefined);
attempt("1 throw(ValueError) is handled", () => g.throw(ValueError));
attempt("2 throw(TypeError) is handled", () => g.throw(new TypeError("t")));
attempt("3 close(): only finally runs", () => g.close());
const specific = __pycoro.defineGenerator(class specific$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$c0 = void 0;
        this.$x0 = void 0;
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
                        return "waiting";
                    case 5:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 3:
                        {
                            let e = $err;
                            if (!(e instanceof ValueError))
                                throw e;
                            print("  handled ValueError");
                        }
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 4:
                        {
                            print("  finally only");
                        }
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.$x0 = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 5:
                        $err = $e;
                        $s = 3;
                        continue $loop;
                    case 3:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
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
    static $meta = { name: "specific", qualname: "specific", file: "fixtures/gen/generatorexit-filtering/input.ts", line: 25, kind: "generator", locals: [], lines: [25, 26, 31, 28, 31, 27], handled: [5] };
}, C_2 => C_2.$fn = function specific() {
    return new C_2();
});
const s = specific();
s.send(undefined);
attempt("4 close() through a ValueError handler", () => s.close());
