import * as __pycoro from "pycoro/internal";
import { drive } from "../../_lib/py.js";
const g = __pycoro.defineGenerator(class g$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.start = p0;
        this.o = void 0;
        this.r1 = void 0;
        this.r2 = void 0;
        this.r3 = void 0;
        this.r4 = void 0;
        this.r5 = void 0;
        this.$t1 = void 0;
        this.$t2 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let r6_, $t0_, $t3_;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        $f.o = $f.start;
                        $f.$t1 = $f.o;
                        if ($f.$t1 == null) {
                            $s = 1;
                            continue $loop;
                        }
                        $f.$s = 3;
                        return "key (o null: skipped)";
                    case 3:
                        $f.$t2 = $f.$t1[($v)];
                        $t0_ = $f.$t2;
                        $s = 2;
                        continue $loop;
                    case 1: $t0_ = void 0;
                    case 2:
                        $f.r1 = $t0_;
                        $f.$t1 = $f.o;
                        if ($f.$t1 == null) {
                            $s = 4;
                            continue $loop;
                        }
                        $f.$t2 = $f.$t1.m;
                        $f.$s = 6;
                        return "arg (o null: skipped)";
                    case 6:
                        $t3_ = $f.$t2.call($f.$t1, $v);
                        $t0_ = $t3_;
                        $s = 5;
                        continue $loop;
                    case 4: $t0_ = void 0;
                    case 5:
                        $f.r2 = $t0_;
                        $f.o = { k: "K", m: (v) => `m(${String(v)})`, inner: undefined };
                        $f.$t1 = $f.o;
                        if ($f.$t1 == null) {
                            $s = 7;
                            continue $loop;
                        }
                        $f.$s = 9;
                        return "key";
                    case 9:
                        $f.$t2 = $f.$t1[($v)];
                        $t0_ = $f.$t2;
                        $s = 8;
                        continue $loop;
                    case 7: $t0_ = void 0;
                    case 8:
                        $f.r3 = $t0_;
                        $f.$t1 = $f.o;
                        if ($f.$t1 == null) {
                            $s = 10;
                            continue $loop;
                        }
                        $f.$t2 = $f.$t1.m;
                        $f.$s = 12;
                        return "arg";
                    case 12:
                        $t3_ = $f.$t2.call($f.$t1, $v);
                        $t0_ = $t3_;
                        $s = 11;
                        continue $loop;
                    case 10: $t0_ = void 0;
                    case 11:
                        $f.r4 = $t0_;
                        $f.$t1 = $f.o.inner;
                        if ($f.$t1 == null) {
                            $s = 13;
                            continue $loop;
                        }
                        $f.$t2 = $f.$t1.deep;
                        $f.$s = 15;
                        return "deep arg (inner undefined: skipped)";
                    case 15:
                        $t3_ = $f.$t2.call($f.$t1, $v);
                        $t0_ = $t3_;
                        $s = 14;
                        continue $loop;
                    case 13: $t0_ = void 0;
                    case 14:
                        $f.r5 = $t0_;
                        $f.$t1 = $f.o.missing;
                        if ($f.$t1 == null) {
                            $s = 16;
                            continue $loop;
                        }
                        $f.$s = 18;
                        return "call arg (method missing: skipped)";
                    case 18:
                        $f.$t2 = $f.$t1($v);
                        $t0_ = $f.$t2;
                        $s = 17;
                        continue $loop;
                    case 16: $t0_ = void 0;
                    case 17:
                        r6_ = $t0_;
                        {
                            $v = [$f.r1, $f.r2, $f.r3, $f.r4, $f.r5, r6_];
                            $f.start = $f.o = $f.r1 = $f.r2 = $f.r3 = $f.r4 = $f.r5 = $f.$t1 = $f.$t2 = void 0;
                            return $v;
                        }
                }
        }
        catch ($e) {
            $f.start = $f.o = $f.r1 = $f.r2 = $f.r3 = $f.r4 = $f.r5 = $f.$t1 = $f.$t2 = void 0;
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
        this.start = this.o = this.r1 = this.r2 = this.r3 = this.r4 = this.r5 = this.$t1 = this.$t2 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/optional-chaining-yield/input.ts", line: 8, kind: "generator", locals: [["start", "start"], ["o", "o"], ["r1", "r1"], ["r2", "r2"], ["r3", "r3"], ["r4", "r4"], ["r5", "r5"]], lines: [8, 10, 10, 10, 11, 11, 11, 13, 13, 13, 14, 14, 14, 15, 15, 15, 16, 16, 16], handled: [] };
}, C_1 => function g(start) {
    return new C_1(start);
});
drive(g(null), ["k", "V"]);
