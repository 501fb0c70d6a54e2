import * as __pycoro from "pycoro/internal";
// GEN-09: close() on a never-started generator does not run the body (no finally) and closes it.
import { getGeneratorState } from "pycoro";
import { attempt, print } from "../../_lib/py.js";
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
                        print("  fin: started");
                        $f.$s = 4;
                        return 1;
                    case 4:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        {
                            print("  fin: finally runs");
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
    static $meta = { name: "fin", qualname: "fin", file: "fixtures/gen/close-unstarted/input.ts", line: 5, kind: "generator", locals: [], lines: [5, 6, 9, 9, 8], handled: [4] };
}, C_1 => C_1.$fn = function fin() {
    return new C_1();
});
const g = fin();
attempt("1 close() on GEN_CREATED", () => g.close());
print("2 state:", getGeneratorState(g));
attempt("3 send(None) after close", () => g.send(undefined));
attempt("4 close() again", () => g.close());
// return() (JS protocol) on a never-started generator closes it the same way.
const h = fin();
print("5 return() on GEN_CREATED: done =", h.return(undefined).done);
print("6 state:", getGeneratorState(h));
