import * as __pycoro from "pycoro/internal";
import { drive, print } from "../../_lib/py.js";
const log = [];
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.t = void 0;
        this.v = void 0;
        this.n = void 0;
        this.neg = void 0;
        this.inn = void 0;
        this.seq = void 0;
        this.nested = void 0;
        this.i = void 0;
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
                        $f.$s = 1;
                        return "typeof";
                    case 1:
                        $f.t = typeof ($v);
                        $f.$s = 2;
                        return "void";
                    case 2:
                        $f.v = void ($v);
                        $f.$s = 3;
                        return "not";
                    case 3:
                        $f.n = !($v);
                        $f.$s = 4;
                        return "neg";
                    case 4:
                        $f.neg = -($v);
                        $f.$s = 5;
                        return "in";
                    case 5:
                        $f.inn = ($v) in { k: 1 };
                        log.push("before");
                        $f.$s = 6;
                        return "comma";
                    case 6:
                        $v;
                        log.push("after");
                        $f.seq = ("last");
                        $f.$s = 7;
                        return "inner";
                    case 7:
                        $f.$s = 8;
                        return $v;
                    case 8:
                        $f.nested = $v;
                        $f.i = 0;
                        $v = $f.i++;
                        $f.$s = 9;
                        return $v;
                    case 9:
                        $v = ++$f.i;
                        $f.$s = 10;
                        return $v;
                    case 10:
                        $v = ($f.i += 10);
                        $f.$s = 11;
                        return $v;
                    case 11: {
                        $v = [$f.t, $f.v, $f.n, $f.neg, $f.inn, $f.seq, $f.nested, $f.i];
                        $f.t = $f.v = $f.n = $f.neg = $f.inn = $f.seq = $f.nested = void 0;
                        return $v;
                    }
                }
        }
        catch ($e) {
            $f.t = $f.v = $f.n = $f.neg = $f.inn = $f.seq = $f.nested = void 0;
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
        this.t = this.v = this.n = this.neg = this.inn = this.seq = this.nested = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/unary-comma-nested-yield/input.ts", line: 6, kind: "generator", locals: [["t", "t"], ["v", "v"], ["n", "n"], ["neg", "neg"], ["inn", "inn"], ["seq", "seq"], ["nested", "nested"], ["i", "i"]], lines: [6, 7, 8, 9, 10, 11, 12, 13, 13, 15, 16, 17], handled: [] };
}, C_1 => function g() {
    return new C_1();
});
drive(g(), ["str", 1, 0, 5, "k", "C", "sent to inner", 0, 0, 0]);
print("log:", log);
