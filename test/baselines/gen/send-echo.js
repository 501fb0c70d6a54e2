import * as __pycoro from "pycoro/internal";
import { attempt, print, tuple } from "../../_lib/py.js";
const echo = __pycoro.defineGenerator(class echo$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.v = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0: $f.v = undefined;
                    case 1:
                        $f.$s = 4;
                        return $f.v;
                    case 4:
                        $f.v = $v;
                        $s = 1;
                        continue $loop;
                }
        }
        catch ($e) {
            $f.v = void 0;
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
        this.v = void 0;
    }
    static $meta = { name: "echo", qualname: "echo", file: "fixtures/gen/send-echo/input.ts", line: 6, kind: "generator", locals: [["v", "v"]], lines: [6, 8, 8, 8, 8], handled: [] };
}, C_1 => C_1.$fn = function echo() {
    return new C_1();
});
const e = echo();
print("echo:", e.send(undefined), e.send(1), e.send("two"), e.next().value, e.send(tuple(3, 4)), e.send([5]));
const adder = __pycoro.defineGenerator(class adder$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.a = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let b_;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        $f.$s = 1;
                        return 1;
                    case 1:
                        $f.a = $v;
                        $v = $f.a + 1;
                        $f.$s = 2;
                        return $v;
                    case 2:
                        b_ = $v;
                        {
                            $v = $f.a + b_;
                            $f.a = void 0;
                            return $v;
                        }
                }
        }
        catch ($e) {
            $f.a = void 0;
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
        this.a = void 0;
    }
    static $meta = { name: "adder", qualname: "adder", file: "fixtures/gen/send-echo/input.ts", line: 13, kind: "generator", locals: [["a", "a"]], lines: [13, 14, 15], handled: [] };
}, C_2 => C_2.$fn = function adder() {
    return new C_2();
});
const s = adder();
print("send returns the NEXT yielded value:", s.send(undefined), s.send(10));
attempt("send(5) finishes it", () => s.send(5));
