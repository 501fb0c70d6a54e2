import * as __pycoro from "pycoro/internal";
import { drive, print } from "../../_lib/py.js";
const a = __pycoro.defineGenerator(class a$ {
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
                        return 1;
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
                        return 2;
                    case 5:
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
    static $meta = { name: "a", qualname: "a", file: "fixtures/control/babel-17365-finally-keeps-return-value/input.ts", line: 6, kind: "generator", locals: [], lines: [6, 7, 11, 10, 8, 11], handled: [4] };
}, C_1 => function a() {
    return new C_1();
});
drive(a(), ["s1", "s2"]);
const nested = __pycoro.defineGenerator(class nested$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$c1 = void 0;
        this.$x1 = void 0;
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
                    case 1: $s = 4;
                    case 4:
                        {
                            {
                                $f.$c1 = -2;
                                $f.$x1 = "inner";
                                $s = 6;
                                continue $loop;
                            }
                        }
                        $f.$c1 = 5;
                        $f.$x1 = void 0;
                        $s = 6;
                        continue $loop;
                    case 6:
                        $f.$s = 7;
                        return "inner finally";
                    case 7:
                        if ($f.$c1 === -1)
                            throw $f.$x1;
                        if ($f.$c1 === -2) {
                            $f.$c0 = -2;
                            $f.$x0 = $f.$x1;
                            $s = 3;
                            continue $loop;
                        }
                        $s = $f.$c1;
                        continue $loop;
                    case 5:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        $f.$s = 8;
                        return "outer finally";
                    case 8:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.$x0 = $f.$x1 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.$x0 = $f.$x1 = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 6:
                    case 7:
                    case 5:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                    case 4:
                        $f.$c1 = -1;
                        $f.$x1 = $e;
                        $s = 6;
                        continue $loop;
                }
                $f.$x0 = $f.$x1 = void 0;
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
        this.$x0 = this.$x1 = void 0;
    }
    static $meta = { name: "nested", qualname: "nested", file: "fixtures/control/babel-17365-finally-keeps-return-value/input.ts", line: 16, kind: "generator", locals: [], lines: [16, 17, 24, 23, 18, 21, 20, 21, 24], handled: [7] };
}, C_2 => function nested() {
    return new C_2();
});
drive(nested());
const computedBefore = __pycoro.defineGenerator(class computedBefore$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.v = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let got_;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0:
                        $f.v = "before";
                        $s = 1;
                    case 1:
                        {
                            {
                                $f.$c0 = -2;
                                $f.$x0 = $f.v;
                                $s = 3;
                                continue $loop;
                            }
                        }
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        $f.v = "changed";
                        $v = `finally sees v=${$f.v}`;
                        $f.$s = 4;
                        return $v;
                    case 4:
                        got_ = $v;
                        print("  finally got", got_);
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.v = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.v = $f.$x0 = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                }
                $f.v = $f.$x0 = void 0;
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
        this.v = this.$x0 = void 0;
    }
    static $meta = { name: "computedBefore", qualname: "computedBefore", file: "fixtures/control/babel-17365-finally-keeps-return-value/input.ts", line: 29, kind: "generator", locals: [["v", "v"]], lines: [29, 31, 36, 33, 35], handled: [] };
}, C_3 => function computedBefore() {
    return new C_3();
});
drive(computedBefore(), ["sent into finally"]);
const undefinedReturn = __pycoro.defineGenerator(class undefinedReturn$ {
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
                        {
                            {
                                $f.$c0 = -2;
                                $f.$x0 = void 0;
                                $s = 3;
                                continue $loop;
                            }
                        }
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        $f.$s = 4;
                        return "finally after a bare return";
                    case 4:
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
    static $meta = { name: "undefinedReturn", qualname: "undefinedReturn", file: "fixtures/control/babel-17365-finally-keeps-return-value/input.ts", line: 41, kind: "generator", locals: [], lines: [41, 42, 45, 44, 45], handled: [] };
}, C_4 => function undefinedReturn() {
    return new C_4();
});
drive(undefinedReturn(), ["ignored"]);
