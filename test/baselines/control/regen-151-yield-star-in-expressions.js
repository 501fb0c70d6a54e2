import * as __pycoro from "pycoro/internal";
import { drive } from "../../_lib/py.js";
const sub = __pycoro.defineGenerator(class sub$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.tag = p0;
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
                        $v = `${$f.tag}1`;
                        $f.$s = 1;
                        return $v;
                    case 1:
                        $v = `${$f.tag}2`;
                        $f.$s = 2;
                        return $v;
                    case 2: {
                        $v = $f.tag.length;
                        $f.tag = void 0;
                        return $v;
                    }
                }
        }
        catch ($e) {
            $f.tag = void 0;
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
        this.tag = void 0;
    }
    static $meta = { name: "sub", qualname: "sub", file: "fixtures/control/regen-151-yield-star-in-expressions/input.ts", line: 6, kind: "generator", locals: [["tag", "tag"]], lines: [6, 7, 8], handled: [] };
}, C_1 => function sub(tag) {
    return new C_1(tag);
});
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.a = void 0;
        this.b = void 0;
        this.c = void 0;
        this.d = void 0;
        this.e = void 0;
        this.$t0 = void 0;
        this.$t1 = void 0;
        this.$t2 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let f_;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0: return __pycoro.yieldFrom($f, sub("a"), 1);
                    case 1:
                        $f.a = 1 + ($v);
                        $f.$t0 = Math;
                        $f.$t1 = $f.$t0.max;
                        return __pycoro.yieldFrom($f, sub("bb"), 2);
                    case 2:
                        $f.$t2 = $v;
                        return __pycoro.yieldFrom($f, sub("ccc"), 3);
                    case 3:
                        $f.b = __pycoro.callable($f.$t1, "Math.max").call($f.$t0, $f.$t2, $v);
                        return __pycoro.yieldFrom($f, sub("d"), 4);
                    case 4:
                        $f.$t0 = $v;
                        return __pycoro.yieldFrom($f, sub("ee"), 5);
                    case 5:
                        $f.c = [$f.$t0, $v];
                        return __pycoro.yieldFrom($f, sub("fff"), 6);
                    case 6:
                        $f.d = `${$v}!`;
                        return __pycoro.yieldFrom($f, sub("g"), 9);
                    case 9:
                        if (!(($v) > 0)) {
                            $s = 7;
                            continue $loop;
                        }
                        return __pycoro.yieldFrom($f, sub("hh"), 10);
                    case 10:
                        $f.$t0 = $v;
                        $s = 8;
                        continue $loop;
                    case 7: $f.$t0 = -1;
                    case 8:
                        $f.e = $f.$t0;
                        return __pycoro.yieldFrom($f, sub(""), 12);
                    case 12:
                        $f.$t0 = ($v);
                        if ($f.$t0) {
                            $s = 11;
                            continue $loop;
                        }
                        return __pycoro.yieldFrom($f, sub("iiii"), 13);
                    case 13: $f.$t0 = ($v);
                    case 11:
                        f_ = $f.$t0;
                        {
                            $v = [$f.a, $f.b, $f.c, $f.d, $f.e, f_];
                            $f.a = $f.b = $f.c = $f.d = $f.e = $f.$t0 = $f.$t1 = $f.$t2 = void 0;
                            return $v;
                        }
                }
        }
        catch ($e) {
            $f.a = $f.b = $f.c = $f.d = $f.e = $f.$t0 = $f.$t1 = $f.$t2 = void 0;
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
        this.a = this.b = this.c = this.d = this.e = this.$t0 = this.$t1 = this.$t2 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/regen-151-yield-star-in-expressions/input.ts", line: 12, kind: "generator", locals: [["a", "a"], ["b", "b"], ["c", "c"], ["d", "d"], ["e", "e"]], lines: [12, 13, 14, 14, 15, 15, 16, 17, 17, 17, 17, 18, 18, 18], handled: [] };
}, C_2 => function g() {
    return new C_2();
});
drive(g());
