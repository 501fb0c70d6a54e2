import * as __pycoro from "pycoro/internal";
// GEN-27: leaving a manual next() loop early does not close the generator; it stays suspended and can
// be resumed. pycoro deviation (SURFACE §1): for...of, spread and destructuring are JavaScript's
// protocol, so leaving a for...of early (break, return, throw) or destructuring fewer items than the
// generator has calls return(), which CLOSES a pycoro generator. The twin calls close() explicitly
// at the points where JavaScript calls return().
import { getGeneratorState } from "pycoro";
import { print } from "../../_lib/py.js";
class Boom extends Error {
}
const fin = __pycoro.defineGenerator(class fin$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$c0 = void 0;
        this.$x0 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0: $s = 1;
                    case 1:
                        $f.$s = 4;
                        return 1;
                    case 4:
                        $f.$s = 5;
                        return 2;
                    case 5:
                        $f.$s = 6;
                        return 3;
                    case 6:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        {
                            print("  fin: finally");
                        }
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.$x0 = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                    case 5:
                    case 6:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                }
                $f.$x0 = void 0;
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
        this.$x0 = void 0;
    }
    static $meta = { name: "fin", qualname: "fin", file: "fixtures/gen/manual-iteration-vs-for-of/input.ts", line: 11, kind: "generator", locals: [], lines: [11, 12, 16, 16, 13, 14, 15], handled: [4, 5, 6] };
}, C_1 => C_1.$fn = function fin() {
    return new C_1();
});
// 1. a manual loop with next(): break leaves the generator suspended
const g = fin();
for (;;) {
    const r = g.next();
    if (r.done)
        break;
    print("manual got", r.value);
    if (r.value === 1)
        break;
}
print("1 after manual break:", getGeneratorState(g), "gi_suspended:", g.gi_suspended);
print("2 it resumes where it stopped:", g.send(undefined));
g.close();
// 2. for...of + break: return() closes it
const h = fin();
for (const x of h) {
    print("for-of got", x);
    if (x === 1)
        break;
}
print("3 after for-of break:", getGeneratorState(h));
// 3. for...of left by an exception: return() runs before the exception reaches the catch
const k = fin();
try {
    for (const x of k) {
        print("for-of got", x);
        throw new Boom("stop");
    }
}
catch (e) {
    print("4 caught", e.message, "state:", getGeneratorState(k));
}
// 4. for...of left by return from an enclosing function
function firstOf(it) {
    for (const x of it)
        return x;
    return undefined;
}
const m = fin();
print("5 firstOf ->", firstOf(m), getGeneratorState(m));
// 5. destructuring takes two items, then calls return()
const n = fin();
const [a, b] = n;
print("6 destructured", a, b, getGeneratorState(n));
// 6. a for...of that runs to the end exhausts it normally
const p = fin();
for (const x of p)
    print("for-of got", x);
print("7 exhausted:", getGeneratorState(p));
