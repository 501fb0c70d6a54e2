import * as __pycoro from "pycoro/internal";
// CO-02: a just-started coroutine accepts only None: send(v) with v not None raises
// TypeError("can't send non-None value to a just-started coroutine") and leaves it CORO_CREATED.
// The same holds for its coroutine_wrapper (__await__()); null counts as None (SURFACE §2).
import { getCoroutineState } from "pycoro";
import { attempt, print, repr } from "../../_lib/py.js";
import { suspend } from "../../_lib/coro.js";
const job = __pycoro.defineCoroutine(class job$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
    }
    $step($s, $v, $m) {
        const $f = this;
        let got_, $w;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0:
                    print("  job: started");
                    if (($w = suspend("first")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    got_ = $v;
                    print("  job: got", repr(got_));
                    return "done";
            }
    }
    static $meta = { name: "job", qualname: "job", file: "fixtures/co/priming-send-non-none/input.ts", line: 8, kind: "coroutine", locals: [], lines: [8, 10] };
}, C_1 => C_1.$fn = function job() {
    return new C_1();
});
const c = job();
attempt("1 send('x') to a just-started coroutine", () => c.send("x"));
attempt("2 send(0)", () => c.send(0));
print("3 nothing ran, state:", getCoroutineState(c));
attempt("4 send(null) starts it", () => c.send(null));
attempt("5 send('x') now goes to the await", () => c.send("x"));
const w = job().__await__();
attempt("6 coroutine_wrapper.send('x') before the start", () => w.send("x"));
attempt("7 wrapper send(None)", () => w.send(undefined));
w.close();
const outer = __pycoro.defineCoroutine(class outer$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.inner = void 0;
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
                        $f.inner = job();
                        if (($w = $f.inner) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 1: {
                        $f.inner = void 0;
                        return $v;
                    }
                }
        }
        catch ($e) {
            $f.inner = void 0;
            throw $e;
        }
    }
    $forget() {
        this.inner = void 0;
    }
    static $meta = { name: "outer", qualname: "outer", file: "fixtures/co/priming-send-non-none/input.ts", line: 27, kind: "coroutine", locals: [["inner", "inner"]], lines: [27, 29] };
}, C_2 => C_2.$fn = function outer() {
    return new C_2();
});
const o = outer();
attempt("8 an awaited coroutine is started with None by await", () => o.send(undefined));
attempt("9 then the driver's value reaches the innermost await", () => o.send(42));
