import * as __pycoro from "pycoro/internal";
import { print } from "../../_lib/py.js";
const log = [];
const raw = { p: 1, q: 10 };
const obj = new Proxy(raw, {
    get(t, k) {
        log.push(`get ${String(k)}`);
        return t[k];
    },
    set(t, k, v) {
        log.push(`set ${String(k)}=${v}`);
        t[k] = v;
        return true;
    },
});
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.x = void 0;
        this.setX = void 0;
        this.s = void 0;
        this.$t0 = void 0;
        this.$t1 = void 0;
        this.$t2 = void 0;
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
                        $f.x = 1;
                        $f.setX = ({ setX: (v) => {
                                $f.x = v;
                            } }).setX;
                        $f.$t0 = $f.x;
                        $f.$s = 1;
                        return $f.setX;
                    case 1:
                        $f.x = $f.$t0 + $v;
                        print("  x =", $f.x);
                        $f.$t0 = obj;
                        $f.$t1 = $f.$t0.p;
                        $f.$s = 2;
                        return "p+=";
                    case 2:
                        $f.$t0.p = $f.$t1 + $v;
                        print("  p =", raw.p);
                        $f.$t0 = obj;
                        $f.$s = 3;
                        return "key";
                    case 3:
                        $f.$t1 = $v;
                        $f.$t2 = $f.$t0[$f.$t1];
                        $f.$s = 4;
                        return "val";
                    case 4:
                        $f.$t0[$f.$t1] = $f.$t2 + $v;
                        print("  q =", raw.q);
                        $f.s = "s";
                        $f.$t0 = $f.s;
                        $f.$s = 5;
                        return "s+=";
                    case 5:
                        $f.$t1 = ($v);
                        $f.$s = 6;
                        return "s+= again";
                    case 6:
                        $f.s = $f.$t0 + ($f.$t1 + ($v));
                        print("  s =", $f.s);
                        $f.$t0 = $f.x;
                        $f.$s = 7;
                        return "x*=";
                    case 7:
                        $f.x = $f.$t0 * ($v);
                        {
                            $v = $f.x;
                            $f.setX = $f.s = $f.$t0 = $f.$t1 = $f.$t2 = void 0;
                            return $v;
                        }
                }
        }
        catch ($e) {
            $f.setX = $f.s = $f.$t0 = $f.$t1 = $f.$t2 = void 0;
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
        this.setX = this.s = this.$t0 = this.$t1 = this.$t2 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/regen-345-compound-assign-yield/input.ts", line: 20, kind: "generator", locals: [["x", "x"], ["setX", "setX"], ["s", "s"]], lines: [20, 25, 27, 29, 29, 32, 32, 34], handled: [] };
}, C_1 => function g() {
    return new C_1();
});
function flush(label) {
    print(label, log);
    log.length = 0;
}
const it = g();
const setX = it.next().value;
setX(1000);
print("changed x to 1000 while suspended");
print("yielded", it.next(5).value);
raw.p = 500;
print("changed raw.p to 500 while suspended");
print("yielded", it.next(2).value);
flush("  trace:");
print("yielded", it.next("q").value);
flush("  trace:");
raw.q = 7000;
print("yielded", it.next(3).value);
flush("  trace:");
print("yielded", it.next("a").value);
print("yielded", it.next("b").value);
const r = it.next(4);
print("returned", r.value, r.done);
