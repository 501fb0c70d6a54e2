import * as __pycoro from "pycoro/internal";
// AG-05: a just-started async generator accepts only None: asend(v) with v not None, or a first
// send(v) into a fresh asend(None)/__anext__() awaitable, raises TypeError("can't send non-None
// value to a just-started async generator") and runs nothing (null counts as None, SURFACE §2).
// The first send into an athrow()/aclose() awaitable must be None as well: RuntimeError("can't
// send non-None value to a just-started coroutine"), leaving the generator as it was.
import { ValueError } from "pycoro";
import { attempt, print, repr } from "../../_lib/py.js";
import { step } from "../../_lib/coro.js";
const ag = __pycoro.defineAsyncGenerator(class ag$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.x = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        print("  ag: started");
                        $f.$s = 1;
                        return 1;
                    case 1:
                        $f.x = $v;
                        print("  ag: got", repr($f.x));
                        $f.$s = 2;
                        return 2;
                    case 2: {
                        $f.x = void 0;
                        return;
                    }
                }
        }
        catch ($e) {
            $f.x = void 0;
            throw $e;
        }
    }
    $forget() {
        this.x = void 0;
    }
    static $meta = { name: "ag", qualname: "ag", file: "fixtures/ag/priming/input.ts", line: 10, kind: "async-generator", locals: [["x", "x"]], lines: [10, 12, 14] };
}, C_1 => C_1.$fn = function ag() {
    return new C_1();
});
const b = ag();
attempt("1 asend('x') to a just-started async generator", () => step(b.asend("x")));
attempt("2 asend(0)", () => step(b.asend(0)));
attempt("3 asend(None).send('x'): a non-None first send into the awaitable", () => step(b.asend(undefined), "x"));
attempt("4 __anext__().send('x')", () => step(b.__anext__(), "x"));
print("5 nothing ran; asend(null) starts it:", step(b.asend(null)));
print("6 now asend('x') is delivered:", step(b.asend("x")));
attempt("7 athrow(ValueError).send('x'): an athrow awaitable's first send must be None too", () => step(b.athrow(ValueError), "x"));
attempt("8 aclose().send('x')", () => step(b.aclose(), "x"));
print("9 the generator was not touched:", step(b.aclose()));
