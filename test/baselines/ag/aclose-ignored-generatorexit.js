import * as __pycoro from "pycoro/internal";
// AG-11: an async generator that yields a value after GeneratorExit during aclose() (in an
// except clause or a finally block) makes aclose() raise RuntimeError('async generator ignored
// GeneratorExit'); awaits in the finally before that are fine. The frame stays alive, and (CPython
// 3.11 quirk, part of the rule) a second aclose() raises StopAsyncIteration.
import { GeneratorExit } from "pycoro";
import { attempt, print, repr } from "../../_lib/py.js";
import { io, complete } from "../../_lib/coro.js";
const stubborn = __pycoro.defineAsyncGenerator(class stubborn$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.e = void 0;
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
                    case 4:
                        $s = 2;
                        continue $loop;
                    case 3:
                        $f.e = $err;
                        if (!($f.e instanceof GeneratorExit))
                            throw $f.e;
                        print("  stubborn: got GeneratorExit, yields anyway");
                        $f.$s = 5;
                        return "refuse";
                    case 5:
                        $s = 2;
                        continue $loop;
                    case 2:
                        print("  stubborn: resumed (wrong)");
                        {
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
    static $meta = { name: "stubborn", qualname: "stubborn", file: "fixtures/ag/aclose-ignored-generatorexit/input.ts", line: 9, kind: "async-generator", locals: [["e", "e"]], lines: [9, 10, 15, 12, 11, 15] };
}, C_1 => C_1.$fn = function stubborn() {
    return new C_1();
});
const s = stubborn();
complete(s.__anext__());
attempt("1 aclose() where the generator yields after GeneratorExit", () => complete(s.aclose()));
print("  the frame is still alive:", s.ag_frame != null);
attempt("2 aclose() again", () => complete(s.aclose()));
const yieldInFinally = __pycoro.defineAsyncGenerator(class yield_in_finally$ {
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
                        return 1;
                    case 4:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        print("  finally: yielding 2");
                        $f.$s = 5;
                        return 2;
                    case 5:
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
    static $meta = { name: "yield_in_finally", qualname: "yield_in_finally", file: "fixtures/ag/aclose-ignored-generatorexit/input.ts", line: 26, kind: "async-generator", locals: [], lines: [26, 27, 31, 29, 28, 31] };
}, C_2 => C_2.$fn = function yield_in_finally() {
    return new C_2();
});
const y = yieldInFinally();
complete(y.__anext__());
attempt("3 a yield inside finally during aclose()", () => complete(y.aclose()));
const awaitsThenYields = __pycoro.defineAsyncGenerator(class awaits_then_yields$ {
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
                    case 4:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3: if (($w = io("cleanup io")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.got = $v;
                        print("  finally: await returned", repr($f.got), "then yields");
                        $f.$s = 6;
                        return "late";
                    case 6:
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
                    case 4:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
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
    static $meta = { name: "awaits_then_yields", qualname: "awaits_then_yields", file: "fixtures/ag/aclose-ignored-generatorexit/input.ts", line: 38, kind: "async-generator", locals: [["got", "got"]], lines: [38, 39, 44, 41, 40, 42, 44] };
}, C_3 => C_3.$fn = function awaits_then_yields() {
    return new C_3();
});
const w = awaitsThenYields();
complete(w.__anext__());
attempt("4 the finally awaits (fine), then yields (not fine)", () => complete(w.aclose(), ["io-result"]));
