import * as __pycoro from "pycoro/internal";
// GEN-13: an exception other than GeneratorExit raised while closing propagates out of close() and
// the generator ends GEN_CLOSED. A StopIteration raised there becomes (PEP 479)
// RuntimeError('generator raised StopIteration') with the StopIteration as its cause.
import { getGeneratorState, StopIteration } from "pycoro";
import { attempt, print, repr } from "../../_lib/py.js";
class Fie extends Error {
}
const raisesOther = __pycoro.defineGenerator(class raisesOther$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
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
                        return 1;
                    case 4: return;
                    case 3:
                        {
                            let e = $err;
                            throw new Fie("fie!");
                        }
                        return;
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
    static $meta = { name: "raisesOther", qualname: "raisesOther", file: "fixtures/gen/close-raises-other/input.ts", line: 9, kind: "generator", locals: [], lines: [9, 10, 12, 12, 11], handled: [4] };
}, C_1 => C_1.$fn = function raisesOther() {
    return new C_1();
});
const g = raisesOther();
g.send(undefined);
attempt("1 close() propagates another exception", () => g.close());
print("2 state:", getGeneratorState(g));
attempt("3 close() again", () => g.close());
const raisesStop = __pycoro.defineGenerator(class raisesStop$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
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
                        return 1;
                    case 4: return;
                    case 3:
                        {
                            let e = $err;
                            throw new StopIteration("x");
                        }
                        return;
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
    static $meta = { name: "raisesStop", qualname: "raisesStop", file: "fixtures/gen/close-raises-other/input.ts", line: 22, kind: "generator", locals: [], lines: [22, 23, 25, 25, 24], handled: [4] };
}, C_2 => C_2.$fn = function raisesStop() {
    return new C_2();
});
const s = raisesStop();
s.send(undefined);
try {
    s.close();
}
catch (e) {
    print("4 StopIteration raised on close ->", repr(e), "| cause:", repr(e.cause));
}
print("5 state:", getGeneratorState(s));
const finallyRaises = __pycoro.defineGenerator(class finallyRaises$ {
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
                        {
                            throw new Fie("from finally");
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
    static $meta = { name: "finallyRaises", qualname: "finallyRaises", file: "fixtures/gen/close-raises-other/input.ts", line: 38, kind: "generator", locals: [], lines: [38, 39, 41, 41, 40], handled: [4] };
}, C_3 => C_3.$fn = function finallyRaises() {
    return new C_3();
});
const f = finallyRaises();
f.send(undefined);
attempt("6 finally raises while closing", () => f.close());
print("7 state:", getGeneratorState(f));
