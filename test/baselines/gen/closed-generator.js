import * as __pycoro from "pycoro/internal";
// GEN-07: after return, an escaping exception, or close(), the generator is GEN_CLOSED, gi_frame is
// None, and next()/send(None)/send(1) raise a bare StopIteration (the return value is not replayed).
import { getGeneratorState } from "pycoro";
import { attempt, print } from "../../_lib/py.js";
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
    }
    $step($s, $v, $m) {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0:
                    $f.$s = 1;
                    return 1;
                case 1: return "ret";
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
    static $meta = { name: "g", qualname: "g", file: "fixtures/gen/closed-generator/input.ts", line: 6, kind: "generator", locals: [], lines: [6, 7], handled: [] };
}, C_1 => C_1.$fn = function g() {
    return new C_1();
});
const it = g();
attempt("1 send(None)", () => it.send(undefined));
attempt("2 send(None)", () => it.send(undefined));
print("3 state:", getGeneratorState(it), "frame is None:", it.gi_frame == null);
print("  gi_running:", it.gi_running, "gi_suspended:", it.gi_suspended);
attempt("4 send(None) on closed", () => it.send(undefined));
attempt("5 send(1) on closed", () => it.send(1));
const r = it.next();
print("6 next() on closed: done =", r.done, "value =", r.value);
const it2 = g();
it2.send(undefined);
it2.close();
print("7 after close():", getGeneratorState(it2), "frame is None:", it2.gi_frame == null);
attempt("8 send(None) after close()", () => it2.send(undefined));
