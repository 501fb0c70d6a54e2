import * as __pycoro from "pycoro/internal";
import { list, print, tuple } from "../../_lib/py.js";
class Ret {
    n = 0;
    [Symbol.iterator]() {
        return this;
    }
    next() {
        this.n += 1;
        if (this.n > 2)
            return { done: true, value: "custom-ret" };
        return { done: false, value: this.n };
    }
}
const results = [];
const deleg = __pycoro.defineGenerator(class deleg$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.r = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let again_;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0: return __pycoro.yieldFrom($f, new Ret(), 1);
                    case 1:
                        $f.r = $v;
                        results.push($f.r);
                        return __pycoro.yieldFrom($f, { [Symbol.iterator]: () => new Ret() }, 2);
                    case 2:
                        again_ = $v;
                        results.push(again_);
                        {
                            $f.r = void 0;
                            return;
                        }
                }
        }
        catch ($e) {
            $f.r = void 0;
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
        this.r = void 0;
    }
    static $meta = { name: "deleg", qualname: "deleg", file: "fixtures/yf/foreign-iterator-return-value/input.ts", line: 19, kind: "generator", locals: [["r", "r"]], lines: [19, 20, 22], handled: [] };
}, C_1 => C_1.$fn = function deleg() {
    return new C_1();
});
print("1 yielded:", list(deleg()), "| results:", tuple(...results));
