import * as __pycoro from "pycoro/internal";
// YF-13: while its subgenerator runs, the delegator is GEN_RUNNING (gi_running true, gi_yieldfrom
// None). Re-entering it from the subgenerator (next(), yield* itself, or a cycle x -> y -> next(x))
// raises ValueError('generator already executing').
import { getGeneratorState } from "pycoro";
import { attempt, print } from "../../_lib/py.js";
const inner = __pycoro.defineGenerator(class inner$ {
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
                    print("  inner: outer state =", getGeneratorState(g), "outer.gi_running =", g.gi_running);
                    print("  inner: outer.gi_yieldfrom is None while running:", g.gi_yieldfrom == null);
                    $f.$s = 1;
                    return 1;
                case 1:
                    print("  inner: resumed; outer state =", getGeneratorState(g));
                    $f.$s = 2;
                    return 2;
                case 2: return;
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
    static $meta = { name: "inner", qualname: "inner", file: "fixtures/yf/running-and-reentry/input.ts", line: 7, kind: "generator", locals: [], lines: [7, 10, 12], handled: [] };
}, C_1 => C_1.$fn = function inner() {
    return new C_1();
});
const outer = __pycoro.defineGenerator(class outer$ {
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
                case 0: return __pycoro.yieldFrom($f, inner(), 1);
                case 1: return;
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
    static $meta = { name: "outer", qualname: "outer", file: "fixtures/yf/running-and-reentry/input.ts", line: 14, kind: "generator", locals: [], lines: [14, 15], handled: [] };
}, C_2 => C_2.$fn = function outer() {
    return new C_2();
});
const g = outer();
g.send(undefined);
print("1 after suspension: outer.gi_yieldfrom =", g.gi_yieldfrom.__name__, "state", getGeneratorState(g));
print("  inner state:", getGeneratorState(g.gi_yieldfrom));
g.send(undefined);
const inner2 = __pycoro.defineGenerator(class inner2$ {
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
                    $v = g2.send(undefined);
                    $f.$s = 1;
                    return $v;
                case 1: return;
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
    static $meta = { name: "inner2", qualname: "inner2", file: "fixtures/yf/running-and-reentry/input.ts", line: 23, kind: "generator", locals: [], lines: [23, 24], handled: [] };
}, C_3 => C_3.$fn = function inner2() {
    return new C_3();
});
const outer2 = __pycoro.defineGenerator(class outer2$ {
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
                case 0: return __pycoro.yieldFrom($f, inner2(), 1);
                case 1: return;
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
    static $meta = { name: "outer2", qualname: "outer2", file: "fixtures/yf/running-and-reentry/input.ts", line: 26, kind: "generator", locals: [], lines: [26, 27], handled: [] };
}, C_4 => C_4.$fn = function outer2() {
    return new C_4();
});
const g2 = outer2();
attempt("2 the subgenerator calls send() on its delegator", () => g2.send(undefined));
print("  state:", getGeneratorState(g2));
const selfDeleg = __pycoro.defineGenerator(class selfDeleg$ {
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
                case 0: return __pycoro.yieldFrom($f, me, 1);
                case 1: return;
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
    static $meta = { name: "selfDeleg", qualname: "selfDeleg", file: "fixtures/yf/running-and-reentry/input.ts", line: 33, kind: "generator", locals: [], lines: [33, 34], handled: [] };
}, C_5 => C_5.$fn = function selfDeleg() {
    return new C_5();
});
const me = selfDeleg();
attempt("3 yield* itself", () => me.send(undefined));
const x = __pycoro.defineGenerator(class x$ {
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
                case 0: return __pycoro.yieldFrom($f, yGen, 1);
                case 1: return;
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
    static $meta = { name: "x", qualname: "x", file: "fixtures/yf/running-and-reentry/input.ts", line: 39, kind: "generator", locals: [], lines: [39, 40], handled: [] };
}, C_6 => C_6.$fn = function x() {
    return new C_6();
});
const y = __pycoro.defineGenerator(class y$ {
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
                    $v = xGen.send(undefined);
                    $f.$s = 1;
                    return $v;
                case 1: return;
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
    static $meta = { name: "y", qualname: "y", file: "fixtures/yf/running-and-reentry/input.ts", line: 42, kind: "generator", locals: [], lines: [42, 43], handled: [] };
}, C_7 => C_7.$fn = function y() {
    return new C_7();
});
const xGen = x();
const yGen = y();
attempt("4 cycle x -> y -> send(x)", () => xGen.send(undefined));
print("  states:", getGeneratorState(xGen), getGeneratorState(yGen));
