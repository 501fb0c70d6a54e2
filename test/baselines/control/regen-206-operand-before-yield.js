import * as __pycoro from "pycoro/internal";
import { print } from "../../_lib/py.js";
const obj = { a: 1 };
let calls = 0;
function f() {
    calls++;
    return 100;
}
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.r1 = void 0;
        this.y = void 0;
        this.bump = void 0;
        this.r2 = void 0;
        this.r3 = void 0;
        this.$t0 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let r4_;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        $f.$t0 = obj.a;
                        $f.$s = 1;
                        return "r1";
                    case 1:
                        $f.r1 = $f.$t0 + ($v);
                        print("  r1 =", $f.r1);
                        $f.y = 1;
                        $f.bump = ({ bump: () => {
                                $f.y = 1000;
                            } }).bump;
                        $f.$t0 = $f.y;
                        $f.$s = 2;
                        return $f.bump;
                    case 2:
                        $f.r2 = $f.$t0 + ($v);
                        print("  r2 =", $f.r2, "y is now", $f.y);
                        $f.$t0 = f();
                        $f.$s = 3;
                        return "r3";
                    case 3:
                        $f.r3 = $f.$t0 + ($v);
                        print("  r3 =", $f.r3, "calls =", calls);
                        $f.$t0 = [$f.y, obj.a].join(",");
                        $f.$s = 4;
                        return "r4";
                    case 4:
                        r4_ = $f.$t0 + ($v);
                        print("  r4 =", r4_);
                        {
                            $f.r1 = $f.bump = $f.r2 = $f.r3 = $f.$t0 = void 0;
                            return;
                        }
                }
        }
        catch ($e) {
            $f.r1 = $f.bump = $f.r2 = $f.r3 = $f.$t0 = void 0;
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
        this.r1 = this.bump = this.r2 = this.r3 = this.$t0 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/regen-206-operand-before-yield/input.ts", line: 14, kind: "generator", locals: [["r1", "r1"], ["y", "y"], ["bump", "bump"], ["r2", "r2"], ["r3", "r3"]], lines: [14, 15, 21, 23, 25], handled: [] };
}, C_1 => function g() {
    return new C_1();
});
const it = g();
print("yielded", it.next().value);
obj.a = 1000;
const bump = it.next(5).value;
print("yielded a closure; calling it while suspended");
bump();
print("yielded", it.next(7).value);
print("yielded", it.next(9).value);
obj.a = -1;
print("done:", it.next(11).done);
