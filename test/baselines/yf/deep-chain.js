import * as __pycoro from "pycoro/internal";
// A delegation chain 500 levels deep (CPython's recursion limit allows ~1000; pycoro's driver has no
// limit). send() reaches the leaf and its return value climbs back level by level; throw() reaches the
// leaf and is caught at a chosen level; close() unwinds leaf first; gi_yieldfrom links form the chain.
// (Recursive generators use anonymous function expressions so that the recursive call goes through
// the const holding the marked function, never through a function expression's own name.)
import { getGeneratorState, StopIteration } from "pycoro";
import { attempt, print } from "../../_lib/py.js";
const DEPTH = 500;
class Oops extends Error {
}
const unwound = [];
const level = __pycoro.defineGenerator(class level$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.n = p0;
        this.r = void 0;
        this.total = void 0;
        this.v = void 0;
        this.e = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
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
                        if (!($f.n === 0)) {
                            $s = 4;
                            continue $loop;
                        }
                        $f.total = 0;
                    case 5:
                        $f.v = void 0;
                        $s = 8;
                    case 8:
                        $v = `leaf total=${$f.total}`;
                        $f.$s = 11;
                        return $v;
                    case 11:
                        $f.v = $v;
                        $s = 9;
                        continue $loop;
                    case 10:
                        $f.e = $err;
                        if (!($f.e instanceof Oops)) {
                            $s = 12;
                            continue $loop;
                        }
                        $v = `leaf saw ${$f.e.message}`;
                        $f.$s = 13;
                        return $v;
                    case 13: {
                        $s = 6;
                        continue $loop;
                    }
                    case 12: throw $f.e;
                    case 9:
                        if ($f.v === "stop") {
                            $f.$c0 = -2;
                            $f.$x0 = $f.total;
                            $s = 3;
                            continue $loop;
                        }
                        $f.total += $f.v;
                    case 6:
                        $s = 5;
                        continue $loop;
                    case 4: return __pycoro.yieldFrom($f, level($f.n - 1), 14);
                    case 14:
                        $f.r = $v;
                        if (!($f.n === 250)) {
                            $s = 15;
                            continue $loop;
                        }
                        $v = `level 250 got ${$f.r}`;
                        $f.$s = 16;
                        // the middle level yields once more on the way up
                        return $v;
                    case 15:
                    case 16:
                        {
                            $f.$c0 = -2;
                            $f.$x0 = $f.r + 1;
                            $s = 3;
                            continue $loop;
                        }
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        {
                            if ($f.n % 100 === 0)
                                unwound.push($f.n);
                        }
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.r = $f.v = $f.e = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.r = $f.v = $f.e = $f.$x0 = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 5:
                    case 10:
                    case 13:
                    case 12:
                    case 9:
                    case 6:
                    case 4:
                    case 14:
                    case 15:
                    case 16:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                    case 8:
                    case 11:
                        $err = $e;
                        $s = 10;
                        continue $loop;
                }
                $f.r = $f.v = $f.e = $f.$x0 = void 0;
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
        this.r = this.v = this.e = this.$x0 = void 0;
    }
    static $meta = { name: "level", qualname: "level", file: "fixtures/yf/deep-chain/input.ts", line: 13, kind: "generator", locals: [["n", "n"], ["r", "r"], ["total", "total"], ["v", "v"], ["e", "e"]], lines: [13, 14, 38, 38, 29, 17, 29, 29, 19, 26, 21, 20, 24, 23, 32, 35, 35], handled: [11, 13, 14, 16] };
}, C_1 => function level(n) {
    return new C_1(n);
});
const top = level(DEPTH);
print("1", top.send(undefined));
print("2", top.send(5), top.send(7));
print("3 throw reaches the leaf:", top.throw(new Oops("oops")));
print("  next:", top.send(undefined));
let depth = 0;
let cur = top;
while (cur) {
    depth++;
    cur = cur.gi_yieldfrom;
}
print("4 gi_yieldfrom chain length:", depth);
print("5 send('stop') -> leaf returns, level 250 yields:", top.send("stop"));
try {
    top.send(undefined);
}
catch (e) {
    if (!(e instanceof StopIteration))
        throw e;
    print("6 return value at the top:", e.value, "| finally levels seen:", unwound);
}
unwound.length = 0;
const again = level(DEPTH);
again.send(undefined);
attempt("7 close() the chain", () => again.close());
print("  unwound:", unwound, getGeneratorState(again));
const third = level(DEPTH);
third.send(undefined);
attempt("8 an uncaught throw unwinds every level", () => third.throw(new TypeError("bad")));
