import * as __pycoro from "pycoro/internal";
// AG-16: anext(ait) and anext(ait, default) (the default is returned instead of
// StopAsyncIteration), aiter(x) (returns __aiter__(), which must be an async iterator); on an
// async generator and on class-based async iterators. Errors: "'<type>' object is not an async
// iterator" (anext), "'<type>' object is not an async iterable" (aiter), "aiter() returned not an
// async iterator of type '<type>'". pycoro names JavaScript types in messages (SURFACE §2).
import { aiter, anext, StopAsyncIteration, StopIteration } from "pycoro";
import { attempt, print, tuple } from "../../_lib/py.js";
import { io, complete } from "../../_lib/coro.js";
const counter = __pycoro.defineAsyncGenerator(class counter$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.n = p0;
        this.i = void 0;
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
                    case 1: $f.i = 0;
                    case 4:
                        if (!($f.i < $f.n)) {
                            $s = 6;
                            continue $loop;
                        }
                        if (($w = io(`io ${$f.i}`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.$s = 8;
                        return $f.i;
                    case 8:
                        $f.i++;
                        $s = 4;
                        continue $loop;
                    case 6:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        {
                            print("  counter: finally");
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
                    case 7:
                    case 8:
                    case 6:
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
    static $meta = { name: "counter", qualname: "counter", file: "fixtures/ag/anext-aiter-builtins/input.ts", line: 10, kind: "async-generator", locals: [["n", "n"], ["i", "i"]], lines: [10, 11, 16, 16, 12, 14, 14, 13, 14] };
}, C_1 => C_1.$fn = function counter(n) {
    return new C_1(n);
});
const t3 = __pycoro.defineCoroutine(class t3$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.ag = void 0;
        this.a = void 0;
        this.b = void 0;
        this.c = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let d_, $w;
        let $err;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0:
                        $f.ag = counter(1);
                        if (($w = anext($f.ag)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 1:
                        $f.a = $v;
                        if (($w = anext($f.ag, "default")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 2;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 2)) === __pycoro.DELEGATE)
                            return $v;
                    case 2:
                        $f.b = $v;
                        $f.c = "";
                        $s = 3;
                    case 3: if (($w = anext($f.ag)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                        $w.$s = -2;
                        try {
                            $v = $w.$step(0, void 0, $m - 1);
                        }
                        catch ($e) {
                            throw __pycoro.awaitRaised($w, $e);
                        }
                        if ($v === __pycoro.DELEGATE) {
                            $f.$yf = $w;
                            $f.$s = 6;
                            return $v;
                        }
                        $w.$s = -1;
                    }
                    else if (($v = __pycoro.awaitOther($f, $w, 6)) === __pycoro.DELEGATE)
                        return $v;
                    case 6:
                        $s = 4;
                        continue $loop;
                    case 5:
                        {
                            let e = $err;
                            if (!(e instanceof StopAsyncIteration))
                                throw e;
                            $f.c = "StopAsyncIteration";
                        }
                        $s = 4;
                        continue $loop;
                    case 4: if (($w = anext($f.ag, null)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        d_ = $v;
                        {
                            $v = tuple($f.a, $f.b, $f.c, d_, aiter($f.ag) === $f.ag);
                            $f.ag = $f.a = $f.b = $f.c = void 0;
                            return $v;
                        }
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
                $f.ag = $f.a = $f.b = $f.c = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.ag = this.a = this.b = this.c = void 0;
    }
    static $meta = { name: "t3", qualname: "t3", file: "fixtures/ag/anext-aiter-builtins/input.ts", line: 21, kind: "coroutine", locals: [["ag", "ag"], ["a", "a"], ["b", "b"], ["c", "c"]], lines: [21, 23, 24, 26, 28, 28, 27, 32] };
}, C_2 => C_2.$fn = function t3() {
    return new C_2();
});
print("1 anext(ag), anext(ag, default), aiter:", complete(t3()));
let ___anext__$1;
class Counter {
    n;
    i = 0;
    constructor(n) {
        this.n = n;
    }
    __aiter__() {
        return this;
    }
    __anext__() {
        return new (___anext__$1 ??= __pycoro.frameClass(class __anext__$ {
            constructor(p0) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.$t = p0;
            }
            $step($s, $v, $m) {
                const $f = this;
                let $w;
                try {
                    if ($m > 0) {
                        throw $v;
                    }
                    $loop: for (;;)
                        switch ($s) {
                            case 0: if (($w = io(`Counter io ${$f.$t.i}`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                            case 1:
                                $f.$t.i += 1;
                                if ($f.$t.i > $f.$t.n)
                                    throw new StopAsyncIteration();
                                {
                                    $v = $f.$t.i;
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
            static $meta = { name: "__anext__", qualname: "Counter.__anext__", file: "fixtures/ag/anext-aiter-builtins/input.ts", line: 43, kind: "coroutine", locals: [], lines: [43, 45] };
        }, __pycoro.Coroutine))(this);
    }
}
class Wrapper {
    __aiter__() {
        return new Counter(2);
    }
}
const tClass = __pycoro.defineCoroutine(class t_class$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.it = void 0;
        this.$t0 = void 0;
        this.$t1 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        $f.it = aiter(new Wrapper());
                        if (($w = anext($f.it)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 1:
                        $f.$t0 = $v;
                        if (($w = anext($f.it)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 2;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 2)) === __pycoro.DELEGATE)
                            return $v;
                    case 2:
                        $f.$t1 = $v;
                        if (($w = anext($f.it, "end")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 3;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 3)) === __pycoro.DELEGATE)
                            return $v;
                    case 3: {
                        $v = [$f.$t0, $f.$t1, $v];
                        $f.it = $f.$t0 = $f.$t1 = void 0;
                        return $v;
                    }
                }
        }
        catch ($e) {
            $f.it = $f.$t0 = $f.$t1 = void 0;
            throw $e;
        }
    }
    $forget() {
        this.it = this.$t0 = this.$t1 = void 0;
    }
    static $meta = { name: "t_class", qualname: "t_class", file: "fixtures/ag/anext-aiter-builtins/input.ts", line: 57, kind: "coroutine", locals: [["it", "it"]], lines: [57, 59, 59, 59] };
}, C_3 => C_3.$fn = function t_class() {
    return new C_3();
});
print("2 on a class-based async iterator:", complete(tClass()));
attempt("3 anext(1)", () => anext(1));
attempt("4 anext([1]) (a sync iterable is not an async iterator)", () => anext([1]));
attempt("5 anext(Wrapper()) (an async iterable, not an iterator)", () => anext(new Wrapper()));
attempt("6 aiter(1)", () => aiter(1));
class BadAiter {
    __aiter__() {
        return 5;
    }
}
attempt("7 aiter() of an object whose __aiter__ returns 5", () => aiter(new BadAiter()));
const tManual = __pycoro.defineCoroutine(class t_manual$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.ag = void 0;
        this.aw = void 0;
        this.first = void 0;
        this.got = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        $f.ag = counter(2);
                        $f.aw = anext($f.ag, "dflt"); // driven by hand: its send()
                        $f.first = $f.aw.send(undefined);
                        $f.got = void 0;
                        try {
                            $f.aw.send("ignored");
                        }
                        catch (e) {
                            if (!(e instanceof StopIteration))
                                throw e;
                            $f.got = e.value;
                        }
                        if (($w = $f.ag.aclose()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 1: {
                        $v = tuple($f.first, $f.got);
                        $f.ag = $f.aw = $f.first = $f.got = void 0;
                        return $v;
                    }
                }
        }
        catch ($e) {
            $f.ag = $f.aw = $f.first = $f.got = void 0;
            throw $e;
        }
    }
    $forget() {
        this.ag = this.aw = this.first = this.got = void 0;
    }
    static $meta = { name: "t_manual", qualname: "t_manual", file: "fixtures/ag/anext-aiter-builtins/input.ts", line: 74, kind: "coroutine", locals: [["ag", "ag"], ["aw", "aw"], ["first", "first"], ["got", "got"]], lines: [74, 85] };
}, C_4 => C_4.$fn = function t_manual() {
    return new C_4();
});
print("8 the anext(ag, default) awaitable driven by hand:", complete(tManual()));
