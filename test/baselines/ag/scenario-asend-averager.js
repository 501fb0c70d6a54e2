import * as __pycoro from "pycoro/internal";
// Scenario (seed 001's averager as an async generator; AG-02, AG-05, AG-08, AG-10): driven with
// asend(), each value is stored through an await that passes to the driver (which answers it) and
// the running average comes back; athrow(Reset) starts over; aclose() runs the finally's report.
// Then a coroutine drives one with `await a.asend(v)`.
import { StopIteration } from "pycoro";
import { float, print, repr, tuple } from "../../_lib/py.js";
class Reset extends Error {
}
const store = __pycoro.defineGeneratorCoroutine(class store$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.v = p0;
    }
    $step($s, $v, $m) {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0:
                    $v = tuple("store", $f.v);
                    $f.$s = 1;
                    return $v;
                case 1: return $v;
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
    static $meta = { name: "store", qualname: "store", file: "fixtures/ag/scenario-asend-averager/input.ts", line: 10, kind: "generator-coroutine", locals: [["v", "v"]], lines: [10, 11], handled: [] };
}, C_1 => C_1.$fn = function store(v) {
    return new C_1(v);
});
function complete(aw, answer = () => undefined) {
    const ys = [];
    let v = undefined;
    while (true) {
        let req;
        try {
            req = aw.send(v);
        }
        catch (e) {
            if (e instanceof StopIteration)
                return tuple("storage requests", ys, "result", e.value);
            throw e;
        }
        ys.push(req);
        v = answer(req);
    }
}
const averager = __pycoro.defineAsyncGenerator(class averager$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.total = void 0;
        this.count = void 0;
        this.average = void 0;
        this.value = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let ok_, $w;
        let $err;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0:
                        $f.total = 0;
                        $f.count = 0;
                        $f.average = undefined;
                        $s = 1;
                    case 1:
                    case 4:
                        if (!(true)) {
                            $s = 5;
                            continue $loop;
                        }
                        $f.value = void 0;
                        $s = 6;
                    case 6:
                        $f.$s = 9;
                        return $f.average;
                    case 9:
                        $f.value = $v;
                        $s = 7;
                        continue $loop;
                    case 8:
                        {
                            let e = $err;
                            if (!(e instanceof Reset))
                                throw e;
                            $f.total = 0;
                            $f.count = 0;
                            $f.average = undefined;
                            print("  averager: reset");
                            {
                                $s = 4;
                                continue $loop;
                            }
                        }
                        $s = 7;
                        continue $loop;
                    case 7: if (($w = store($f.value)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                        $w.$s = -2;
                        try {
                            $v = $w.$step(0, void 0, $m - 1);
                        }
                        catch ($e) {
                            throw __pycoro.awaitRaised($w, $e);
                        }
                        if ($v === __pycoro.DELEGATE) {
                            $f.$yf = $w;
                            $f.$s = 10;
                            return $v;
                        }
                        $w.$s = -1;
                    }
                    else if (($v = __pycoro.awaitOther($f, $w, 10)) === __pycoro.DELEGATE)
                        return $v;
                    case 10:
                        ok_ = $v;
                        if (!ok_) {
                            print(`  averager: storage refused ${repr($f.value)}`);
                            {
                                $s = 4;
                                continue $loop;
                            }
                        }
                        $f.total += $f.value;
                        $f.count += 1;
                        $f.average = float($f.total / $f.count);
                        $s = 4;
                        continue $loop;
                    case 5:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        {
                            print(`  averager: closing after ${$f.count} values`);
                        }
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.average = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.average = $f.$x0 = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                    case 8:
                    case 7:
                    case 10:
                    case 5:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                    case 6:
                    case 9:
                        $err = $e;
                        $s = 8;
                        continue $loop;
                }
                $f.average = $f.$x0 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.average = this.$x0 = void 0;
    }
    static $meta = { name: "averager", qualname: "averager", file: "fixtures/ag/scenario-asend-averager/input.ts", line: 30, kind: "async-generator", locals: [["total", "total"], ["count", "count"], ["average", "average"], ["value", "value"]], lines: [30, 34, 56, 56, 35, 54, 37, 39, 39, 38, 47] };
}, C_2 => C_2.$fn = function averager() {
    return new C_2();
});
const avg = averager();
print("1 prime:", complete(avg.asend(undefined)));
for (const v of [10, 20, 30])
    print(`2 asend(${v}):`, complete(avg.asend(v), () => true));
