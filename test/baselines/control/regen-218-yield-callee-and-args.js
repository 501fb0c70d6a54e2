import * as __pycoro from "pycoro/internal";
import { print } from "../../_lib/py.js";
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.r1 = void 0;
        this.obj = void 0;
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
                        $f.$s = 1;
                        return "callee";
                    case 1:
                        $f.$t0 = $v;
                        $f.$s = 2;
                        return "arg1";
                    case 2:
                        $f.$t1 = $v;
                        $f.$s = 3;
                        return "arg2";
                    case 3:
                        $f.r1 = __pycoro.callable($f.$t0, "(intermediate value)")($f.$t1, $v);
                        print("  r1 =", $f.r1);
                        $f.obj = {
                            k: 7,
                            m(v) {
                                return this.k + v;
                            },
                        };
                        $f.$t0 = $f.obj;
                        $f.$s = 4;
                        return "method name";
                    case 4:
                        $f.$t1 = $f.$t0[($v)];
                        $f.$s = 5;
                        return "arg";
                    case 5:
                        r2_ = __pycoro.callable($f.$t1, "obj[(yield \"method name\") as \"m\"]").call($f.$t0, $v);
                        print("  r2 =", r2_);
                        {
                            $f.r1 = $f.obj = $f.$t0 = $f.$t1 = void 0;
                            return "done";
                        }
                }
        }
        catch ($e) {
            $f.r1 = $f.obj = $f.$t0 = $f.$t1 = void 0;
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
        this.r1 = this.obj = this.$t0 = this.$t1 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/regen-218-yield-callee-and-args/input.ts", line: 6, kind: "generator", locals: [["r1", "r1"], ["obj", "obj"]], lines: [6, 7, 7, 7, 15, 15], handled: [] };
}, C_1 => function g() {
    return new C_1();
});
const it = g();
print(it.next().value);
print(it.next((a, b) => `${a}+${b}`).value);
print(it.next("A").value);
print(it.next("B").value);
print(it.next("m").value);
const last = it.next(5);
print("returned", last.value, last.done);
