import * as __pycoro from "pycoro/internal";
import { list, print } from "../../_lib/py.js";
let __Symbol_iterator_$1;
class Range {
    lo;
    hi;
    constructor(lo, hi) {
        this.lo = lo;
        this.hi = hi;
    }
    [Symbol.iterator]() {
        return new (__Symbol_iterator_$1 ??= __pycoro.frameClass(class _Symbol_iterator_$ {
            constructor(p0) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.$t = p0;
                this.i = void 0;
            }
            $step($s, $v, $m) {
                const $f = this;
                try {
                    if ($m > 0) {
                        throw $v;
                    }
                    $loop: for (;;)
                        switch ($s) {
                            case 0: $f.i = $f.$t.lo;
                            case 1:
                                if (!($f.i < $f.$t.hi)) {
                                    {
                                        $f.i = $f.$t = void 0;
                                        return;
                                    }
                                }
                                $f.$s = 4;
                                return $f.i;
                            case 4:
                                $f.i++;
                                $s = 1;
                                continue $loop;
                        }
                }
                catch ($e) {
                    $f.i = $f.$t = void 0;
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
                this.i = this.$t = void 0;
            }
            static $meta = { name: "[Symbol.iterator]", qualname: "Range.[Symbol.iterator]", file: "fixtures/control/iterable-class-symbol-iterator/input.ts", line: 11, kind: "generator", locals: [["i", "i"]], lines: [11, 13, 13, 13, 13], handled: [] };
        }, __pycoro.Generator))(this);
    }
}
const r = new Range(0, 3);
const seen = [];
for (const x of r)
    seen.push(x);
print("for...of:", seen);
print("spread:", [...new Range(5, 8)]);
const pairsOf = __pycoro.defineGenerator(class pairsOf$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.rg = p0;
        this.a = void 0;
        this.b = void 0;
        this.$it = void 0;
        this.$r = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$it1 = void 0;
        this.$r1 = void 0;
        this.$c1 = void 0;
        this.$x1 = void 0;
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
                    case 0:
                        $f.$it = __pycoro.iter($f.rg, "rg");
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
                        $f.$it1 = __pycoro.iter($f.rg, "rg");
                        $s = 6;
                    case 6:
                    case 9:
                        try {
                            $f.$r1 = $f.$it1.$next();
                        }
                        catch ($e) {
                            $f.$it1 = null;
                            throw $e;
                        }
                        if ($f.$it1.$s === -1) {
                            $s = 10;
                            continue $loop;
                        }
                        $f.b = $f.$r1;
                        if (!($f.a < $f.b)) {
                            $s = 11;
                            continue $loop;
                        }
                        $v = `${$f.a}${$f.b}`;
                        $f.$s = 12;
                        return $v;
                    case 11:
                    case 12:
                        $s = 9;
                        continue $loop;
                    case 10:
                        $f.$it1 = null;
                        $f.$c1 = 7;
                        $f.$x1 = void 0;
                        $s = 8;
                        continue $loop;
                    case 8:
                        if ($f.$it1 !== null)
                            __pycoro.iterClose($f.$it1, $f.$c1 === -1);
                        $f.$it1 = null;
                        if ($f.$c1 === -1)
                            throw $f.$x1;
                        if ($f.$c1 === -2) {
                            $f.$c0 = -2;
                            $f.$x0 = $f.$x1;
                            $s = 3;
                            continue $loop;
                        }
                        $s = $f.$c1;
                        continue $loop;
                    case 7:
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
                            $f.rg = $f.a = $f.b = $f.$it = $f.$r = $f.$x0 = $f.$it1 = $f.$r1 = $f.$x1 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: return __pycoro.yieldFrom($f, $f.rg, 13);
                    case 13: {
                        $f.rg = $f.a = $f.b = $f.$it = $f.$r = $f.$x0 = $f.$it1 = $f.$r1 = $f.$x1 = void 0;
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
                    case 5:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                    case 6:
                    case 9:
                    case 11:
                    case 12:
                    case 10:
                        $f.$c1 = -1;
                        $f.$x1 = $e;
                        $s = 8;
                        continue $loop;
                }
                $f.rg = $f.a = $f.b = $f.$it = $f.$r = $f.$x0 = $f.$it1 = $f.$r1 = $f.$x1 = void 0;
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
        this.rg = this.a = this.b = this.$it = this.$r = this.$x0 = this.$it1 = this.$r1 = this.$x1 = void 0;
    }
    static $meta = { name: "pairsOf", qualname: "pairsOf", file: "fixtures/control/iterable-class-symbol-iterator/input.ts", line: 22, kind: "generator", locals: [["rg", "rg"], ["a", "a"], ["b", "b"]], lines: [22, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 24], handled: [12] };
}, C_1 => function pairsOf(rg) {
    return new C_1(rg);
});
print("nested:", list(pairsOf(r)));
const live = new Range(0, 4);
const out = [];
for (const x of live) {
    out.push(x);
    if (x === 0)
        live.lo = 100;
}
print("this.lo read once at the start:", out);
