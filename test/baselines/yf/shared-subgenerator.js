import * as __pycoro from "pycoro/internal";
// YF-14: two delegators can share one subgenerator; items are interleaved in call order. A sent value
// goes to the shared generator through whichever delegator is resumed; when it finishes, the delegator
// that resumed it gets the return value and the other one gets None on its next resume.
import { getGeneratorState } from "pycoro";
import { attempt, print, repr } from "../../_lib/py.js";
const shared = __pycoro.defineGenerator(class shared$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.a = void 0;
        this.b = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        $f.$s = 1;
                        return "s1";
                    case 1:
                        $f.a = $v;
                        $v = `s2 (got ${repr($f.a)})`;
                        $f.$s = 2;
                        return $v;
                    case 2:
                        $f.b = $v;
                        $v = `s3 (got ${repr($f.b)})`;
                        $f.$s = 3;
                        return $v;
                    case 3: {
                        $f.a = $f.b = void 0;
                        return "shared-result";
                    }
                }
        }
        catch ($e) {
            $f.a = $f.b = void 0;
            throw $e;
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
        this.a = this.b = void 0;
    }
    static $meta = { name: "shared", qualname: "shared", file: "fixtures/yf/shared-subgenerator/input.ts", line: 7, kind: "generator", locals: [["a", "a"], ["b", "b"]], lines: [7, 8, 9, 10], handled: [] };
}, C_1 => C_1.$fn = function shared() {
    return new C_1();
});
const s = shared();
const d = __pycoro.defineGenerator(class d$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.name = p0;
        this.r = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0: return __pycoro.yieldFrom($f, s, 1);
                    case 1:
                        $f.r = $v;
                        $v = `${$f.name} resumed with ${repr($f.r)}`;
                        $f.$s = 2;
                        return $v;
                    case 2: {
                        $f.name = $f.r = void 0;
                        return;
                    }
                }
        }
        catch ($e) {
            $f.name = $f.r = void 0;
            throw $e;
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
        this.name = this.r = void 0;
    }
    static $meta = { name: "d", qualname: "d", file: "fixtures/yf/shared-subgenerator/input.ts", line: 14, kind: "generator", locals: [["name", "name"], ["r", "r"]], lines: [14, 15, 16], handled: [] };
}, C_2 => C_2.$fn = function d(name) {
    return new C_2(name);
});
const a = d("a");
const b = d("b");
print("1", a.send(undefined), "|", b.send(undefined), "|", a.send("via a"));
print("2", b.send("via b"));
print("3 shared state:", getGeneratorState(s));
attempt("4 a.send", () => a.send(undefined));
attempt("5 b.send", () => b.send(undefined));
attempt("6 b.send", () => b.send(undefined));
