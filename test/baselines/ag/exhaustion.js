import * as __pycoro from "pycoro/internal";
// AG-03: the end of an async generator is StopAsyncIteration() (no value) raised by the asend /
// __anext__ awaitable; every later __anext__/asend raises it again (even asend with a value). An
// error raised in the body ends it the same way. AG-06 (the part TypeScript has): a bare return is
// allowed, also before any yield (`return v` and yield* are compile errors, PYC2003 / PYC2002).
import { getAsyncGenState, StopAsyncIteration, ValueError } from "pycoro";
import { attempt, print, repr } from "../../_lib/py.js";
import { step } from "../../_lib/coro.js";
const one = __pycoro.defineAsyncGenerator(class one$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0: $s = 1;
                    case 1:
                        $f.$s = 4;
                        return "only";
                    case 4:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        {
                            print("  one: finally");
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
    static $meta = { name: "one", qualname: "one", file: "fixtures/ag/exhaustion/input.ts", line: 9, kind: "async-generator", locals: [], lines: [9, 10, 12, 12, 11] };
}, C_1 => C_1.$fn = function one() {
    return new C_1();
});
const o = one();
print("1 ->", step(o.__anext__()), getAsyncGenState(o));
try {
    step(o.__anext__());
}
catch (e) {
    if (!(e instanceof StopAsyncIteration))
        throw e;
    print("2 exhausted:", repr(e), "| state:", getAsyncGenState(o), "| ag_frame None:", o.ag_frame == null);
}
attempt("3 __anext__ again", () => step(o.__anext__()));
attempt("4 asend(None) again", () => step(o.asend(undefined)));
attempt("5 asend('x') again", () => step(o.asend("x")));
const retNone = __pycoro.defineAsyncGenerator(class ret_none$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
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
                    return 1;
                case 1: return;
            }
    }
    static $meta = { name: "ret_none", qualname: "ret_none", file: "fixtures/ag/exhaustion/input.ts", line: 29, kind: "async-generator", locals: [], lines: [29, 30, 32] };
}, C_2 => C_2.$fn = function ret_none() {
    return new C_2();
});
const r = retNone();
print("6 a bare return is allowed:", step(r.__anext__()));
attempt("7 then", () => step(r.__anext__()));
const early = __pycoro.defineAsyncGenerator(class early$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.flag = p0;
    }
    $step($s, $v, $m) {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0:
                    if ($f.flag)
                        return;
                    $f.$s = 1;
                    return "not returned";
                case 1: return;
            }
    }
    static $meta = { name: "early", qualname: "early", file: "fixtures/ag/exhaustion/input.ts", line: 38, kind: "async-generator", locals: [["flag", "flag"]], lines: [38, 40] };
}, C_3 => C_3.$fn = function early(flag) {
    return new C_3(flag);
});
attempt("8 a bare return before any yield", () => step(early(true).__anext__()));
const empty = __pycoro.defineAsyncGenerator(class empty$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
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
    static $meta = { name: "empty", qualname: "empty", file: "fixtures/ag/exhaustion/input.ts", line: 44, kind: "async-generator", locals: [], lines: [44, 46] };
}, C_4 => C_4.$fn = function empty() {
    return new C_4();
});
attempt("9 an async generator that never yields", () => step(empty().__anext__()));
const raises = __pycoro.defineAsyncGenerator(class raises$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
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
                    return 1;
                case 1: throw new ValueError("boom");
            }
    }
    static $meta = { name: "raises", qualname: "raises", file: "fixtures/ag/exhaustion/input.ts", line: 50, kind: "async-generator", locals: [], lines: [50, 51] };
}, C_5 => C_5.$fn = function raises() {
    return new C_5();
});
const x = raises();
step(x.__anext__());
attempt("10 an error ends it", () => step(x.__anext__()));
print("  state:", getAsyncGenState(x));
attempt("11 then __anext__", () => step(x.__anext__()));