print("3 refused value:", complete(avg.asend(99), () => false));
print("4 athrow(Reset):", complete(avg.athrow(Reset)));
print("5 asend(5):", complete(avg.asend(5), () => true));
print("6 aclose():", complete(avg.aclose()));
const consumer = __pycoro.defineCoroutine(class consumer$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.values = p0;
        this.a = void 0;
        this.out = void 0;
        this.v = void 0;
        this.$it = void 0;
        this.$r = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$t0 = void 0;
        this.$t1 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0:
                        $f.a = averager();
                        if (($w = $f.a.asend(undefined)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 1;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 1)) === __pycoro.DELEGATE)
                            return $v;
                    case 1:
                        $f.out = [];
                        $f.$it = __pycoro.iter($f.values, "values");
                        $s = 2;
                    case 2:
                    case 5:
                        try {
                            $f.$r = $f.$it.$next();
                        }
                        catch ($e) {
                            $f.$it = null;
                            throw $e;
                        }
                        if ($f.$it.$s === -1) {
                            $s = 6;
                            continue $loop;
                        }
                        $f.v = $f.$r;
                        $f.$t0 = $f.out;
                        $f.$t1 = $f.$t0.push;
                        if (($w = $f.a.asend($f.v)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 7;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 7)) === __pycoro.DELEGATE)
                            return $v;
                    case 7:
                        __pycoro.callable($f.$t1, "out.push").call($f.$t0, $v);
                        $s = 5;
                        continue $loop;
                    case 6:
                        $f.$it = null;
                        $f.$c0 = 3;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 4:
                        if ($f.$it !== null)
                            __pycoro.iterClose($f.$it, $f.$c0 === -1);
                        $f.$it = null;
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.values = $f.a = $f.out = $f.v = $f.$it = $f.$r = $f.$x0 = $f.$t0 = $f.$t1 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 3: if (($w = $f.a.aclose()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                        $w.$s = -2;
                        try {
                            $v = $w.$step(0, void 0, $m - 1);
                        }
                        catch ($e) {
                            throw __pycoro.awaitRaised($w, $e);
                        }
                        if ($v === __pycoro.DELEGATE) {
                            $f.$yf = $w;
                            $f.$s = 8;
                            return $v;
                        }
                        $w.$s = -1;
                    }
                    else if (($v = __pycoro.awaitOther($f, $w, 8)) === __pycoro.DELEGATE)
                        return $v;
                    case 8: {
                        $v = $f.out;
                        $f.values = $f.a = $f.out = $f.v = $f.$it = $f.$r = $f.$x0 = $f.$t0 = $f.$t1 = void 0;
                        return $v;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 2:
                    case 5:
                    case 7:
                    case 6:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                }
                $f.values = $f.a = $f.out = $f.v = $f.$it = $f.$r = $f.$x0 = $f.$t0 = $f.$t1 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.values = this.a = this.out = this.v = this.$it = this.$r = this.$x0 = this.$t0 = this.$t1 = void 0;
    }
    static $meta = { name: "consumer", qualname: "consumer", file: "fixtures/ag/scenario-asend-averager/input.ts", line: 69, kind: "coroutine", locals: [["values", "values"], ["a", "a"], ["out", "out"], ["v", "v"]], lines: [69, 71, 73, 73, 73, 73, 73, 73, 74] };
}, C_3 => C_3.$fn = function consumer(values) {
    return new C_3(values);
});
print("7 driven by a coroutine:", complete(consumer([1, 2, 3, 4]), (req) => req.items[1] % 2 === 1));
