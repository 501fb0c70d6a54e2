import * as __pycoro from "pycoro/internal";
// Scenario (test_coroutines.py spirit, CO-13/CO-09/CO-17): a tiny scheduler in the style of David
// Beazley's coroutine talks. Tasks are native coroutines driven with send()/throw(); they talk to
// the scheduler by awaiting request objects whose __await__ yields the request itself (what the
// task's send() returns) and returns the scheduler's answer. Sleeping, spawning, joining,
// cancelling (throw() into a sleeping task, which awaits again while cleaning up), a failing task.
import { StopIteration, ValueError } from "pycoro";
import { print, repr, tuple } from "../../_lib/py.js";
class Cancelled extends Error {
}
let ___await__$1;
class Request {
    __await__() {
        return new (___await__$1 ??= __pycoro.frameClass(class __await__$ {
            constructor(p0) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.$t = p0;
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
                                return $f.$t;
                            case 1: {
                                $f.$t = void 0;
                                return $v;
                            }
                        }
                }
                catch ($e) {
                    $f.$t = void 0;
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
                this.$t = void 0;
            }
            static $meta = { name: "__await__", qualname: "Request.__await__", file: "fixtures/co/scenario-trampoline-scheduler/input.ts", line: 12, kind: "generator", locals: [], lines: [12, 14], handled: [] };
        }, __pycoro.Generator))(this);
    }
}
class Sleep extends Request {
    ticks;
    constructor(ticks) {
        super();
        this.ticks = ticks;
    }
}
class Spawn extends Request {
    coro;
    name;
    constructor(coro, name) {
        super();
        this.coro = coro;
        this.name = name;
    }
}
class Join extends Request {
    tid;
    constructor(tid) {
        super();
        this.tid = tid;
    }
}
class Cancel extends Request {
    tid;
    constructor(tid) {
        super();
        this.tid = tid;
    }
}
class Now extends Request {
}
class Scheduler {
    ready = [];
    sleeping = [];
    tasks = new Map();
    names = new Map();
    done = new Map();
    joiners = new Map();
    now = 0;
    nextTid = 1;
    log(msg) {
        print(`[t=${this.now}] ${msg}`);
    }
    spawn(coro, name) {
        const tid = this.nextTid++;
        this.tasks.set(tid, coro);
        this.names.set(tid, name);
        this.ready.push([tid, "send", undefined]);
        return tid;
    }
    sleep(tid, ticks) {
        const wake = this.now + ticks;
        let i = 0;
        while (i < this.sleeping.length && this.sleeping[i][0] <= wake)
            i++;
        this.sleeping.splice(i, 0, [wake, tid]);
    }
    finish(tid, outcome) {
        this.done.set(tid, outcome);
        this.tasks.delete(tid);
        this.log(`${this.names.get(tid)} finished: ${repr(outcome)}`);
        for (const j of this.joiners.get(tid) ?? [])
            this.ready.push([j, "send", outcome]);
        this.joiners.delete(tid);
    }
    step(tid, mode, value) {
        const coro = this.tasks.get(tid);
        let req;
        try {
            req = mode === "send" ? coro.send(value) : coro.throw(value);
        }
        catch (e) {
            if (e instanceof StopIteration)
                this.finish(tid, tuple("ok", e.value));
            else
                this.finish(tid, tuple("error", repr(e)));
            return;
        }
        if (req instanceof Sleep) {
            this.sleep(tid, req.ticks);
        }
        else if (req instanceof Spawn) {
            this.ready.push([tid, "send", this.spawn(req.coro, req.name)]);
        }
        else if (req instanceof Join) {
            if (this.done.has(req.tid)) {
                this.ready.push([tid, "send", this.done.get(req.tid)]);
            }
            else {
                if (!this.joiners.has(req.tid))
                    this.joiners.set(req.tid, []);
                this.joiners.get(req.tid).push(tid);
            }
        }
        else if (req instanceof Cancel) {
            const target = req.tid;
            this.sleeping = this.sleeping.filter((s) => s[1] !== target);
            this.ready = this.ready.filter((r) => r[0] !== target);
            this.ready.push([target, "throw", new Cancelled(`cancelled by ${this.names.get(tid)}`)]);
            this.ready.push([tid, "send", true]);
        }
        else if (req instanceof Now) {
            this.ready.push([tid, "send", this.now]);
        }
        else {
            this.ready.push([tid, "throw", new TypeError(`bad request ${repr(req)}`)]);
        }
    }
    run() {
        while (this.ready.length || this.sleeping.length) {
            if (!this.ready.length) {
                const [wake, tid] = this.sleeping.shift();
                this.now = Math.max(this.now, wake);
                this.ready.push([tid, "send", undefined]);
                continue;
            }
            const [tid, mode, value] = this.ready.shift();
            this.step(tid, mode, value);
        }
    }
}
const sched = new Scheduler();
const ticker = __pycoro.defineCoroutine(class ticker$ {
    constructor(p0, p1, p2) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.name = p0;
        this.n = p1;
        this.period = p2;
        this.i = void 0;
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
                    case 0: $f.i = 0;
                    case 1:
                        if (!($f.i < $f.n)) {
                            $s = 3;
                            continue $loop;
                        }
                        sched.log(`${$f.name} tick ${$f.i}`);
                        if (($w = new Sleep($f.period)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.i++;
                        $s = 1;
                        continue $loop;
                    case 3: {
                        $v = `${$f.name} ticked ${$f.n} times`;
                        $f.name = void 0;
                        return $v;
                    }
                }
        }
        catch ($e) {
            $f.name = void 0;
            throw $e;
        }
    }
    $forget() {
        this.name = void 0;
    }
    static $meta = { name: "ticker", qualname: "ticker", file: "fixtures/co/scenario-trampoline-scheduler/input.ts", line: 128, kind: "coroutine", locals: [["name", "name"], ["n", "n"], ["period", "period"], ["i", "i"]], lines: [128, 129, 131, 131, 131] };
}, C_1 => C_1.$fn = function ticker(name, n, period) {
    return new C_1(name, n, period);
});
const sleeper = __pycoro.defineCoroutine(class sleeper$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.name = p0;
        this.e = void 0;
        this.$t0 = void 0;
        this.$t1 = void 0;
        this.$t2 = void 0;
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
                    case 1:
                        sched.log(`${$f.name} goes to sleep for 100`);
                        if (($w = new Sleep(100)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 4: {
                        $f.name = $f.e = $f.$t0 = $f.$t1 = $f.$t2 = void 0;
                        return "woke up";
                    }
                    case 3:
                        $f.e = $err;
                        if (!($f.e instanceof Cancelled))
                            throw $f.e;
                        sched.log(`${$f.name} got ${repr($f.e)}, cleaning up`);
                        if (($w = new Sleep(1)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 5;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 5)) === __pycoro.DELEGATE)
                            return $v;
                    case 5:
                        $f.$t0 = sched;
                        $f.$t1 = $f.$t0.log;
                        $f.$t2 = `${$f.name}`;
                        if (($w = new Now()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        __pycoro.callable($f.$t1, "sched.log").call($f.$t0, `${$f.$t2} cleaned up at ${$v}`);
                        throw $f.e;
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
                $f.name = $f.e = $f.$t0 = $f.$t1 = $f.$t2 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.name = this.e = this.$t0 = this.$t1 = this.$t2 = void 0;
    }
    static $meta = { name: "sleeper", qualname: "sleeper", file: "fixtures/co/scenario-trampoline-scheduler/input.ts", line: 136, kind: "coroutine", locals: [["name", "name"], ["e", "e"]], lines: [136, 137, 146, 141, 139, 144, 145] };
}, C_2 => C_2.$fn = function sleeper(name) {
    return new C_2(name);
});
const failing = __pycoro.defineCoroutine(class failing$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: if (($w = new Sleep(2)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                case 1: throw new ValueError("failing task failed");
            }
    }
    static $meta = { name: "failing", qualname: "failing", file: "fixtures/co/scenario-trampoline-scheduler/input.ts", line: 150, kind: "coroutine", locals: [], lines: [150, 151] };
}, C_3 => C_3.$fn = function failing() {
    return new C_3();
});
const main = __pycoro.defineCoroutine(class main$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.t1 = void 0;
        this.t2 = void 0;
        this.t3 = void 0;
        this.t4 = void 0;
        this.r1 = void 0;
        this.r3 = void 0;
        this.r4 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let r2_, $w;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0: if (($w = new Spawn(ticker("fast", 4, 1), "fast")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.t1 = $v;
                        if (($w = new Spawn(ticker("slow", 2, 3), "slow")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.t2 = $v;
                        if (($w = new Spawn(sleeper("sleepy"), "sleepy")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.t3 = $v;
                        if (($w = new Spawn(failing(), "failing")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.t4 = $v;
                        sched.log(`main spawned ${repr([$f.t1, $f.t2, $f.t3, $f.t4])}`);
                        if (($w = new Join($f.t1)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 5;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 5)) === __pycoro.DELEGATE)
                            return $v;
                    case 5:
                        $f.r1 = $v;
                        sched.log(`main joined fast: ${repr($f.r1)}`);
                        if (($w = new Cancel($f.t3)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 6: if (($w = new Join($f.t3)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.r3 = $v;
                        sched.log(`main joined sleepy: ${repr($f.r3)}`);
                        if (($w = new Join($f.t4)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 8:
                        $f.r4 = $v;
                        if (($w = new Join($f.t2)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 9;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 9)) === __pycoro.DELEGATE)
                            return $v;
                    case 9:
                        r2_ = $v;
                        sched.log(`main joined failing and slow: ${repr($f.r4)} ${repr(r2_)}`);
                        {
                            $f.t1 = $f.t2 = $f.t3 = $f.t4 = $f.r1 = $f.r3 = $f.r4 = void 0;
                            return "main done";
                        }
                }
        }
        catch ($e) {
            $f.t1 = $f.t2 = $f.t3 = $f.t4 = $f.r1 = $f.r3 = $f.r4 = void 0;
            throw $e;
        }
    }
    $forget() {
        this.t1 = this.t2 = this.t3 = this.t4 = this.r1 = this.r3 = this.r4 = void 0;
    }
    static $meta = { name: "main", qualname: "main", file: "fixtures/co/scenario-trampoline-scheduler/input.ts", line: 155, kind: "coroutine", locals: [["t1", "t1"], ["t2", "t2"], ["t3", "t3"], ["t4", "t4"], ["r1", "r1"], ["r3", "r3"], ["r4", "r4"]], lines: [155, 156, 157, 158, 159, 161, 163, 164, 166, 167] };
}, C_4 => C_4.$fn = function main() {
    return new C_4();
});
sched.spawn(main(), "main");
sched.run();
print("tasks left:", sched.tasks.size, "| time:", sched.now);
