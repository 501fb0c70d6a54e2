import * as __pycoro from "pycoro/internal";
// AW-06: what __anext__ returns is awaited; a non-awaitable raises TypeError("'async for' received
// an invalid object from __anext__: <type>"). StopAsyncIteration ends the loop whether __anext__
// raises it synchronously or its awaitable does (its value is ignored); any other error propagates.
// P479-04: an __anext__ coroutine raising StopIteration gives RuntimeError('coroutine raised
// StopIteration'). Yields of the awaited __anext__ pass to the driver. StopAsyncIteration raised
// in the loop body is an ordinary exception.
import { StopAsyncIteration, StopIteration } from "pycoro";
import { attempt, excName, print, repr, tuple } from "../../_lib/py.js";
import { io, completeResultFirst as complete } from "../../_lib/coro.js";
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
    static $meta = { name: "af", qualname: "af", file: "fixtures/aw/async-for-anext/input.ts", line: 11, kind: "coroutine", locals: [["obj", "obj"], ["out", "out"], ["x", "x"]], lines: [11, 13, 13, 13, 13, 13, 13] };
}, C_1 => C_1.$fn = function af(obj) {
    return new C_1(obj);
});
class AnextNotAwaitable {
    __aiter__() {
        return this;
    }
    __anext__() {
        return 7;
    }
}
attempt("1 __anext__ returns 7", () => complete(af(new AnextNotAwaitable())));
class AnextSyncStop {
    __aiter__() {
        return this;
    }
    __anext__() {
        throw new StopAsyncIteration();
    }
}
attempt("2 __anext__ raising StopAsyncIteration synchronously ends the loop", () => complete(af(new AnextSyncStop())));
let ___anext__$1;
class AnextStopIteration {
    __aiter__() {
        return this;
    }
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
                        case 0: throw new StopIteration();
                    }
            }
            static $meta = { name: "__anext__", qualname: "AnextStopIteration.__anext__", file: "fixtures/aw/async-for-anext/input.ts", line: 41, kind: "coroutine", locals: [], lines: [41] };
        }, __pycoro.Coroutine))();
    }
}
attempt("3 an __anext__ coroutine raising StopIteration (PEP 479)", () => complete(af(new AnextStopIteration())));
class Boom extends Error {
}
let ___anext__$2;
class AnextRaises {
    n = 0;
    __aiter__() {
        return this;
    }
    __anext__() {
        return new (___anext__$2 ??= __pycoro.frameClass(class __anext__$ {
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
                                $f.$t.n += 1;
                                if ($f.$t.n === 3)
                                    throw new Boom("third __anext__");
                                {
                                    $v = $f.$t.n;
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
            static $meta = { name: "__anext__", qualname: "AnextRaises.__anext__", file: "fixtures/aw/async-for-anext/input.ts", line: 54, kind: "coroutine", locals: [], lines: [54] };
        }, __pycoro.Coroutine))(this);
    }
}
const afLog = __pycoro.defineCoroutine(class af_log$ {
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
                        $s = 1;
                    case 1: $f.$ait = __pycoro.aiter($f.obj);
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
                        $f.x = $f.$r;
                        $f.out.push($f.x);
                        $s = 4;
                        continue $loop;
                    case 5: {
                        $f.obj = $f.out = $f.x = $f.$ait = $f.$r = void 0;
                        return undefined;
                    }
                    case 3:
                        {
                            let e = $err;
                            if (e instanceof Boom) {
                                $v = tuple("caught", repr(e), "after", $f.out);
                                $f.obj = $f.out = $f.x = $f.$ait = $f.$r = void 0;
                                return $v;
                            }
                            throw e;
                        }
                        {
                            $f.obj = $f.out = $f.x = $f.$ait = $f.$r = void 0;
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
                $f.obj = $f.out = $f.x = $f.$ait = $f.$r = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.obj = this.out = this.x = this.$ait = this.$r = void 0;
    }
    static $meta = { name: "af_log", qualname: "af_log", file: "fixtures/aw/async-for-anext/input.ts", line: 61, kind: "coroutine", locals: [["obj", "obj"], ["out", "out"], ["x", "x"]], lines: [61, 63, 65, 65, 64, 64, 64, 64, 64, 64] };
}, C_2 => C_2.$fn = function af_log(obj) {
    return new C_2(obj);
});
print("4 an error from __anext__ propagates out of the loop:", complete(afLog(new AnextRaises())));
class Ready {
    v;
    constructor(v) {
        this.v = v;
    }
    *__await__() {
        if (this.v === 2) {
            const got = yield `__await__ for ${this.v} suspends`;
            return tuple(this.v, got);
        }
        return this.v;
    }
}
class AnextAwaitable {
    n = 0;
    __aiter__() {
        return this;
    }
    __anext__() {
        this.n += 1;
        if (this.n > 3)
            throw new StopAsyncIteration();
        return new Ready(this.n);
    }
}
print("5 __anext__ returning an object with __await__; its yields reach the driver:", complete(af(new AnextAwaitable()), ["sent"]));
let ___anext__$3;
class Ticker {
    n;
    i = 0;
    constructor(n) {
        this.n = n;
    }
    __aiter__() {
        return this;
    }
    __anext__() {
        return new (___anext__$3 ??= __pycoro.frameClass(class __anext__$ {
            constructor(p0) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.$t = p0;
            }
            $step($s, $v, $m) {
                const $f = this;
                let got_, $w;
                try {
                    if ($m > 0) {
                        throw $v;
                    }
                    $loop: for (;;)
                        switch ($s) {
                            case 0: if (($w = io(`tick ${$f.$t.i}`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                                got_ = $v;
                                $f.$t.i += 1;
                                if ($f.$t.i > $f.$t.n)
                                    throw new StopAsyncIteration();
                                {
                                    $v = tuple($f.$t.i, got_);
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
            static $meta = { name: "__anext__", qualname: "Ticker.__anext__", file: "fixtures/aw/async-for-anext/input.ts", line: 102, kind: "coroutine", locals: [], lines: [102, 104] };
        }, __pycoro.Coroutine))(this);
    }
}
print("6 an __anext__ coroutine that suspends:", complete(af(new Ticker(2)), ["a", "b", "c"]));
const bodyRaisesStop = __pycoro.defineCoroutine(class body_raises_stop$ {
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
                    case 0: $f.$ait = __pycoro.aiter(new Ticker(3));
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
                                $f._ = $f.$ait = $f.$r = void 0;
                                return;
                            }
                        }
                        throw $err;
                    case 4:
                        $f._ = $f.$r;
                        {
                            throw new StopAsyncIteration("from the body");
                        }
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
                $f._ = $f.$ait = $f.$r = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this._ = this.$ait = this.$r = void 0;
    }
    static $meta = { name: "body_raises_stop", qualname: "body_raises_stop", file: "fixtures/aw/async-for-anext/input.ts", line: 112, kind: "coroutine", locals: [["_", "_"]], lines: [112, 113, 113, 113, 113, 113, 113] };
}, C_3 => C_3.$fn = function body_raises_stop() {
    return new C_3();
});
attempt("7 StopAsyncIteration raised in the loop body is not the end of the loop", () => complete(bodyRaisesStop()));
let ___anext__$4;
class StopWithValue {
    __aiter__() {
        return this;
    }
    __anext__() {
        return new (___anext__$4 ??= __pycoro.frameClass(class __anext__$ {
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
                        case 0: throw new StopAsyncIteration("ignored value");
                    }
            }
            static $meta = { name: "__anext__", qualname: "StopWithValue.__anext__", file: "fixtures/aw/async-for-anext/input.ts", line: 123, kind: "coroutine", locals: [], lines: [123] };
        }, __pycoro.Coroutine))();
    }
}
print("8 StopAsyncIteration('with a value') still just ends the loop:", complete(af(new StopWithValue())));
// GET_ANEXT gets the await iterator at once and wraps any failure, its cause the original (AW-06).
class BadAwait {
    how;
    constructor(how) {
        this.how = how;
    }
    __await__() {
        if (this.how === "raises")
            throw new KeyError("boom");
        return 1;
    }
}
class KeyError extends Error {
}
class AnextBad {
    v;
    constructor(v) {
        this.v = v;
    }
    __aiter__() {
        return this;
    }
    __anext__() {
        return this.v;
    }
}
const causeOf = __pycoro.defineCoroutine(class cause_of$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.v = p0;
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
                    case 1: $f.$ait = __pycoro.aiter(new AnextBad($f.v));
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
                            $s = 5;
                            continue $loop;
                        }
                        $s = 4;
                        continue $loop;
                    case 5: {
                        $f.v = $f._ = $f.$ait = $f.$r = void 0;
                        return undefined;
                    }
                    case 3:
                        {
                            let e = $err;
                            const c = e.cause;
                            {
                                $v = tuple(`${excName(e)}: ${e.message}`, "cause", `${excName(c)}: ${c.message}`);
                                $f.v = $f._ = $f.$ait = $f.$r = void 0;
                                return $v;
                            }
                        }
                        {
                            $f.v = $f._ = $f.$ait = $f.$r = void 0;
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
                $f.v = $f._ = $f.$ait = $f.$r = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.v = this._ = this.$ait = this.$r = void 0;
    }
    static $meta = { name: "cause_of", qualname: "cause_of", file: "fixtures/aw/async-for-anext/input.ts", line: 148, kind: "coroutine", locals: [["v", "v"], ["_", "_"]], lines: [148, 149, 151, 151, 150, 150, 150, 150, 150, 150] };
}, C_4 => C_4.$fn = function cause_of(v) {
    return new C_4(v);
});
print("9 __anext__ returns 7, the cause:", complete(causeOf(7)));
print("10 __await__ returns a non-iterator:", complete(causeOf(new BadAwait("non-iterator"))));
print("11 __await__ raises:", complete(causeOf(new BadAwait("raises"))));
