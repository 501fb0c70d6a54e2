import * as __pycoro from "pycoro/internal";
// YF-08: delegator.throw(e) is forwarded to the subgenerator. If it handles e and yields, throw()
// returns that value; if it returns, the delegator resumes with the value as the result of yield*;
// if it does not handle e, e propagates through the delegator (finally blocks innermost first).
// A foreign iterator's throw() is called; a {done: true, value} result resumes the delegator.
import { getGeneratorState, ValueError } from "pycoro";
import { attempt, excName, print, repr } from "../../_lib/py.js";
class KeyErr extends Error {
}
const log = [];
const inner = __pycoro.defineGenerator(class inner$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.e = void 0;
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
                        return "i1";
                    case 5:
                        $f.$s = 6;
                        return "i2";
                    case 6:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 3:
                        $f.e = $err;
                        if (!($f.e instanceof ValueError))
                            throw $f.e;
                        log.push(`inner caught ${$f.e.message}`);
                        $f.$s = 7;
                        return "inner-handled";
                    case 7:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 4:
                        {
                            log.push("inner finally");
                        }
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.e = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.e = $f.$x0 = void 0;
                        return;
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
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                }
                $f.e = $f.$x0 = void 0;
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
        this.e = this.$x0 = void 0;
    }
    static $meta = { name: "inner", qualname: "inner", file: "fixtures/yf/throw-forwarding/input.ts", line: 11, kind: "generator", locals: [["e", "e"]], lines: [11, 12, 19, 15, 19, 13, 14, 18], handled: [5, 6, 7] };
}, C_1 => C_1.$fn = function inner() {
    return new C_1();
});
const outer = __pycoro.defineGenerator(class outer$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.r = void 0;
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
                    case 1: return __pycoro.yieldFrom($f, inner(), 4);
                    case 4:
                        $f.r = $v;
                        log.push(`outer got result ${repr($f.r)}`);
                        $f.$s = 5;
                        return "o1";
                    case 5:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        {
                            log.push("outer finally");
                        }
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.r = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.r = $f.$x0 = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                    case 5:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                }
                $f.r = $f.$x0 = void 0;
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
        this.r = this.$x0 = void 0;
    }
    static $meta = { name: "outer", qualname: "outer", file: "fixtures/yf/throw-forwarding/input.ts", line: 23, kind: "generator", locals: [["r", "r"]], lines: [23, 24, 28, 28, 25, 27], handled: [4, 5] };
}, C_2 => C_2.$fn = function outer() {
    return new C_2();
});
let g = outer();
g.send(undefined);
print("1 throw(ValueError) is forwarded ->", g.throw(new ValueError("v")), log);
print("  next ->", g.send(undefined), log);
g.close();
log.length = 0;
g = outer();
g.send(undefined);
attempt("2 throw(KeyErr) not handled by inner propagates through outer", () => g.throw(new KeyErr("k")));
print("  log:", log, getGeneratorState(g));
log.length = 0;
const subReturns = __pycoro.defineGenerator(class subReturns$ {
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
                    case 4: return "normal";
                    case 3:
                        {
                            let e = $err;
                            return "sub returned after throw";
                        }
                        return "normal";
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
    static $meta = { name: "subReturns", qualname: "subReturns", file: "fixtures/yf/throw-forwarding/input.ts", line: 46, kind: "generator", locals: [], lines: [46, 47, 49, 49, 48], handled: [4] };
}, C_3 => C_3.$fn = function subReturns() {
    return new C_3();
});
const deleg = __pycoro.defineGenerator(class deleg$ {
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
                    case 0: return __pycoro.yieldFrom($f, subReturns(), 1);
                    case 1:
                        $f.r = $v;
                        $v = `delegator resumed with ${repr($f.r)}`;
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
    static $meta = { name: "deleg", qualname: "deleg", file: "fixtures/yf/throw-forwarding/input.ts", line: 54, kind: "generator", locals: [["r", "r"]], lines: [54, 55, 56], handled: [] };
}, C_4 => C_4.$fn = function deleg() {
    return new C_4();
});
const d = deleg();
d.send(undefined);
print("3 delegated throw, sub returns ->", d.throw(ValueError));
// foreign iterators with throw()
class Spy {
    [Symbol.iterator]() {
        return this;
    }
    next() {
        return { done: false, value: "spy" };
    }
    throw(e) {
        print("  Spy.throw called with", typeof e === "function" ? e.name : excName(e));
        return { done: false, value: "thrown" };
    }
    return() {
        print("  Spy.return (close) called");
        return { done: true, value: undefined };
    }
}
class ThrowReturns {
    [Symbol.iterator]() {
        return this;
    }
    next() {
        return { done: false, value: 1 };
    }
    throw(_e) {
        return { done: true, value: "throw-return" };
    }
}
const deleg3 = __pycoro.defineGenerator(class deleg3$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.it = p0;
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
                    case 0: return __pycoro.yieldFrom($f, $f.it, 1);
                    case 1:
                        $f.r = $v;
                        $v = ["resumed", $f.r];
                        $f.$s = 2;
                        return $v;
                    case 2: {
                        $f.it = $f.r = void 0;
                        return;
                    }
                }
        }
        catch ($e) {
            $f.it = $f.r = void 0;
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
        this.it = this.r = void 0;
    }
    static $meta = { name: "deleg3", qualname: "deleg3", file: "fixtures/yf/throw-forwarding/input.ts", line: 90, kind: "generator", locals: [["it", "it"], ["r", "r"]], lines: [90, 91, 92], handled: [] };
}, C_5 => C_5.$fn = function deleg3(it) {
    return new C_5(it);
});
const s = deleg3(new Spy());
s.send(undefined);
attempt("4 throw(ValueError) into a delegator over Spy", () => s.throw(ValueError));
attempt("5 close() delegator over Spy", () => s.close());
const t = deleg3(new ThrowReturns());
t.send(undefined);
print("6 foreign throw() finishes with a value ->", t.throw(ValueError));
