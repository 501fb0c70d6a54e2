import * as __pycoro from "pycoro/internal";
// GEN-02: send(v) with v not None on a just-started generator raises TypeError and leaves it
// GEN_CREATED (it can still be started). null counts as None for this rule (SURFACE §2).
import { getGeneratorState } from "pycoro";
import { attempt, print, repr } from "../../_lib/py.js";
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
    }
    $step($s, $v, $m) {
        const $f = this;
        let x_;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0:
                    print("  body: started");
                    $f.$s = 1;
                    return "first";
                case 1:
                    x_ = $v;
                    print("  body: got", repr(x_));
                    return;
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
    static $meta = { name: "g", qualname: "g", file: "fixtures/gen/priming-send-non-none/input.ts", line: 6, kind: "generator", locals: [], lines: [6, 8], handled: [] };
}, C_1 => C_1.$fn = function g() {
    return new C_1();
});
const it = g();
attempt("1 send('x') to just-started", () => it.send("x"));
print("2 state after failed send:", getGeneratorState(it));
attempt("3 send(0) to just-started", () => it.send(0));
attempt("4 send(None) starts it", () => it.send(undefined));
print("5 state:", getGeneratorState(it));
attempt("6 send('y')", () => it.send("y"));
const it2 = g();
attempt("7 send(null) to just-started (null is None)", () => it2.send(null));
const it3 = g();
attempt("8 next() on just-started", () => it3.next().value);
attempt("9 send(False) to just-started", () => g().send(false));
