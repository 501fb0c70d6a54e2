import * as __pycoro from "pycoro/internal";
// AW-02: what __aenter__ and __aexit__ return is awaited; a non-awaitable raises
// TypeError("'async with' received an object from __aenter__ that does not implement __await__: <type>")
// (the body does not run, __aexit__ is not called), and the same for __aexit__ on a normal and on an
// exceptional exit. Plain (unmarked) methods returning awaitables are fine: their awaits pass to the
// driver. pycoro names JavaScript types in messages (SURFACE §2).
import { ValueError } from "pycoro";
import { attempt, print, repr, tuple } from "../../_lib/py.js";
import { completeResultFirst as complete } from "../../_lib/coro.js";
let ___aexit__$1;
class EnterNotAwaitable {
    __aenter__() {
        print("  __aenter__ called");
        return 123;
    }
    __aexit__(..._a) {
        return new (___aexit__$1 ??= __pycoro.frameClass(class __aexit__$ {
            constructor(p0) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this._a = p0;
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
                                print("  __aexit__ called (wrong)");
                                {
                                    $f._a = void 0;
                                    return false;
                                }
                        }
                }
                catch ($e) {
                    $f._a = void 0;
                    throw $e;
                }
            }
            $forget() {
                this._a = void 0;
            }
            static $meta = { name: "__aexit__", qualname: "EnterNotAwaitable.__aexit__", file: "fixtures/aw/async-with-non-awaitable/input.ts", line: 15, kind: "coroutine", locals: [["_a", "_a"]], lines: [15] };
        }, __pycoro.Coroutine))(_a);
    }
}
let ___aenter__$2;
class ExitNotAwaitable {
    __aenter__() {
        return new (___aenter__$2 ??= __pycoro.frameClass(class __aenter__$ {
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
                            print("  __aenter__ called");
                            return "v";
                    }
            }
            static $meta = { name: "__aenter__", qualname: "ExitNotAwaitable.__aenter__", file: "fixtures/aw/async-with-non-awaitable/input.ts", line: 23, kind: "coroutine", locals: [], lines: [23] };
        }, __pycoro.Coroutine))();
    }
    __aexit__(et, _ev, _tb) {
        print("  __aexit__ called with", et ? et.name : undefined);
        return 456;
    }
}
const awWith = __pycoro.defineCoroutine(class aw_with$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.obj = p0;
        this.v = void 0;
        this.$mgr = void 0;
        this.$exit = void 0;
        this.$ok = void 0;
        this.$exc = void 0;
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
                    case 0:
                        $f.$mgr = $f.obj;
                        $f.$exit = __pycoro.aexitOf($f.$mgr);
                        if (($w = __pycoro.aenter($f.$mgr)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.v = $v;
                        $f.$ok = true;
                        $s = 2;
                    case 2: $s = 5;
                    case 5:
                        print("  body ran with", repr($f.v));
                        {
                            $f.$c0 = -2;
                            $f.$x0 = tuple("body ran", $f.v);
                            $s = 4;
                            continue $loop;
                        }
                        $s = 6;
                        continue $loop;
                    case 7:
                        $f.$ok = false;
                        $f.$exc = $err;
                        if (($w = __pycoro.aexit($f.$exit, $f.$mgr, $f.$exc)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        if ($v) {
                            $s = 9;
                            continue $loop;
                        }
                        throw $f.$exc;
                    case 9:
                        $f.$exc = void 0;
                        $s = 6;
                        continue $loop;
                    case 6:
                        $f.$c0 = 3;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 4:
                        if (!($f.$ok)) {
                            $s = 10;
                            continue $loop;
                        }
                        if (($w = __pycoro.aexit($f.$exit, $f.$mgr, void 0)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 11;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 11)) === __pycoro.DELEGATE)
                            return $v;
                    case 10:
                    case 11:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.obj = $f.v = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 3: {
                        $f.obj = $f.v = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 2:
                    case 7:
                    case 8:
                    case 9:
                    case 6:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                    case 5:
                        $err = $e;
                        $s = 7;
                        continue $loop;
                }
                $f.obj = $f.v = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.obj = this.v = this.$mgr = this.$exit = this.$ok = this.$exc = this.$x0 = void 0;
    }
    static $meta = { name: "aw_with", qualname: "aw_with", file: "fixtures/aw/async-with-non-awaitable/input.ts", line: 34, kind: "coroutine", locals: [["obj", "obj"], ["v", "v"]], lines: [34, 35, 35, 35, 35, 35, 35, 37, 35, 35, 35, 35] };
}, C_1 => C_1.$fn = function aw_with(obj) {
    return new C_1(obj);
});
const awWithRaise = __pycoro.defineCoroutine(class aw_with_raise$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.obj = p0;
        this._ = void 0;
        this.$mgr = void 0;
        this.$exit = void 0;
        this.$ok = void 0;
        this.$exc = void 0;
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
                    case 0:
                        $f.$mgr = $f.obj;
                        $f.$exit = __pycoro.aexitOf($f.$mgr);
                        if (($w = __pycoro.aenter($f.$mgr)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f._ = $v;
                        $f.$ok = true;
                        $s = 2;
                    case 2: $s = 5;
                    case 5:
                        print("  body raises");
                        throw new ValueError("body");
                    case 7:
                        $f.$ok = false;
                        $f.$exc = $err;
                        if (($w = __pycoro.aexit($f.$exit, $f.$mgr, $f.$exc)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        if ($v) {
                            $s = 9;
                            continue $loop;
                        }
                        throw $f.$exc;
                    case 9:
                        $f.$exc = void 0;
                        $s = 6;
                        continue $loop;
                    case 6:
                        $f.$c0 = 3;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 4:
                        if (!($f.$ok)) {
                            $s = 10;
                            continue $loop;
                        }
                        if (($w = __pycoro.aexit($f.$exit, $f.$mgr, void 0)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 11;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 11)) === __pycoro.DELEGATE)
                            return $v;
                    case 10:
                    case 11:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.obj = $f._ = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 3: {
                        $f.obj = $f._ = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 2:
                    case 7:
                    case 8:
                    case 9:
                    case 6:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                    case 5:
                        $err = $e;
                        $s = 7;
                        continue $loop;
                }
                $f.obj = $f._ = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.obj = this._ = this.$mgr = this.$exit = this.$ok = this.$exc = this.$x0 = void 0;
    }
    static $meta = { name: "aw_with_raise", qualname: "aw_with_raise", file: "fixtures/aw/async-with-non-awaitable/input.ts", line: 40, kind: "coroutine", locals: [["obj", "obj"], ["_", "_"]], lines: [40, 41, 41, 41, 41, 41, 41, 43, 41, 41, 41, 41] };
}, C_2 => C_2.$fn = function aw_with_raise(obj) {
    return new C_2(obj);
});
attempt("1 __aenter__ returns a non-awaitable (the body does not run, __aexit__ is not called)", () => complete(awWith(new EnterNotAwaitable())));
attempt("2 __aexit__ returns a non-awaitable (normal exit)", () => complete(awWith(new ExitNotAwaitable())));
attempt("3 __aexit__ returns a non-awaitable (exceptional exit)", () => complete(awWithRaise(new ExitNotAwaitable())));
let ___aenter__$3;
class ExitReturnsList {
    __aenter__() {
        return new (___aenter__$3 ??= __pycoro.frameClass(class __aenter__$ {
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
            static $meta = { name: "__aenter__", qualname: "ExitReturnsList.__aenter__", file: "fixtures/aw/async-with-non-awaitable/input.ts", line: 51, kind: "coroutine", locals: [], lines: [51] };
        }, __pycoro.Coroutine))(this);
    }
    __aexit__(..._a) {
        return [true];
    }
}
attempt("4 __aexit__ returns a list", () => complete(awWithRaise(new ExitReturnsList())));
class AwaitableResult {
    value;
    constructor(value) {
        this.value = value;
    }
    *__await__() {
        yield `awaiting ${repr(this.value)}`;
        return this.value;
    }
}
class PlainMethods {
    __aenter__() {
        return new AwaitableResult("entered");
    }
    __aexit__(_et, _ev, _tb) {
        return new AwaitableResult(true);
    }
}
print("5 plain methods returning awaitables are fine:", complete(awWith(new PlainMethods())));
print("6 and their awaited True suppresses:", complete(awWithRaise(new PlainMethods())));
