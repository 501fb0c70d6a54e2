import * as __pycoro from "pycoro/internal";
// GEN-21: throw(GeneratorExit) is not close(): if the generator catches it and yields, throw() just
// returns the value (no RuntimeError); if uncaught, the GeneratorExit itself propagates to the caller.
import { getGeneratorState, GeneratorExit } from "pycoro";
import { attempt, print } from "../../_lib/py.js";
const ge = __pycoro.defineGenerator(class ge$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.e = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $err;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0: $s = 1;
                    case 1:
                        $f.$s = 4;
                        return "first";
                    case 4:
                        $s = 2;
                        continue $loop;
                    case 3:
                        $f.e = $err;
                        if (!($f.e instanceof GeneratorExit))
                            throw $f.e;
                        print("  got GeneratorExit via throw");
                        $f.$s = 5;
                        return "after GE";
                    case 5:
                        $s = 2;
                        continue $loop;
                    case 2:
                        $f.$s = 6;
                        return "last";
                    case 6: {
                        $f.e = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                        $err = $e;
                        $s = 3;
                        continue $loop;
                }
                $f.e = void 0;
                throw $e;
            }
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
        this.e = void 0;
    }
    static $meta = { name: "ge", qualname: "ge", file: "fixtures/gen/throw-generatorexit/input.ts", line: 6, kind: "generator", locals: [["e", "e"]], lines: [6, 7, 12, 9, 8, 12, 14], handled: [4] };
}, C_1 => C_1.$fn = function ge() {
    return new C_1();
});
const g = ge();
g.send(undefined);
attempt("1 throw(GeneratorExit) where the generator yields", () => g.throw(GeneratorExit));
print("2 state:", getGeneratorState(g));
attempt("3 send(None)", () => g.send(undefined));
const plain = __pycoro.defineGenerator(class plain$ {
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
    static $meta = { name: "plain", qualname: "plain", file: "fixtures/gen/throw-generatorexit/input.ts", line: 22, kind: "generator", locals: [], lines: [22, 23], handled: [] };
}, C_2 => C_2.$fn = function plain() {
    return new C_2();
});
const p = plain();
p.send(undefined);
attempt("4 throw(GeneratorExit) uncaught", () => p.throw(GeneratorExit));
print("5 state:", getGeneratorState(p));
const q = plain();
q.send(undefined);
attempt("6 throw(GeneratorExit()) instance, uncaught", () => q.throw(new GeneratorExit()));
