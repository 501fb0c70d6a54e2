import * as __pycoro from "pycoro/internal";
// YF-09: when the subiterator has no throw(), the exception is raised in the delegator at the yield*
// and the subiterator is NOT closed first (JavaScript's own yield* would call return() and raise a
// TypeError instead; pycoro follows PEP 380).
import { ValueError } from "pycoro";
import { attempt, print, repr, str } from "../../_lib/py.js";
class NoThrow {
    closed = false;
    [Symbol.iterator]() {
        return this;
    }
    next() {
        return { done: false, value: "nt" };
    }
    return() {
        this.closed = true;
        print("  NoThrow.return (close) called");
        return { done: true, value: undefined };
    }
}
const deleg = __pycoro.defineGenerator(class deleg$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.it = p0;
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
                    case 1: return __pycoro.yieldFrom($f, $f.it, 4);
                    case 4:
                        $s = 2;
                        continue $loop;
                    case 3:
                        $f.e = $err;
                        $v = `delegator caught ${repr($f.e)}; sub closed=${str($f.it.closed)}`;
                        $f.$s = 5;
                        return $v;
                    case 5:
                        $s = 2;
                        continue $loop;
                    case 2:
                        $f.$s = 6;
                        return "after";
                    case 6: {
                        $f.it = $f.e = void 0;
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
                $f.it = $f.e = void 0;
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
        this.it = this.e = void 0;
    }
    static $meta = { name: "deleg", qualname: "deleg", file: "fixtures/yf/throw-foreign-without-throw/input.ts", line: 21, kind: "generator", locals: [["it", "it"], ["e", "e"]], lines: [21, 22, 25, 24, 23, 25, 27], handled: [4] };
}, C_1 => C_1.$fn = function deleg(it) {
    return new C_1(it);
});
const nt = new NoThrow();
const g = deleg(nt);
g.send(undefined);
attempt("1 throw with a subiterator lacking throw()", () => g.throw(new ValueError("x")));
attempt("2 next", () => g.send(undefined));
print("3 nt.closed:", nt.closed);
// an array iterator has no throw either
const overArray = __pycoro.defineGenerator(class overArray$ {
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
                    case 1: return __pycoro.yieldFrom($f, [1, 2, 3], 4);
                    case 4:
                        $s = 2;
                        continue $loop;
                    case 3:
                        {
                            let e = $err;
                            print("  caught", repr(e));
                        }
                        $s = 2;
                        continue $loop;
                    case 2:
                        $f.$s = 5;
                        return 99;
                    case 5: return;
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
    static $meta = { name: "overArray", qualname: "overArray", file: "fixtures/yf/throw-foreign-without-throw/input.ts", line: 37, kind: "generator", locals: [], lines: [37, 38, 40, 40, 39, 43], handled: [4] };
}, C_2 => C_2.$fn = function overArray() {
    return new C_2();
});
const a = overArray();
a.send(undefined);
attempt("4 throw into yield* [1, 2, 3]", () => a.throw(ValueError, "arr"));
