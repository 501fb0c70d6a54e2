import * as __pycoro from "pycoro/internal";
// GEN-22: a StopIteration thrown in with throw() that escapes the body is converted by PEP 479 into
// RuntimeError('generator raised StopIteration'), even when the generator has not started.
import { getGeneratorState, StopIteration } from "pycoro";
import { attempt, print, repr } from "../../_lib/py.js";
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
    static $meta = { name: "plain", qualname: "plain", file: "fixtures/gen/throw-stopiteration/input.ts", line: 6, kind: "generator", locals: [], lines: [6, 7], handled: [] };
}, C_1 => C_1.$fn = function plain() {
    return new C_1();
});
function show(label, fn) {
    try {
        fn();
        print(label, "returned");
    }
    catch (e) {
        print(label, "->", repr(e), "| cause", repr(e.cause));
    }
}
const g = plain();
g.send(undefined);
show("1 throw(StopIteration('si')) uncaught:", () => g.throw(new StopIteration("si")));
print("2 state:", getGeneratorState(g));
show("3 throw(StopIteration('si')) into unstarted:", () => plain().throw(new StopIteration("si")));
show("4 throw(StopIteration) class into suspended:", () => {
    const h = plain();
    h.send(undefined);
    return h.throw(StopIteration);
});
// caught inside, it is an ordinary exception
const catches = __pycoro.defineGenerator(class catches$ {
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
                        return "a";
                    case 4: {
                        $f.e = void 0;
                        return;
                    }
                    case 3:
                        $f.e = $err;
                        $v = "caught " + repr($f.e);
                        $f.$s = 5;
                        return $v;
                    case 5: {
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
    static $meta = { name: "catches", qualname: "catches", file: "fixtures/gen/throw-stopiteration/input.ts", line: 31, kind: "generator", locals: [["e", "e"]], lines: [31, 32, 35, 34, 33, 35], handled: [4] };
}, C_2 => C_2.$fn = function catches() {
    return new C_2();
});
const c = catches();
c.send(undefined);
attempt("5 caught inside", () => c.throw(new StopIteration("inside")));
