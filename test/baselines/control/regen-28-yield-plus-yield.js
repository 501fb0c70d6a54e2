import * as __pycoro from "pycoro/internal";
import { drive } from "../../_lib/py.js";
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.a = void 0;
        this.b = void 0;
        this.$t0 = void 0;
        this.$t1 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let c_;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        $f.$s = 1;
                        return "left";
                    case 1:
                        $f.$t0 = ($v);
                        $f.$s = 2;
                        return "right";
                    case 2:
                        $f.a = $f.$t0 + ($v);
                        $f.$s = 3;
                        return "x";
                    case 3:
                        $f.$t0 = ($v);
                        $f.$s = 4;
                        return "y";
                    case 4:
                        $f.$t1 = $f.$t0 * ($v);
                        $f.$s = 5;
                        return "z";
                    case 5:
                        $f.b = $f.$t1 - ($v);
                        $f.$s = 6;
                        return "p";
                    case 6:
                        $f.$t0 = ($v) ** 2;
                        $f.$s = 7;
                        return "q";
                    case 7:
                        c_ = $f.$t0 % ($v);
                        {
                            $v = [$f.a, $f.b, c_];
                            $f.a = $f.b = $f.$t0 = $f.$t1 = void 0;
                            return $v;
                        }
                }
        }
        catch ($e) {
            $f.a = $f.b = $f.$t0 = $f.$t1 = void 0;
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
        this.a = this.b = this.$t0 = this.$t1 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/regen-28-yield-plus-yield/input.ts", line: 6, kind: "generator", locals: [["a", "a"], ["b", "b"]], lines: [6, 7, 7, 8, 8, 8, 9, 9], handled: [] };
}, C_1 => function g() {
    return new C_1();
});
drive(g(), [1, 2, 3, 4, 5, 7, 10]);
