import * as __pycoro from "pycoro/internal";
// YF-07: yield* a native coroutine inside a plain generator raises
// TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator"); inside a
// generator-based coroutine (coroutine(function* ...), Python's @types.coroutine) it is allowed.
import { StopIteration } from "pycoro";
import { attempt, print, repr, tuple } from "../../_lib/py.js";
const co = __pycoro.defineCoroutine(class co$ {
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
                case 0: return "native";
            }
    }
    static $meta = { name: "co", qualname: "co", file: "fixtures/yf/coroutine-in-generator/input.ts", line: 7, kind: "coroutine", locals: [], lines: [7] };
}, C_1 => C_1.$fn = function co() {
    return new C_1();
});
const bad = __pycoro.defineGenerator(class bad$ {
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
                case 0: return __pycoro.yieldFrom($f, co(), 1);
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
    static $meta = { name: "bad", qualname: "bad", file: "fixtures/yf/coroutine-in-generator/input.ts", line: 11, kind: "generator", locals: [], lines: [11, 12], handled: [] };
}, C_2 => C_2.$fn = function bad() {
    return new C_2();
});
attempt("1 yield* a coroutine in a plain generator", () => bad().send(undefined));
const based = __pycoro.defineGeneratorCoroutine(class based$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
    }
    $step($s, $v, $m) {
        const $f = this;
        let r_;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: return __pycoro.yieldFrom($f, co(), 1);
                case 1:
                    r_ = $v;
                    return tuple("result", r_);
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
    static $meta = { name: "based", qualname: "based", file: "fixtures/yf/coroutine-in-generator/input.ts", line: 16, kind: "generator-coroutine", locals: [], lines: [16, 17], handled: [] };
}, C_3 => C_3.$fn = function based() {
    return new C_3();
});
try {
    based().send(undefined);
}
catch (e) {
    if (!(e instanceof StopIteration))
        throw e;
    print("2 yield* a native coroutine inside coroutine(function*):", repr(e.value));
}
