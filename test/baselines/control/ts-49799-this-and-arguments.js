import * as __pycoro from "pycoro/internal";
import { drive } from "../../_lib/py.js";
const gen = __pycoro.defineGenerator(class gen$ {
    constructor(p0, p1, p2, p3, p4) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$t = p0;
        this.$a = p1;
        this.a = p2;
        this.b = p3;
        this._more = p4;
        this.this = void 0;
        this.arrow = void 0;
        this.all = void 0;
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
                        $v = `this.name=${$f.$t.name}`;
                        $f.$s = 1;
                        return $v;
                    case 1:
                        $v = `arguments.length=${$f.$a.length}`;
                        $f.$s = 2;
                        return $v;
                    case 2:
                        $f.a = 100;
                        $v = `arguments[0]=${$f.$a[0]} a=${$f.a}`;
                        $f.$s = 3;
                        return $v;
                    case 3:
                        $f.arrow = ({ arrow: () => `${$f.$t.name}/${$f.$a.length}` }).arrow;
                        $v = __pycoro.callable($f.arrow, "arrow")();
                        $f.$s = 4;
                        return $v;
                    case 4:
                        $f.$t.name = "changed";
                        $v = __pycoro.callable($f.arrow, "arrow")();
                        $f.$s = 5;
                        return $v;
                    case 5:
                        $f.all = [];
                        for (const x of $f.$a)
                            $f.all.push(x);
                        $v = `all=${$f.all.join(",")} b=${$f.b}`;
                        $f.$s = 6;
                        return $v;
                    case 6: {
                        $f.this = $f._more = $f.arrow = $f.all = void 0;
                        return;
                    }
                }
        }
        catch ($e) {
            $f.this = $f._more = $f.arrow = $f.all = void 0;
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
        this.this = this._more = this.arrow = this.all = void 0;
    }
    static $meta = { name: "gen", qualname: "gen", file: "fixtures/control/ts-49799-this-and-arguments/input.ts", line: 11, kind: "generator", locals: [["this", "this"], ["a", "a"], ["b", "b"], ["_more", "_more"], ["arrow", "arrow"], ["all", "all"]], lines: [11, 12, 13, 15, 17, 19, 22], handled: [] };
}, C_1 => function gen(a, b, ..._more) {
    return new C_1(this, arguments, a, b, _more);
});
const obj = { name: "obj", gen };
drive(obj.gen(1));
const other = { name: "other", gen: obj.gen };
drive(obj.gen.call(other, 1, 2, 3));
