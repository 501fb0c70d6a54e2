import * as __pycoro from "pycoro/internal";
// CO-08: a coroutine that suspends again (awaits something that yields) after receiving
// GeneratorExit makes close() raise RuntimeError('coroutine ignored GeneratorExit'); it stays
// suspended there. An await inside finally that suspends does the same; one that finishes without
// suspending is fine. Through an await chain the RuntimeError rises in the awaiter.
import { GeneratorExit, getCoroutineState } from "pycoro";
import { attempt, print } from "../../_lib/py.js";
import { suspend } from "../../_lib/coro.js";
const ignores = __pycoro.defineCoroutine(class ignores$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.e = void 0;
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
                    case 1: if (($w = suspend("first")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $s = 2;
                        continue $loop;
                    case 3:
                        $f.e = $err;
                        if (!($f.e instanceof GeneratorExit))
                            throw $f.e;
                        print("  ignores: got GeneratorExit, awaits again");
                        if (($w = suspend("second")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $s = 2;
                        continue $loop;
                    case 2:
                        print("  ignores: resumed after the second await");
                        if (($w = suspend("third")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 6: {
                        $f.e = void 0;
                        return;
                    }
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
                $f.e = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.e = void 0;
    }
    static $meta = { name: "ignores", qualname: "ignores", file: "fixtures/co/ignored-generatorexit/input.ts", line: 9, kind: "coroutine", locals: [["e", "e"]], lines: [9, 10, 15, 12, 11, 15, 18] };
}, C_1 => C_1.$fn = function ignores() {
    return new C_1();
});
const i = ignores();
i.send(undefined);
attempt("1 close() a coroutine that awaits after GeneratorExit", () => i.close());
print("2 state:", getCoroutineState(i));
attempt("3 send(None) resumes after the ignoring await", () => i.send(undefined));
attempt("4 close() at 'third'", () => i.close());
print("5 state:", getCoroutineState(i));
const awaitsInFinally = __pycoro.defineCoroutine(class awaits_in_finally$ {
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
                    case 4:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        print("  finally: awaiting something that suspends");
                        if (($w = suspend(2)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        print("  finally: resumed");
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
                $f.$x0 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.$x0 = void 0;
    }
    static $meta = { name: "awaits_in_finally", qualname: "awaits_in_finally", file: "fixtures/co/ignored-generatorexit/input.ts", line: 29, kind: "coroutine", locals: [], lines: [29, 30, 35, 32, 31, 34] };
}, C_2 => C_2.$fn = function awaits_in_finally() {
    return new C_2();
});
const f = awaitsInFinally();
f.send(undefined);
attempt("6 await that suspends inside finally while closing", () => f.close());
attempt("7 close() again", () => f.close());
print("8 state:", getCoroutineState(f));
const doneAtOnce = __pycoro.defineCoroutine(class done_at_once$ {
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
                case 0: return "fine";
            }
    }
    static $meta = { name: "done_at_once", qualname: "done_at_once", file: "fixtures/co/ignored-generatorexit/input.ts", line: 44, kind: "coroutine", locals: [], lines: [44] };
}, C_3 => C_3.$fn = function done_at_once() {
    return new C_3();
});
const awaitsFinishedInFinally = __pycoro.defineCoroutine(class awaits_finished_in_finally$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$t0 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
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
                    case 4:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        $f.$t0 = print;
                        if (($w = doneAtOnce()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        __pycoro.callable($f.$t0, "print")("  finally: awaits a coroutine that does not suspend ->", $v);
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.$x0 = $f.$t0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.$x0 = $f.$t0 = void 0;
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
                $f.$x0 = $f.$t0 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.$x0 = this.$t0 = void 0;
    }
    static $meta = { name: "awaits_finished_in_finally", qualname: "awaits_finished_in_finally", file: "fixtures/co/ignored-generatorexit/input.ts", line: 47, kind: "coroutine", locals: [], lines: [47, 48, 51, 50, 49, 51] };
}, C_4 => C_4.$fn = function awaits_finished_in_finally() {
    return new C_4();
});
const g = awaitsFinishedInFinally();
g.send(undefined);
attempt("9 an await in finally that does not suspend is fine", () => g.close());
print("10 state:", getCoroutineState(g));
const inner = __pycoro.defineCoroutine(class inner$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.e = void 0;
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
                    case 1: if (($w = suspend("inner")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 4: {
                        $f.e = void 0;
                        return;
                    }
                    case 3:
                        $f.e = $err;
                        if (!($f.e instanceof GeneratorExit))
                            throw $f.e;
                        if (($w = suspend("inner refuses")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 5: {
                        $f.e = void 0;
                        return;
                    }
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
                $f.e = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.e = void 0;
    }
    static $meta = { name: "inner", qualname: "inner", file: "fixtures/co/ignored-generatorexit/input.ts", line: 59, kind: "coroutine", locals: [["e", "e"]], lines: [59, 60, 64, 62, 61, 64] };
}, C_5 => C_5.$fn = function inner() {
    return new C_5();
});
let inn = null;
const outer = __pycoro.defineCoroutine(class outer$ {
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
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0:
                        inn = inner();
                        $s = 1;
                    case 1: if (($w = inn) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        {
                            print("  outer: finally");
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
                $f.$x0 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.$x0 = void 0;
    }
    static $meta = { name: "outer", qualname: "outer", file: "fixtures/co/ignored-generatorexit/input.ts", line: 68, kind: "coroutine", locals: [], lines: [68, 70, 72, 72, 71] };
}, C_6 => C_6.$fn = function outer() {
    return new C_6();
});
const o = outer();
o.send(undefined);
attempt("11 close() the awaiter of a coroutine that ignores GeneratorExit", () => o.close());
print("12 outer:", getCoroutineState(o), "| inner stays suspended:", getCoroutineState(inn));
inn.close();
print("13 inner after its own close():", getCoroutineState(inn));
