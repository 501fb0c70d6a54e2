import * as __pycoro from "pycoro/internal";
import { drive, print } from "../../_lib/py.js";
const log = [];
const raw = { t: "truthy", f: 0, n: null };
const o = new Proxy(raw, {
    get(t, k) {
        log.push(`get ${String(k)}`);
        return t[k];
    },
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
        this.x = void 0;
        this.y = void 0;
        this.z = void 0;
        this.$t0 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $t1_;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        $f.x = 0;
                        $f.$t0 = $f.x;
                        if ($f.$t0) {
                            $s = 1;
                            continue $loop;
                        }
                        $f.$s = 2;
                        return "x ||= (x falsy)";
                    case 2:
                        $f.$t0 = $v;
                        $f.x = $f.$t0;
                    case 1:
                        $f.$t0;
                        $f.$t0 = $f.x;
                        if ($f.$t0) {
                            $s = 3;
                            continue $loop;
                        }
                        $f.$s = 4;
                        return "never: x truthy now";
                    case 4:
                        $f.$t0 = $v;
                        $f.x = $f.$t0;
                    case 3:
                        $f.$t0;
                        $f.y = "y";
                        $f.$t0 = $f.y;
                        if (!$f.$t0) {
                            $s = 5;
                            continue $loop;
                        }
                        $f.$s = 6;
                        return "y &&= (y truthy)";
                    case 6:
                        $f.$t0 = $v;
                        $f.y = $f.$t0;
                    case 5:
                        $f.$t0;
                        $f.z = undefined;
                        $f.$t0 = $f.z;
                        if ($f.$t0 != null) {
                            $s = 7;
                            continue $loop;
                        }
                        $f.$s = 8;
                        return "z ??= (z undefined)";
                    case 8:
                        $f.$t0 = $v;
                        $f.z = $f.$t0;
                    case 7:
                        $f.$t0;
                        $f.$t0 = $f.z;
                        if ($f.$t0 != null) {
                            $s = 9;
                            continue $loop;
                        }
                        $f.$s = 10;
                        return "never: z set";
                    case 10:
                        $f.$t0 = $v;
                        $f.z = $f.$t0;
                    case 9:
                        $f.$t0;
                        $f.$t0 = o;
                        $t1_ = $f.$t0.t;
                        if ($t1_) {
                            $s = 11;
                            continue $loop;
                        }
                        $f.$s = 12;
                        return "never: o.t truthy";
                    case 12:
                        $t1_ = $v;
                        $f.$t0.t = $t1_;
                    case 11:
                        $t1_;
                        $f.$t0 = o;
                        $t1_ = $f.$t0.f;
                        if ($t1_) {
                            $s = 13;
                            continue $loop;
                        }
                        $f.$s = 14;
                        return "o.f ||= (falsy)";
                    case 14:
                        $t1_ = $v;
                        $f.$t0.f = $t1_;
                    case 13:
                        $t1_;
                        $f.$t0 = o;
                        $t1_ = $f.$t0.t;
                        if (!$t1_) {
                            $s = 15;
                            continue $loop;
                        }
                        $f.$s = 16;
                        return "o.t &&= (truthy)";
                    case 16:
                        $t1_ = $v;
                        $f.$t0.t = $t1_;
                    case 15:
                        $t1_;
                        $f.$t0 = o;
                        $t1_ = $f.$t0.n;
                        if ($t1_ != null) {
                            $s = 17;
                            continue $loop;
                        }
                        $f.$s = 18;
                        return "o.n ??= (null)";
                    case 18:
                        $t1_ = $v;
                        $f.$t0.n = $t1_;
                    case 17:
                        $t1_;
                        $f.$t0 = o;
                        $t1_ = $f.$t0.n;
                        if ($t1_ != null) {
                            $s = 19;
                            continue $loop;
                        }
                        $f.$s = 20;
                        return "never: o.n set";
                    case 20:
                        $t1_ = $v;
                        $f.$t0.n = $t1_;
                    case 19:
                        $t1_;
                        {
                            $v = [$f.x, $f.y, $f.z];
                            $f.x = $f.y = $f.z = $f.$t0 = void 0;
                            return $v;
                        }
                }
        }
        catch ($e) {
            $f.x = $f.y = $f.z = $f.$t0 = void 0;
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
        this.x = this.y = this.z = this.$t0 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/logical-assignment-yield/input.ts", line: 20, kind: "generator", locals: [["x", "x"], ["y", "y"], ["z", "z"]], lines: [20, 22, 22, 23, 23, 25, 25, 27, 27, 28, 28, 29, 29, 30, 30, 31, 31, 32, 32, 33, 33], handled: [] };
}, C_1 => function g() {
    return new C_1();
});
drive(g(), ["X", "Y", "Z", "F", "T", "N"]);
print("log:", log);
print("raw:", raw);
