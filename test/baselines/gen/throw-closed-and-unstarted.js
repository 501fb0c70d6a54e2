import * as __pycoro from "pycoro/internal";
// GEN-19: throw() into a closed generator re-raises the given exception as is (not StopIteration).
// GEN-20: throw() into a never-started generator raises immediately; the body (and its finally)
// never runs, and the generator is GEN_CLOSED.
import { getGeneratorState, ValueError } from "pycoro";
import { attempt, catching, print } from "../../_lib/py.js";
const fin = __pycoro.defineGenerator(class fin$ {
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
                        print("  body started");
                        $f.$s = 4;
                        return 1;
                    case 4:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        {
                            print("  finally");
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
    static $meta = { name: "fin", qualname: "fin", file: "fixtures/gen/throw-closed-and-unstarted/input.ts", line: 7, kind: "generator", locals: [], lines: [7, 8, 11, 11, 10], handled: [4] };
}, C_1 => C_1.$fn = function fin() {
    return new C_1();
});
const done = fin();
done.send(undefined);
done.close();
const err = new ValueError("6");
print("1 throw on closed generator re-raises the same object:", catching(() => done.throw(err)) === err);
attempt("2 throw(ValueError, '6') on closed", () => done.throw(ValueError, "6"));
attempt("3 throw(TypeError) on closed", () => done.throw(TypeError));
const fresh = fin();
attempt("4 throw on GEN_CREATED", () => fresh.throw(new ValueError("early")));
print("5 state:", getGeneratorState(fresh));
attempt("6 send(None) afterwards", () => fresh.send(undefined));
const exhausted = fin();
for (const _ of exhausted) {
}
attempt("7 throw on exhausted", () => exhausted.throw(ValueError, "late"));
