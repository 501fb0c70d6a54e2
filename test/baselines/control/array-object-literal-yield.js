import * as __pycoro from "pycoro/internal";
import { drive, print } from "../../_lib/py.js";
const log = [];
const a = () => (log.push("a()"), "A");
const b = () => (log.push("b()"), "B");
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.arr = void 0;
        this.$t0 = void 0;
        this.$t1 = void 0;
        this.$t2 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let obj_;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        $f.$t0 = a();
                        $f.$s = 1;
                        return "e1";
                    case 1:
                        $f.$t1 = $v;
                        $f.$s = 2;
                        return "spread";
                    case 2:
                        $f.arr = [$f.$t0, $f.$t1, ...($v), b()];
                        $f.$t0 = a();
                        $f.$s = 3;
                        return "key";
                    case 3:
                        $f.$t1 = $v;
                        $f.$s = 4;
                        return "val";
                    case 4:
                        $f.$t2 = $v;
                        $f.$s = 5;
                        return "objspread";
                    case 5:
                        obj_ = {
                            p: $f.$t0,
                            [$f.$t1]: $f.$t2,
                            ...($v),
                            q: b()
                        };
                        {
                            $v = [$f.arr, obj_];
                            $f.arr = $f.$t0 = $f.$t1 = $f.$t2 = void 0;
                            return $v;
                        }
                }
        }
        catch ($e) {
            $f.arr = $f.$t0 = $f.$t1 = $f.$t2 = void 0;
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
        this.arr = this.$t0 = this.$t1 = this.$t2 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/array-object-literal-yield/input.ts", line: 10, kind: "generator", locals: [["arr", "arr"]], lines: [10, 11, 11, 12, 12, 12], handled: [] };
}, C_1 => function g() {
    return new C_1();
});
drive(g(), ["E1", [1, 2], "k", "V", { z: 26 }]);
print("log:", log);
