import * as __pycoro from "pycoro/internal";
// CO-04: once a coroutine has finished (returned, raised, or been closed), send(), throw() and
// await on it raise RuntimeError('cannot reuse already awaited coroutine'), unlike a closed
// generator; close() stays a silent no-op. Its coroutine_wrapper (__await__()) says the same.
import { getCoroutineState, StopIteration, ValueError } from "pycoro";
import { attempt, print } from "../../_lib/py.js";
import { suspend } from "../../_lib/coro.js";
const add = __pycoro.defineCoroutine(class add$ {
    constructor(p0, p1) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.a = p0;
        this.b = p1;
    }
    $step($s, $v, $m) {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: return $f.a + $f.b;
            }
    }
    static $meta = { name: "add", qualname: "add", file: "fixtures/co/reuse-finished/input.ts", line: 8, kind: "coroutine", locals: [["a", "a"], ["b", "b"]], lines: [8] };
}, C_1 => C_1.$fn = function add(a, b) {
    return new C_1(a, b);
});
const c = add(1, 2);
try {
    c.send(undefined);
}
catch (e) {
    if (!(e instanceof StopIteration))
        throw e;
    print("1 finished with", e.value);
}
attempt("2 send(None) to a finished coroutine", () => c.send(undefined));
attempt("3 throw into a finished coroutine", () => c.throw(new ValueError("late")));
attempt("4 close() a finished coroutine", () => c.close());
attempt("5 its __await__().send(None)", () => c.__await__().send(undefined));
const twice = __pycoro.defineCoroutine(class twice$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.co = void 0;
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
                    case 0:
                        $f.co = add(2, 3);
                        $f.$t0 = print;
                        if (($w = $f.co) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        __pycoro.callable($f.$t0, "print")("  first await ->", $v);
                        if (($w = $f.co) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.co = $f.$t0 = void 0;
                        return;
                    }
                }
        }
        catch ($e) {
            $f.co = $f.$t0 = void 0;
            throw $e;
        }
    }
    $forget() {
        this.co = this.$t0 = void 0;
    }
    static $meta = { name: "twice", qualname: "twice", file: "fixtures/co/reuse-finished/input.ts", line: 24, kind: "coroutine", locals: [["co", "co"]], lines: [24, 26, 27] };
}, C_2 => C_2.$fn = function twice() {
    return new C_2();
});
attempt("6 awaiting an already-awaited coroutine", () => twice().send(undefined));
const dies = __pycoro.defineCoroutine(class dies$ {
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
                case 0: throw new ValueError("died");
            }
    }
    static $meta = { name: "dies", qualname: "dies", file: "fixtures/co/reuse-finished/input.ts", line: 31, kind: "coroutine", locals: [], lines: [31] };
}, C_3 => C_3.$fn = function dies() {
    return new C_3();
});
const d = dies();
attempt("7 a coroutine that raised", () => d.send(undefined));
attempt("8 send(None) after it raised", () => d.send(undefined));
const waits = __pycoro.defineCoroutine(class waits$ {
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
                case 0: if (($w = suspend("w")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                case 1: return;
            }
    }
    static $meta = { name: "waits", qualname: "waits", file: "fixtures/co/reuse-finished/input.ts", line: 38, kind: "coroutine", locals: [], lines: [38, 39] };
}, C_4 => C_4.$fn = function waits() {
    return new C_4();
});
const w = waits();
w.send(undefined);
w.close();
attempt("9 send(None) after close()", () => w.send(undefined));
attempt("10 throw after close()", () => w.throw(ValueError));
const u = waits();
u.close();
attempt("11 send(None) after closing it unstarted", () => u.send(undefined));
const t = waits();
attempt("12 throw into an unstarted coroutine", () => t.throw(new ValueError("t")));
attempt("13 then send(None)", () => t.send(undefined));
const awaitsClosed = __pycoro.defineCoroutine(class awaits_closed$ {
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
                case 0: if (($w = w) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
    static $meta = { name: "awaits_closed", qualname: "awaits_closed", file: "fixtures/co/reuse-finished/input.ts", line: 55, kind: "coroutine", locals: [], lines: [55, 56] };
}, C_5 => C_5.$fn = function awaits_closed() {
    return new C_5();
});
attempt("14 awaiting a closed coroutine", () => awaitsClosed().send(undefined));
print("15 states:", getCoroutineState(c), getCoroutineState(d), getCoroutineState(w));
