import * as __pycoro from "pycoro/internal";
// GEN-10: close() on a suspended generator raises GeneratorExit at the paused yield; finally blocks
// run; if GeneratorExit propagates, close() returns None and the generator is GEN_CLOSED. A second
// close() is a no-op.
import { getGeneratorState, GeneratorExit } from "pycoro";
import { attempt, excName, print, repr } from "../../_lib/py.js";
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
                        $f.$s = 4;
                        return 1;
                    case 4:
                        $f.$s = 5;
                        return 2;
                    case 5:
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
                    case 5:
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
    static $meta = { name: "fin", qualname: "fin", file: "fixtures/gen/close-suspended/input.ts", line: 7, kind: "generator", locals: [], lines: [7, 8, 11, 11, 9, 10], handled: [4, 5] };
}, C_1 => C_1.$fn = function fin() {
    return new C_1();
});
const g = fin();
g.send(undefined);
attempt("1 close() on suspended", () => g.close());
print("2 state:", getGeneratorState(g));
attempt("3 close() again (no-op)", () => g.close());
const catches = __pycoro.defineGenerator(class catches$ {
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
                        return 1;
                    case 4: return;
                    case 3:
                        {
                            let e = $err;
                            print("  caught", excName(e), repr(e), "instanceof GeneratorExit:", e instanceof GeneratorExit);
                            throw e;
                        }
                        return;
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
    static $meta = { name: "catches", qualname: "catches", file: "fixtures/gen/close-suspended/input.ts", line: 21, kind: "generator", locals: [], lines: [21, 22, 24, 24, 23], handled: [4] };
}, C_2 => C_2.$fn = function catches() {
    return new C_2();
});
const c = catches();
c.send(undefined);
attempt("4 GeneratorExit re-raised", () => c.close());
print("5 state:", getGeneratorState(c));
// nested finally blocks run innermost first; code after the yield never runs
const nested = __pycoro.defineGenerator(class nested$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$c1 = void 0;
        this.$x1 = void 0;
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
                    case 1: $s = 4;
                    case 4:
                        $f.$s = 7;
                        return 1;
                    case 7:
                        print("  never printed");
                        $f.$c1 = 5;
                        $f.$x1 = void 0;
                        $s = 6;
                        continue $loop;
                    case 6:
                        {
                            print("  inner finally");
                        }
                        if ($f.$c1 === -1)
                            throw $f.$x1;
                        if ($f.$c1 === -2) {
                            $f.$c0 = -2;
                            $f.$x0 = $f.$x1;
                            $s = 3;
                            continue $loop;
                        }
                        $s = $f.$c1;
                        continue $loop;
                    case 5:
                        print("  never printed either");
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        {
                            print("  outer finally");
                        }
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.$x0 = $f.$x1 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.$x0 = $f.$x1 = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 6:
                    case 5:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                    case 4:
                    case 7:
                        $f.$c1 = -1;
                        $f.$x1 = $e;
                        $s = 6;
                        continue $loop;
                }
                $f.$x0 = $f.$x1 = void 0;
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
        this.$x0 = this.$x1 = void 0;
    }
    static $meta = { name: "nested", qualname: "nested", file: "fixtures/gen/close-suspended/input.ts", line: 35, kind: "generator", locals: [], lines: [35, 36, 44, 44, 37, 40, 40, 38], handled: [7] };
}, C_3 => C_3.$fn = function nested() {
    return new C_3();
});
const n = nested();
n.send(undefined);
attempt("6 close() runs nested finally blocks", () => n.close());
// return() (JS protocol) on a suspended generator closes it the same way.
const r = fin();
r.send(undefined);
print("7 return():", r.return(undefined).done, getGeneratorState(r));
