import * as __pycoro from "pycoro/internal";
// GEN-12: a generator that yields after receiving GeneratorExit makes close() raise
// RuntimeError('generator ignored GeneratorExit'); it stays suspended at that new yield, and a second
// close() throws GeneratorExit there. A yield inside finally while closing does the same.
import { getGeneratorState } from "pycoro";
import { attempt, print } from "../../_lib/py.js";
const ignores = __pycoro.defineGenerator(class ignores$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.e = void 0;
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
                        $f.$s = 4;
                        return "first";
                    case 4:
                        $s = 2;
                        continue $loop;
                    case 3:
                        $f.e = $err;
                        $f.$s = 5;
                        return "ignored";
                    case 5:
                        $s = 2;
                        continue $loop;
                    case 2:
                        print("  ignores: resumed after the second yield");
                        $f.$s = 6;
                        return "third";
                    case 6: {
                        $f.e = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                        $err = $e;
                        $s = 3;
                        continue $loop;
                }
                $f.e = void 0;
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
        this.e = void 0;
    }
    static $meta = { name: "ignores", qualname: "ignores", file: "fixtures/gen/close-ignored-generatorexit/input.ts", line: 7, kind: "generator", locals: [["e", "e"]], lines: [7, 8, 11, 10, 9, 11, 14], handled: [4] };
}, C_1 => C_1.$fn = function ignores() {
    return new C_1();
});
const g = ignores();
g.send(undefined);
attempt("1 yields after GeneratorExit: close()", () => g.close());
print("2 state:", getGeneratorState(g), "gi_suspended:", g.gi_suspended);
attempt("3 close() again", () => g.close());
print("4 state:", getGeneratorState(g));
const g2 = ignores();
g2.send(undefined);
attempt("5 close()", () => g2.close());
attempt("6 send(None) resumes after the ignoring yield", () => g2.send(undefined));
attempt("7 close() at 'third'", () => g2.close());
const yieldInFinally = __pycoro.defineGenerator(class yieldInFinally$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
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
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        print("  finally: yielding 2");
                        $f.$s = 5;
                        return 2;
                    case 5:
                        print("  finally: resumed");
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
                    case 4:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
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
    static $meta = { name: "yieldInFinally", qualname: "yieldInFinally", file: "fixtures/gen/close-ignored-generatorexit/input.ts", line: 29, kind: "generator", locals: [], lines: [29, 30, 35, 32, 31, 34], handled: [4] };
}, C_2 => C_2.$fn = function yieldInFinally() {
    return new C_2();
});
const f = yieldInFinally();
f.send(undefined);
attempt("8 yield inside finally while closing: close()", () => f.close());
print("9 state:", getGeneratorState(f));
attempt("10 send(None) finishes the finally", () => f.send(undefined));
print("11 state:", getGeneratorState(f));
// The JS protocol's return() plays close(), so it raises the same RuntimeError.
const r = ignores();
r.send(undefined);
attempt("12 return() on a generator that ignores GeneratorExit", () => r.return(undefined));
