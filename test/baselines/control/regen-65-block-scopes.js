import * as __pycoro from "pycoro/internal";
import { drive, repr } from "../../_lib/py.js";
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.x = void 0;
        this.k = void 0;
        this.v = void 0;
        this.x_1 = void 0;
        this.x_2 = void 0;
        this.x_3 = void 0;
        this.x_4 = void 0;
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
                        $v = `v before assignment: ${repr($f.v)}`;
                        $f.$s = 1;
                        return $v;
                    case 1:
                        $f.x = "outer";
                        $f.x_1 = "block";
                        $f.$s = 2;
                        return $f.x_1;
                    case 2:
                        $f.x_2 = "nested";
                        $f.$s = 3;
                        return $f.x_2;
                    case 3:
                        $f.$s = 4;
                        return $f.x_1;
                    case 4:
                        $f.x_1 = "block changed";
                        $f.$s = 5;
                        return $f.x_1;
                    case 5:
                        $f.$s = 6;
                        return $f.x;
                    case 6: $f.x_3 = 0;
                    case 7:
                        if (!($f.x_3 < 2)) {
                            $s = 9;
                            continue $loop;
                        }
                        $v = `loop x=${$f.x_3}`;
                        $f.$s = 10;
                        return $v;
                    case 10:
                        $f.x_3++;
                        $s = 7;
                        continue $loop;
                    case 9:
                        $f.$s = 11;
                        return $f.x;
                    case 11:
                        for ($f.k = 0; $f.k < 2; $f.k++) {
                            $f.v = `set in loop ${$f.k}`;
                        }
                        $v = `after loop k=${$f.k} v=${$f.v}`;
                        $f.$s = 12;
                        return $v;
                    case 12:
                        if (!($f.x)) {
                            $s = 13;
                            continue $loop;
                        }
                        $f.x_4 = "if-block";
                        $f.$s = 14;
                        return $f.x_4;
                    case 13:
                    case 14:
                        $f.$s = 15;
                        return $f.x;
                    case 15: {
                        $f.x = $f.v = $f.x_1 = $f.x_2 = $f.x_4 = void 0;
                        return;
                    }
                }
        }
        catch ($e) {
            $f.x = $f.v = $f.x_1 = $f.x_2 = $f.x_4 = void 0;
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
        this.x = this.v = this.x_1 = this.x_2 = this.x_4 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/regen-65-block-scopes/input.ts", line: 7, kind: "generator", locals: [["x", "x"], ["k", "k"], ["v", "v"], ["x_1", "x"], ["x_2", "x"], ["x_3", "x"], ["x_4", "x"]], lines: [7, 8, 12, 15, 17, 19, 21, 22, 22, 22, 22, 23, 27, 30, 30, 32], handled: [] };
}, C_1 => function g() {
    return new C_1();
});
drive(g());
