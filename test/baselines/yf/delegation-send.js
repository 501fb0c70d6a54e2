import * as __pycoro from "pycoro/internal";
// YF-01: the first next() on the delegator starts the subgenerator; every send(v) is forwarded to it
// and its yields pass straight through; its return value becomes the value of yield*. gi_yieldfrom is
// the subgenerator while delegating, None otherwise.
import { StopIteration } from "pycoro";
import { print, repr } from "../../_lib/py.js";
const trace = [];
let innerObj;
const inner = __pycoro.defineGenerator(class inner$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.x = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let y_;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        trace.push("inner start");
                        $f.$s = 1;
                        return "i1";
                    case 1:
                        $f.x = $v;
                        trace.push(`inner got ${repr($f.x)}`);
                        $f.$s = 2;
                        return "i2";
                    case 2:
                        y_ = $v;
                        trace.push(`inner got ${repr(y_)}`);
                        {
                            $f.x = void 0;
                            return "inner-result";
                        }
                }
        }
        catch ($e) {
            $f.x = void 0;
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
        this.x = void 0;
    }
    static $meta = { name: "inner", qualname: "inner", file: "fixtures/yf/delegation-send/input.ts", line: 10, kind: "generator", locals: [["x", "x"]], lines: [10, 12, 14], handled: [] };
}, C_1 => C_1.$fn = function inner() {
    return new C_1();
});
const outer = __pycoro.defineGenerator(class outer$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.sub = void 0;
        this.r = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let z_;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        trace.push("outer start");
                        $f.sub = inner();
                        innerObj = $f.sub;
                        return __pycoro.yieldFrom($f, $f.sub, 1);
                    case 1:
                        $f.r = $v;
                        trace.push(`outer: yield* returned ${repr($f.r)}`);
                        $f.$s = 2;
                        return "o1";
                    case 2:
                        z_ = $v;
                        trace.push(`outer got ${repr(z_)}`);
                        {
                            $f.sub = $f.r = void 0;
                            return "outer-result";
                        }
                }
        }
        catch ($e) {
            $f.sub = $f.r = void 0;
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
        this.sub = this.r = void 0;
    }
    static $meta = { name: "outer", qualname: "outer", file: "fixtures/yf/delegation-send/input.ts", line: 19, kind: "generator", locals: [["sub", "sub"], ["r", "r"]], lines: [19, 23, 25], handled: [] };
}, C_2 => C_2.$fn = function outer() {
    return new C_2();
});
const g = outer();
print("0 gi_yieldfrom before start:", g.gi_yieldfrom);
print("1 next ->", g.send(undefined), "| gi_yieldfrom:", g.gi_yieldfrom.__name__, g.gi_yieldfrom === innerObj);
print("2 send('a') ->", g.send("a"));
print("3 send('b') ->", g.send("b"), "| gi_yieldfrom:", g.gi_yieldfrom);
try {
    g.send("c");
}
catch (e) {
    if (!(e instanceof StopIteration))
        throw e;
    print("4 final StopIteration.value:", e.value);
}
print("  trace:", trace);
