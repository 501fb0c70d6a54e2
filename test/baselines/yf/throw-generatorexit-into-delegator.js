import * as __pycoro from "pycoro/internal";
// YF-11: throw(GeneratorExit) into a delegator closes the subiterator (its return()/close() is
// called, NOT its throw()), then raises GeneratorExit in the delegator, even if the subgenerator
// swallowed it and returned a value. If the subgenerator yields instead: RuntimeError('generator
// ignored GeneratorExit'). If it raises something else, that propagates.
import { GeneratorExit } from "pycoro";
import { attempt, excName, print, repr } from "../../_lib/py.js";
class Spy {
    [Symbol.iterator]() {
        return this;
    }
    next() {
        return { done: false, value: "spy" };
    }
    throw(_e) {
        print("  Spy.throw called");
        return { done: false, value: "thrown" };
    }
    return() {
        print("  Spy.return (close) called");
        return { done: true, value: undefined };
    }
}
const deleg = __pycoro.defineGenerator(class deleg$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.it = p0;
    }
    $step($s, $v, $m) {
        const $f = this;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0: return __pycoro.yieldFrom($f, $f.it, 1);
                    case 1: {
                        $f.it = void 0;
                        return;
                    }
                }
        }
        catch ($e) {
            $f.it = void 0;
            throw $e;
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
    $forget() {
        this.it = void 0;
    }
    static $meta = { name: "deleg", qualname: "deleg", file: "fixtures/yf/throw-generatorexit-into-delegator/input.ts", line: 24, kind: "generator", locals: [["it", "it"]], lines: [24, 25], handled: [] };
}, C_1 => C_1.$fn = function deleg(it) {
    return new C_1(it);
});
const g = deleg(new Spy());
g.send(undefined);
attempt("1 throw(GeneratorExit) into a delegator over Spy", () => g.throw(GeneratorExit));
const subReturns = __pycoro.defineGenerator(class subReturns$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
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
                    case 4: return "normal";
                    case 3:
                        {
                            let e = $err;
                            if (!(e instanceof GeneratorExit))
                                throw e;
                            print("  sub: got GeneratorExit, returning");
                            return "ignored value";
                        }
                        return "normal";
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
                throw $e;
            }
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
    static $meta = { name: "subReturns", qualname: "subReturns", file: "fixtures/yf/throw-generatorexit-into-delegator/input.ts", line: 31, kind: "generator", locals: [], lines: [31, 32, 34, 34, 33], handled: [4] };
}, C_2 => C_2.$fn = function subReturns() {
    return new C_2();
});
const deleg4 = __pycoro.defineGenerator(class deleg4$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
    }
    $step($s, $v, $m) {
        const $f = this;
        let r_;
        let $err;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0: $s = 1;
                    case 1: return __pycoro.yieldFrom($f, subReturns(), 4);
                    case 4:
                        r_ = $v;
                        print("  deleg4: never resumed with", r_);
                        return;
                    case 3:
                        {
                            let e = $err;
                            print("  deleg4: got", excName(e));
                            throw e;
                        }
                        return;
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
                throw $e;
            }
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
    static $meta = { name: "deleg4", qualname: "deleg4", file: "fixtures/yf/throw-generatorexit-into-delegator/input.ts", line: 41, kind: "generator", locals: [], lines: [41, 42, 45, 45, 43], handled: [4] };
}, C_3 => C_3.$fn = function deleg4() {
    return new C_3();
});
const d4 = deleg4();
d4.send(undefined);
attempt("2 throw(GeneratorExit), sub returns -> GeneratorExit still raised in the delegator", () => d4.throw(GeneratorExit));
const subYields = __pycoro.defineGenerator(class subYields$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
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
                    case 4: {
                        $f.e = void 0;
                        return;
                    }
                    case 3:
                        $f.e = $err;
                        $f.$s = 5;
                        return "sub refuses";
                    case 5: {
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
    $forget() {
        this.e = void 0;
    }
    static $meta = { name: "subYields", qualname: "subYields", file: "fixtures/yf/throw-generatorexit-into-delegator/input.ts", line: 54, kind: "generator", locals: [["e", "e"]], lines: [54, 55, 58, 57, 56, 58], handled: [4] };
}, C_4 => C_4.$fn = function subYields() {
    return new C_4();
});
const wrapper = __pycoro.defineGenerator(class wrapper$ {
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
                case 0: return __pycoro.yieldFrom($f, subYields(), 1);
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
    static $meta = { name: "wrapper", qualname: "wrapper", file: "fixtures/yf/throw-generatorexit-into-delegator/input.ts", line: 61, kind: "generator", locals: [], lines: [61, 62], handled: [] };
}, C_5 => C_5.$fn = function wrapper() {
    return new C_5();
});
const w1 = wrapper();
w1.send(undefined);
attempt("3 throw(GeneratorExit), sub yields", () => w1.throw(GeneratorExit));
const w2 = wrapper();
w2.send(undefined);
attempt("4 close(), sub yields", () => w2.close());
class SubError extends Error {
}
const subRaises = __pycoro.defineGenerator(class subRaises$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
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
                    case 4: return;
                    case 3:
                        {
                            let e = $err;
                            throw new SubError("sub raised on GE");
                        }
                        return;
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
                throw $e;
            }
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
    static $meta = { name: "subRaises", qualname: "subRaises", file: "fixtures/yf/throw-generatorexit-into-delegator/input.ts", line: 72, kind: "generator", locals: [], lines: [72, 73, 75, 75, 74], handled: [4] };
}, C_6 => C_6.$fn = function subRaises() {
    return new C_6();
});
const deleg5 = __pycoro.defineGenerator(class deleg5$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
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
                    case 1: return __pycoro.yieldFrom($f, subRaises(), 4);
                    case 4: return;
                    case 3:
                        {
                            let e = $err;
                            print("  deleg5 sees", repr(e));
                            throw e;
                        }
                        return;
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
                throw $e;
            }
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
    static $meta = { name: "deleg5", qualname: "deleg5", file: "fixtures/yf/throw-generatorexit-into-delegator/input.ts", line: 79, kind: "generator", locals: [], lines: [79, 80, 82, 82, 81], handled: [4] };
}, C_7 => C_7.$fn = function deleg5() {
    return new C_7();
});
const d5 = deleg5();
d5.send(undefined);
attempt("5 throw(GeneratorExit), sub raises another error", () => d5.throw(GeneratorExit));
