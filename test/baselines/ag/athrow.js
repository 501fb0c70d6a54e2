import * as __pycoro from "pycoro/internal";
// AG-08: athrow(e) raises e at the paused yield. Caught, and the generator yields again: the
// athrow awaitable returns that value (awaits on the way pass to the driver). Not caught: it
// propagates and the generator is finished. On a never-started generator it raises at once and
// finishes it (the body never runs). Caught and the generator ends: StopAsyncIteration. Argument
// forms as throw(): a class, a class and a message, an instance; a non-exception raises TypeError
// (its message names a type: only the class is compared) and leaves the generator untouched.
import { GeneratorExit, getAsyncGenState, ValueError } from "pycoro";
import { attempt, catching, excName, print, repr } from "../../_lib/py.js";
import { io, complete } from "../../_lib/coro.js";
class KeyErr extends Error {
}
const ag = __pycoro.defineAsyncGenerator(class ag$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.e = void 0;
        this.got = void 0;
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
                    case 1:
                        $f.$s = 5;
                        return 1;
                    case 5:
                        $f.$s = 6;
                        return 2;
                    case 6:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 3:
                        $f.e = $err;
                        if (!($f.e instanceof ValueError))
                            throw $f.e;
                        print("  ag caught", repr($f.e));
                        if (($w = io("recovering")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.got = $v;
                        $v = `after-catch (${$f.got})`;
                        $f.$s = 8;
                        return $v;
                    case 8:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 4:
                        {
                            print("  ag finally");
                        }
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.e = $f.got = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.e = $f.got = $f.$x0 = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 5:
                    case 6:
                        $err = $e;
                        $s = 3;
                        continue $loop;
                    case 3:
                    case 7:
                    case 8:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                }
                $f.e = $f.got = $f.$x0 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.e = this.got = this.$x0 = void 0;
    }
    static $meta = { name: "ag", qualname: "ag", file: "fixtures/ag/athrow/input.ts", line: 13, kind: "async-generator", locals: [["e", "e"], ["got", "got"]], lines: [13, 14, 22, 17, 22, 15, 16, 20, 21] };
}, C_1 => C_1.$fn = function ag() {
    return new C_1();
});
let a = ag();
complete(a.__anext__());
print("1 athrow(ValueError('v')) caught, the generator awaits then yields:", complete(a.athrow(new ValueError("v")), ["io-result"]));
attempt("2 then __anext__: the finally runs, the end", () => complete(a.__anext__()));
a = ag();
complete(a.__anext__());
attempt("3 athrow(KeyErr('k')) not caught: propagates, the generator is finished", () => complete(a.athrow(new KeyErr("k"))));
print("  state:", getAsyncGenState(a));
attempt("  __anext__ after", () => complete(a.__anext__()));
a = ag();
attempt("4 athrow on a never-started generator: raised at once, the body never runs", () => complete(a.athrow(new KeyErr("early"))));
print("  state:", getAsyncGenState(a));
attempt("  __anext__ after", () => complete(a.__anext__()));
a = ag();
complete(a.__anext__());
print("5 athrow(ValueError) (the class):", complete(a.athrow(ValueError), ["x"]));
complete(a.aclose());
a = ag();
complete(a.__anext__());
print("6 athrow(ValueError, 'arg'):", complete(a.athrow(ValueError, "arg"), ["x"]));
complete(a.aclose());
a = ag();
complete(a.__anext__());
print("7 athrow('notexc') ->", excName(catching(() => complete(a.athrow("notexc")))));
print("  the generator is untouched:", getAsyncGenState(a), complete(a.__anext__()));
complete(a.aclose());
const catchesAndEnds = __pycoro.defineAsyncGenerator(class catches_and_ends$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $err;
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
                        return 1;
                    case 4: return;
                    case 3:
                        {
                            let e = $err;
                            if (!(e instanceof ValueError))
                                throw e;
                            print("  caught, then the body ends");
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
    static $meta = { name: "catches_and_ends", qualname: "catches_and_ends", file: "fixtures/ag/athrow/input.ts", line: 57, kind: "async-generator", locals: [], lines: [57, 58, 60, 60, 59] };
}, C_2 => C_2.$fn = function catches_and_ends() {
    return new C_2();
});
const c = catchesAndEnds();
complete(c.__anext__());
attempt("8 athrow caught and the generator finishes: StopAsyncIteration", () => complete(c.athrow(ValueError)));
const echoErrors = __pycoro.defineAsyncGenerator(class echo_errors$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.out = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $err;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0: $f.out = undefined;
                    case 1:
                        if (!(true)) {
                            {
                                $f.out = void 0;
                                return;
                            }
                        }
                        $s = 3;
                    case 3:
                        $f.$s = 6;
                        return $f.out;
                    case 6:
                        $f.out = $v;
                        $s = 4;
                        continue $loop;
                    case 5:
                        {
                            let e = $err;
                            if (e instanceof GeneratorExit)
                                throw e;
                            $f.out = `echo ${repr(e)}`;
                        }
                        $s = 4;
                        continue $loop;
                    case 4:
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
                $f.out = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.out = void 0;
    }
    static $meta = { name: "echo_errors", qualname: "echo_errors", file: "fixtures/ag/athrow/input.ts", line: 69, kind: "async-generator", locals: [["out", "out"]], lines: [69, 71, 74, 72, 74, 74, 73] };
}, C_3 => C_3.$fn = function echo_errors() {
    return new C_3();
});
const e = echoErrors();
complete(e.__anext__());
print("9 athrow as a request/response channel:", [0, 1, 2].map((i) => complete(e.athrow(new KeyErr(String(i)))).items[3]));
complete(e.aclose());
