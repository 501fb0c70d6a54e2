import * as __pycoro from "pycoro/internal";
import { drive, print } from "../../_lib/py.js";
const log = [];
const a = () => (log.push("a()"), "A");
const b = () => (log.push("b()"), "B");
function tag(strings, ...values) {
    return `tag(${JSON.stringify([...strings])}, ${values.join("|")})`;
}
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.s1 = void 0;
        this.s2 = void 0;
        this.$t0 = void 0;
        this.$t1 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let s3_;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        $f.$t0 = `${a()}`;
                        $f.$s = 1;
                        return "sub";
                    case 1:
                        $f.s1 = `${$f.$t0}-${$v}-${b()}`;
                        $f.$s = 2;
                        return "x";
                    case 2:
                        $f.$t0 = `${$v}`;
                        $f.$s = 3;
                        return "y";
                    case 3:
                        $f.s2 = `[${$f.$t0}${$v}]`;
                        $f.$t0 = tag;
                        $f.$s = 4;
                        return "t1";
                    case 4:
                        $f.$t1 = $v;
                        $f.$s = 5;
                        return "t2";
                    case 5:
                        s3_ = $f.$t0 `a${$f.$t1}b${$v}c`;
                        {
                            $v = [$f.s1, $f.s2, s3_];
                            $f.s1 = $f.s2 = $f.$t0 = $f.$t1 = void 0;
                            return $v;
                        }
                }
        }
        catch ($e) {
            $f.s1 = $f.s2 = $f.$t0 = $f.$t1 = void 0;
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
        this.s1 = this.s2 = this.$t0 = this.$t1 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/template-literal-yield/input.ts", line: 13, kind: "generator", locals: [["s1", "s1"], ["s2", "s2"]], lines: [13, 14, 15, 15, 16, 16], handled: [] };
}, C_1 => function g() {
    return new C_1();
});
drive(g(), ["S", "X", "Y", "T1", "T2"]);
print("log:", log);
