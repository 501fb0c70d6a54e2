import * as __pycoro from "pycoro/internal";
// CO-06: awaiting a coroutine that is suspended in an await of its own (cr_await set) raises
// RuntimeError('coroutine is being awaited already'), whether another coroutine is awaiting it or it
// was driven directly; the failed awaiter is finished. CO-07: w1.cr_await is the awaited coroutine
// and that one's cr_await is the generator-based coroutine it awaits.
import { getCoroutineState } from "pycoro";
import { attempt, print, repr } from "../../_lib/py.js";
import { suspend } from "../../_lib/coro.js";
let susp = null;
const leaf = __pycoro.defineCoroutine(class leaf$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.s = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let r_, $w;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        $f.s = suspend("leaf suspended");
                        susp = $f.s;
                        if (($w = $f.s) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        {
                            $v = `leaf got ${repr(r_)}`;
                            $f.s = void 0;
                            return $v;
                        }
                }
        }
        catch ($e) {
            $f.s = void 0;
            throw $e;
        }
    }
    $forget() {
        this.s = void 0;
    }
    static $meta = { name: "leaf", qualname: "leaf", file: "fixtures/co/being-awaited-already/input.ts", line: 10, kind: "coroutine", locals: [["s", "s"]], lines: [10, 13] };
}, C_1 => C_1.$fn = function leaf() {
    return new C_1();
});
const shared = leaf();
const waiter = __pycoro.defineCoroutine(class waiter$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.name = p0;
        this.$c0 = void 0;
        this.$x0 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let r_, $w;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0: $s = 1;
                    case 1: if (($w = shared) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                        $w.$s = -2;
                        try {
                            $v = $w.$step(0, void 0, $m - 1);
                        }
                        catch ($e) {
                            throw __pycoro.awaitRaised($w, $e);
                        }
                        if ($v === __pycoro.DELEGATE) {
                            $f.$yf = $w;
                            $f.$s = 4;
                            return $v;
                        }
                        $w.$s = -1;
                    }
                    else if (($v = __pycoro.awaitOther($f, $w, 4)) === __pycoro.DELEGATE)
                        return $v;
                    case 4:
                        r_ = $v;
                        {
                            $f.$c0 = -2;
                            $f.$x0 = `${$f.name}: ${r_}`;
                            $s = 3;
                            continue $loop;
                        }
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        {
                            print(`  ${$f.name}: finally`);
                        }
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.name = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.name = $f.$x0 = void 0;
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
                $f.name = $f.$x0 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.name = this.$x0 = void 0;
    }
    static $meta = { name: "waiter", qualname: "waiter", file: "fixtures/co/being-awaited-already/input.ts", line: 18, kind: "coroutine", locals: [["name", "name"]], lines: [18, 19, 22, 22, 20] };
}, C_2 => C_2.$fn = function waiter(name) {
    return new C_2(name);
});
const w1 = waiter("w1");
const w2 = waiter("w2");
print("1 w1 first step ->", w1.send(undefined));
attempt("2 w2 awaits the same coroutine", () => w2.send(undefined));
print("3 w2:", getCoroutineState(w2), "| w1:", getCoroutineState(w1), "| shared:", getCoroutineState(shared));
print("4 w1.cr_await is shared:", w1.cr_await === shared, "| shared.cr_await is the generator-based coroutine:", shared.cr_await === susp);
const third = __pycoro.defineCoroutine(class third$ {
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
                case 0: if (($w = shared) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
    static $meta = { name: "third", qualname: "third", file: "fixtures/co/being-awaited-already/input.ts", line: 34, kind: "coroutine", locals: [], lines: [34, 35] };
}, C_3 => C_3.$fn = function third() {
    return new C_3();
});
const t = third();
attempt("5 a third coroutine awaits it", () => t.send(undefined));
attempt("6 w1 goes on", () => w1.send("v"));
print("7 shared:", getCoroutineState(shared));
const leaf2 = __pycoro.defineCoroutine(class leaf2$ {
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
                case 0: if (($w = suspend("leaf2")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
    static $meta = { name: "leaf2", qualname: "leaf2", file: "fixtures/co/being-awaited-already/input.ts", line: 42, kind: "coroutine", locals: [], lines: [42, 43] };
}, C_4 => C_4.$fn = function leaf2() {
    return new C_4();
});
const s2 = leaf2();
print("8 drive it directly first ->", s2.send(undefined));
const waiter2 = __pycoro.defineCoroutine(class waiter2$ {
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
                case 0: if (($w = s2) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
    static $meta = { name: "waiter2", qualname: "waiter2", file: "fixtures/co/being-awaited-already/input.ts", line: 47, kind: "coroutine", locals: [], lines: [47, 48] };
}, C_5 => C_5.$fn = function waiter2() {
    return new C_5();
});
attempt("9 then await it from a coroutine (it is suspended in an await: cr_await is set)", () => waiter2().send(undefined));
