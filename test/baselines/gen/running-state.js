import * as __pycoro from "pycoro/internal";
// GEN-04: inside its own body a generator is GEN_RUNNING (gi_running true); between resumptions it is
// GEN_SUSPENDED (gi_suspended true).
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
                    print("  body:", getGeneratorState(it), "gi_running =", it.gi_running, "gi_suspended =", it.gi_suspended);
                    $f.$s = 1;
                    return 1;
                case 1:
                    print("  body:", getGeneratorState(it), "gi_running =", it.gi_running, "gi_suspended =", it.gi_suspended);
                    $f.$s = 2;
                    return 2;
                case 2: return;
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
    static $meta = { name: "g", qualname: "g", file: "fixtures/gen/running-state/input.ts", line: 6, kind: "generator", locals: [], lines: [6, 8, 10], handled: [] };
}, C_1 => C_1.$fn = function g() {
    return new C_1();
});
const it = g();
print("1", getGeneratorState(it), it.gi_running, it.gi_suspended);
attempt("2 first send", () => it.send(undefined));
print("3", getGeneratorState(it), it.gi_running, it.gi_suspended);
attempt("4 second send", () => it.send(undefined));
print("5", getGeneratorState(it), it.gi_running, it.gi_suspended);
attempt("6 third send", () => it.send(undefined));
print("7", getGeneratorState(it), it.gi_running, it.gi_suspended);
// The generator is still running while it evaluates the operand of a yield (it suspends only after).
const inOperand = __pycoro.defineGenerator(class inOperand$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.x = void 0;
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
                        $v = `operand sees ${getGeneratorState(it2)} gi_running=${String(it2.gi_running)}`;
                        $f.$s = 1;
                        return $v;
                    case 1:
                        $v = `second operand sees ${getGeneratorState(it2)}`;
                        $f.$s = 2;
                        return $v;
                    case 2:
                        $f.x = $v;
                        return __pycoro.yieldFrom($f, [`delegation operand sees ${getGeneratorState(it2)} after ${String($f.x)}`], 3);
                    case 3: {
                        $f.x = void 0;
                        return;
                    }
                }
        }
        catch ($e) {
            $f.x = void 0;
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
        this.x = void 0;
    }
    static $meta = { name: "inOperand", qualname: "inOperand", file: "fixtures/gen/running-state/input.ts", line: 22, kind: "generator", locals: [["x", "x"]], lines: [22, 23, 24, 25], handled: [] };
}, C_2 => C_2.$fn = function inOperand() {
    return new C_2();
});
const it2 = inOperand();
attempt("8", () => it2.send(undefined));
attempt("9", () => it2.send(undefined));
attempt("10", () => it2.send("x"));
