import * as __pycoro from "pycoro/internal";
import { print, repr } from "../../_lib/py.js";
const over = __pycoro.defineGenerator(class over$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.x = p0;
    }
    $step($s, $v, $m) {
        const $f = this;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0: return __pycoro.yieldFrom($f, $f.x, 1);
                    case 1: {
                        $f.x = void 0;
                        return $v;
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
    static $meta = { name: "over", qualname: "over", file: "fixtures/yf/send-to-foreign-iterator/input.ts", line: 8, kind: "generator", locals: [["x", "x"]], lines: [8, 9], handled: [] };
}, C_1 => C_1.$fn = function over(x) {
    return new C_1(x);
});
class NextOnly {
    calls = [];
    [Symbol.iterator]() {
        return this;
    }
    next(...args) {
        this.calls.push(`next(${repr(args[0])})`);
        if (this.calls.length > 4)
            return { done: true, value: undefined };
        return { done: false, value: this.calls.length };
    }
}
const it = new NextOnly();
const g = over(it);
print("1 next, send(None), send(None):", g.send(undefined), g.send(undefined), g.send(undefined), it.calls);
print("2 send(42) to a JS iterator without send -> next(42):", g.send(42), it.calls);
// A foreign iterator with a send method: Python's protocol, send(v) returns the next value.
class WithSend {
    [Symbol.iterator]() {
        return this;
    }
    next() {
        return { done: false, value: "next" };
    }
    send(v) {
        return `send(${repr(v)})`;
    }
}
const w = over(new WithSend());
print("3 iterator with send():", w.send(undefined), w.send(5), w.send(undefined), w.send("s"));
w.close();
