import * as __pycoro from "pycoro/internal";
// GEN-29 (the parts TS can express): a bare yield yields None; a function whose only yield is
// unreachable is still a generator function (calling it runs nothing); a tuple is yielded as one value.
// (The rule's SyntaxErrors have no TS equivalent: TS's own grammar applies.)
import { getGeneratorState } from "pycoro";
import { attempt, list, print, tuple } from "../../_lib/py.js";
const bare = __pycoro.defineGenerator(class bare$ {
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
                    return;
                case 1:
                    $f.$s = 2;
                    return undefined;
                case 2: return;
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
    static $meta = { name: "bare", qualname: "bare", file: "fixtures/gen/bare-yield-and-unreachable-yield/input.ts", line: 7, kind: "generator", locals: [], lines: [7, 8, 9], handled: [] };
}, C_1 => C_1.$fn = function bare() {
    return new C_1();
});
print("1 bare yield yields None:", list(bare()));
const unreachable = __pycoro.defineGenerator(class unreachable$ {
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
                    print("  body runs");
                    if (!(0 === 1)) {
                        return "r";
                    }
                    $f.$s = 2;
                    return;
                case 2: return "r";
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
    static $meta = { name: "unreachable", qualname: "unreachable", file: "fixtures/gen/bare-yield-and-unreachable-yield/input.ts", line: 13, kind: "generator", locals: [], lines: [13, 15, 15], handled: [] };
}, C_2 => C_2.$fn = function unreachable() {
    return new C_2();
});
const u = unreachable();
print("2 unreachable yield: still a generator, body not run:", getGeneratorState(u));
attempt("3 first send", () => u.send(undefined));
const pair = __pycoro.defineGenerator(class pair$ {
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
                        $v = tuple(1, 2);
                        $f.$s = 1;
                        return $v;
                    case 1:
                        $f.x = $v;
                        $f.$s = 2;
                        return;
                    case 2:
                        y_ = $v;
                        {
                            $v = tuple($f.x, y_);
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
    static $meta = { name: "pair", qualname: "pair", file: "fixtures/gen/bare-yield-and-unreachable-yield/input.ts", line: 22, kind: "generator", locals: [["x", "x"]], lines: [22, 23, 24], handled: [] };
}, C_3 => C_3.$fn = function pair() {
    return new C_3();
});
const p = pair();
print("4 a tuple is one value:", p.send(undefined), "| bare yield ->", p.send("x"));
attempt("5 end", () => p.send("y"));
