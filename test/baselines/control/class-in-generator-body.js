import * as __pycoro from "pycoro/internal";
import { drive } from "../../_lib/py.js";
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.created = void 0;
        this.scale = void 0;
        this.Point = void 0;
        this.p = void 0;
        this.Klass = void 0;
        this.k = void 0;
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
                        $f.created = 0;
                        $f.scale = 1;
                        $f.Point = class Point {
                            x;
                            y;
                            constructor(x, y) {
                                this.x = x;
                                this.y = y;
                                $f.created++;
                            }
                            sum() {
                                return (this.x + this.y) * $f.scale;
                            }
                        };
                        $f.p = new (__pycoro.constructible($f.Point, "Point"))(1, 2);
                        $v = $f.p.sum();
                        $f.$s = 1;
                        return $v;
                    case 1:
                        $f.scale = 10;
                        $v = $f.p.sum();
                        $f.$s = 2;
                        return $v;
                    case 2:
                        $f.Klass = class Klass extends $f.Point {
                            sum() {
                                return super.sum() + 1000;
                            }
                        };
                        $f.k = new (__pycoro.constructible($f.Klass, "Klass"))(3, 4);
                        $v = $f.k.sum();
                        $f.$s = 3;
                        return $v;
                    case 3:
                        $f.$s = 4;
                        return $f.created;
                    case 4: {
                        $v = [$f.p instanceof $f.Point, $f.k instanceof $f.Point, Object.getPrototypeOf($f.Klass) === $f.Point];
                        $f.p = $f.Klass = $f.k = void 0;
                        return $v;
                    }
                }
        }
        catch ($e) {
            $f.p = $f.Klass = $f.k = void 0;
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
        this.p = this.Klass = this.k = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/class-in-generator-body/input.ts", line: 6, kind: "generator", locals: [["created", "created"], ["scale", "scale"], ["Point", "Point"], ["p", "p"], ["Klass", "Klass"], ["k", "k"]], lines: [6, 21, 23, 30, 31], handled: [] };
}, C_1 => function g() {
    return new C_1();
});
drive(g());
