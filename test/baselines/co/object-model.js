import * as __pycoro from "pycoro/internal";
// CO-01: a coroutine object is awaitable (it has __await__) but not iterable: no [Symbol.iterator],
// no next(); spreading it, for...of over it and calling next() raise TypeError. Names as in Python:
// __name__ / __qualname__ (Class.method for a @coroutine method, the const's name for an arrow).
import { getCoroutineState, StopIteration } from "pycoro";
import { catching, excName, print } from "../../_lib/py.js";
const add = __pycoro.defineCoroutine(class add$ {
    constructor(p0, p1) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.a = p0;
        this.b = p1;
    }
    $step($s, $v, $m) {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: return $f.a + $f.b;
            }
    }
    static $meta = { name: "add", qualname: "add", file: "fixtures/co/object-model/input.ts", line: 7, kind: "coroutine", locals: [["a", "a"], ["b", "b"]], lines: [7] };
}, C_1 => C_1.$fn = function add(a, b) {
    return new C_1(a, b);
});
const c = add(1, 2);
print("1 name/qualname:", c.__name__, c.__qualname__, "| state:", getCoroutineState(c));
print("2 has __iter__:", Symbol.iterator in c, "| has __next__:", "next" in c, "| has __await__:", typeof c.__await__ === "function");
const anyC = c;
print("3 iter(coro) ->", excName(catching(() => anyC[Symbol.iterator]())));
print("4 list(coro) ->", excName(catching(() => [...anyC])));
print("5 next(coro) ->", excName(catching(() => anyC.next())));
print("6 still CORO_CREATED:", getCoroutineState(c));
const user = __pycoro.defineCoroutine(class user$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: if (($w = c) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                case 1: return $v;
            }
    }
    static $meta = { name: "user", qualname: "user", file: "fixtures/co/object-model/input.ts", line: 20, kind: "coroutine", locals: [], lines: [20, 21] };
}, C_2 => C_2.$fn = function user() {
    return new C_2();
});
const u = user();
try {
    u.send(undefined);
}
catch (e) {
    if (!(e instanceof StopIteration))
        throw e;
    print("7 awaited by another coroutine ->", e.value, "| states:", getCoroutineState(c), getCoroutineState(u));
}
let _meth$1;
class K {
    meth() {
        return new (_meth$1 ??= __pycoro.frameClass(class meth$ {
            constructor(p0) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
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
                            case 0: {
                                $v = $f.$t;
                                $f.$t = void 0;
                                return $v;
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
            static $meta = { name: "meth", qualname: "K.meth", file: "fixtures/co/object-model/input.ts", line: 32, kind: "coroutine", locals: [], lines: [32] };
        }, __pycoro.Coroutine))(this);
    }
}
const k = new K();
const m = k.meth();
print("8 method:", m.__name__, m.__qualname__);
try {
    m.send(undefined);
}
catch (e) {
    if (!(e instanceof StopIteration))
        throw e;
    print("9 bound to this:", e.value === k);
}
const arrow = __pycoro.defineCoroutine(class arrow$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.x = p0;
    }
    $step($s, $v, $m) {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: return $f.x * 2;
            }
    }
    static $meta = { name: "arrow", qualname: "arrow", file: "fixtures/co/object-model/input.ts", line: 47, kind: "coroutine", locals: [["x", "x"]], lines: [47] };
}, C_3 => (x) => {
    return new C_3(x);
});
const a = arrow(21);
print("10 async arrow assigned to a const:", a.__name__);
try {
    a.send(undefined);
}
catch (e) {
    if (!(e instanceof StopIteration))
        throw e;
    print("11 ->", e.value);
}
