import * as __pycoro from "pycoro/internal";
// Scenario: a round-robin scheduler of generator tasks. Each step sends the tick number into a task;
// a task's yield is a request ("spawn", "cancel <id>") or a plain value; the scheduler cancels a task
// by throwing Cancelled into it (the task may clean up, even yield once more), records return values
// from StopIteration and failures from other exceptions.
import { StopIteration } from "pycoro";
import { excName, print, repr } from "../../_lib/py.js";
class Cancelled extends Error {
}
class Boom extends Error {
}
const worker = __pycoro.defineGenerator(class worker$ {
    constructor(p0, p1) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.name = p0;
        this.n = p1;
        this.total = void 0;
        this.i = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let tick_;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        $f.total = 0;
                        $f.i = 0;
                    case 1:
                        if (!($f.i < $f.n)) {
                            $s = 3;
                            continue $loop;
                        }
                        $v = `${$f.name} step ${$f.i}`;
                        $f.$s = 4;
                        return $v;
                    case 4:
                        tick_ = $v;
                        $f.total += tick_ ?? 0;
                        $f.i++;
                        $s = 1;
                        continue $loop;
                    case 3: {
                        $v = `${$f.name} done total=${$f.total}`;
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
        this.name = void 0;
    }
    static $meta = { name: "worker", qualname: "worker", file: "fixtures/gen/scenario-round-robin-scheduler/input.ts", line: 13, kind: "generator", locals: [["name", "name"], ["n", "n"], ["total", "total"], ["i", "i"]], lines: [13, 15, 17, 17, 16], handled: [] };
}, C_1 => C_1.$fn = function worker(name, n) {
    return new C_1(name, n);
});
const stubborn = __pycoro.defineGenerator(class stubborn$ {
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
                    case 4:
                        $f.$s = 7;
                        return "stubborn working";
                    case 7:
                        $s = 4;
                        continue $loop;
                    case 3:
                        $f.e = $err;
                        if (!($f.e instanceof Cancelled))
                            throw $f.e;
                        $f.$s = 8;
                        return "stubborn cleaning up";
                    case 8: {
                        $f.e = void 0;
                        return "stubborn cancelled cleanly";
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                    case 7:
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
    static $meta = { name: "stubborn", qualname: "stubborn", file: "fixtures/gen/scenario-round-robin-scheduler/input.ts", line: 22, kind: "generator", locals: [["e", "e"]], lines: [22, 23, 28, 25, 24, 24, 24, 24, 27], handled: [7] };
}, C_2 => C_2.$fn = function stubborn() {
    return new C_2();
});
const spawner = __pycoro.defineGenerator(class spawner$ {
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
                    return "spawn";
                case 1:
                    $f.$s = 2;
                    return "cancel 2";
                case 2: return "spawner done";
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
    static $meta = { name: "spawner", qualname: "spawner", file: "fixtures/gen/scenario-round-robin-scheduler/input.ts", line: 32, kind: "generator", locals: [], lines: [32, 33, 34], handled: [] };
}, C_3 => C_3.$fn = function spawner() {
    return new C_3();
});
const crasher = __pycoro.defineGenerator(class crasher$ {
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
                    return "crasher about to fail";
                case 1: throw new Boom("crashed");
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
    static $meta = { name: "crasher", qualname: "crasher", file: "fixtures/gen/scenario-round-robin-scheduler/input.ts", line: 38, kind: "generator", locals: [], lines: [38, 39], handled: [] };
}, C_4 => C_4.$fn = function crasher() {
    return new C_4();
});
const tasks = new Map();
const queue = [];
const results = [];
let nextId = 1;
function add(t) {
    const id = nextId++;
    tasks.set(id, t);
    queue.push(id);
    return id;
}
add(worker("A", 3));
add(stubborn());
add(spawner());
add(crasher());
let tick = 0;
const pendingCancel = new Set();
while (queue.length) {
    const id = queue.shift();
    const t = tasks.get(id);
    tick++;
    let out;
    try {
        if (pendingCancel.has(id)) {
            pendingCancel.delete(id);
            out = t.throw(new Cancelled("by scheduler"));
        }
        else {
            out = t.send(tick === 1 || !t.gi_suspended ? undefined : tick);
        }
    }
    catch (e) {
        if (e instanceof StopIteration)
            results.push(`#${id} returned ${repr(e.value)}`);
        else
            results.push(`#${id} failed ${excName(e)}: ${e.message}`);
        print(`tick ${tick}: task #${id} finished`);
        continue;
    }
    print(`tick ${tick}: task #${id} -> ${out}`);
    if (out === "spawn")
        print(`  spawned #${add(worker("B", 2))}`);
    else if (out.startsWith("cancel "))
        pendingCancel.add(Number(out.slice(7)));
    queue.push(id);
}
print("results:");
for (const r of results)
    print(" ", r);
