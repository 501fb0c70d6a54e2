import * as __pycoro from "pycoro/internal";
import { print } from "../../_lib/py.js";
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$env1 = void 0;
        this.f = void 0;
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
                        $f.$env1 = { i: void 0 };
                        $f.$env1.i = 0;
                        $f.$env1 = { i: $f.$env1.i };
                    case 4:
                        if (!($f.$env1.i < 5)) {
                            $s = 6;
                            continue $loop;
                        }
                        $f.f = ($env1 => ({ f: () => $env1.i * 2 }).f)($f.$env1);
                        $v = __pycoro.callable($f.f, "f")();
                        $f.$s = 7;
                        return $v;
                    case 7:
                        $f.$env1 = { i: $f.$env1.i };
                        $f.$env1.i++;
                        $s = 4;
                        continue $loop;
                    case 6:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        {
                            print("  g finally");
                        }
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.$env1 = $f.f = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.$env1 = $f.f = $f.$x0 = void 0;
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
                $f.$env1 = $f.f = $f.$x0 = void 0;
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
        this.$env1 = this.f = this.$x0 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/ts-24288-return-with-loop-closure/input.ts", line: 7, kind: "generator", locals: [["f", "f"]], lines: [7, 8, 13, 13, 9, 11, 11, 11], handled: [7] };
}, C_1 => function g() {
    return new C_1();
});
const it = g();
for (const x of it) {
    print("got", x);
    if (x === 2)
        break;
}
print("next() after break -> done:", it.next().done);
const sub = __pycoro.defineGenerator(class sub$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.n = p0;
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
                        $v = `sub ${$f.n}`;
                        $f.$s = 4;
                        return $v;
                    case 4:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        {
                            print(`  sub ${$f.n} finally`);
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
    static $meta = { name: "sub", qualname: "sub", file: "fixtures/control/ts-24288-return-with-loop-closure/input.ts", line: 24, kind: "generator", locals: [["n", "n"]], lines: [24, 25, 27, 27, 26], handled: [4] };
}, C_2 => function sub(n) {
    return new C_2(n);
});
const outer = __pycoro.defineGenerator(class outer$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$env1 = void 0;
        this.label = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        $f.$env1 = { i: void 0 };
                        $f.$env1.i = 0;
                        $f.$env1 = { i: $f.$env1.i };
                    case 1:
                        if (!($f.$env1.i < 3)) {
                            {
                                $f.$env1 = $f.label = void 0;
                                return;
                            }
                        }
                        $f.label = ($env1 => ({ label: () => `level ${$env1.i}` }).label)($f.$env1);
                        print(" ", __pycoro.callable($f.label, "label")());
                        return __pycoro.yieldFrom($f, sub($f.$env1.i), 4);
                    case 4:
                        $f.$env1 = { i: $f.$env1.i };
                        $f.$env1.i++;
                        $s = 1;
                        continue $loop;
                }
        }
        catch ($e) {
            $f.$env1 = $f.label = void 0;
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
        this.$env1 = this.label = void 0;
    }
    static $meta = { name: "outer", qualname: "outer", file: "fixtures/control/ts-24288-return-with-loop-closure/input.ts", line: 31, kind: "generator", locals: [["label", "label"]], lines: [31, 32, 35, 35, 35], handled: [] };
}, C_3 => function outer() {
    return new C_3();
});
const o = outer();
for (const x of o) {
    print("got", x);
    if (x === "sub 1")
        break;
}
print("next() after break -> done:", o.next().done);
