import * as __pycoro from "pycoro/internal";
// GEN-18: throw() raises the exception at the paused yield. Caught and yields again: throw() returns
// that value. Handler returns: throw() raises StopIteration(value). Uncaught: it propagates out of
// throw(), gi_frame becomes None and the generator is GEN_CLOSED.
import { getGeneratorState, StopIteration, ValueError } from "pycoro";
import { attempt, excName, print, repr } from "../../_lib/py.js";
const handlesAndYields = __pycoro.defineGenerator(class handlesAndYields$ {
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
                    case 4:
                        print("  not reached");
                        $s = 2;
                        continue $loop;
                    case 3:
                        $f.e = $err;
                        print("  handler got", repr($f.e));
                        $f.$s = 5;
                        return "from handler";
                    case 5:
                        $s = 2;
                        continue $loop;
                    case 2:
                        $f.$s = 6;
                        return "after try";
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
    static $meta = { name: "handlesAndYields", qualname: "handlesAndYields", file: "fixtures/gen/throw-delivery/input.ts", line: 7, kind: "generator", locals: [["e", "e"]], lines: [7, 8, 13, 11, 9, 13, 15], handled: [4] };
}, C_1 => C_1.$fn = function handlesAndYields() {
    return new C_1();
});
const g = handlesAndYields();
g.send(undefined);
attempt("1 caught and yields", () => g.throw(new ValueError("v")));
attempt("2 next", () => g.send(undefined));
const returnsOnThrow = __pycoro.defineGenerator(class returnsOnThrow$ {
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
                    case 4: return "not thrown";
                    case 3:
                        {
                            let e = $err;
                            return "handled " + excName(e);
                        }
                        return "not thrown";
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
    static $meta = { name: "returnsOnThrow", qualname: "returnsOnThrow", file: "fixtures/gen/throw-delivery/input.ts", line: 22, kind: "generator", locals: [], lines: [22, 23, 25, 25, 24], handled: [4] };
}, C_2 => C_2.$fn = function returnsOnThrow() {
    return new C_2();
});
const r = returnsOnThrow();
r.send(undefined);
try {
    r.throw(ValueError);
}
catch (e) {
    if (!(e instanceof StopIteration))
        throw e;
    print("3 handler returns -> throw() raises StopIteration value=" + repr(e.value));
}
const uncaught = __pycoro.defineGenerator(class uncaught$ {
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
                            print("  finally on the way out");
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
    static $meta = { name: "uncaught", qualname: "uncaught", file: "fixtures/gen/throw-delivery/input.ts", line: 39, kind: "generator", locals: [], lines: [39, 40, 42, 42, 41], handled: [4] };
}, C_3 => C_3.$fn = function uncaught() {
    return new C_3();
});
const u = uncaught();
u.send(undefined);
attempt("4 uncaught -> propagates", () => u.throw(new TypeError("t")));
print("5 state:", getGeneratorState(u), "frame is None:", u.gi_frame == null);
attempt("6 send(None) after", () => u.send(undefined));
// the exception is raised exactly at the paused yield: code before it is not re-run
const where = __pycoro.defineGenerator(class where$ {
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
                    case 0:
                        print("  before first yield");
                        $f.$s = 1;
                        return "first";
                    case 1: $s = 2;
                    case 2:
                        print("  before second yield");
                        $f.$s = 5;
                        return "second";
                    case 5:
                        $s = 3;
                        continue $loop;
                    case 4:
                        {
                            let e = $err;
                            print("  caught at the second yield:", excName(e));
                        }
                        $s = 3;
                        continue $loop;
                    case 3:
                        $f.$s = 6;
                        return "end";
                    case 6: return;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 2:
                    case 5:
                        $err = $e;
                        $s = 4;
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
    static $meta = { name: "where", qualname: "where", file: "fixtures/gen/throw-delivery/input.ts", line: 53, kind: "generator", locals: [], lines: [53, 55, 56, 59, 59, 58, 62], handled: [5] };
}, C_4 => C_4.$fn = function where() {
    return new C_4();
});
const w = where();
w.send(undefined);
w.send(undefined);
attempt("7 throw at the second yield", () => w.throw(ValueError));
