import * as __pycoro from "pycoro/internal";
import { attempt, print, tuple } from "../../_lib/py.js";
import { completeResultFirst as complete } from "../../_lib/coro.js";
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
                        print("  body ran (wrong)");
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
    static $meta = { name: "aw_with", qualname: "aw_with", file: "fixtures/aw/async-with-protocol-errors/input.ts", line: 10, kind: "coroutine", locals: [["obj", "obj"], ["v", "v"]], lines: [10, 11, 11, 11, 11, 11, 11, 13, 11, 11, 11, 11] };
}, C_1 => C_1.$fn = function aw_with(obj) {
    return new C_1(obj);
});
attempt("1 async with 1", () => complete(awWith(1)));
attempt("2 async with 'cm'", () => complete(awWith("cm")));
let ___aenter__$1;
class OnlyEnter {
    __aenter__() {
        return new (___aenter__$1 ??= __pycoro.frameClass(class __aenter__$ {
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
                            print("  OnlyEnter.__aenter__ called (wrong)");
                            return 1;
                    }
            }
            static $meta = { name: "__aenter__", qualname: "OnlyEnter.__aenter__", file: "fixtures/aw/async-with-protocol-errors/input.ts", line: 20, kind: "coroutine", locals: [], lines: [20] };
        }, __pycoro.Coroutine))();
    }
}
attempt("3 an object without __aexit__ (__aenter__ is not called)", () => complete(awWith(new OnlyEnter())));
let ___aexit__$2;
class OnlyExit {
    __aexit__(..._a) {
        return new (___aexit__$2 ??= __pycoro.frameClass(class __aexit__$ {
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
                                print("  OnlyExit.__aexit__ called (wrong)");
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
            static $meta = { name: "__aexit__", qualname: "OnlyExit.__aexit__", file: "fixtures/aw/async-with-protocol-errors/input.ts", line: 29, kind: "coroutine", locals: [["_a", "_a"]], lines: [29] };
        }, __pycoro.Coroutine))(_a);
    }
}
attempt("4 an object without __aenter__", () => complete(awWith(new OnlyExit())));
class SyncCM {
    __enter__() {
        return 1;
    }
    __exit__(..._a) {
        return false;
    }
}
attempt("5 a synchronous context manager", () => complete(awWith(new SyncCM())));
class Plain {
}
const p = new Plain();
const aenter = __pycoro.defineCoroutine(class aenter$ {
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
                case 0: return "instance attribute";
            }
    }
    static $meta = { name: "aenter", qualname: "aenter", file: "fixtures/aw/async-with-protocol-errors/input.ts", line: 49, kind: "coroutine", locals: [], lines: [49] };
}, C_2 => C_2.$fn = function aenter() {
    return new C_2();
});
p.__aenter__ = aenter;
p.__aexit__ = aenter;
attempt("6 __aenter__/__aexit__ as instance attributes are ignored (looked up on the class)", () => complete(awWith(p)));
const caught = __pycoro.defineCoroutine(class caught$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this._ = void 0;
        this.$mgr = void 0;
        this.$exit = void 0;
        this.$ok = void 0;
        this.$exc = void 0;
        this.$c1 = void 0;
        this.$x1 = void 0;
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
                        $f.$mgr = 5;
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
                                $f.$s = 4;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 4)) === __pycoro.DELEGATE)
                            return $v;
                    case 4:
                        $f._ = $v;
                        $f.$ok = true;
                        $s = 5;
                    case 5: $s = 8;
                    case 8:
                        $s = 9;
                        continue $loop;
                    case 10:
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
                                $f.$s = 11;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 11)) === __pycoro.DELEGATE)
                            return $v;
                    case 11:
                        if ($v) {
                            $s = 12;
                            continue $loop;
                        }
                        throw $f.$exc;
                    case 12:
                        $f.$exc = void 0;
                        $s = 9;
                        continue $loop;
                    case 9:
                        $f.$c1 = 6;
                        $f.$x1 = void 0;
                        $s = 7;
                        continue $loop;
                    case 7:
                        if (!($f.$ok)) {
                            $s = 13;
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
                                $f.$s = 14;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 14)) === __pycoro.DELEGATE)
                            return $v;
                    case 13:
                    case 14:
                        if ($f.$c1 === -1)
                            throw $f.$x1;
                        if ($f.$c1 === -2) {
                            $v = $f.$x1;
                            $f._ = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x1 = void 0;
                            return $v;
                        }
                        $s = $f.$c1;
                        continue $loop;
                    case 6: {
                        $f._ = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x1 = void 0;
                        return undefined;
                    }
                    case 3:
                        {
                            let e = $err;
                            if (e instanceof TypeError) {
                                $f._ = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x1 = void 0;
                                return "caught inside the coroutine";
                            }
                            throw e;
                        }
                        {
                            $f._ = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x1 = void 0;
                            return undefined;
                        }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                    case 7:
                    case 13:
                    case 14:
                    case 6:
                        $err = $e;
                        $s = 3;
                        continue $loop;
                    case 5:
                    case 10:
                    case 11:
                    case 12:
                    case 9:
                        $f.$c1 = -1;
                        $f.$x1 = $e;
                        $s = 7;
                        continue $loop;
                    case 8:
                        $err = $e;
                        $s = 10;
                        continue $loop;
                }
                $f._ = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x1 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this._ = this.$mgr = this.$exit = this.$ok = this.$exc = this.$x1 = void 0;
    }
    static $meta = { name: "caught", qualname: "caught", file: "fixtures/aw/async-with-protocol-errors/input.ts", line: 56, kind: "coroutine", locals: [["_", "_"]], lines: [56, 57, 59, 59, 58, 58, 58, 58, 58, 58, 58, 58, 58, 58, 58] };
}, C_3 => C_3.$fn = function caught() {
    return new C_3();
});
attempt("7 the TypeError is raised inside the coroutine", () => complete(caught()));
