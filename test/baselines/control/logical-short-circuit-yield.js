import * as __pycoro from "pycoro/internal";
import { drive, print } from "../../_lib/py.js";
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.t1 = void 0;
        this.t2 = void 0;
        this.t3 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let t4_, $t0_;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        $f.$s = 2;
                        return "a?";
                    case 2:
                        $t0_ = ($v);
                        if (!$t0_) {
                            $s = 1;
                            continue $loop;
                        }
                        $f.$s = 3;
                        return "b (a was truthy)";
                    case 3: $t0_ = ($v);
                    case 1:
                        $f.t1 = $t0_;
                        $f.$s = 5;
                        return "c?";
                    case 5:
                        $t0_ = ($v);
                        if ($t0_) {
                            $s = 4;
                            continue $loop;
                        }
                        $f.$s = 6;
                        return "d (c was falsy)";
                    case 6: $t0_ = ($v);
                    case 4:
                        $f.t2 = $t0_;
                        $f.$s = 8;
                        return "e?";
                    case 8:
                        $t0_ = ($v);
                        if ($t0_ != null) {
                            $s = 7;
                            continue $loop;
                        }
                        $f.$s = 9;
                        return "f (e was nullish)";
                    case 9: $t0_ = ($v);
                    case 7:
                        $f.t3 = $t0_;
                        $f.$s = 12;
                        return "cond?";
                    case 12:
                        if (!(($v))) {
                            $s = 10;
                            continue $loop;
                        }
                        $f.$s = 13;
                        return "then";
                    case 13:
                        $t0_ = $v;
                        $s = 11;
                        continue $loop;
                    case 10:
                        $f.$s = 14;
                        return "else";
                    case 14: $t0_ = $v;
                    case 11:
                        t4_ = $t0_;
                        {
                            $v = [$f.t1, $f.t2, $f.t3, t4_];
                            $f.t1 = $f.t2 = $f.t3 = void 0;
                            return $v;
                        }
                }
        }
        catch ($e) {
            $f.t1 = $f.t2 = $f.t3 = void 0;
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
        this.t1 = this.t2 = this.t3 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/logical-short-circuit-yield/input.ts", line: 6, kind: "generator", locals: [["t1", "t1"], ["t2", "t2"], ["t3", "t3"]], lines: [6, 7, 7, 7, 8, 8, 8, 9, 9, 9, 10, 10, 10, 10, 10], handled: [] };
}, C_1 => function g() {
    return new C_1();
});
print("run 1");
drive(g(), [1, "B", 0, "D", undefined, "F", true, "T"]);
print("run 2");
drive(g(), [0, "", 0, null, "E", false, "X"]);
print("run 3");
drive(g(), ["x", 0, "c", 5, "", "Y"]);
