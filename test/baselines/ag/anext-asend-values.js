import * as __pycoro from "pycoro/internal";
// AG-02: a value the async generator yields comes out of the asend/__anext__ awaitable as
// StopIteration(value); awaits inside the body that suspend pass to the driver as ordinary yields
// of the same awaitable (ag_running true, ag_await set meanwhile), and what the driver sends goes
// back to them. Values are delivered as they are (a tuple, a StopIteration instance, None).
import { StopIteration } from "pycoro";
import { print, repr, tuple } from "../../_lib/py.js";
import { step } from "../../_lib/coro.js";
const loopYield_ = __pycoro.defineGeneratorCoroutine(class loop_yield$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.v = p0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let r_;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        $f.$s = 1;
                        return $f.v;
                    case 1:
                        r_ = $v;
                        {
                            $f.v = void 0;
                            return r_;
                        }
                }
        }
        catch ($e) {
            $f.v = void 0;
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
        this.v = void 0;
    }
    static $meta = { name: "loop_yield", qualname: "loop_yield", file: "fixtures/ag/anext-asend-values/input.ts", line: 9, kind: "generator-coroutine", locals: [["v", "v"]], lines: [9, 10], handled: [] };
}, C_1 => C_1.$fn = function loop_yield(v) {
    return new C_1(v);
});
const made = [];
function loopYield(v) {
    const g = loopYield_(v);
    made.push(g);
    return g;
}
const ag = __pycoro.defineAsyncGenerator(class ag$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.x = void 0;
        this.r = void 0;
        this.y = void 0;
        this.r2 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        print("  ag: started");
                        $f.$s = 1;
                        return 1;
                    case 1:
                        $f.x = $v;
                        print("  ag: got", repr($f.x));
                        if (($w = loopYield("pending-io")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 2;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 2)) === __pycoro.DELEGATE)
                            return $v;
                    case 2:
                        $f.r = $v;
                        print("  ag: await returned", repr($f.r));
                        $f.$s = 3;
                        return 2;
                    case 3:
                        $f.y = $v;
                        print("  ag: got", repr($f.y));
                        if (($w = loopYield("more-io")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 4;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 4)) === __pycoro.DELEGATE)
                            return $v;
                    case 4:
                        $f.r2 = $v;
                        $v = tuple("tuple", $f.r2);
                        $f.$s = 5;
                        return $v;
                    case 5:
                        $v = new StopIteration("a StopIteration as a value");
                        $f.$s = 6;
                        return $v;
                    case 6:
                        $f.$s = 7;
                        return undefined;
                    case 7: {
                        $f.x = $f.r = $f.y = $f.r2 = void 0;
                        return;
                    }
                }
        }
        catch ($e) {
            $f.x = $f.r = $f.y = $f.r2 = void 0;
            throw $e;
        }
    }
    $forget() {
        this.x = this.r = this.y = this.r2 = void 0;
    }
    static $meta = { name: "ag", qualname: "ag", file: "fixtures/ag/anext-asend-values/input.ts", line: 20, kind: "async-generator", locals: [["x", "x"], ["r", "r"], ["y", "y"], ["r2", "r2"]], lines: [20, 22, 24, 26, 28, 29, 30, 31] };
}, C_2 => C_2.$fn = function ag() {
    return new C_2();
});
const a = ag();
print("1 step anext ->", step(a.__anext__()));
print("  ag_running:", a.ag_running, "| ag_await:", a.ag_await);
let s = a.asend("sent");
print("2 step asend('sent') ->", step(s), "| ag_running:", a.ag_running, "| ag_await is the generator-based coroutine:", a.ag_await === made[made.length - 1]);
print("3 continue the same awaitable with 'io-result' ->", step(s, "io-result"), "| ag_await:", a.ag_await);
s = a.asend("last");
print("4 asend('last') ->", step(s));
print("5 its yield to the loop gets 'r2' ->", step(s, "r2"));
print("6 a yielded StopIteration instance is just a value ->", step(a.__anext__()));
print("7 a yielded None ->", step(a.__anext__()));
const counter = __pycoro.defineAsyncGenerator(class counter$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.n = p0;
        this.i = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let got_;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: $f.i = 0;
                case 1:
                    if (!($f.i < $f.n)) {
                        return;
                    }
                    $f.$s = 4;
                    return $f.i;
                case 4:
                    got_ = $v;
                    if (got_ != null)
                        print(`  counter: got ${repr(got_)} at ${$f.i}`);
                    $f.i++;
                    $s = 1;
                    continue $loop;
            }
    }
    static $meta = { name: "counter", qualname: "counter", file: "fixtures/ag/anext-asend-values/input.ts", line: 46, kind: "async-generator", locals: [["n", "n"], ["i", "i"]], lines: [46, 47, 49, 49, 48] };
}, C_3 => C_3.$fn = function counter(n) {
    return new C_3(n);
});
const c = counter(4);
print("8 interleaving __anext__ and asend:", [step(c.__anext__()), step(c.asend("x")), step(c.__anext__()), step(c.asend("y"))]);
