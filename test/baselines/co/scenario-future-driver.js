import * as __pycoro from "pycoro/internal";
// Scenario (CO-13): how asyncio works, in miniature. A Future whose __await__
// (a JavaScript generator here) yields the future itself while pending and returns or raises its
// result; a Task that drives a coroutine with send() and wakes it from the future's done callback;
// a loop with a ready queue and a virtual clock. Awaiting a finished task again is fine (it is a
// future, not a coroutine).
import { StopIteration } from "pycoro";
import { print, repr } from "../../_lib/py.js";
class LookupError extends Error {
}
class Loop {
    ready = [];
    timers = [];
    now = 0;
    seq = 0;
    callSoon(fn, ...args) {
        this.ready.push([fn, args]);
    }
    callLater(delay, fn, ...args) {
        this.seq += 1;
        const when = this.now + delay;
        let i = 0;
        while (i < this.timers.length && (this.timers[i][0] < when || (this.timers[i][0] === when && this.timers[i][1] <= this.seq)))
            i++;
        this.timers.splice(i, 0, [when, this.seq, fn, args]);
    }
    run() {
        while (this.ready.length || this.timers.length) {
            if (!this.ready.length) {
                const [when, , fn, args] = this.timers.shift();
                this.now = when;
                this.ready.push([fn, args]);
            }
            const [fn, args] = this.ready.shift();
            fn(...args);
        }
    }
}
const loop = new Loop();
class Future {
    name;
    done = false;
    result = undefined;
    error = undefined;
    callbacks = [];
    constructor(name) {
        this.name = name;
    }
    setResult(v) {
        this.done = true;
        this.result = v;
        for (const cb of this.callbacks)
            loop.callSoon(cb, this);
    }
    setException(e) {
        this.done = true;
        this.error = e;
        for (const cb of this.callbacks)
            loop.callSoon(cb, this);
    }
    *__await__() {
        if (!this.done)
            yield this;
        if (this.error !== undefined)
            throw this.error;
        return this.result;
    }
}
class Task extends Future {
    coro;
    constructor(coro, name) {
        super(name);
        this.coro = coro;
        loop.callSoon((exc) => this.step(exc), undefined);
    }
    step(exc) {
        let fut;
        try {
            fut = (exc === undefined ? this.coro.send(undefined) : this.coro.throw(exc));
        }
        catch (e) {
            if (e instanceof StopIteration) {
                print(`  [${loop.now}] task ${this.name} returned ${repr(e.value)}`);
                this.setResult(e.value);
                return;
            }
            print(`  [${loop.now}] task ${this.name} raised ${repr(e)}`);
            this.setException(e);
            return;
        }
        print(`  [${loop.now}] task ${this.name} waits on ${fut.name}`);
        fut.callbacks.push((f) => this.wakeup(f));
    }
    wakeup(_fut) {
        this.step(undefined);
    }
}
function sleepFuture(delay, value) {
    const f = new Future(`sleep(${delay})`);
    loop.callLater(delay, (v) => f.setResult(v), value);
    return f;
}
function failingFuture(delay, msg) {
    const f = new Future(`fail(${delay})`);
    loop.callLater(delay, (e) => f.setException(e), new LookupError(msg));
    return f;
}
const fetch = __pycoro.defineCoroutine(class fetch$ {
    constructor(p0, p1) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.key = p0;
        this.delay = p1;
    }
    $step($s, $v, $m) {
        const $f = this;
        let v_, $w;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0: if (($w = sleepFuture($f.delay, `value of ${$f.key}`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        v_ = ($v);
                        {
                            $v = v_.toUpperCase();
                            $f.key = void 0;
                            return $v;
                        }
                }
        }
        catch ($e) {
            $f.key = void 0;
            throw $e;
        }
    }
    $forget() {
        this.key = void 0;
    }
    static $meta = { name: "fetch", qualname: "fetch", file: "fixtures/co/scenario-future-driver/input.ts", line: 105, kind: "coroutine", locals: [["key", "key"], ["delay", "delay"]], lines: [105, 106] };
}, C_1 => C_1.$fn = function fetch(key, delay) {
    return new C_1(key, delay);
});
const gather = __pycoro.defineCoroutine(class gather$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.aws = p0;
        this.results = void 0;
        this.a = void 0;
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
                        $f.results = [];
                        $f.$it = __pycoro.iter($f.aws, "aws");
                        $s = 1;
                    case 1:
                    case 4:
                        try {
                            $f.$r = $f.$it.$next();
                        }
                        catch ($e) {
                            $f.$it = null;
                            throw $e;
                        }
                        if ($f.$it.$s === -1) {
                            $s = 5;
                            continue $loop;
                        }
                        $f.a = $f.$r;
                        $f.$t0 = $f.results;
                        $f.$t1 = $f.$t0.push;
                        if (($w = $f.a) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 6;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 6)) === __pycoro.DELEGATE)
                            return $v;
                    case 6:
                        __pycoro.callable($f.$t1, "results.push").call($f.$t0, $v);
                        $s = 4;
                        continue $loop;
                    case 5:
                        $f.$it = null;
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        if ($f.$it !== null)
                            __pycoro.iterClose($f.$it, $f.$c0 === -1);
                        $f.$it = null;
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.aws = $f.results = $f.a = $f.$it = $f.$r = $f.$x0 = $f.$t0 = $f.$t1 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $v = $f.results;
                        $f.aws = $f.results = $f.a = $f.$it = $f.$r = $f.$x0 = $f.$t0 = $f.$t1 = void 0;
                        return $v;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                    case 6:
                    case 5:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                }
                $f.aws = $f.results = $f.a = $f.$it = $f.$r = $f.$x0 = $f.$t0 = $f.$t1 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.aws = this.results = this.a = this.$it = this.$r = this.$x0 = this.$t0 = this.$t1 = void 0;
    }
    static $meta = { name: "gather", qualname: "gather", file: "fixtures/co/scenario-future-driver/input.ts", line: 110, kind: "coroutine", locals: [["aws", "aws"], ["results", "results"], ["a", "a"]], lines: [110, 112, 112, 112, 112, 112, 112] };
}, C_2 => C_2.$fn = function gather(...aws) {
    return new C_2(aws);
});
const careful = __pycoro.defineCoroutine(class careful$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        let $err;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0: $s = 1;
                    case 1: if (($w = failingFuture(2, "no such key")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 4: return undefined;
                    case 3:
                        {
                            let e = $err;
                            if (!(e instanceof LookupError))
                                throw e;
                            print(`  [${loop.now}] careful caught ${repr(e)}`);
                            return "recovered";
                        }
                        return undefined;
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
    static $meta = { name: "careful", qualname: "careful", file: "fixtures/co/scenario-future-driver/input.ts", line: 116, kind: "coroutine", locals: [], lines: [116, 117, 119, 119, 118] };
}, C_3 => C_3.$fn = function careful() {
    return new C_3();
});
const main = __pycoro.defineCoroutine(class main$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.a = void 0;
        this.b = void 0;
        this.c = void 0;
        this.direct = void 0;
        this.results = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let already_, $w;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        $f.a = new Task(fetch("a", 3), "fetch-a");
                        $f.b = new Task(fetch("b", 1), "fetch-b");
                        $f.c = new Task(careful(), "careful");
                        if (($w = fetch("direct", 2)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.direct = $v;
                        print(`  [${loop.now}] main: direct fetch -> ${repr($f.direct)}`);
                        if (($w = gather($f.a, $f.b, $f.c)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.results = $v;
                        print(`  [${loop.now}] main: gathered ${repr($f.results)}`);
                        if (($w = $f.b) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 3;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 3)) === __pycoro.DELEGATE)
                            return $v;
                    case 3:
                        already_ = $v;
                        print(`  [${loop.now}] main: awaiting a finished task again -> ${repr(already_)}`);
                        {
                            $v = $f.results.length;
                            $f.a = $f.b = $f.c = $f.direct = $f.results = void 0;
                            return $v;
                        }
                }
        }
        catch ($e) {
            $f.a = $f.b = $f.c = $f.direct = $f.results = void 0;
            throw $e;
        }
    }
    $forget() {
        this.a = this.b = this.c = this.direct = this.results = void 0;
    }
    static $meta = { name: "main", qualname: "main", file: "fixtures/co/scenario-future-driver/input.ts", line: 127, kind: "coroutine", locals: [["a", "a"], ["b", "b"], ["c", "c"], ["direct", "direct"], ["results", "results"]], lines: [127, 131, 133, 135] };
}, C_4 => C_4.$fn = function main() {
    return new C_4();
});
new Task(main(), "main");
loop.run();
print("loop finished at", loop.now);
