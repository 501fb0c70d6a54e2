import * as __pycoro from "pycoro/internal";
// CO-07: cr_await is the object a suspended coroutine awaits: the awaited coroutine, the
// generator-based coroutine, or the iterator __await__() returned (not the awaitable itself). It is
// None when created, while running, after completion and after close().
import { StopIteration } from "pycoro";
import { print } from "../../_lib/py.js";
class AwaitIter {
    n = 0;
    [Symbol.iterator]() {
        return this;
    }
    next() {
        this.n += 1;
        if (this.n > 2)
            return { done: true, value: "await-result" };
        return { done: false, value: `y${this.n}` };
    }
}
const its = [];
class Awaitable {
    __await__() {
        const it = new AwaitIter();
        its.push(it);
        return it;
    }
}
const objs = {};
const leaf = __pycoro.defineCoroutine(class leaf$ {
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
                case 0: if (($w = new Awaitable()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                case 1: return ($v);
            }
    }
    static $meta = { name: "leaf", qualname: "leaf", file: "fixtures/co/cr-await/input.ts", line: 29, kind: "coroutine", locals: [], lines: [29, 30] };
}, C_1 => C_1.$fn = function leaf() {
    return new C_1();
});
const mid = __pycoro.defineCoroutine(class mid$ {
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
                case 0:
                    objs.leaf = leaf();
                    if (($w = objs.leaf) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
    static $meta = { name: "mid", qualname: "mid", file: "fixtures/co/cr-await/input.ts", line: 32, kind: "coroutine", locals: [], lines: [32, 34] };
}, C_2 => C_2.$fn = function mid() {
    return new C_2();
});
const top = __pycoro.defineCoroutine(class top$ {
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
                case 0:
                    print("  top running: cr_await", c.cr_await);
                    objs.mid = mid();
                    if (($w = objs.mid) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
    static $meta = { name: "top", qualname: "top", file: "fixtures/co/cr-await/input.ts", line: 36, kind: "coroutine", locals: [], lines: [36, 39] };
}, C_3 => C_3.$fn = function top() {
    return new C_3();
});
const c = top();
print("1 created: cr_await", c.cr_await);
print("2 send(None) ->", c.send(undefined));
print("3 top.cr_await is mid:", c.cr_await === objs.mid, "| mid.cr_await is leaf:", objs.mid.cr_await === objs.leaf, "| leaf.cr_await is the __await__ iterator (not the Awaitable):", objs.leaf.cr_await === its[0]);
print("4 send(None) ->", c.send(undefined), "| chain unchanged:", c.cr_await === objs.mid);
try {
    c.send(undefined);
}
catch (e) {
    if (!(e instanceof StopIteration))
        throw e;
    print("5 result:", e.value, "| cr_await after completion:", c.cr_await, objs.mid.cr_await, objs.leaf.cr_await);
}
const genBased = __pycoro.defineGeneratorCoroutine(class gen_based$ {
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
                    return "gb";
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
    static $meta = { name: "gen_based", qualname: "gen_based", file: "fixtures/co/cr-await/input.ts", line: 57, kind: "generator-coroutine", locals: [], lines: [57, 58], handled: [] };
}, C_4 => C_4.$fn = function gen_based() {
    return new C_4();
});
let gb = null;
const onGenBased = __pycoro.defineCoroutine(class on_gen_based$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.g = void 0;
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
                    case 0:
                        $f.g = genBased();
                        gb = $f.g;
                        if (($w = $f.g) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 1: if (($w = new Awaitable()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.g = void 0;
                        return;
                    }
                }
        }
        catch ($e) {
            $f.g = void 0;
            throw $e;
        }
    }
    $forget() {
        this.g = void 0;
    }
    static $meta = { name: "on_gen_based", qualname: "on_gen_based", file: "fixtures/co/cr-await/input.ts", line: 61, kind: "coroutine", locals: [["g", "g"]], lines: [61, 64, 65] };
}, C_5 => C_5.$fn = function on_gen_based() {
    return new C_5();
});
const o = onGenBased();
o.send(undefined);
print("6 awaiting a generator-based coroutine: cr_await is it:", o.cr_await === gb);
o.send(undefined);
print("7 next await: cr_await is the new iterator:", o.cr_await === its[its.length - 1]);
o.close();
print("8 after close():", o.cr_await);
