import * as __pycoro from "pycoro/internal";
import { print } from "../../_lib/py.js";
const accumulate = __pycoro.defineGenerator(class accumulate$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.tally = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let next_;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: $f.tally = 0;
                case 1:
                    $f.$s = 4;
                    return;
                case 4:
                    next_ = $v;
                    if (next_ === undefined)
                        return $f.tally;
                    $f.tally += next_;
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
    static $meta = { name: "accumulate", qualname: "accumulate", file: "fixtures/yf/scenario-accumulate-tallies/input.ts", line: 7, kind: "generator", locals: [["tally", "tally"]], lines: [7, 9, 12, 12, 10], handled: [] };
}, C_1 => C_1.$fn = function accumulate() {
    return new C_1();
});
const gatherTallies = __pycoro.defineGenerator(class gatherTallies$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.tallies = p0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let tally_;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                    case 1: return __pycoro.yieldFrom($f, accumulate(), 4);
                    case 4:
                        tally_ = $v;
                        $f.tallies.push(tally_);
                        $s = 1;
                        continue $loop;
                }
        }
        catch ($e) {
            $f.tallies = void 0;
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
        this.tallies = void 0;
    }
    static $meta = { name: "gatherTallies", qualname: "gatherTallies", file: "fixtures/yf/scenario-accumulate-tallies/input.ts", line: 16, kind: "generator", locals: [["tallies", "tallies"]], lines: [16, 17, 19, 19, 18], handled: [] };
}, C_2 => C_2.$fn = function gatherTallies(tallies) {
    return new C_2(tallies);
});
const tallies = [];
const acc = gatherTallies(tallies);
acc.send(undefined);
for (let i = 0; i < 4; i++)
    acc.send(i);
acc.send(undefined);
for (let i = 0; i < 5; i++)
    acc.send(i);
acc.send(undefined);
acc.send(undefined);
print("tallies:", tallies);
acc.close();
