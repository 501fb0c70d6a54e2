import * as __pycoro from "pycoro/internal";
import { drive } from "../../_lib/py.js";
const obj = { a: 1, b: 2, c: 3, d: 4 };
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.k = void 0;
        this.i = void 0;
        this.$it = void 0;
        this.$t0 = void 0;
        this.$it1 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let cmd_;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0: $f.$it = __pycoro.forIn(obj);
                    case 1:
                        if (($f.$t0 = $f.$it.next()) === void 0) {
                            $s = 2;
                            continue $loop;
                        }
                        $f.k = $f.$t0;
                        $v = `${$f.k}=${obj[$f.k]}`;
                        $f.$s = 3;
                        return $v;
                    case 3:
                        cmd_ = $v;
                        if (cmd_ === "delete c")
                            delete obj.c;
                        $s = 1;
                        continue $loop;
                    case 2: $f.$it1 = __pycoro.forIn(["x", "y"]);
                    case 4:
                        if (($f.$t0 = $f.$it1.next()) === void 0) {
                            {
                                $f.k = $f.i = $f.$it = $f.$t0 = $f.$it1 = void 0;
                                return;
                            }
                        }
                        $f.i = $f.$t0;
                        $v = `index ${JSON.stringify($f.i)}`;
                        $f.$s = 6;
                        return $v;
                    case 6:
                        $s = 4;
                        continue $loop;
                }
        }
        catch ($e) {
            $f.k = $f.i = $f.$it = $f.$t0 = $f.$it1 = void 0;
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
        this.k = this.i = this.$it = this.$t0 = this.$it1 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/for-in-yield/input.ts", line: 7, kind: "generator", locals: [["k", "k"], ["i", "i"]], lines: [7, 8, 10, 9, 12, 12, 12], handled: [] };
}, C_1 => function g() {
    return new C_1();
});
drive(g(), ["", "delete c", ""]);
