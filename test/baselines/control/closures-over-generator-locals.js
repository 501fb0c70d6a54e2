import * as __pycoro from "pycoro/internal";
import { print } from "../../_lib/py.js";
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.val = void 0;
        this.inner = void 0;
        this.count = void 0;
        this.incr = void 0;
        this.hoisted = void 0;
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
                        $f.val = __pycoro.TDZ;
                        $f.count = __pycoro.TDZ;
                        $f.hoisted = function hoisted() {
                            return `hoisted sees val=${__pycoro.tdz($f, "val", "val").val} count=${__pycoro.tdz($f, "count", "count").count}`;
                        };
                        $f.val = 1;
                        $f.inner = ({ inner: () => {
                                $f.val += 1;
                            } }).inner;
                        $v = `val=${$f.val}`;
                        $f.$s = 1;
                        return $v;
                    case 1:
                        __pycoro.callable($f.inner, "inner")();
                        $v = `val=${$f.val}`;
                        $f.$s = 2;
                        return $v;
                    case 2:
                        $f.count = 0;
                        $f.incr = ({ incr: () => ++$f.count }).incr;
                        $f.$s = 3;
                        return $f.incr;
                    case 3:
                        $v = `count=${$f.count}`;
                        $f.$s = 4;
                        return $v;
                    case 4:
                        $v = __pycoro.callable($f.hoisted, "hoisted")();
                        $f.$s = 5;
                        return $v;
                    case 5:
                        $f.val = 99;
                        $v = __pycoro.callable($f.hoisted, "hoisted")();
                        $f.$s = 6;
                        return $v;
                    case 6: {
                        $f.inner = $f.incr = $f.hoisted = void 0;
                        return "end";
                    }
                }
        }
        catch ($e) {
            $f.inner = $f.incr = $f.hoisted = void 0;
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
        this.inner = this.incr = this.hoisted = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/closures-over-generator-locals/input.ts", line: 7, kind: "generator", locals: [["val", "val"], ["inner", "inner"], ["count", "count"], ["incr", "incr"], ["hoisted", "hoisted"]], lines: [7, 12, 14, 17, 18, 19, 21], handled: [] };
}, C_1 => function g() {
    return new C_1();
});
const it = g();
print(it.next().value);
print(it.next().value);
const incr = it.next().value;
print("consumer calls incr():", incr(), incr());
print(it.next().value);
print(it.next().value);
print(it.next().value);
const r = it.next();
print("returned", r.value, r.done);
