import * as __pycoro from "pycoro/internal";
import { print } from "../../_lib/py.js";
const count = __pycoro.defineGenerator(class count$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.n = p0;
        this.i = void 0;
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
                    case 1: $f.i = 1;
                    case 4:
                        if (!($f.i <= $f.n)) {
                            $s = 6;
                            continue $loop;
                        }
                        $f.$s = 7;
                        return $f.i;
                    case 7:
                        $f.i++;
                        $s = 4;
                        continue $loop;
                    case 6:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        {
                            print(`  count(${$f.n}) finally`);
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
                    case 7:
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
    static $meta = { name: "count", qualname: "count", file: "fixtures/control/generators-in-builtins/input.ts", line: 7, kind: "generator", locals: [["n", "n"], ["i", "i"]], lines: [7, 8, 10, 10, 9, 9, 9, 9], handled: [7] };
}, C_1 => function count(n) {
    return new C_1(n);
});
const pairs = __pycoro.defineGenerator(class pairs$ {
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
                    $v = ["a", 1];
                    $f.$s = 1;
                    return $v;
                case 1:
                    $v = ["b", 2];
                    $f.$s = 2;
                    return $v;
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
    static $meta = { name: "pairs", qualname: "pairs", file: "fixtures/control/generators-in-builtins/input.ts", line: 14, kind: "generator", locals: [], lines: [14, 15, 16], handled: [] };
}, C_2 => function pairs() {
    return new C_2();
});
const fib = __pycoro.defineGenerator(class fib$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.a = void 0;
        this.b = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0: [$f.a, $f.b] = [0, 1];
                    case 1:
                        $f.$s = 4;
                        return $f.a;
                    case 4:
                        [$f.a, $f.b] = [$f.b, $f.a + $f.b];
                        $s = 1;
                        continue $loop;
                }
        }
        catch ($e) {
            $f.a = $f.b = void 0;
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
        this.a = this.b = void 0;
    }
    static $meta = { name: "fib", qualname: "fib", file: "fixtures/control/generators-in-builtins/input.ts", line: 18, kind: "generator", locals: [["a", "a"], ["b", "b"]], lines: [18, 20, 22, 22, 21], handled: [] };
}, C_3 => function fib() {
    return new C_3();
});
print("Array.from:", Array.from(count(3), (x) => x * 10));
print("Set:", [...new Set(count(3))]);
print("Map:", [...new Map(pairs()).entries()]);
print("Object.fromEntries:", Object.fromEntries(pairs()));
print("Math.max(...):", Math.max(...count(4)));
const [first, , third] = count(5);
print("destructured with a hole:", first, third);
const taken = [];
const f = fib();
for (let r = f.next(); taken.length < 10; r = f.next())
    taken.push(r.value);
print("take 10 of fib:", taken);
for (const x of fib()) {
    if (x > 100) {
        print("first fib > 100:", x);
        break;
    }
}
