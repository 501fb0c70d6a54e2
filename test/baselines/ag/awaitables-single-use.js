import * as __pycoro from "pycoro/internal";
// AG-04: the awaitables of __anext__/asend and of athrow/aclose are single-use: once finished (or
// closed), using one again raises RuntimeError('cannot reuse already awaited __anext__()/asend()')
// or ('cannot reuse already awaited aclose()/athrow()'); close() on a finished one is a no-op. Each
// call makes a new awaitable, so the generator itself goes on.
import { ValueError } from "pycoro";
import { attempt, print, repr } from "../../_lib/py.js";
import { io, complete } from "../../_lib/coro.js";
const ag = __pycoro.defineAsyncGenerator(class ag$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.e = void 0;
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
                        $v = `caught ${repr($f.e)}`;
                        $f.$s = 7;
                        return $v;
                    case 7:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 4: if (($w = io("io-in-finally")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.e = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.e = $f.$x0 = void 0;
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
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                }
                $f.e = $f.$x0 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.e = this.$x0 = void 0;
    }
    static $meta = { name: "ag", qualname: "ag", file: "fixtures/ag/awaitables-single-use/input.ts", line: 9, kind: "async-generator", locals: [["e", "e"]], lines: [9, 10, 17, 13, 16, 11, 12, 15, 17] };
}, C_1 => C_1.$fn = function ag() {
    return new C_1();
});
const a = ag();
const n = a.__anext__();
print("1 first use of an __anext__ awaitable:", complete(n));
attempt("2 reuse it", () => complete(n));
attempt("3 throw into it", () => n.throw(new ValueError("late")));
attempt("4 close() it", () => n.close());
print("5 the generator goes on:", complete(a.__anext__()));
const t = a.athrow(new ValueError("v"));
print("6 first use of an athrow awaitable:", complete(t));
attempt("7 reuse it", () => complete(t));
const c = a.aclose();
print("8 first use of an aclose awaitable:", complete(c));
attempt("9 reuse it", () => complete(c));
print("10 a second aclose() is a new awaitable (a no-op):", complete(a.aclose()));
const n2 = ag().__anext__();
n2.close();
attempt("11 an __anext__ awaitable closed before use", () => complete(n2));
const t2 = ag().athrow(ValueError);
t2.close();
attempt("12 an athrow awaitable closed before use", () => complete(t2));
