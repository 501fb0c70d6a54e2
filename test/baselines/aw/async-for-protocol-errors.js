import * as __pycoro from "pycoro/internal";
// AW-04: `for await (const x of obj)` in a marked coroutine is Python's async for: obj needs
// __aiter__ (on its class), else TypeError("'async for' requires an object with __aiter__ method,
// got <type>"), even for sync iterables that JavaScript's own for await accepts.
// AW-05: __aiter__ is called, not awaited, and must return an object with __anext__, else
// TypeError("'async for' received an object from __aiter__ that does not implement __anext__: <type>")
// (a @coroutine __aiter__ returns a coroutine). Errors from __aiter__ propagate unchanged.
// pycoro names JavaScript types in messages (SURFACE §2).
import { StopAsyncIteration } from "pycoro";
import { attempt, print } from "../../_lib/py.js";
import { completeResultFirst as complete } from "../../_lib/coro.js";
const af = __pycoro.defineCoroutine(class af$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.obj = p0;
        this.out = void 0;
        this.x = void 0;
        this.$ait = void 0;
        this.$r = void 0;
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
                    case 0:
                        $f.out = [];
                        $f.$ait = __pycoro.aiter($f.obj);
                    case 1: $s = 3;
                    case 3: if (($w = __pycoro.anext($f.$ait)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.$r = $v;
                        $s = 4;
                        continue $loop;
                    case 5:
                        if ($err instanceof __pycoro.StopAsyncIteration) {
                            {
                                $v = $f.out;
                                $f.obj = $f.out = $f.x = $f.$ait = $f.$r = void 0;
                                return $v;
                            }
                        }
                        throw $err;
                    case 4:
                        $f.x = $f.$r;
                        $f.out.push($f.x);
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
                $f.obj = $f.out = $f.x = $f.$ait = $f.$r = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.obj = this.out = this.x = this.$ait = this.$r = void 0;
    }
    static $meta = { name: "af", qualname: "af", file: "fixtures/aw/async-for-protocol-errors/input.ts", line: 12, kind: "coroutine", locals: [["obj", "obj"], ["out", "out"], ["x", "x"]], lines: [12, 14, 14, 14, 14, 14, 14] };
}, C_1 => C_1.$fn = function af(obj) {
    return new C_1(obj);
});
attempt("1 async for over 1", () => complete(af(1)));
attempt("2 async for over [1, 2] (a sync iterable)", () => complete(af([1, 2])));
attempt("3 async for over 'ab'", () => complete(af("ab")));
const gen = __pycoro.defineGenerator(class gen$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
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
    $next(v) {
        const s = this.$s;
        if ((s > 0 && this.$yf === null) || (s === 0 && v == null)) {
            this.$s = -2;
            let r;
            try {
                r = this.$step(s, v, 0);
            }
            catch (e) {
                throw __pycoro.stepError(this, e);
            }
            if (typeof r === "symbol" && r === __pycoro.DELEGATE)
                return __pycoro.delegated(this);
            if (this.$s < 0)
                this.$s = -1;
            return r;
        }
        return __pycoro.resume(this, v, 0);
    }
    static $meta = { name: "gen", qualname: "gen", file: "fixtures/aw/async-for-protocol-errors/input.ts", line: 22, kind: "generator", locals: [], lines: [22, 23], handled: [] };
}, C_2 => C_2.$fn = function gen() {
    return new C_2();
});
attempt("4 async for over a plain generator", () => complete(af(gen())));
let ___anext__$1;
class NoAiterOnlyAnext {
    __anext__() {
        return new (___anext__$1 ??= __pycoro.frameClass(class __anext__$ {
            constructor() {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
            }
            $step($s, $v, $m) {
                const $f = this;
                if ($m > 0) {
                    throw $v;
                }
                $loop: for (;;)
                    switch ($s) {
                        case 0: throw new StopAsyncIteration();
                    }
            }
            static $meta = { name: "__anext__", qualname: "NoAiterOnlyAnext.__anext__", file: "fixtures/aw/async-for-protocol-errors/input.ts", line: 28, kind: "coroutine", locals: [], lines: [28] };
        }, __pycoro.Coroutine))();
    }
}
attempt("5 an object with __anext__ but no __aiter__", () => complete(af(new NoAiterOnlyAnext())));
class AiterNoAnext {
    __aiter__() {
        return 5;
    }
}
attempt("6 __aiter__ returns 5", () => complete(af(new AiterNoAnext())));
let ___aiter__$2, ___anext__$3;
class AiterAsync {
    __aiter__() {
        return new (___aiter__$2 ??= __pycoro.frameClass(class __aiter__$ {
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
            static $meta = { name: "__aiter__", qualname: "AiterAsync.__aiter__", file: "fixtures/aw/async-for-protocol-errors/input.ts", line: 43, kind: "coroutine", locals: [], lines: [43] };
        }, __pycoro.Coroutine))(this);
    }
    __anext__() {
        return new (___anext__$3 ??= __pycoro.frameClass(class __anext__$ {
            constructor() {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
            }
            $step($s, $v, $m) {
                const $f = this;
                if ($m > 0) {
                    throw $v;
                }
                $loop: for (;;)
                    switch ($s) {
                        case 0: throw new StopAsyncIteration();
                    }
            }
            static $meta = { name: "__anext__", qualname: "AiterAsync.__anext__", file: "fixtures/aw/async-for-protocol-errors/input.ts", line: 47, kind: "coroutine", locals: [], lines: [47] };
        }, __pycoro.Coroutine))();
    }
}
attempt("7 __aiter__ is a coroutine method (returns a coroutine, which is not awaited)", () => complete(af(new AiterAsync())));
class Plain {
}
const p = new Plain();
p.__aiter__ = () => p;
p.__anext__ = __pycoro.defineCoroutine(class stop$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
    }
    $step($s, $v, $m) {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: throw new StopAsyncIteration();
            }
    }
    static $meta = { name: "stop", qualname: "stop", file: "fixtures/aw/async-for-protocol-errors/input.ts", line: 57, kind: "coroutine", locals: [], lines: [57] };
}, C_3 => C_3.$fn = function stop() {
    return new C_3();
});
attempt("8 __aiter__/__anext__ as instance attributes are ignored", () => complete(af(p)));
class Boom extends Error {
}
class AiterRaises {
    __aiter__() {
        throw new Boom("aiter");
    }
}
attempt("9 __aiter__ raises: propagates unchanged", () => complete(af(new AiterRaises())));
let ___anext__$4;
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
        return new (___anext__$4 ??= __pycoro.frameClass(class __anext__$ {
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
                            case 0:
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
            static $meta = { name: "__anext__", qualname: "Counter.__anext__", file: "fixtures/aw/async-for-protocol-errors/input.ts", line: 76, kind: "coroutine", locals: [], lines: [76] };
        }, __pycoro.Coroutine))(this);
    }
}
class Delegating {
    __aiter__() {
        return new Counter(3);
    }
}
print("10 __aiter__ may return another object:", complete(af(new Delegating())));
const caught = __pycoro.defineCoroutine(class caught$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this._ = void 0;
        this.$ait = void 0;
        this.$r = void 0;
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
                    case 1: $f.$ait = __pycoro.aiter(5);
                    case 4: $s = 6;
                    case 6: if (($w = __pycoro.anext($f.$ait)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.$r = $v;
                        $s = 7;
                        continue $loop;
                    case 8:
                        if ($err instanceof __pycoro.StopAsyncIteration) {
                            $s = 5;
                            continue $loop;
                        }
                        throw $err;
                    case 7:
                        $f._ = $f.$r;
                        {
                        }
                        $s = 4;
                        continue $loop;
                    case 5: {
                        $f._ = $f.$ait = $f.$r = void 0;
                        return undefined;
                    }
                    case 3:
                        {
                            let e = $err;
                            if (e instanceof TypeError) {
                                $f._ = $f.$ait = $f.$r = void 0;
                                return "caught inside the coroutine";
                            }
                            throw e;
                        }
                        {
                            $f._ = $f.$ait = $f.$r = void 0;
                            return undefined;
                        }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                    case 8:
                    case 7:
                    case 5:
                        $err = $e;
                        $s = 3;
                        continue $loop;
                    case 6:
                    case 9:
                        $err = $e;
                        $s = 8;
                        continue $loop;
                }
                $f._ = $f.$ait = $f.$r = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this._ = this.$ait = this.$r = void 0;
    }
    static $meta = { name: "caught", qualname: "caught", file: "fixtures/aw/async-for-protocol-errors/input.ts", line: 90, kind: "coroutine", locals: [["_", "_"]], lines: [90, 91, 94, 94, 92, 92, 92, 92, 92, 92] };
}, C_4 => C_4.$fn = function caught() {
    return new C_4();
});
print("11 the TypeError is raised inside the coroutine:", complete(caught()));
