import * as __pycoro from "pycoro/internal";
// Inside `generator(function* countdown() {...})`, the function expression's own name `countdown`
// is assumed to denote the MARKED generator function (the compiled one), so a recursive call through
// it creates pycoro generators (Python semantics: priming TypeError, states). To be confirmed by the
// compiler authors: the other fixtures avoid relying on it.
import { getGeneratorState } from "pycoro";
import { attempt, list, print } from "../../_lib/py.js";
const countdown = __pycoro.defineGenerator(class countdown$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.n = p0;
        this.inner = void 0;
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
                        if (!($f.n > 0)) {
                            {
                                $f.inner = void 0;
                                return;
                            }
                        }
                        $f.inner = (0, $f.constructor.$fn)($f.n - 1);
                        print(`  level ${$f.n}: inner is`, getGeneratorState($f.inner));
                        $f.$s = 2;
                        return $f.n;
                    case 2: return __pycoro.yieldFrom($f, $f.inner, 3);
                    case 3: {
                        $f.inner = void 0;
                        return;
                    }
                }
        }
        catch ($e) {
            $f.inner = void 0;
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
        this.inner = void 0;
    }
    static $meta = { name: "countdown", qualname: "countdown", file: "fixtures/control/named-function-expression-self-call/input.ts", line: 8, kind: "generator", locals: [["n", "n"], ["inner", "inner"]], lines: [8, 13, 12, 13], handled: [] };
}, C_1 => C_1.$fn = function countdown(n) {
    return new C_1(n);
});
print("1", list(countdown(3)));
const probe = __pycoro.defineGenerator(class probe$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.depth = p0;
        this.again = void 0;
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
                        if (!($f.depth === 0)) {
                            {
                                $f.again = void 0;
                                return;
                            }
                        }
                        $f.again = (0, $f.constructor.$fn)(1);
                        $f.$s = 2;
                        return $f.again;
                    case 2: {
                        $f.again = void 0;
                        return;
                    }
                }
        }
        catch ($e) {
            $f.again = void 0;
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
        this.again = void 0;
    }
    static $meta = { name: "probe", qualname: "probe", file: "fixtures/control/named-function-expression-self-call/input.ts", line: 17, kind: "generator", locals: [["depth", "depth"], ["again", "again"]], lines: [17, 20, 20], handled: [] };
}, C_2 => C_2.$fn = function probe(depth) {
    return new C_2(depth);
});
const again = probe(0).send(undefined);
attempt("2 send('x') to the self-created generator", () => again.send("x"));
