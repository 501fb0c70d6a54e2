import * as __pycoro from "pycoro/internal";
import { drive, print } from "../../_lib/py.js";
const arr = [1, 2];
class Counter {
    n;
    constructor(n) {
        this.n = n;
    }
    [Symbol.iterator]() {
        let i = 0;
        const n = this.n;
        return {
            next: () => (i < n ? { done: false, value: i++ } : { done: true, value: undefined }),
            return: () => {
                print("  Counter.return() called at", i);
                return { done: true, value: undefined };
            },
        };
    }
}
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.x = void 0;
        this.k = void 0;
        this.v = void 0;
        this.ch = void 0;
        this.c = void 0;
        this.c_1 = void 0;
        this.$it = void 0;
        this.$r = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$it1 = void 0;
        this.$r1 = void 0;
        this.$c1 = void 0;
        this.$x1 = void 0;
        this.$it2 = void 0;
        this.$r2 = void 0;
        this.$c2 = void 0;
        this.$x2 = void 0;
        this.$it3 = void 0;
        this.$r3 = void 0;
        this.$c3 = void 0;
        this.$x3 = void 0;
        this.$it4 = void 0;
        this.$r4 = void 0;
        this.$c4 = void 0;
        this.$x4 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let cmd_;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0:
                        $f.$it = __pycoro.iter(arr, "arr");
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
                        $f.x = $f.$r;
                        $v = `arr ${$f.x}`;
                        $f.$s = 6;
                        return $v;
                    case 6:
                        cmd_ = $v;
                        if (cmd_ === "push")
                            arr.push($f.x * 10);
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
                            $f.x = $f.k = $f.v = $f.ch = $f.c = $f.c_1 = $f.$it = $f.$r = $f.$x0 = $f.$it1 = $f.$r1 = $f.$x1 = $f.$it2 = $f.$r2 = $f.$x2 = $f.$it3 = $f.$r3 = $f.$x3 = $f.$it4 = $f.$r4 = $f.$x4 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2:
                        $f.$it1 = __pycoro.iter(new Map([["m1", 1], ["m2", 2]]));
                        $s = 7;
                    case 7:
                    case 10:
                        try {
                            $f.$r1 = $f.$it1.$next();
                        }
                        catch ($e) {
                            $f.$it1 = null;
                            throw $e;
                        }
                        if ($f.$it1.$s === -1) {
                            $s = 11;
                            continue $loop;
                        }
                        [$f.k, $f.v] = $f.$r1;
                        $v = `${$f.k}->${$f.v}`;
                        $f.$s = 12;
                        return $v;
                    case 12:
                        $s = 10;
                        continue $loop;
                    case 11:
                        $f.$it1 = null;
                        $f.$c1 = 8;
                        $f.$x1 = void 0;
                        $s = 9;
                        continue $loop;
                    case 9:
                        if ($f.$it1 !== null)
                            __pycoro.iterClose($f.$it1, $f.$c1 === -1);
                        $f.$it1 = null;
                        if ($f.$c1 === -1)
                            throw $f.$x1;
                        if ($f.$c1 === -2) {
                            $v = $f.$x1;
                            $f.x = $f.k = $f.v = $f.ch = $f.c = $f.c_1 = $f.$it = $f.$r = $f.$x0 = $f.$it1 = $f.$r1 = $f.$x1 = $f.$it2 = $f.$r2 = $f.$x2 = $f.$it3 = $f.$r3 = $f.$x3 = $f.$it4 = $f.$r4 = $f.$x4 = void 0;
                            return $v;
                        }
                        $s = $f.$c1;
                        continue $loop;
                    case 8:
                        $f.$it2 = __pycoro.iter("hé!");
                        $s = 13;
                    case 13:
                    case 16:
                        try {
                            $f.$r2 = $f.$it2.$next();
                        }
                        catch ($e) {
                            $f.$it2 = null;
                            throw $e;
                        }
                        if ($f.$it2.$s === -1) {
                            $s = 17;
                            continue $loop;
                        }
                        $f.ch = $f.$r2;
                        $f.$s = 18;
                        return $f.ch;
                    case 18:
                        $s = 16;
                        continue $loop;
                    case 17:
                        $f.$it2 = null;
                        $f.$c2 = 14;
                        $f.$x2 = void 0;
                        $s = 15;
                        continue $loop;
                    case 15:
                        if ($f.$it2 !== null)
                            __pycoro.iterClose($f.$it2, $f.$c2 === -1);
                        $f.$it2 = null;
                        if ($f.$c2 === -1)
                            throw $f.$x2;
                        if ($f.$c2 === -2) {
                            $v = $f.$x2;
                            $f.x = $f.k = $f.v = $f.ch = $f.c = $f.c_1 = $f.$it = $f.$r = $f.$x0 = $f.$it1 = $f.$r1 = $f.$x1 = $f.$it2 = $f.$r2 = $f.$x2 = $f.$it3 = $f.$r3 = $f.$x3 = $f.$it4 = $f.$r4 = $f.$x4 = void 0;
                            return $v;
                        }
                        $s = $f.$c2;
                        continue $loop;
                    case 14:
                        $f.$it3 = __pycoro.iter(new Counter(5));
                        $s = 19;
                    case 19:
                    case 22:
                        try {
                            $f.$r3 = $f.$it3.$next();
                        }
                        catch ($e) {
                            $f.$it3 = null;
                            throw $e;
                        }
                        if ($f.$it3.$s === -1) {
                            $s = 23;
                            continue $loop;
                        }
                        $f.c = $f.$r3;
                        if ($f.c === 2) {
                            $f.$c3 = 20;
                            $f.$x3 = void 0;
                            $s = 21;
                            continue $loop;
                        }
                        $v = `counter ${$f.c}`;
                        $f.$s = 24;
                        return $v;
                    case 24:
                        $s = 22;
                        continue $loop;
                    case 23:
                        $f.$it3 = null;
                        $f.$c3 = 20;
                        $f.$x3 = void 0;
                        $s = 21;
                        continue $loop;
                    case 21:
                        if ($f.$it3 !== null)
                            __pycoro.iterClose($f.$it3, $f.$c3 === -1);
                        $f.$it3 = null;
                        if ($f.$c3 === -1)
                            throw $f.$x3;
                        if ($f.$c3 === -2) {
                            $v = $f.$x3;
                            $f.x = $f.k = $f.v = $f.ch = $f.c = $f.c_1 = $f.$it = $f.$r = $f.$x0 = $f.$it1 = $f.$r1 = $f.$x1 = $f.$it2 = $f.$r2 = $f.$x2 = $f.$it3 = $f.$r3 = $f.$x3 = $f.$it4 = $f.$r4 = $f.$x4 = void 0;
                            return $v;
                        }
                        $s = $f.$c3;
                        continue $loop;
                    case 20:
                        $f.$it4 = __pycoro.iter(new Counter(5));
                        $s = 25;
                    case 25:
                    case 28:
                        try {
                            $f.$r4 = $f.$it4.$next();
                        }
                        catch ($e) {
                            $f.$it4 = null;
                            throw $e;
                        }
                        if ($f.$it4.$s === -1) {
                            $s = 29;
                            continue $loop;
                        }
                        $f.c_1 = $f.$r4;
                        $v = `counter again ${$f.c_1}`;
                        $f.$s = 30;
                        return $v;
                    case 30:
                        if ($f.c_1 === 1) {
                            $f.$c4 = -2;
                            $f.$x4 = "returned from inside for...of";
                            $s = 27;
                            continue $loop;
                        }
                        $s = 28;
                        continue $loop;
                    case 29:
                        $f.$it4 = null;
                        $f.$c4 = 26;
                        $f.$x4 = void 0;
                        $s = 27;
                        continue $loop;
                    case 27:
                        if ($f.$it4 !== null)
                            __pycoro.iterClose($f.$it4, $f.$c4 === -1);
                        $f.$it4 = null;
                        if ($f.$c4 === -1)
                            throw $f.$x4;
                        if ($f.$c4 === -2) {
                            $v = $f.$x4;
                            $f.x = $f.k = $f.v = $f.ch = $f.c = $f.c_1 = $f.$it = $f.$r = $f.$x0 = $f.$it1 = $f.$r1 = $f.$x1 = $f.$it2 = $f.$r2 = $f.$x2 = $f.$it3 = $f.$r3 = $f.$x3 = $f.$it4 = $f.$r4 = $f.$x4 = void 0;
                            return $v;
                        }
                        $s = $f.$c4;
                        continue $loop;
                    case 26: {
                        $f.x = $f.k = $f.v = $f.ch = $f.c = $f.c_1 = $f.$it = $f.$r = $f.$x0 = $f.$it1 = $f.$r1 = $f.$x1 = $f.$it2 = $f.$r2 = $f.$x2 = $f.$it3 = $f.$r3 = $f.$x3 = $f.$it4 = $f.$r4 = $f.$x4 = void 0;
                        return "not reached";
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
                    case 7:
                    case 10:
                    case 12:
                    case 11:
                        $f.$c1 = -1;
                        $f.$x1 = $e;
                        $s = 9;
                        continue $loop;
                    case 13:
                    case 16:
                    case 18:
                    case 17:
                        $f.$c2 = -1;
                        $f.$x2 = $e;
                        $s = 15;
                        continue $loop;
                    case 19:
                    case 22:
                    case 24:
                    case 23:
                        $f.$c3 = -1;
                        $f.$x3 = $e;
                        $s = 21;
                        continue $loop;
                    case 25:
                    case 28:
                    case 30:
                    case 29:
                        $f.$c4 = -1;
                        $f.$x4 = $e;
                        $s = 27;
                        continue $loop;
                }
                $f.x = $f.k = $f.v = $f.ch = $f.c = $f.c_1 = $f.$it = $f.$r = $f.$x0 = $f.$it1 = $f.$r1 = $f.$x1 = $f.$it2 = $f.$r2 = $f.$x2 = $f.$it3 = $f.$r3 = $f.$x3 = $f.$it4 = $f.$r4 = $f.$x4 = void 0;
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
        this.x = this.k = this.v = this.ch = this.c = this.c_1 = this.$it = this.$r = this.$x0 = this.$it1 = this.$r1 = this.$x1 = this.$it2 = this.$r2 = this.$x2 = this.$it3 = this.$r3 = this.$x3 = this.$it4 = this.$r4 = this.$x4 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/for-of-iterables-yield/input.ts", line: 22, kind: "generator", locals: [["x", "x"], ["k", "k"], ["v", "v"], ["ch", "ch"], ["c", "c"], ["c_1", "c"]], lines: [22, 23, 25, 25, 23, 25, 24, 27, 27, 27, 27, 27, 27, 28, 28, 28, 28, 28, 28, 29, 31, 31, 29, 31, 31, 33, 35, 35, 33, 35, 34], handled: [6, 12, 18, 24, 30] };
}, C_1 => function g() {
    return new C_1();
});
drive(g(), ["push", "", ""]);
