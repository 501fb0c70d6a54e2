import * as __pycoro from "pycoro/internal";
// throw() at every resume point of a body with nested try/catch/finally regions (and one in a loop):
// the exception must reach the handler of the region the generator is suspended in - inner catch,
// outer catch, a finally (where it replaces nothing and propagates outward), a catch block (where it
// escapes to the finally), or no handler at all.
import { StopIteration } from "pycoro";
import { excName, print } from "../../_lib/py.js";
class E extends Error {
}
const msg = (e) => e.message;
const regions = __pycoro.defineGenerator(class regions$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.e = void 0;
        this.e_1 = void 0;
        this.i = void 0;
        this.e_2 = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$c1 = void 0;
        this.$x1 = void 0;
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
                    case 0:
                        $f.$s = 1;
                        return "p0";
                    case 1: $s = 2;
                    case 2:
                        $f.$s = 6;
                        return "p1";
                    case 6: $s = 7;
                    case 7:
                        $f.$s = 11;
                        return "p2";
                    case 11:
                        $f.$c1 = 8;
                        $f.$x1 = void 0;
                        $s = 10;
                        continue $loop;
                    case 9:
                        $f.e = $err;
                        $v = `B caught ${msg($f.e)}`;
                        $f.$s = 12;
                        return $v;
                    case 12:
                        $f.$c1 = 8;
                        $f.$x1 = void 0;
                        $s = 10;
                        continue $loop;
                    case 10:
                        $f.$s = 13;
                        return "p4 finally B";
                    case 13:
                        if ($f.$c1 === -1)
                            throw $f.$x1;
                        if ($f.$c1 === -2) {
                            $f.$c0 = -2;
                            $f.$x0 = $f.$x1;
                            $s = 5;
                            continue $loop;
                        }
                        $s = $f.$c1;
                        continue $loop;
                    case 8:
                        $f.$s = 14;
                        return "p5";
                    case 14:
                        $f.$c0 = 3;
                        $f.$x0 = void 0;
                        $s = 5;
                        continue $loop;
                    case 4:
                        $f.e_1 = $err;
                        $v = `A caught ${msg($f.e_1)}`;
                        $f.$s = 15;
                        return $v;
                    case 15:
                        $f.$s = 16;
                        return "p7 in catch A";
                    case 16:
                        $f.$c0 = 3;
                        $f.$x0 = void 0;
                        $s = 5;
                        continue $loop;
                    case 5:
                        $f.$s = 17;
                        return "p8 finally A";
                    case 17:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.e = $f.e_1 = $f.e_2 = $f.$x0 = $f.$x1 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 3: $f.i = 0;
                    case 18:
                        if (!($f.i < 2)) {
                            $s = 20;
                            continue $loop;
                        }
                        $s = 21;
                    case 21:
                        $v = `p9 loop ${$f.i}`;
                        $f.$s = 24;
                        return $v;
                    case 24:
                        $s = 22;
                        continue $loop;
                    case 23:
                        $f.e_2 = $err;
                        $v = `loop caught ${msg($f.e_2)}`;
                        $f.$s = 25;
                        return $v;
                    case 25:
                        {
                            $s = 19;
                            continue $loop;
                        }
                        $s = 22;
                        continue $loop;
                    case 22:
                        $v = `p10 after try ${$f.i}`;
                        $f.$s = 26;
                        return $v;
                    case 19:
                    case 26:
                        $f.i++;
                        $s = 18;
                        continue $loop;
                    case 20:
                        $f.$s = 27;
                        return "p11";
                    case 27: {
                        $f.e = $f.e_1 = $f.e_2 = $f.$x0 = $f.$x1 = void 0;
                        return "end";
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 2:
                    case 6:
                    case 10:
                    case 13:
                    case 8:
                    case 14:
                        $err = $e;
                        $s = 4;
                        continue $loop;
                    case 7:
                    case 11:
                        $err = $e;
                        $s = 9;
                        continue $loop;
                    case 9:
                    case 12:
                        $f.$c1 = -1;
                        $f.$x1 = $e;
                        $s = 10;
                        continue $loop;
                    case 4:
                    case 15:
                    case 16:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 5;
                        continue $loop;
                    case 21:
                    case 24:
                        $err = $e;
                        $s = 23;
                        continue $loop;
                }
                $f.e = $f.e_1 = $f.e_2 = $f.$x0 = $f.$x1 = void 0;
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
        this.e = this.e_1 = this.e_2 = this.$x0 = this.$x1 = void 0;
    }
    static $meta = { name: "regions", qualname: "regions", file: "fixtures/control/throw-region-selection/input.ts", line: 11, kind: "generator", locals: [["e", "e"], ["e_1", "e"], ["i", "i"], ["e_2", "e"]], lines: [11, 12, 13, 27, 23, 26, 14, 15, 20, 17, 19, 16, 18, 20, 22, 24, 25, 27, 29, 36, 36, 30, 34, 32, 31, 33, 36, 38], handled: [6, 11, 12, 13, 14, 15, 16, 24] };
}, C_1 => function regions() {
    return new C_1();
});
function run(k, at) {
    // advance k steps normally, then throw; `at` only labels the line
    const g = regions();
    let v = g.send(undefined);
    for (let i = 0; i < k; i++)
        v = g.send(undefined);
    const out = [];
    try {
        out.push(g.throw(new E(`E${at}`)));
        for (;;)
            out.push(g.send(undefined));
    }
    catch (e) {
        out.push(e instanceof StopIteration ? `<returned ${e.value}>` : `<raised ${excName(e)}: ${msg(e)}>`);
    }
    print(`throw at ${v}:`, out.join(" | "));
}
const path = [];
const full = regions();
try {
    for (;;)
        path.push(full.send(undefined));
}
catch (e) {
    if (!(e instanceof StopIteration))
        throw e;
}
print("normal path:", path.join(" | "));
for (let k = 0; k < path.length; k++)
    run(k, k);
// repeated throws: into the catch blocks themselves (the exception leaves the catch, its finally runs)
const r = regions();
const seq = [r.send(undefined), r.send(undefined), r.send(undefined)];
seq.push(r.throw(new E("first")));
seq.push(r.throw(new E("second")));
seq.push(r.send(undefined));
seq.push(r.throw(new E("third")));
try {
    seq.push(r.throw(new E("fourth")));
}
catch (e) {
    seq.push(`<raised ${excName(e)}: ${msg(e)}>`);
}
print("repeated:", seq.join(" | "));
