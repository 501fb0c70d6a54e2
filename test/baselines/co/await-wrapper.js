import * as __pycoro from "pycoro/internal";
// CO-16: coro.__await__() returns a coroutine_wrapper: an iterator ([Symbol.iterator]() is itself)
// whose next/send/throw/close drive the coroutine. next() is the JS view of send(None) ({done,
// value}; Python's next(w) raises StopIteration(value)). Sent values, a tuple or even the
// StopIteration class, are just values. A plain generator may yield* a wrapper (it is an iterator,
// not a coroutine).
import { getCoroutineState, StopIteration, ValueError } from "pycoro";
import { attempt, print, repr, tuple } from "../../_lib/py.js";
import { suspend } from "../../_lib/coro.js";
const simple = __pycoro.defineCoroutine(class simple$ {
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
                case 0: return 7;
            }
    }
    static $meta = { name: "simple", qualname: "simple", file: "fixtures/co/await-wrapper/input.ts", line: 10, kind: "coroutine", locals: [], lines: [10] };
}, C_1 => C_1.$fn = function simple() {
    return new C_1();
});
const c0 = simple();
const w0 = c0.__await__();
print("1 iter(w) is w:", w0[Symbol.iterator]() === w0, "| state:", getCoroutineState(c0));
const r = w0.next();
print("2 next(w) -> done:", r.done, "| value:", r.value, "| state:", getCoroutineState(c0));
const echo = __pycoro.defineCoroutine(class echo$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
    }
    $step($s, $v, $m) {
        const $f = this;
        let x_, $w;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: if (($w = suspend("inner")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    x_ = $v;
                    return x_;
            }
    }
    static $meta = { name: "echo", qualname: "echo", file: "fixtures/co/await-wrapper/input.ts", line: 19, kind: "coroutine", locals: [], lines: [19, 20] };
}, C_2 => C_2.$fn = function echo() {
    return new C_2();
});
let w = echo().__await__();
print("3 wrapper send(None) ->", w.send(undefined));
attempt("4 wrapper.send((1, 2)): a returned tuple arrives intact", () => w.send(tuple(1, 2)));
w = echo().__await__();
w.send(undefined);
attempt("5 sending the StopIteration class is just a value", () => w.send(StopIteration));
const guarded = __pycoro.defineCoroutine(class guarded$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$c0 = void 0;
        this.$x0 = void 0;
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
                    case 0: $s = 1;
                    case 1: if (($w = suspend("guarded")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                        $w.$s = -2;
                        try {
                            $v = $w.$step(0, void 0, $m - 1);
                        }
                        catch ($e) {
                            throw __pycoro.awaitRaised($w, $e);
                        }
                        if ($v === __pycoro.DELEGATE) {
                            $f.$yf = $w;
                            $f.$s = 5;
                            return $v;
                        }
                        $w.$s = -1;
                    }
                    else if (($v = __pycoro.awaitOther($f, $w, 5)) === __pycoro.DELEGATE)
                        return $v;
                    case 5:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 3:
                        {
                            let e = $err;
                            if (e instanceof ValueError) {
                                $f.$c0 = -2;
                                $f.$x0 = `caught ${repr(e)}`;
                                $s = 4;
                                continue $loop;
                            }
                            throw e;
                        }
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 4:
                        {
                            print("  guarded: finally");
                        }
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.$x0 = void 0;
                        return undefined;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 5:
                        $err = $e;
                        $s = 3;
                        continue $loop;
                    case 3:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                }
                $f.$x0 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.$x0 = void 0;
    }
    static $meta = { name: "guarded", qualname: "guarded", file: "fixtures/co/await-wrapper/input.ts", line: 30, kind: "coroutine", locals: [], lines: [30, 31, 36, 33, 36, 32] };
}, C_3 => C_3.$fn = function guarded() {
    return new C_3();
});
let c = guarded();
w = c.__await__();
w.send(undefined);
attempt("6 wrapper.throw(ValueError('t'))", () => w.throw(new ValueError("t")));
print("7 the coroutine:", getCoroutineState(c));
c = guarded();
w = c.__await__();
w.send(undefined);
attempt("8 wrapper.close()", () => w.close());
print("9 the coroutine:", getCoroutineState(c));
attempt("10 the wrapper of a finished coroutine", () => c.__await__().send(undefined));
const plainGen = __pycoro.defineGenerator(class plain_gen$ {
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
                    case 0: return __pycoro.yieldFrom($f, echo().__await__(), 1);
                    case 1:
                        $f.r = $v;
                        $v = `plain generator got ${repr($f.r)}`;
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
    static $meta = { name: "plain_gen", qualname: "plain_gen", file: "fixtures/co/await-wrapper/input.ts", line: 53, kind: "generator", locals: [["r", "r"]], lines: [53, 54, 55], handled: [] };
}, C_4 => C_4.$fn = function plain_gen() {
    return new C_4();
});
const g = plainGen();
print("11 plain generator delegating to a wrapper:", g.send(undefined), "|", g.send("via wrapper"));
g.close();
const e = echo();
const w1 = e.__await__();
const w2 = e.__await__();
print("12 two wrappers of one coroutine drive the same coroutine:", w1.send(undefined), "|", getCoroutineState(e));
attempt("13 the second wrapper sends", () => w2.send("second"));
