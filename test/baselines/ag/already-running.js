import * as __pycoro from "pycoro/internal";
// AG-07: while an __anext__/asend awaitable is suspended in an await inside the body (ag_running
// true, AGEN_RUNNING), another __anext__/asend, athrow or aclose raises RuntimeError('anext(): /
// athrow(): / aclose(): asynchronous generator is already running'); the first awaitable then goes
// on normally. The same error when the body awaits its own __anext__.
import { getAsyncGenState, RuntimeError, ValueError } from "pycoro";
import { attempt, print, tuple } from "../../_lib/py.js";
import { io, complete } from "../../_lib/coro.js";
const slow = __pycoro.defineAsyncGenerator(class slow$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.x = void 0;
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
                    case 1: if (($w = io("waiting")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.x = $v;
                        $v = tuple("got", $f.x);
                        $f.$s = 5;
                        return $v;
                    case 5:
                        $f.$s = 6;
                        return 2;
                    case 6:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        {
                            print("  slow: finally");
                        }
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.x = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.x = $f.$x0 = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                    case 5:
                    case 6:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                }
                $f.x = $f.$x0 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.x = this.$x0 = void 0;
    }
    static $meta = { name: "slow", qualname: "slow", file: "fixtures/ag/already-running/input.ts", line: 9, kind: "async-generator", locals: [["x", "x"]], lines: [9, 10, 14, 14, 11, 12, 13] };
}, C_1 => C_1.$fn = function slow() {
    return new C_1();
});
const sl = slow();
const first = sl.__anext__();
print("1 the first __anext__ suspends at an await ->", first.send(undefined), "| ag_running:", sl.ag_running, "| state:", getAsyncGenState(sl));
attempt("2 a second __anext__ meanwhile", () => complete(sl.__anext__()));
attempt("3 asend('v') meanwhile", () => complete(sl.asend("v")));
attempt("4 athrow meanwhile", () => complete(sl.athrow(ValueError)));
attempt("5 aclose meanwhile", () => complete(sl.aclose()));
attempt("6 the first awaitable goes on: send('io-result')", () => first.send("io-result"));
print("  ag_running:", sl.ag_running, "| state:", getAsyncGenState(sl));
print("7 the generator works again:", complete(sl.__anext__()));
print("8 aclose():", complete(sl.aclose()));
const selfAnext = __pycoro.defineAsyncGenerator(class self_anext$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
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
                    case 0:
                        $f.$s = 1;
                        return "first";
                    case 1: $s = 2;
                    case 2: if (($w = me.__anext__()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 4:
                        $f.e = $err;
                        if (!($f.e instanceof RuntimeError))
                            throw $f.e;
                        $v = `inside: ${$f.e.message}`;
                        $f.$s = 6;
                        return $v;
                    case 6: {
                        $f.e = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 2:
                    case 5:
                        $err = $e;
                        $s = 4;
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
    static $meta = { name: "self_anext", qualname: "self_anext", file: "fixtures/ag/already-running/input.ts", line: 31, kind: "async-generator", locals: [["e", "e"]], lines: [31, 32, 33, 37, 35, 34, 37] };
}, C_2 => C_2.$fn = function self_anext() {
    return new C_2();
});
const me = selfAnext();
complete(me.__anext__());
print("9 the generator drives itself from its body:", complete(me.__anext__()));
complete(me.aclose());
