import * as __pycoro from "pycoro/internal";
// CO-13: `await x` is `yield from x.__await__()`: what the iterator yields goes straight to whoever
// drives the outermost coroutine, what the driver sends goes back to the innermost iterator, and the
// iterator's return value (StopIteration.value / {done: true, value}) is the value of the await.
// __await__ may be a pycoro generator method (@generator) or a JavaScript generator (unmarked
// function*: a JS iterator, which takes Python's sends through next(v), SURFACE §2).
import { StopIteration } from "pycoro";
import { print, repr, tuple } from "../../_lib/py.js";
import { aw, completeResultFirst as complete } from "../../_lib/coro.js";
class ReturnsIter {
    __await__() {
        return ["a", "b"][Symbol.iterator]();
    }
}
print("1 values of the __await__ iterator pass to the driver:", complete(aw(new ReturnsIter())));
let ___await__$1;
class ReturnsGen {
    __await__() {
        return new (___await__$1 ??= __pycoro.frameClass(class __await__$ {
            constructor() {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.v = void 0;
            }
            $step($s, $v, $m) {
                const $f = this;
                let w_;
                try {
                    if ($m > 0) {
                        throw $v;
                    }
                    $loop: for (;;)
                        switch ($s) {
                            case 0:
                                $f.$s = 1;
                                return "from __await__";
                            case 1:
                                $f.v = $v;
                                $v = `got ${repr($f.v)}`;
                                $f.$s = 2;
                                return $v;
                            case 2:
                                w_ = $v;
                                {
                                    $v = `await result, sent ${repr($f.v)} then ${repr(w_)}`;
                                    $f.v = void 0;
                                    return $v;
                                }
                        }
                }
                catch ($e) {
                    $f.v = void 0;
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
                this.v = void 0;
            }
            static $meta = { name: "__await__", qualname: "ReturnsGen.__await__", file: "fixtures/co/await-is-yield-from/input.ts", line: 18, kind: "generator", locals: [["v", "v"]], lines: [18, 20, 21], handled: [] };
        }, __pycoro.Generator))();
    }
}
print("2 a generator __await__ gets the driver's sends:", complete(aw(new ReturnsGen()), ["s1", "s2"]));
class NativeGen {
    *__await__() {
        const v = yield "native";
        return `native got ${repr(v)}`;
    }
}
print("3 a JavaScript generator __await__:", complete(aw(new NativeGen()), ["n1"]));
const middle = __pycoro.defineCoroutine(class middle$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
    }
    $step($s, $v, $m) {
        const $f = this;
        let r_, $w;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: if (($w = new ReturnsGen()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                case 1:
                    r_ = $v;
                    return `middle: ${r_}`;
            }
    }
    static $meta = { name: "middle", qualname: "middle", file: "fixtures/co/await-is-yield-from/input.ts", line: 35, kind: "coroutine", locals: [], lines: [35, 36] };
}, C_1 => C_1.$fn = function middle() {
    return new C_1();
});
const top = __pycoro.defineCoroutine(class top$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
    }
    $step($s, $v, $m) {
        const $f = this;
        let r_, $w;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: if (($w = middle()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                case 1:
                    r_ = $v;
                    return `top: ${r_}`;
            }
    }
    static $meta = { name: "top", qualname: "top", file: "fixtures/co/await-is-yield-from/input.ts", line: 39, kind: "coroutine", locals: [], lines: [39, 40] };
}, C_2 => C_2.$fn = function top() {
    return new C_2();
});
const t = top();
print("4 driver receives:", t.send(undefined));
print("5 driver sends 'hello' ->", t.send("hello"));
try {
    t.send("world");
}
catch (e) {
    if (!(e instanceof StopIteration))
        throw e;
    print("6 driver got result:", e.value);
}
const sequence = __pycoro.defineCoroutine(class sequence$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.a = void 0;
        this.b = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let c_, $w;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0: if (($w = new ReturnsGen()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 1:
                        $f.a = $v;
                        if (($w = new NativeGen()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 2;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 2)) === __pycoro.DELEGATE)
                            return $v;
                    case 2:
                        $f.b = $v;
                        if (($w = new ReturnsIter()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 3;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 3)) === __pycoro.DELEGATE)
                            return $v;
                    case 3:
                        c_ = $v;
                        {
                            $v = tuple($f.a, $f.b, c_);
                            $f.a = $f.b = void 0;
                            return $v;
                        }
                }
        }
        catch ($e) {
            $f.a = $f.b = void 0;
            throw $e;
        }
    }
    $forget() {
        this.a = this.b = void 0;
    }
    static $meta = { name: "sequence", qualname: "sequence", file: "fixtures/co/await-is-yield-from/input.ts", line: 53, kind: "coroutine", locals: [["a", "a"], ["b", "b"]], lines: [53, 54, 55, 56] };
}, C_3 => C_3.$fn = function sequence() {
    return new C_3();
});
print("7 awaits in sequence:", complete(sequence(), ["x", "y", "z"]));
const inExpression = __pycoro.defineCoroutine(class in_expression$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$t0 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0: if (($w = new NativeGen()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 1:
                        $f.$t0 = $v;
                        if (($w = new NativeGen()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 2;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 2)) === __pycoro.DELEGATE)
                            return $v;
                    case 2: {
                        $v = [$f.$t0, (($v)) + "!"];
                        $f.$t0 = void 0;
                        return $v;
                    }
                }
        }
        catch ($e) {
            $f.$t0 = void 0;
            throw $e;
        }
    }
    $forget() {
        this.$t0 = void 0;
    }
    static $meta = { name: "in_expression", qualname: "in_expression", file: "fixtures/co/await-is-yield-from/input.ts", line: 61, kind: "coroutine", locals: [], lines: [61, 62, 62] };
}, C_4 => C_4.$fn = function in_expression() {
    return new C_4();
});
print("8 awaits inside expressions:", complete(inExpression(), ["p", "q"]));
