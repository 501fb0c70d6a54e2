import * as __pycoro from "pycoro/internal";
// P479-06: a subgenerator's StopIteration is converted inside the subgenerator; the delegator sees a
// RuntimeError at the yield* (catchable there), which is not the end of the subgenerator.
import { StopIteration } from "pycoro";
import { attempt, print, repr } from "../../_lib/py.js";
const sub = __pycoro.defineGenerator(class sub$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
    }
    $step($s, $v, $m) {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0:
                    $f.$s = 1;
                    return 1;
                case 1: throw new StopIteration("sub");
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
    static $meta = { name: "sub", qualname: "sub", file: "fixtures/p479/through-yield-from/input.ts", line: 6, kind: "generator", locals: [], lines: [6, 7], handled: [] };
}, C_1 => C_1.$fn = function sub() {
    return new C_1();
});
const outer = __pycoro.defineGenerator(class outer$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.r = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0: return __pycoro.yieldFrom($f, sub(), 1);
                    case 1:
                        $f.r = $v;
                        $v = ["r", $f.r];
                        $f.$s = 2;
                        return $v;
                    case 2: {
                        $f.r = void 0;
                        return;
                    }
                }
        }
        catch ($e) {
            $f.r = void 0;
            throw $e;
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
        this.r = void 0;
    }
    static $meta = { name: "outer", qualname: "outer", file: "fixtures/p479/through-yield-from/input.ts", line: 10, kind: "generator", locals: [["r", "r"]], lines: [10, 11, 12], handled: [] };
}, C_2 => C_2.$fn = function outer() {
    return new C_2();
});
const it = outer();
it.send(undefined);
try {
    it.send(undefined);
}
catch (e) {
    print("1 through yield*:", repr(e), "| cause =", repr(e.cause));
}
const catching = __pycoro.defineGenerator(class catching$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.e = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let r_;
        let $err;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0: $s = 1;
                    case 1: return __pycoro.yieldFrom($f, sub(), 4);
                    case 4:
                        r_ = $v;
                        {
                            $v = `finished with ${repr(r_)}`;
                            $f.e = void 0;
                            return $v;
                        }
                    case 3:
                        $f.e = $err;
                        $v = `delegator caught ${repr($f.e)}`;
                        $f.$s = 5;
                        return $v;
                    case 5: {
                        $f.e = void 0;
                        return "delegator done";
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
    static $meta = { name: "catching", qualname: "catching", file: "fixtures/p479/through-yield-from/input.ts", line: 22, kind: "generator", locals: [["e", "e"]], lines: [22, 23, 28, 26, 24, 27], handled: [4] };
}, C_3 => C_3.$fn = function catching() {
    return new C_3();
});
const c = catching();
c.send(undefined);
attempt("2 the delegator can catch it", () => c.send(undefined));
attempt("3 and go on", () => c.send(undefined));
