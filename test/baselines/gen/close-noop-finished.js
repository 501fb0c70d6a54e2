import * as __pycoro from "pycoro/internal";
// GEN-15: close() on an exhausted generator, or on one killed by an exception, is a no-op returning None.
import { getGeneratorState } from "pycoro";
import { attempt, list, print } from "../../_lib/py.js";
class Boom extends Error {
}
const one = __pycoro.defineGenerator(class one$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$c0 = void 0;
        this.$x0 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
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
                        return 1;
                    case 4:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        {
                            print("  one: finally");
                        }
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.$x0 = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                }
                $f.$x0 = void 0;
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
        this.$x0 = void 0;
    }
    static $meta = { name: "one", qualname: "one", file: "fixtures/gen/close-noop-finished/input.ts", line: 7, kind: "generator", locals: [], lines: [7, 8, 10, 10, 9], handled: [4] };
}, C_1 => C_1.$fn = function one() {
    return new C_1();
});
const g = one();
print("1 list:", list(g));
attempt("2 close() on exhausted generator", () => g.close());
print("3 state:", getGeneratorState(g));
const boom = __pycoro.defineGenerator(class boom$ {
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
                case 1: throw new Boom("division by zero");
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
    static $meta = { name: "boom", qualname: "boom", file: "fixtures/gen/close-noop-finished/input.ts", line: 19, kind: "generator", locals: [], lines: [19, 20], handled: [] };
}, C_2 => C_2.$fn = function boom() {
    return new C_2();
});
const b = boom();
b.send(undefined);
attempt("4 send -> Boom", () => b.send(undefined));
attempt("5 close() on generator that died from an exception", () => b.close());
attempt("6 close() again", () => b.close());
print("7 state:", getGeneratorState(b));
