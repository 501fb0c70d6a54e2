import * as __pycoro from "pycoro/internal";
const inner$_1 = __pycoro.frameClass(class inner$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$step = p0;
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
    static $meta = { name: "inner", qualname: "liveBindings.<locals>.inner", file: "fixtures/control/marked-closures-live-bindings/input.ts", line: 12, kind: "generator", locals: [], lines: [12, 13, 15], handled: [] };
}, __pycoro.Generator);
const _anonymous_$_1 = __pycoro.frameClass(class _anonymous_$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$step = p0;
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
    static $meta = { name: "<anonymous>", qualname: "perIteration.<locals>.<anonymous>", file: "fixtures/control/marked-closures-live-bindings/input.ts", line: 28, kind: "generator", locals: [], lines: [28, 28, 28], handled: [] };
}, __pycoro.Generator);
const _anonymous_$_2 = __pycoro.frameClass(class _anonymous_$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$step = p0;
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
    static $meta = { name: "<anonymous>", qualname: "<anonymous>", file: "fixtures/control/marked-closures-live-bindings/input.ts", line: 36, kind: "generator", locals: [], lines: [36, 36], handled: [] };
}, __pycoro.Generator);
const counter$_1 = __pycoro.frameClass(class counter$ {
    constructor(p0, p1) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$step = p0;
        this.step = p1;
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
    static $meta = { name: "counter", qualname: "makeCounter.<locals>.counter", file: "fixtures/control/marked-closures-live-bindings/input.ts", line: 41, kind: "generator", locals: [["step", "step"]], lines: [41, 42, 44, 44, 44], handled: [] };
}, __pycoro.Generator);
const walk$_1 = __pycoro.frameClass(class walk$ {
    constructor(p0, p1, p2) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$step = p0;
        this.$fn = p1;
        this.n = p2;
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
    static $meta = { name: "walk", qualname: "tree.<locals>.walk", file: "fixtures/control/marked-closures-live-bindings/input.ts", line: 56, kind: "generator", locals: [["n", "n"]], lines: [56, 57, 57, 58], handled: [] };
}, __pycoro.Generator);
const co$_1 = __pycoro.frameClass(class co$ {
    constructor(p0, p1) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$step = p0;
        this.v = p1;
        this.before = void 0;
    }
    $forget() {
        this.v = this.before = void 0;
    }
    static $meta = { name: "co", qualname: "kinds.<locals>.co", file: "fixtures/control/marked-closures-live-bindings/input.ts", line: 68, kind: "coroutine", locals: [["v", "v"], ["before", "before"]], lines: [68, 70] };
}, __pycoro.Coroutine);
const agen$_1 = __pycoro.frameClass(class agen$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.$step = p0;
    }
    static $meta = { name: "agen", qualname: "kinds.<locals>.agen", file: "fixtures/control/marked-closures-live-bindings/input.ts", line: 74, kind: "async-generator", locals: [], lines: [74, 75, 77] };
}, __pycoro.AsyncGenerator);
const gco$_1 = __pycoro.frameClass(class gco$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$step = p0;
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
    static $meta = { name: "gco", qualname: "kinds.<locals>.gco", file: "fixtures/control/marked-closures-live-bindings/input.ts", line: 79, kind: "generator-coroutine", locals: [], lines: [79, 80], handled: [] };
}, __pycoro.GeneratorCoroutine);
const _anonymous_$_3 = __pycoro.frameClass(class _anonymous_$ {
    constructor(p0, p1) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$step = p0;
        this.$t = p1;
    }
    $forget() {
        this.$t = void 0;
    }
    static $meta = { name: "<anonymous>", qualname: "Box.reader.<locals>.<anonymous>", file: "fixtures/control/marked-closures-live-bindings/input.ts", line: 95, kind: "coroutine", locals: [], lines: [95] };
}, __pycoro.Coroutine);
// A marked function defined inside another function or a loop (a "marked closure"): the compiler
// creates its frame class once per source function and each evaluation of the marker only makes a
// step closure and the function (compiler/transformer.ts). What must not change: the captured
// variables are live both ways (Python's nonlocal / cells), a `let` loop variable is one binding
// per iteration, each evaluation gives a distinct function whose generators share the captured
// variables of that evaluation only, the function names itself, and all four kinds capture alike.
import { getGeneratorState, getRunningLoop, run, sleep } from "pycoro";
import { attempt, print } from "../../_lib/py.js";
function liveBindings() {
    let x = 1;
    const g = ($st_1 => __pycoro.defineClosure(inner$_1, function inner() {
        return new inner$_1($st_1);
    }))(function ($s, $v, $m) {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0:
                    $v = x;
                    $f.$s = 1;
                    return $v;
                case 1:
                    x = 10; // the outer function sees this write
                    $v = x;
                    $f.$s = 2;
                    return $v;
                case 2: return;
            }
    });
    x = 2;
    const it = g();
    print("1 first yield (outer wrote 2 after creation):", it.send(undefined));
    x = 3;
    print("2 second yield (generator wrote 10):", it.send(undefined), "| outer x:", x);
    print("3 name, arity, state:", g.name, g.length, getGeneratorState(it), it.__qualname__);
}
liveBindings();
function perIteration() {
    const gens = [];
    for (let i = 0; i < 3; i++)
        gens.push(($st_2 => __pycoro.defineClosure(_anonymous_$_1, function () {
            return new _anonymous_$_1($st_2);
        }))(function ($s, $v, $m) {
            const $f = this;
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        $v = i;
                        $f.$s = 1;
                        return $v;
                    case 1:
                        i += 100;
                        $v = i;
                        $f.$s = 2;
                        return $v;
                    case 2: return;
                }
        }));
    print("4 each loop body has its own i:", gens.map((g) => [...g()]).join(" | "));
    print("5 the functions are distinct:", gens[0] !== gens[1] && gens[1] !== gens[2]);
}
perIteration();
// A marker evaluated in a loop at the top level of the module is a marked closure too.
const top = [];
for (const s of ["a", "b"])
    top.push(($st_3 => __pycoro.defineClosure(_anonymous_$_2, function () {
        return new _anonymous_$_2($st_3);
    }))(function ($s, $v, $m) {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0:
                    $v = s + s;
                    $f.$s = 1;
                    return $v;
                case 1: return;
            }
    }));
