import * as __pycoro from "pycoro/internal";
import { drive } from "../../_lib/py.js";
const g = __pycoro.defineGenerator(class g$ {
    constructor(p0, p1, p2, p3, p4, p5) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.a = p0;
        this.b = p1;
        this.c = p2;
        this.d = p3;
        this.e = p4;
        this.f1 = p5;
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
                        $f.$s = 1;
                        return $f.a;
                    case 1:
                        $f.$s = 2;
                        return $f.b;
                    case 2:
                        $v = $f.c + $f.d;
                        $f.$s = 3;
                        return $v;
                    case 3:
                        $f.$s = 4;
                        return $f.e;
                    case 4:
                        $f.$s = 5;
                        return $f.f1;
                    case 5: {
                        $v = $f.a + $f.b + $f.c + $f.d + $f.e + $f.f1;
                        $f.a = $f.b = $f.c = $f.d = $f.e = $f.f1 = void 0;
                        return $v;
                    }
                }
        }
        catch ($e) {
            $f.a = $f.b = $f.c = $f.d = $f.e = $f.f1 = void 0;
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
        this.a = this.b = this.c = this.d = this.e = this.f1 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/ts-24824-destructured-param/input.ts", line: 6, kind: "generator", locals: [["a", "a"], ["b", "b"], ["c", "c"], ["d", "d"], ["e", "e"], ["f1", "f1"]], lines: [6, 11, 12, 13, 14, 15], handled: [] };
}, C_1 => function g({ a, b }, [c, d], { e = 5, f: [f1] = [6] } = {}) {
    return new C_1(a, b, c, d, e, f1);
});
drive(g({ a: 1, b: 2 }, [3, 4]));
drive(g({ a: 10, b: 20 }, [30, 40], { e: 50, f: [60] }));
