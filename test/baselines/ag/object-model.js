import * as __pycoro from "pycoro/internal";
// AG-01: an async generator (coroutine(async function* ...)) is its own async iterator
// (__aiter__() and aiter() return it) and not a sync iterable. __anext__(), asend(), athrow() and
// aclose() return awaitables with the coroutine protocol (send/throw/close) whose __await__() and
// [Symbol.iterator]() are themselves; creating them runs nothing. ag_running, ag_await, ag_frame;
// getAsyncGenState (pycoro's own, Python 3.12's inspect.getasyncgenstate; the twin derives it).
import { aiter, getAsyncGenState, StopIteration, ValueError } from "pycoro";
import { print } from "../../_lib/py.js";
const ag = __pycoro.defineAsyncGenerator(class ag$ {
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
                case 1:
                    $f.$s = 2;
                    return 2;
                case 2: return;
            }
    }
    static $meta = { name: "ag", qualname: "ag", file: "fixtures/ag/object-model/input.ts", line: 9, kind: "async-generator", locals: [], lines: [9, 10, 11] };
}, C_1 => C_1.$fn = function ag() {
    return new C_1();
});
const a = ag();
print("1 name/qualname:", a.__name__, a.__qualname__, "| state:", getAsyncGenState(a));
print("2 __aiter__() is the generator:", a.__aiter__() === a, "| aiter(ag) is ag:", aiter(a) === a);
print("3 the generator is not a (sync) iterable: has __iter__:", Symbol.iterator in a);
const awaitables = [
    ["__anext__()", a.__anext__()],
    ["asend(None)", a.asend(undefined)],
    ["athrow(ValueError)", a.athrow(ValueError)],
    ["aclose()", a.aclose()],
];
for (const [what, aw] of awaitables) {
    print(`4 ${what}: __await__() is itself:`, aw.__await__() === aw, "| iter() is itself:", aw[Symbol.iterator]() === aw, "| has send/throw/close:", ["send", "throw", "close"].every((m) => typeof aw[m] === "function"));
}
print("5 creating awaitables does not run the body:", getAsyncGenState(a), "| ag_running:", a.ag_running, "| ag_await:", a.ag_await, "| ag_frame None:", a.ag_frame == null);
let _items$1;
class K {
    items() {
        return new (_items$1 ??= __pycoro.frameClass(class items$ {
            constructor(p0) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.$ag = 0;
                this.$t = p0;
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
                                $f.$s = 1;
                                return $f.$t;
                            case 1: {
                                $f.$t = void 0;
                                return;
                            }
                        }
                }
                catch ($e) {
                    $f.$t = void 0;
                    throw $e;
                }
            }
            $forget() {
                this.$t = void 0;
            }
            static $meta = { name: "items", qualname: "K.items", file: "fixtures/ag/object-model/input.ts", line: 36, kind: "async-generator", locals: [], lines: [36, 38] };
        }, __pycoro.AsyncGenerator))(this);
    }
}
const k = new K();
const m = k.items();
print("6 method:", m.__name__, m.__qualname__);
try {
    m.__anext__().send(undefined);
}
catch (e) {
    if (!(e instanceof StopIteration))
        throw e;
    print("7 bound to this:", e.value === k);
}
