import * as __pycoro from "pycoro/internal";
// GEN-17: bad throw() arguments raise TypeError before the generator is touched; it stays suspended.
// Messages naming a Python type (`not str`) are not compared: pycoro names JS types instead.
import { getGeneratorState, ValueError } from "pycoro";
import { attempt, catching, excName, print } from "../../_lib/py.js";
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
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
                        return "ready";
                    case 4:
                        print("  resumed normally");
                        $f.$s = 5;
                        return "after";
                    case 5: return;
                    case 3:
                        {
                            let e = $err;
                            print("  body saw", excName(e), "(wrong)");
                        }
                        return;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                    case 5:
                        $err = $e;
                        $s = 3;
                        continue $loop;
                }
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
    static $meta = { name: "g", qualname: "g", file: "fixtures/gen/throw-bad-arguments/input.ts", line: 6, kind: "generator", locals: [], lines: [6, 7, 11, 11, 8, 10], handled: [4, 5] };
}, C_1 => C_1.$fn = function g() {
    return new C_1();
});
const it = g();
it.send(undefined);
const anyIt = it;
attempt("1 throw(ValueError('1'), 'foo')", () => it.throw(new ValueError("1"), "foo"));
print("2 throw('abc') ->", excName(catching(() => anyIt.throw("abc"))));
print("3 throw(0) ->", excName(catching(() => anyIt.throw(0))));
print("4 throw(Array) (a class that is not an exception) ->", excName(catching(() => anyIt.throw(Array))));
print("5 throw({}) ->", excName(catching(() => anyIt.throw({}))));
attempt("6 throw() with no argument", () => anyIt.throw());
print("7 still alive:", getGeneratorState(it));
attempt("8 send(None)", () => it.send(undefined));
attempt("9 send(None) finishes it", () => it.send(undefined));
