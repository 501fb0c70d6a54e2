import * as __pycoro from "pycoro/internal";
import { drive } from "../../_lib/py.js";
class Boom extends Error {
}
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.i = void 0;
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
                    case 0: $f.i = 0;
                    case 1:
                        if (!($f.i < 10)) {
                            $s = 2;
                            continue $loop;
                        }
                        $s = 3;
                    case 3:
                        $f.i++;
                        if ($f.i % 2 === 0)
                            throw new Boom(`even ${$f.i}`);
                        $v = `odd ${$f.i}`;
                        $f.$s = 6;
                        return $v;
                    case 6:
                        {
                            $s = 1;
                            continue $loop;
                        }
                        $s = 4;
                        continue $loop;
                    case 5:
                        $f.e = $err;
                        $v = `caught ${$f.e.message}`;
                        $f.$s = 7;
                        return $v;
                    case 7:
                        if ($f.i === 4) {
                            $s = 2;
                            continue $loop;
                        }
                        $s = 4;
                        continue $loop;
                    case 4:
                        $f.$s = 8;
                        return "unreachable after catch? no: reached after a caught error that did not break";
                    case 8:
                        $s = 1;
                        continue $loop;
                    case 2: {
                        $v = `i=${$f.i}`;
                        $f.e = void 0;
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
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/babel-17358-try-in-loop/input.ts", line: 8, kind: "generator", locals: [["i", "i"], ["e", "e"]], lines: [8, 10, 20, 11, 18, 16, 14, 17, 20], handled: [6] };
}, C_1 => function g() {
    return new C_1();
});
drive(g());
const retry = __pycoro.defineGenerator(class retry$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.attempts = void 0;
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
                    case 0: $f.attempts = 0;
                    case 1: $s = 4;
                    case 4:
                        $f.attempts++;
                        $v = `attempt ${$f.attempts}`;
                        $f.$s = 7;
                        return $v;
                    case 7:
                        if ($f.attempts < 3)
                            throw new Boom("flaky");
                        {
                            $v = `succeeded after ${$f.attempts}`;
                            $f.e = void 0;
                            return $v;
                        }
                    case 6:
                        $f.e = $err;
                        $v = `retrying after ${$f.e.message}`;
                        $f.$s = 8;
                        return $v;
                    case 8:
                        $s = 5;
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
                        $err = $e;
                        $s = 6;
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
    static $meta = { name: "retry", qualname: "retry", file: "fixtures/control/babel-17358-try-in-loop/input.ts", line: 26, kind: "generator", locals: [["attempts", "attempts"], ["e", "e"]], lines: [26, 28, 35, 35, 29, 35, 34, 31, 35], handled: [7] };
}, C_2 => function retry() {
    return new C_2();
});
drive(retry());
