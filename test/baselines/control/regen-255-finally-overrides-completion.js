import * as __pycoro from "pycoro/internal";
import { attempt, drive } from "../../_lib/py.js";
class Boom extends Error {
}
const returnOverridesReturn = __pycoro.defineGenerator(class returnOverridesReturn$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$c0 = void 0;
        this.$x0 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
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
                        return "t";
                    case 4:
                        {
                            $f.$c0 = -2;
                            $f.$x0 = "from try";
                            $s = 3;
                            continue $loop;
                        }
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        $f.$s = 5;
                        return "f";
                    case 5: {
                        $f.$x0 = void 0;
                        // eslint-disable-next-line no-unsafe-finally
                        return "from finally";
                    }
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
        this.$x0 = void 0;
    }
    static $meta = { name: "returnOverridesReturn", qualname: "returnOverridesReturn", file: "fixtures/control/regen-255-finally-overrides-completion/input.ts", line: 9, kind: "generator", locals: [], lines: [9, 10, 16, 13, 11, 14], handled: [4] };
}, C_1 => function returnOverridesReturn() {
    return new C_1();
});
const returnSwallowsThrow = __pycoro.defineGenerator(class returnSwallowsThrow$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$c0 = void 0;
        this.$x0 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
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
                        return "t";
                    case 4: throw new Boom("x");
                    case 3:
                        $f.$s = 5;
                        return "f";
                    case 5: {
                        $f.$x0 = void 0;
                        // eslint-disable-next-line no-unsafe-finally
                        return "swallowed";
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
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
        this.$x0 = void 0;
    }
    static $meta = { name: "returnSwallowsThrow", qualname: "returnSwallowsThrow", file: "fixtures/control/regen-255-finally-overrides-completion/input.ts", line: 19, kind: "generator", locals: [], lines: [19, 20, 26, 23, 21, 24], handled: [4] };
}, C_2 => function returnSwallowsThrow() {
    return new C_2();
});
const breakCancelsReturn = __pycoro.defineGenerator(class breakCancelsReturn$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$c0 = void 0;
        this.$x0 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0:
                    case 1: $s = 4;
                    case 4:
                        $f.$s = 7;
                        return "t";
                    case 7:
                        {
                            $f.$c0 = -2;
                            $f.$x0 = "never";
                            $s = 6;
                            continue $loop;
                        }
                        $f.$c0 = 5;
                        $f.$x0 = void 0;
                        $s = 6;
                        continue $loop;
                    case 6:
                        $f.$s = 8;
                        return "f";
                    case 8:
                        {
                            {
                                $f.$x0 = void 0;
                                return "after loop";
                            }
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
                    case 5:
                        $s = 1;
                        continue $loop;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 4:
                    case 7:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 6;
                        continue $loop;
                }
                $f.$x0 = void 0;
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
        this.$x0 = void 0;
    }
    static $meta = { name: "breakCancelsReturn", qualname: "breakCancelsReturn", file: "fixtures/control/regen-255-finally-overrides-completion/input.ts", line: 29, kind: "generator", locals: [], lines: [29, 30, 37, 37, 31, 37, 34, 32, 35], handled: [7] };
}, C_3 => function breakCancelsReturn() {
    return new C_3();
});
const continueCancelsReturn = __pycoro.defineGenerator(class continueCancelsReturn$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.i = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0: $f.i = 0;
                    case 1:
                        if (!($f.i < 2)) {
                            {
                                $f.$x0 = void 0;
                                return "loop done";
                            }
                        }
                        $s = 4;
                    case 4:
                        $v = `t${$f.i}`;
                        $f.$s = 7;
                        return $v;
                    case 7:
                        {
                            $f.$c0 = -2;
                            $f.$x0 = `never ${$f.i}`;
                            $s = 6;
                            continue $loop;
                        }
                        $f.$c0 = 5;
                        $f.$x0 = void 0;
                        $s = 6;
                        continue $loop;
                    case 6:
                        $v = `f${$f.i}`;
                        $f.$s = 8;
                        return $v;
                    case 8:
                        {
                            $s = 2;
                            continue $loop;
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
                    case 2:
                    case 5:
                        $f.i++;
                        $s = 1;
                        continue $loop;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 4:
                    case 7:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 6;
                        continue $loop;
                }
                $f.$x0 = void 0;
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
        this.$x0 = void 0;
    }
    static $meta = { name: "continueCancelsReturn", qualname: "continueCancelsReturn", file: "fixtures/control/regen-255-finally-overrides-completion/input.ts", line: 42, kind: "generator", locals: [["i", "i"]], lines: [42, 43, 50, 50, 44, 50, 47, 45, 48], handled: [7] };
}, C_4 => function continueCancelsReturn() {
    return new C_4();
});
const throwReplacesReturn = __pycoro.defineGenerator(class throwReplacesReturn$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$c0 = void 0;
        this.$x0 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
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
                        return "t";
                    case 4:
                        {
                            $f.$c0 = -2;
                            $f.$x0 = "a";
                            $s = 3;
                            continue $loop;
                        }
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        $f.$s = 5;
                        return "f";
                    case 5: 
                    // eslint-disable-next-line no-unsafe-finally
                    throw new Boom("from finally");
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
        this.$x0 = void 0;
    }
    static $meta = { name: "throwReplacesReturn", qualname: "throwReplacesReturn", file: "fixtures/control/regen-255-finally-overrides-completion/input.ts", line: 55, kind: "generator", locals: [], lines: [55, 56, 62, 59, 57, 60], handled: [4] };
}, C_5 => function throwReplacesReturn() {
    return new C_5();
});
attempt("1", () => drive(returnOverridesReturn()));
attempt("2", () => drive(returnSwallowsThrow()));
attempt("3", () => drive(breakCancelsReturn()));
attempt("4", () => drive(continueCancelsReturn()));
attempt("5", () => drive(throwReplacesReturn()));
