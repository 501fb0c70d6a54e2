import * as __pycoro from "pycoro/internal";
import { list, print, tuple } from "../../_lib/py.js";
const sub = __pycoro.defineGenerator(class sub$ {
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
                case 1: return "done";
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
    static $meta = { name: "sub", qualname: "sub", file: "fixtures/yf/exhausted-subgenerator/input.ts", line: 6, kind: "generator", locals: [], lines: [6, 7], handled: [] };
}, C_1 => C_1.$fn = function sub() {
    return new C_1();
});
const outer = __pycoro.defineGenerator(class outer$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.s = p0;
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
                    case 0: return __pycoro.yieldFrom($f, $f.s, 1);
                    case 1:
                        $f.r = $v;
                        $v = tuple("result", $f.r);
                        $f.$s = 2;
                        return $v;
                    case 2: {
                        $f.s = $f.r = void 0;
                        return;
                    }
                }
        }
        catch ($e) {
            $f.s = $f.r = void 0;
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
        this.s = this.r = void 0;
    }
    static $meta = { name: "outer", qualname: "outer", file: "fixtures/yf/exhausted-subgenerator/input.ts", line: 10, kind: "generator", locals: [["s", "s"], ["r", "r"]], lines: [10, 11, 12], handled: [] };
}, C_2 => C_2.$fn = function outer(s) {
    return new C_2(s);
});
const s = sub();
print("1 exhaust it:", list(s));
print("2 yield* the exhausted generator:", list(outer(s)));
const c = sub();
c.send(undefined);
c.close();
print("3 yield* a closed generator:", list(outer(c)));
const fresh = sub();
print("4 yield* a fresh one:", list(outer(fresh)));
print("5 and again, now exhausted:", list(outer(fresh)));
