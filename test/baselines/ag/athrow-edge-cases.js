import * as __pycoro from "pycoro/internal";
// AG-09 (CPython 3.11.7): athrow() on a finished async generator (exhausted, aclosed, or ended by an
// error) completes with None; the exception passed in is not raised. AG-13: athrow(GeneratorExit)
// is not aclose(): a body that catches it and yields gives the value, no RuntimeError. AG-14:
// athrow() with no arguments raises TypeError('athrow expected at least 1 argument, got 0') (at the
// call or when awaited; CPython 3.11's stuck-running state afterwards is not checked).
import { GeneratorExit, StopAsyncIteration, ValueError } from "pycoro";
import { attempt, print } from "../../_lib/py.js";
import { complete } from "../../_lib/coro.js";
class KeyErr extends Error {
}
const fin1 = __pycoro.defineAsyncGenerator(class fin1$ {
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
    static $meta = { name: "fin1", qualname: "fin1", file: "fixtures/ag/athrow-edge-cases/input.ts", line: 12, kind: "async-generator", locals: [], lines: [12, 13] };
}, C_1 => C_1.$fn = function fin1() {
    return new C_1();
});
function finished(kind) {
    const a = fin1();
    complete(a.__anext__());
    if (kind === "exhausted") {
        try {
            complete(a.__anext__());
        }
        catch (e) {
            if (!(e instanceof StopAsyncIteration))
                throw e;
        }
    }
    else if (kind === "aclosed") {
        complete(a.aclose());
    }
    else if (kind === "died") {
        try {
            complete(a.athrow(ValueError));
        }
        catch (e) {
            if (!(e instanceof ValueError))
                throw e;
        }
    }
    return a;
}
["exhausted", "aclosed", "died"].forEach((kind, i) => {
    const af = finished(kind);
    attempt(`${i + 1} athrow(KeyErr('k')) after the generator ${kind}`, () => complete(af.athrow(new KeyErr("k"))));
    attempt(`  __anext__ after the generator ${kind}`, () => complete(af.__anext__()));
});
const geYield = __pycoro.defineAsyncGenerator(class ge_yield$ {
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
                        $f.$s = 5;
                        return "after GE";
                    case 5:
                        $s = 2;
                        continue $loop;
                    case 2:
                        $f.$s = 6;
                        return "and on";
                    case 6: {
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
    static $meta = { name: "ge_yield", qualname: "ge_yield", file: "fixtures/ag/athrow-edge-cases/input.ts", line: 41, kind: "async-generator", locals: [["e", "e"]], lines: [41, 42, 46, 44, 43, 46, 48] };
}, C_2 => C_2.$fn = function ge_yield() {
    return new C_2();
});
const g = geYield();
complete(g.__anext__());
print("4 athrow(GeneratorExit) where the body yields:", complete(g.athrow(GeneratorExit)));
print("5 the generator goes on:", complete(g.__anext__()));
const g2 = geYield();
complete(g2.__anext__());
attempt("6 aclose() on the same kind of generator", () => complete(g2.aclose()));
const simple = __pycoro.defineAsyncGenerator(class simple$ {
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
    static $meta = { name: "simple", qualname: "simple", file: "fixtures/ag/athrow-edge-cases/input.ts", line: 58, kind: "async-generator", locals: [], lines: [58, 59] };
}, C_3 => C_3.$fn = function simple() {
    return new C_3();
});
const s = simple();
complete(s.__anext__());
attempt("7 athrow() with no arguments", () => complete(s.athrow()));
