import * as __pycoro from "pycoro/internal";
// CO-03: CORO_CREATED -> CORO_RUNNING (inside; cr_running true) -> CORO_SUSPENDED (cr_await set) ->
// CORO_CLOSED (cr_frame None) after a return, an exception or close(). A return is
// StopIteration(value) from send(); falling off the end is StopIteration(None).
import { getCoroutineState, StopIteration, ValueError } from "pycoro";
import { attempt, print, repr } from "../../_lib/py.js";
import { suspend } from "../../_lib/coro.js";
function show(label, c) {
    print(label, getCoroutineState(c), "| cr_running:", c.cr_running, "| cr_await:", c.cr_await != null, "| cr_frame None:", c.cr_frame == null);
}
const stepper = __pycoro.defineCoroutine(class stepper$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.a = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let b_, $w;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        show("  inside:", s);
                        if (($w = suspend("a")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.a = ($v);
                        show("  inside again:", s);
                        if (($w = suspend("b")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        b_ = ($v);
                        {
                            $v = $f.a + b_;
                            $f.a = void 0;
                            return $v;
                        }
                }
        }
        catch ($e) {
            $f.a = void 0;
            throw $e;
        }
    }
    $forget() {
        this.a = void 0;
    }
    static $meta = { name: "stepper", qualname: "stepper", file: "fixtures/co/states/input.ts", line: 12, kind: "coroutine", locals: [["a", "a"]], lines: [12, 14, 16] };
}, C_1 => C_1.$fn = function stepper() {
    return new C_1();
});
let s = stepper();
show("1 created:", s);
print("2 send(None) ->", s.send(undefined));
show("3 suspended:", s);
print("4 send('x') ->", s.send("x"));
show("5 suspended:", s);
try {
    s.send("y");
}
catch (e) {
    if (!(e instanceof StopIteration))
        throw e;
    print("6 return gives StopIteration.value =", repr(e.value));
}
show("7 after return:", s);
const fails = __pycoro.defineCoroutine(class fails$ {
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
                case 0: throw new ValueError("immediately");
            }
    }
    static $meta = { name: "fails", qualname: "fails", file: "fixtures/co/states/input.ts", line: 34, kind: "coroutine", locals: [], lines: [34] };
}, C_2 => C_2.$fn = function fails() {
    return new C_2();
});
const f = fails();
attempt("8 a coroutine that raises at once", () => f.send(undefined));
show("9 after the error:", f);
s = stepper();
s.send(undefined);
s.close();
show("10 closed while suspended:", s);
const nothing = __pycoro.defineCoroutine(class nothing$ {
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
                case 0: return;
            }
    }
    static $meta = { name: "nothing", qualname: "nothing", file: "fixtures/co/states/input.ts", line: 46, kind: "coroutine", locals: [], lines: [46] };
}, C_3 => C_3.$fn = function nothing() {
    return new C_3();
});
try {
    nothing().send(undefined);
}
catch (e) {
    if (!(e instanceof StopIteration))
        throw e;
    print("11 falling off the end: StopIteration.value =", e.value);
}
