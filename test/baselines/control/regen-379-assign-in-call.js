import * as __pycoro from "pycoro/internal";
import { print } from "../../_lib/py.js";
function make(name) {
    return {
        name,
        method(x) {
            return `${this.name}.method(${x?.name}) same=${x === this}`;
        },
    };
}
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.ref = void 0;
        this.r1 = void 0;
        this.n = void 0;
        this.$t0 = void 0;
        this.$t1 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let r2_;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        $f.ref = make("old");
                        $f.$s = 1;
                        return "obj";
                    case 1:
                        $f.r1 = ($f.ref = $v).method($f.ref);
                        print("  r1 =", $f.r1);
                        $f.n = 0;
                        $f.$t0 = $f.n;
                        $f.$t1 = ($f.n = 5);
                        $f.$s = 2;
                        return "mid";
                    case 2:
                        r2_ = [$f.$t0, $f.$t1, ($v) && $f.n, ($f.n = 7)];
                        print("  r2 =", r2_);
                        {
                            $f.ref = $f.r1 = $f.$t0 = $f.$t1 = void 0;
                            return;
                        }
                }
        }
        catch ($e) {
            $f.ref = $f.r1 = $f.$t0 = $f.$t1 = void 0;
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
        this.ref = this.r1 = this.$t0 = this.$t1 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/regen-379-assign-in-call/input.ts", line: 16, kind: "generator", locals: [["ref", "ref"], ["r1", "r1"], ["n", "n"]], lines: [16, 18, 21], handled: [] };
}, C_1 => function g() {
    return new C_1();
});
const it = g();
print(it.next().value);
print(it.next(make("new")).value);
print("done:", it.next(make("x")).done);
