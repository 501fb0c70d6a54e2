import * as __pycoro from "pycoro/internal";
import { drive, print } from "../../_lib/py.js";
const log = [];
const raw = {};
const obj = new Proxy(raw, {
    set(t, k, v) {
        log.push(`set ${String(k)}=${String(v)}`);
        t[k] = v;
        return true;
    },
});
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.a = void 0;
        this.b = void 0;
        this.arr = void 0;
        this.$t0 = void 0;
        this.$t1 = void 0;
        this.$t2 = void 0;
        this.$t3 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $err;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0:
                        $f.$t0 = obj;
                        $f.$s = 1;
                        return "key";
                    case 1:
                        $f.$t1 = $v;
                        $f.$s = 2;
                        return "value";
                    case 2:
                        $f.$t0[$f.$t1] = $v;
                        log.push("after obj[k] = v");
                        $f.$t0 = obj;
                        $f.$s = 3;
                        return "p";
                    case 3:
                        $f.$t0.p = $v;
                        $f.a = void 0, $f.b = void 0;
                        $f.$s = 4;
                        return "chained";
                    case 4:
                        $f.a = $f.b = $v;
                        log.push(`a=${String($f.a)} b=${String($f.b)}`);
                        $f.arr = [0, 0, 0];
                        $f.$s = 5;
                        return "pair";
                    case 5:
                        $f.$t0 = $v;
                        $f.$t1 = __pycoro.destructureIter($f.$t0);
                        $s = 6;
                    case 6:
                        $f.$t2 = $f.arr;
                        $f.$s = 9;
                        return "i";
                    case 9:
                        $f.$t2[$v] = $f.$t1.next();
                        $f.$t3 = $f.arr;
                        $f.$s = 10;
                        return "j";
                    case 10:
                        $f.$t3[$v] = $f.$t1.next();
                        $f.$t1.close();
                        $s = 7;
                        continue $loop;
                    case 8:
                        $f.$t1.abort();
                        throw $err;
                    case 7:
                        $f.$t0;
                        {
                            $v = $f.arr;
                            $f.a = $f.b = $f.arr = $f.$t0 = $f.$t1 = $f.$t2 = $f.$t3 = void 0;
                            return $v;
                        }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 6:
                    case 9:
                    case 10:
                        $err = $e;
                        $s = 8;
                        continue $loop;
                }
                $f.a = $f.b = $f.arr = $f.$t0 = $f.$t1 = $f.$t2 = $f.$t3 = void 0;
                throw $e;
            }
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
        this.a = this.b = this.arr = this.$t0 = this.$t1 = this.$t2 = this.$t3 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/member-assignment-order/input.ts", line: 17, kind: "generator", locals: [["a", "a"], ["b", "b"], ["arr", "arr"]], lines: [17, 18, 18, 20, 22, 25, 25, 25, 25, 25, 25], handled: [9, 10] };
}, C_1 => function g() {
    return new C_1();
});
drive(g(), ["K", "V", "P", "C", [1, 2], 0, 2]);
print("log:", log);
print("raw:", raw);
