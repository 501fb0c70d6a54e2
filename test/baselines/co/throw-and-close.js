import * as __pycoro from "pycoro/internal";
// CO-09: throw() and close() on coroutines behave as on generators. A handled throw that leads to a
// return raises StopIteration(value); one that leads to another await returns the yielded value;
// an unhandled one propagates and finishes the coroutine. throw() into a just-created coroutine
// raises at once and closes it; close() on a just-created one is silent. close() raises
// GeneratorExit at the await (finally runs); a return there is discarded, another error propagates.
import { GeneratorExit, getCoroutineState, ValueError } from "pycoro";
import { attempt, excName, print, repr } from "../../_lib/py.js";
import { suspend } from "../../_lib/coro.js";
class KeyErr extends Error {
}
const catchVal = __pycoro.defineCoroutine(class catch_val$ {
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
                    case 1: if (($w = suspend("waiting")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                                $f.$x0 = `handled ${repr(e)}`;
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
                            print("  catch_val: finally");
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
    static $meta = { name: "catch_val", qualname: "catch_val", file: "fixtures/co/throw-and-close/input.ts", line: 12, kind: "coroutine", locals: [], lines: [12, 13, 18, 15, 18, 14] };
}, C_1 => C_1.$fn = function catch_val() {
    return new C_1();
});
let cv = catchVal();
cv.send(undefined);
attempt("1 throw(ValueError('boom')) handled, coroutine returns", () => cv.throw(new ValueError("boom")));
cv = catchVal();
cv.send(undefined);
attempt("2 throw(ValueError) (the class)", () => cv.throw(ValueError));
cv = catchVal();
cv.send(undefined);
attempt("3 throw(ValueError, 'msg')", () => cv.throw(ValueError, "msg"));
cv = catchVal();
cv.send(undefined);
attempt("4 throw(KeyErr('k')) not handled", () => cv.throw(new KeyErr("k")));
print("5 state:", getCoroutineState(cv));
const recovers = __pycoro.defineCoroutine(class recovers$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.n = void 0;
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
                    case 0: $f.n = 0;
                    case 1:
                        if (!(true)) {
                            return;
                        }
                        $s = 3;
                    case 3: if (($w = suspend(`step ${$f.n}`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                        $w.$s = -2;
                        try {
                            $v = $w.$step(0, void 0, $m - 1);
                        }
                        catch ($e) {
                            throw __pycoro.awaitRaised($w, $e);
                        }
                        if ($v === __pycoro.DELEGATE) {
                            $f.$yf = $w;
                            $f.$s = 6;
                            return $v;
                        }
                        $w.$s = -1;
                    }
                    else if (($v = __pycoro.awaitOther($f, $w, 6)) === __pycoro.DELEGATE)
                        return $v;
                    case 6:
                        $s = 4;
                        continue $loop;
                    case 5:
                        {
                            let e = $err;
                            if (!(e instanceof ValueError))
                                throw e;
                            print("  recovers: caught", repr(e));
                        }
                        $s = 4;
                        continue $loop;
                    case 4:
                        $f.n += 1;
                        $s = 1;
                        continue $loop;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 3:
                    case 6:
                        $err = $e;
                        $s = 5;
                        continue $loop;
                }
                throw $e;
            }
        }
    }
    static $meta = { name: "recovers", qualname: "recovers", file: "fixtures/co/throw-and-close/input.ts", line: 38, kind: "coroutine", locals: [["n", "n"]], lines: [38, 40, 47, 41, 43, 43, 42] };
}, C_2 => C_2.$fn = function recovers() {
    return new C_2();
});
const r = recovers();
r.send(undefined);
attempt("6 throw handled, coroutine awaits again: throw returns the next yielded value", () => r.throw(new ValueError("x")));
r.close();
const cv2 = catchVal();
attempt("7 throw into a just-created coroutine", () => cv2.throw(new ValueError("x")));
print("8 state:", getCoroutineState(cv2));
const cv3 = catchVal();
attempt("9 close() a just-created coroutine (body not run)", () => cv3.close());
print("10 state:", getCoroutineState(cv3));
const cv4 = catchVal();
cv4.send(undefined);
attempt("11 close() a suspended coroutine: GeneratorExit at the await, finally runs", () => cv4.close());
print("12 state:", getCoroutineState(cv4));
const returnsOnExit = __pycoro.defineCoroutine(class returns_on_exit$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
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
                    case 1: if (($w = suspend(1)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 4: return undefined;
                    case 3:
                        {
                            let e = $err;
                            if (e instanceof GeneratorExit)
                                return "ignored return value";
                            throw e;
                        }
                        return undefined;
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
    static $meta = { name: "returns_on_exit", qualname: "returns_on_exit", file: "fixtures/co/throw-and-close/input.ts", line: 68, kind: "coroutine", locals: [], lines: [68, 69, 71, 71, 70] };
}, C_3 => C_3.$fn = function returns_on_exit() {
    return new C_3();
});
const x = returnsOnExit();
x.send(undefined);
attempt("13 close() where the coroutine returns on GeneratorExit", () => x.close());
const raisesOnExit = __pycoro.defineCoroutine(class raises_on_exit$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
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
                    case 1: if (($w = suspend(1)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 4: return;
                    case 3:
                        {
                            let e = $err;
                            if (e instanceof GeneratorExit)
                                throw new KeyErr("during close");
                            throw e;
                        }
                        return;
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
    static $meta = { name: "raises_on_exit", qualname: "raises_on_exit", file: "fixtures/co/throw-and-close/input.ts", line: 81, kind: "coroutine", locals: [], lines: [81, 82, 84, 84, 83] };
}, C_4 => C_4.$fn = function raises_on_exit() {
    return new C_4();
});
const y = raisesOnExit();
y.send(undefined);
attempt("14 close() where the coroutine raises another error", () => y.close());
print("15 state:", getCoroutineState(y));
const seesGeneratorExit = __pycoro.defineCoroutine(class sees_generatorexit$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
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
                    case 1: if (($w = suspend(1)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 4: return;
                    case 3:
                        {
                            let e = $err;
                            print("  sees:", excName(e));
                            throw e;
                        }
                        return;
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
    static $meta = { name: "sees_generatorexit", qualname: "sees_generatorexit", file: "fixtures/co/throw-and-close/input.ts", line: 94, kind: "coroutine", locals: [], lines: [94, 95, 97, 97, 96] };
}, C_5 => C_5.$fn = function sees_generatorexit() {
    return new C_5();
});
const z = seesGeneratorExit();
z.send(undefined);
attempt("16 throw(GeneratorExit) into a coroutine", () => z.throw(GeneratorExit));
