import * as __pycoro from "pycoro/internal";
// AG-10: aclose() raises GeneratorExit at the paused yield; finally blocks may await, and those
// awaits yield to the driver like any await (what it sends comes back); aclose() completes with
// None and the generator is closed: __anext__ raises StopAsyncIteration, a second aclose() is a
// no-op. On a never-started or exhausted generator it closes without running code. An error thrown
// into the aclose awaitable while the finally awaits is raised there and ends the generator.
import { getAsyncGenState, StopAsyncIteration, ValueError } from "pycoro";
import { attempt, excName, print, repr } from "../../_lib/py.js";
import { io, complete } from "../../_lib/coro.js";
class LookupError extends Error {
}
const ag = __pycoro.defineAsyncGenerator(class ag$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
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
                        {
                            let e = $err;
                            print("  ag sees", excName(e));
                            throw e;
                        }
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 4:
                        print("  ag finally: awaiting");
                        if (($w = io("io-in-finally")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        print("  ag finally: await returned", repr($f.got));
                        if (($w = io("more-io")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 8;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 8)) === __pycoro.DELEGATE)
                            return $v;
                    case 8:
                        $f.got = $v;
                        print("  ag finally done:", repr($f.got));
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.got = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.got = $f.$x0 = void 0;
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
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                }
                $f.got = $f.$x0 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.got = this.$x0 = void 0;
    }
    static $meta = { name: "ag", qualname: "ag", file: "fixtures/ag/aclose/input.ts", line: 12, kind: "async-generator", locals: [["got", "got"]], lines: [12, 13, 24, 16, 19, 14, 15, 21, 23] };
}, C_1 => C_1.$fn = function ag() {
    return new C_1();
});
let a = ag();
complete(a.__anext__());
print("1 aclose(): GeneratorExit at the yield, the finally awaits (yields pass to the driver):", complete(a.aclose(), ["r1", "r2"]));
print("  state:", getAsyncGenState(a), "| ag_frame None:", a.ag_frame == null);
attempt("2 __anext__ after aclose", () => complete(a.__anext__()));
print("3 aclose() again: a no-op:", complete(a.aclose()));
a = ag();
print("4 aclose() on a never-started generator (no code runs):", complete(a.aclose()), getAsyncGenState(a));
attempt("  __anext__ after", () => complete(a.__anext__()));
a = ag();
complete(a.__anext__());
complete(a.__anext__());
try {
    complete(a.__anext__());
}
catch (e) {
    if (!(e instanceof StopAsyncIteration))
        throw e;
    print("5 exhausted (the finally ran)");
}
print("6 aclose() after exhaustion:", complete(a.aclose()));
const nested = __pycoro.defineAsyncGenerator(class nested$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$c1 = void 0;
        this.$x1 = void 0;
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
                    case 1: $s = 4;
                    case 4:
                        $f.$s = 7;
                        return "inner";
                    case 7:
                        $f.$c1 = 5;
                        $f.$x1 = void 0;
                        $s = 6;
                        continue $loop;
                    case 6:
                        print("  inner finally");
                        if (($w = io("inner cleanup")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 8;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 8)) === __pycoro.DELEGATE)
                            return $v;
                    case 8:
                        if ($f.$c1 === -1)
                            throw $f.$x1;
                        if ($f.$c1 === -2) {
                            $f.$c0 = -2;
                            $f.$x0 = $f.$x1;
                            $s = 3;
                            continue $loop;
                        }
                        $s = $f.$c1;
                        continue $loop;
                    case 5:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        print("  outer finally");
                        if (($w = io("outer cleanup")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 9;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 9)) === __pycoro.DELEGATE)
                            return $v;
                    case 9:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.$x0 = $f.$x1 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.$x0 = $f.$x1 = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 6:
                    case 8:
                    case 5:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                    case 4:
                    case 7:
                        $f.$c1 = -1;
                        $f.$x1 = $e;
                        $s = 6;
                        continue $loop;
                }
                $f.$x0 = $f.$x1 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.$x0 = this.$x1 = void 0;
    }
    static $meta = { name: "nested", qualname: "nested", file: "fixtures/ag/aclose/input.ts", line: 50, kind: "async-generator", locals: [], lines: [50, 51, 60, 58, 52, 56, 54, 53, 56, 60] };
}, C_2 => C_2.$fn = function nested() {
    return new C_2();
});
const n = nested();
complete(n.__anext__());
print("7 nested finally blocks, each awaiting:", complete(n.aclose()));
const catchesAll = __pycoro.defineAsyncGenerator(class catches_all$ {
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
                    case 0:
                    case 1:
                        if (!(true)) {
                            return;
                        }
                        $s = 3;
                    case 3:
                        $f.$s = 6;
                        return "tick";
                    case 6:
                        $s = 4;
                        continue $loop;
                    case 5:
                        {
                            let e = $err;
                            if (!(e instanceof ValueError))
                                throw e;
                            print("  ValueError handled, going on");
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
                throw $e;
            }
        }
    }
    static $meta = { name: "catches_all", qualname: "catches_all", file: "fixtures/ag/aclose/input.ts", line: 67, kind: "async-generator", locals: [], lines: [67, 68, 71, 69, 71, 71, 70] };
}, C_3 => C_3.$fn = function catches_all() {
    return new C_3();
});
const c = catchesAll();
complete(c.__anext__());
complete(c.athrow(ValueError));
print("8 GeneratorExit is not caught by a handler for other errors:", complete(c.aclose()), getAsyncGenState(c));
const t = ag();
complete(t.__anext__());
const cl = t.aclose();
print("9 step by step: first step ->", cl.send(undefined));
attempt("  throw(LookupError) into the aclose awaitable while the finally awaits", () => cl.throw(new LookupError("into the finally")));
print("  the generator is finished: ag_frame None:", t.ag_frame == null);
