import * as __pycoro from "pycoro/internal";
// GEN-01: a new generator is GEN_CREATED, neither running nor suspended, has a frame, is its own
// iterator, and its body has not started.
import { getGeneratorState } from "pycoro";
import { print } from "../../_lib/py.js";
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
                    print("body started");
                    $f.$s = 1;
                    return 1;
                case 1: return;
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
    static $meta = { name: "g", qualname: "g", file: "fixtures/gen/created-state/input.ts", line: 6, kind: "generator", locals: [], lines: [6, 8], handled: [] };
}, C_1 => C_1.$fn = function g() {
    return new C_1();
});
const it = g();
print("state:", getGeneratorState(it));
print("gi_running:", it.gi_running, "gi_suspended:", it.gi_suspended);
print("frame is None:", it.gi_frame == null);
print("iter(it) is it:", it[Symbol.iterator]() === it);
print("__name__:", it.__name__, "__qualname__:", it.__qualname__);
print("first value:", it.send(undefined));
print("state:", getGeneratorState(it), "gi_suspended:", it.gi_suspended);
