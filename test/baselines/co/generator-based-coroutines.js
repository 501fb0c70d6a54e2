import * as __pycoro from "pycoro/internal";
// CO-14: coroutine(function* ...) (Python's @types.coroutine) makes generator-based coroutines:
// generators (GEN_* states, iterable, driven by send/next) that are also awaitable, and that may
// yield* a native coroutine. A plain generator(function* ...) object is not awaitable.
import { getGeneratorState } from "pycoro";
import { attempt, print, repr, tuple } from "../../_lib/py.js";
import { aw, completeResultFirst as complete } from "../../_lib/coro.js";
const tc = __pycoro.defineGeneratorCoroutine(class tc$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
    }
    $step($s, $v, $m) {
        const $f = this;
        let v_;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0:
                    $f.$s = 1;
                    return "tc-yield";
                case 1:
                    v_ = $v;
                    return `tc got ${repr(v_)}`;
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
    static $meta = { name: "tc", qualname: "tc", file: "fixtures/co/generator-based-coroutines/input.ts", line: 8, kind: "generator-coroutine", locals: [], lines: [8, 9], handled: [] };
}, C_1 => C_1.$fn = function tc() {
    return new C_1();
});
const plain = __pycoro.defineGenerator(class plain$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
    }
    $step($s, $v, $m) {
        const $f = this;
        let v_;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0:
                    $f.$s = 1;
                    return "plain-yield";
                case 1:
                    v_ = $v;
                    return v_;
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
    static $meta = { name: "plain", qualname: "plain", file: "fixtures/co/generator-based-coroutines/input.ts", line: 13, kind: "generator", locals: [], lines: [13, 14], handled: [] };
}, C_2 => C_2.$fn = function plain() {
    return new C_2();
});
const g = tc();
print("1 a generator-based coroutine is a generator:", getGeneratorState(g), "| iterable:", g[Symbol.iterator]() === g);
g.close();
print("2 await it:", complete(aw(tc()), ["sent"]));
attempt("3 await a plain generator", () => complete(aw(plain())));
print("4 drive it like a generator:", tc().send(undefined));
const native = __pycoro.defineCoroutine(class native$ {
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
    static $meta = { name: "native", qualname: "native", file: "fixtures/co/generator-based-coroutines/input.ts", line: 25, kind: "coroutine", locals: [], lines: [25] };
}, C_3 => C_3.$fn = function native() {
    return new C_3();
});
const bridge = __pycoro.defineGeneratorCoroutine(class bridge$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.r = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let s_;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0: return __pycoro.yieldFrom($f, native(), 1);
                    case 1:
                        $f.r = $v;
                        return __pycoro.yieldFrom($f, tc(), 2);
                    case 2:
                        s_ = $v;
                        {
                            $v = tuple($f.r, s_);
                            $f.r = void 0;
                            return $v;
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
    static $meta = { name: "bridge", qualname: "bridge", file: "fixtures/co/generator-based-coroutines/input.ts", line: 28, kind: "generator-coroutine", locals: [["r", "r"]], lines: [28, 29, 30], handled: [] };
}, C_4 => C_4.$fn = function bridge() {
    return new C_4();
});
print("5 yield from a native coroutine and another generator-based one:", complete(bridge(), ["b"]));
print("6 await the bridge from a native coroutine:", complete(aw(bridge()), ["c"]));
const bareYield = __pycoro.defineGeneratorCoroutine(class bare_yield$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
    }
    $step($s, $v, $m) {
        const $f = this;
        let got_;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0:
                    $f.$s = 1;
                    return;
                case 1:
                    got_ = $v;
                    return got_;
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
    static $meta = { name: "bare_yield", qualname: "bare_yield", file: "fixtures/co/generator-based-coroutines/input.ts", line: 36, kind: "generator-coroutine", locals: [], lines: [36, 37], handled: [] };
}, C_5 => C_5.$fn = function bare_yield() {
    return new C_5();
});
print("7 a bare yield gives None to the driver:", complete(aw(bareYield()), ["back"]));
const deep = __pycoro.defineGeneratorCoroutine(class deep$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.n = p0;
    }
    $step($s, $v, $m) {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0:
                    if (!($f.n === 0)) {
                        $s = 1;
                        continue $loop;
                    }
                    $f.$s = 2;
                    return "bottom";
                case 2: return ($v);
                case 1: return __pycoro.yieldFrom($f, deep($f.n - 1), 3);
                case 3: return (($v)) + 1;
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
    static $meta = { name: "deep", qualname: "deep", file: "fixtures/co/generator-based-coroutines/input.ts", line: 42, kind: "generator-coroutine", locals: [["n", "n"]], lines: [42, 43, 43, 44], handled: [] };
}, C_6 => function deep(n) {
    return new C_6(n);
});
const useDeep = __pycoro.defineCoroutine(class use_deep$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: if (($w = deep(3)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                    $w.$s = -2;
                    try {
                        $v = $w.$step(0, void 0, $m - 1);
                    }
                    catch ($e) {
                        throw __pycoro.awaitRaised($w, $e);
                    }
                    if ($v === __pycoro.DELEGATE) {
                        $f.$yf = $w;
                        $f.$s = 1;
                        return $v;
                    }
                    $w.$s = -1;
                }
                else if (($v = __pycoro.awaitOther($f, $w, 1)) === __pycoro.DELEGATE)
                    return $v;
                case 1: return $v;
            }
    }
    static $meta = { name: "use_deep", qualname: "use_deep", file: "fixtures/co/generator-based-coroutines/input.ts", line: 46, kind: "coroutine", locals: [], lines: [46, 47] };
}, C_7 => C_7.$fn = function use_deep() {
    return new C_7();
});
print("8 nested yield from under an await:", complete(useDeep(), [10]));
let _step$1;
class Obj {
    name = "obj";
    step(v) {
        return new (_step$1 ??= __pycoro.frameClass(class step$ {
            constructor(p0, p1) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.$t = p0;
                this.v = p1;
            }
            $step($s, $v, $m) {
                const $f = this;
                let got_;
                try {
                    if ($m > 0) {
                        throw $v;
                    }
                    $loop: for (;;)
                        switch ($s) {
                            case 0:
                                $v = tuple("step", $f.v);
                                $f.$s = 1;
                                return $v;
                            case 1:
                                got_ = $v;
                                {
                                    $v = tuple($f.$t.name, got_);
                                    $f.$t = void 0;
                                    return $v;
                                }
                        }
                }
                catch ($e) {
                    $f.$t = void 0;
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
                this.$t = void 0;
            }
            static $meta = { name: "step", qualname: "Obj.step", file: "fixtures/co/generator-based-coroutines/input.ts", line: 53, kind: "generator-coroutine", locals: [["v", "v"]], lines: [53, 55], handled: [] };
        }, __pycoro.GeneratorCoroutine))(this, v);
    }
}
const useMethod = __pycoro.defineCoroutine(class use_method$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: if (($w = new Obj().step(1)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                    $w.$s = -2;
                    try {
                        $v = $w.$step(0, void 0, $m - 1);
                    }
                    catch ($e) {
                        throw __pycoro.awaitRaised($w, $e);
                    }
                    if ($v === __pycoro.DELEGATE) {
                        $f.$yf = $w;
                        $f.$s = 1;
                        return $v;
                    }
                    $w.$s = -1;
                }
                else if (($v = __pycoro.awaitOther($f, $w, 1)) === __pycoro.DELEGATE)
                    return $v;
                case 1: return $v;
            }
    }
    static $meta = { name: "use_method", qualname: "use_method", file: "fixtures/co/generator-based-coroutines/input.ts", line: 59, kind: "coroutine", locals: [], lines: [59, 60] };
}, C_8 => C_8.$fn = function use_method() {
    return new C_8();
});
print("9 a generator-based coroutine method:", complete(useMethod(), ["m"]));
const gb = tc();
gb.send(undefined);
attempt("10 a started generator-based coroutine can still be awaited", () => complete(aw(gb), ["late"]));
