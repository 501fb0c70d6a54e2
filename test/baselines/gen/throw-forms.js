import * as __pycoro from "pycoro/internal";
// GEN-16: throw() argument forms. throw(T) instantiates T(); throw(inst) raises that instance;
// throw(T, inst-of-T) raises inst; throw(T, 'msg') raises T('msg'); throw(T, None) raises T().
// The exception is raised at the paused yield; the handler yields again, so throw() returns 'ready'.
import { ValueError } from "pycoro";
import { attempt, print, repr } from "../../_lib/py.js";
class MyError extends ValueError {
}
let inst;
const catcher = __pycoro.defineGenerator(class catcher$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
    }
    $step($s, $v, $m) {
        const $f = this;
        let v_;
        let $err;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0:
                    case 1: $s = 4;
                    case 4:
                        $f.$s = 7;
                        return "ready";
                    case 7:
                        v_ = $v;
                        print("  got", repr(v_));
                        $s = 5;
                        continue $loop;
                    case 6:
                        {
                            let e = $err;
                            print("  caught", repr(e), "| is inst:", e === inst, "| instanceof ValueError:", e instanceof ValueError);
                        }
                        $s = 5;
                        continue $loop;
                    case 5:
                        $s = 1;
                        continue $loop;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 4:
                    case 7:
                        $err = $e;
                        $s = 6;
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
    static $meta = { name: "catcher", qualname: "catcher", file: "fixtures/gen/throw-forms/input.ts", line: 10, kind: "generator", locals: [], lines: [10, 11, 15, 15, 12, 15, 15, 13], handled: [7] };
}, C_1 => C_1.$fn = function catcher() {
    return new C_1();
});
const g = catcher();
g.send(undefined);
attempt("1 throw(ValueError)", () => g.throw(ValueError));
inst = new ValueError("xyz");
attempt("2 throw(ValueError('xyz'))", () => g.throw(inst));
inst = new ValueError("1");
attempt("3 throw(ValueError, ValueError('1'))", () => g.throw(ValueError, inst));
inst = undefined;
attempt("4 throw(ValueError, 'msg')", () => g.throw(ValueError, "msg"));
attempt("5 throw(ValueError, None)", () => g.throw(ValueError, undefined));
attempt("6 throw(MyError) (a subclass)", () => g.throw(MyError));
inst = new MyError("sub");
attempt("7 throw(ValueError, MyError('sub'))", () => g.throw(ValueError, inst));
attempt("8 send('after')", () => g.send("after"));
