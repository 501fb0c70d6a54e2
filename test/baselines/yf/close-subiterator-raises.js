import * as __pycoro from "pycoro/internal";
// YF-12: an exception from the subiterator's close() (a foreign iterator's return()) propagates out of
// delegator.close(), passing through the delegator at the yield*; the delegator ends GEN_CLOSED.
import { getGeneratorState } from "pycoro";
import { attempt, print, repr } from "../../_lib/py.js";
class CloseFailed extends Error {
}
class BadClose {
    [Symbol.iterator]() {
        return this;
    }
    next() {
        return { done: false, value: 1 };
    }
    return() {
        throw new CloseFailed("close failed");
    }
}
const deleg = __pycoro.defineGenerator(class deleg$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.it = p0;
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
                    case 1: return __pycoro.yieldFrom($f, $f.it, 5);
                    case 5:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 3:
                        {
                            let e = $err;
                            print("  delegator sees", repr(e));
                            throw e;
                        }
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 4:
                        {
                            print("  delegator finally");
                        }
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.it = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.it = $f.$x0 = void 0;
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
                $f.it = $f.$x0 = void 0;
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
        this.it = this.$x0 = void 0;
    }
    static $meta = { name: "deleg", qualname: "deleg", file: "fixtures/yf/close-subiterator-raises/input.ts", line: 18, kind: "generator", locals: [["it", "it"]], lines: [18, 19, 24, 21, 24, 20], handled: [5] };
}, C_1 => C_1.$fn = function deleg(it) {
    return new C_1(it);
});
const g = deleg(new BadClose());
g.send(undefined);
attempt("1 close() where the subiterator's close raises", () => g.close());
print("2 state:", getGeneratorState(g));
const badFinally = __pycoro.defineGenerator(class badFinally$ {
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
                            throw new CloseFailed("inner finally failed");
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
    static $meta = { name: "badFinally", qualname: "badFinally", file: "fixtures/yf/close-subiterator-raises/input.ts", line: 33, kind: "generator", locals: [], lines: [33, 34, 36, 36, 35], handled: [4] };
}, C_2 => C_2.$fn = function badFinally() {
    return new C_2();
});
const h = deleg(badFinally());
h.send(undefined);
attempt("3 close() where the subgenerator's finally raises", () => h.close());
print("4 state:", getGeneratorState(h));