print("6 top-level loop:", top.map((g) => [...g()]).join(" "));
function makeCounter(start) {
    let total = start;
    const counter = ($st_4 => __pycoro.defineClosure(counter$_1, function counter(step) {
        return new counter$_1($st_4, step);
    }))(function ($s, $v, $m) {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0:
                case 1:
                    total += $f.step;
                    $v = total;
                    $f.$s = 4;
                    return $v;
                case 4:
                    $s = 1;
                    continue $loop;
            }
    });
    return { counter, read: () => total };
}
const a = makeCounter(0), b = makeCounter(1000);
print("7 two evaluations, two functions:", a.counter !== b.counter, a.counter.name, b.counter.name, a.counter.length);
const a1 = a.counter(1), a2 = a.counter(10), b1 = b.counter(1);
print("8 a1, a2 share a's total; b is apart:", a1.send(undefined), a2.send(undefined), a1.send(undefined), b1.send(undefined), b1.send(undefined));
print("9 totals seen outside:", a.read(), b.read(), "| states:", getGeneratorState(a1), getGeneratorState(b1));
function tree(depth) {
    const walk = ($st_5 => __pycoro.defineClosure(walk$_1, function walk(n) {
        return new walk$_1($st_5, walk, n);
    }))(function ($s, $v, $m) {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0:
                    if (!($f.n > 0)) {
                        $s = 1;
                        continue $loop;
                    }
                    return __pycoro.yieldFrom($f, (0, $f.$fn)($f.n - 1), 2);
                case 1:
                case 2:
                    $v = $f.n * depth;
                    $f.$s = 3;
                    return $v;
                case 3: return;
            }
    });
    return walk;
}
const w2 = tree(2), w3 = tree(3);
print("10 self-reference per evaluation:", [...w2(2)].join(","), [...w3(2)].join(","));
// Inside a marked coroutine: the markers below are nested in its machine.
const kinds = __pycoro.defineCoroutine(class kinds$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.seen = void 0;
        this.co = void 0;
        this.agen = void 0;
        this.gco = void 0;
        this.got = void 0;
        this.s = void 0;
        this.$t0 = void 0;
        this.$ait = void 0;
        this.$r = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        let $err;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0:
                        $f.seen = "start";
                        $f.co = ($st_6 => __pycoro.defineClosure(co$_1, function co(v) {
                            return new co$_1($st_6, v);
                        }))(function ($s, $v, $m) {
                            const $f1 = this;
                            let $w;
                            try {
                                if ($m > 0) {
                                    throw $v;
                                }
                                $loop: for (;;)
                                    switch ($s) {
                                        case 0:
                                            $f1.before = $f.seen;
                                            if (($w = sleep === __pycoro.SLEEP ? __pycoro.sleep0() : sleep(0)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                                                $w.$s = -2;
                                                try {
                                                    $v = $w.$step(0, void 0, $m - 1);
                                                }
                                                catch ($e) {
                                                    throw __pycoro.awaitRaised($w, $e);
                                                }
                                                if ($v === __pycoro.DELEGATE) {
                                                    $f1.$yf = $w;
                                                    $f1.$s = 1;
                                                    return $v;
                                                }
                                                $w.$s = -1;
                                            }
                                            else if (($v = __pycoro.awaitOther($f1, $w, 1)) === __pycoro.DELEGATE)
                                                return $v;
                                        case 1:
                                            $f.seen = $f1.v;
                                            {
                                                $v = `${$f1.before}->${$f.seen}`;
                                                $f1.v = $f1.before = void 0;
                                                return $v;
                                            }
                                    }
                            }
                            catch ($e) {
                                $f1.v = $f1.before = void 0;
                                throw $e;
                            }
                        });
                        $f.agen = ($st_7 => __pycoro.defineClosure(agen$_1, function agen() {
                            return new agen$_1($st_7);
                        }))(function ($s, $v, $m) {
                            const $f1 = this;
                            if ($m > 0) {
                                throw $v;
                            }
                            $loop: for (;;)
                                switch ($s) {
                                    case 0:
                                        $v = $f.seen;
                                        $f1.$s = 1;
                                        return $v;
                                    case 1:
                                        $f.seen = "from agen";
                                        $v = $f.seen;
                                        $f1.$s = 2;
                                        return $v;
                                    case 2: return;
                                }
                        });
                        $f.gco = ($st_8 => __pycoro.defineClosure(gco$_1, function gco() {
                            return new gco$_1($st_8);
                        }))(function ($s, $v, $m) {
                            const $f1 = this;
                            if ($m > 0) {
                                throw $v;
                            }
                            $loop: for (;;)
                                switch ($s) {
                                    case 0: return __pycoro.yieldFrom($f1, sleep(0), 1);
                                    case 1: return $f.seen;
                                }
                        });
                        $f.seen = "outer";
                        $f.$t0 = print;
                        if (($w = __pycoro.callable($f.co, "co")("co")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        __pycoro.callable($f.$t0, "print")("11 coroutine:", $v, "| outer sees:", $f.seen);
                        $f.got = [];
                        $f.$ait = __pycoro.aiter(__pycoro.callable($f.agen, "agen")());
                    case 2: $s = 4;
                    case 4: if (($w = __pycoro.anext($f.$ait)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                        $w.$s = -2;
                        try {
                            $v = $w.$step(0, void 0, $m - 1);
                        }
                        catch ($e) {
                            throw __pycoro.awaitRaised($w, $e);
                        }
                        if ($v === __pycoro.DELEGATE) {
                            $f.$yf = $w;
                            $f.$s = 7;
                            return $v;
                        }
                        $w.$s = -1;
                    }
                    else if (($v = __pycoro.awaitOther($f, $w, 7)) === __pycoro.DELEGATE)
                        return $v;
                    case 7:
                        $f.$r = $v;
                        $s = 5;
                        continue $loop;
                    case 6:
                        if ($err instanceof __pycoro.StopAsyncIteration) {
                            $s = 3;
                            continue $loop;
                        }
                        throw $err;
                    case 5:
                        $f.s = $f.$r;
                        $f.got.push($f.s);
                        $s = 2;
                        continue $loop;
                    case 3:
                        print("12 async generator:", $f.got.join(" / "), "| outer sees:", $f.seen);
                        $f.seen = "set before gco";
                        $f.$t0 = print;
                        if (($w = __pycoro.callable($f.gco, "gco")()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 8;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 8)) === __pycoro.DELEGATE)
                            return $v;
                    case 8:
                        __pycoro.callable($f.$t0, "print")("13 generator-based coroutine:", $v);
                        {
                            $f.co = $f.agen = $f.gco = $f.got = $f.s = $f.$t0 = $f.$ait = $f.$r = void 0;
                            return;
                        }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 4:
                    case 7:
                        $err = $e;
                        $s = 6;
                        continue $loop;
                }
                $f.co = $f.agen = $f.gco = $f.got = $f.s = $f.$t0 = $f.$ait = $f.$r = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.co = this.agen = this.gco = this.got = this.s = this.$t0 = this.$ait = this.$r = void 0;
    }
    static $meta = { name: "kinds", qualname: "kinds", file: "fixtures/control/marked-closures-live-bindings/input.ts", line: 66, kind: "coroutine", locals: [["seen", "seen"], ["co", "co"], ["agen", "agen"], ["gco", "gco"], ["got", "got"], ["s", "s"]], lines: [66, 84, 86, 86, 86, 86, 86, 86, 89] };
}, C_1 => C_1.$fn = function kinds() {
    return new C_1();
});
class Box {
    value = 5;
    reader() {
        return ($st_9 => __pycoro.defineClosure(_anonymous_$_3, () => {
            return new _anonymous_$_3($st_9, this);
        }))(function ($s, $v, $m) {
            const $f = this;
            try {
                if ($m > 0) {
                    throw $v;
                }
                $loop: for (;;)
                    switch ($s) {
                        case 0: {
                            $v = $f.$t.value * 2;
                            $f.$t = void 0;
                            return $v;
                        }
                    }
            }
            catch ($e) {
                $f.$t = void 0;
                throw $e;
            }
        });
    }
}
run(__pycoro.defineCoroutine(class main$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.box = void 0;
        this.r = void 0;
        this.loop = void 0;
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
                    case 0: if (($w = kinds()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.box = new Box();
                        $f.r = $f.box.reader();
                        $f.box.value = 21;
                        $f.$t0 = print;
                        if (($w = __pycoro.callable($f.r, "r")()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        __pycoro.callable($f.$t0, "print")("14 arrow closure over this:", $v);
                        // the loop recognises a closure's function as a coroutine function (its tag: markers.ts)
                        $f.loop = getRunningLoop();
                        $f.loop.setDebug(true);
                        attempt("15 call_soon(a coroutine function made by a closure)", () => $f.loop.callSoon($f.r));
                        $f.loop.setDebug(false);
                        {
                            $f.box = $f.$t0 = void 0;
                            return;
                        }
                }
        }
        catch ($e) {
            $f.box = $f.$t0 = void 0;
            throw $e;
        }
    }
    $forget() {
        this.box = this.$t0 = void 0;
    }
    static $meta = { name: "main", qualname: "main", file: "fixtures/control/marked-closures-live-bindings/input.ts", line: 99, kind: "coroutine", locals: [["box", "box"], ["r", "r"], ["loop", "loop"]], lines: [99, 100, 104] };
}, C_2 => C_2.$fn = function main() {
    return new C_2();
})());
