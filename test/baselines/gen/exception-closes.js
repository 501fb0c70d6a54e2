import * as __pycoro from "pycoro/internal";
// GEN-08: an exception escaping the body propagates to the caller of send/next/throw and closes the
// generator (finally blocks run on the way out); afterwards next() raises StopIteration.
import { getGeneratorState } from "pycoro";
import { attempt, print } from "../../_lib/py.js";
class Boom extends Error {
}
const bad = __pycoro.defineGenerator(class bad$ {
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
                    case 4: throw new Boom("k");
                    case 3:
                        {
                            print("  finally runs");
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
    static $meta = { name: "bad", qualname: "bad", file: "fixtures/gen/exception-closes/input.ts", line: 8, kind: "generator", locals: [], lines: [8, 9, 12, 12, 10], handled: [4] };
}, C_1 => C_1.$fn = function bad() {
    return new C_1();
});
const b = bad();
attempt("1 first", () => b.send(undefined));
attempt("2 body raises", () => b.send(undefined));
print("3 state after raise:", getGeneratorState(b), "frame is None:", b.gi_frame == null);
attempt("4 next after raise", () => b.send(undefined));
attempt("5 next() protocol after raise", () => b.next().done);
const early = __pycoro.defineGenerator(class early$ {
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
                case 0: throw new Boom("before any yield");
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
    static $meta = { name: "early", qualname: "early", file: "fixtures/gen/exception-closes/input.ts", line: 23, kind: "generator", locals: [], lines: [23, 25], handled: [] };
}, C_2 => C_2.$fn = function early() {
    return new C_2();
});
const e = early();
attempt("6 raises on first send", () => e.send(undefined));
print("7 state:", getGeneratorState(e));
const viaNext = bad();
viaNext.next();
attempt("8 next() protocol propagates the error", () => viaNext.next());
print("9 state:", getGeneratorState(viaNext));
