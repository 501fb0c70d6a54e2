import * as __pycoro from "pycoro/internal";
// YF-13 across drivers: a frame in the middle of a chain a -> x -> c -> l is running exactly while
// the chain it is part of runs, whichever frame drives it: the base a, then x from the middle (x
// takes x -> c -> l over; a stays suspended), then a again. pycoro finds the stack of a frame in
// the middle of a chain by following its delegators (runtime/core/driver.ts `ownerOf`) and
// remembers the last answer; every state is read at rest before each drive, so a remembered answer
// that a re-link did not forget would show here.
import { getGeneratorState } from "pycoro";
import { print } from "../../_lib/py.js";
const frames = {};
const states = () => ["a", "x", "c", "l"].map((k) => `${k}=${getGeneratorState(frames[k])}`).join(" ");
const leaf = __pycoro.defineGenerator(class leaf$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.i = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: $f.i = 0;
                case 1:
                    if (!($f.i < 4)) {
                        return "leaf done";
                    }
                    print(`  in leaf ${$f.i}:`, states(), "| c.gi_running:", frames.c.gi_running, "| x.gi_yieldfrom is None:", frames.x.gi_yieldfrom == null);
                    $v = `l${$f.i}`;
                    $f.$s = 4;
                    return $v;
                case 4:
                    $f.i++;
                    $s = 1;
                    continue $loop;
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
    static $meta = { name: "leaf", qualname: "leaf", file: "fixtures/yf/running-taken-over/input.ts", line: 14, kind: "generator", locals: [["i", "i"]], lines: [14, 15, 17, 17, 17], handled: [] };
}, C_1 => C_1.$fn = function leaf() {
    return new C_1();
});
const mid = __pycoro.defineGenerator(class mid$ {
    constructor(p0, p1) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.name = p0;
        this.sub = p1;
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
                    case 0: return __pycoro.yieldFrom($f, $f.sub, 1);
                    case 1:
                        r_ = $v;
                        {
                            $v = `${$f.name} got ${r_}`;
                            $f.name = $f.sub = void 0;
                            return $v;
                        }
                }
        }
        catch ($e) {
            $f.name = $f.sub = void 0;
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
        this.name = this.sub = void 0;
    }
    static $meta = { name: "mid", qualname: "mid", file: "fixtures/yf/running-taken-over/input.ts", line: 21, kind: "generator", locals: [["name", "name"], ["sub", "sub"]], lines: [21, 22], handled: [] };
}, C_2 => C_2.$fn = function mid(name, sub) {
    return new C_2(name, sub);
});
frames.l = leaf();
frames.c = mid("c", frames.l);
frames.x = mid("x", frames.c);
frames.a = mid("a", frames.x);
const rest = () => print("  at rest:", states(), "| c.gi_running:", frames.c.gi_running, "| c.gi_yieldfrom is l:", frames.c.gi_yieldfrom === frames.l);
print("1 a.send:", frames.a.send(undefined));
rest();
print("2 x.send:", frames.x.send(undefined));
rest();
print("3 a.send:", frames.a.send(undefined));
rest();
print("4 x.send:", frames.x.send(undefined));
rest();
try {
    frames.a.send(undefined);
}
catch (e) {
    print("5 a.send: StopIteration", e.value);
}
print("  finished:", states());
