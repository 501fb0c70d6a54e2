import * as __pycoro from "pycoro/internal";
import { print } from "../../_lib/py.js";
const ints = __pycoro.defineGenerator(class ints$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.start = p0;
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
                    case 0: $f.i = $f.start;
                    case 1:
                        $f.$s = 4;
                        return $f.i;
                    case 4:
                        $f.i++;
                        $s = 1;
                        continue $loop;
                }
        }
        catch ($e) {
            $f.i = void 0;
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
        this.i = void 0;
    }
    static $meta = { name: "ints", qualname: "ints", file: "fixtures/gen/scenario-prime-sieve/input.ts", line: 11, kind: "generator", locals: [["start", "start"], ["i", "i"]], lines: [11, 12, 12, 12, 12], handled: [] };
}, C_1 => C_1.$fn = function ints(start) {
    return new C_1(start);
});
const notDivisible = __pycoro.defineGenerator(class notDivisible$ {
    constructor(p0, p1) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.p = p0;
        this.s = p1;
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
                    case 0:
                    case 1:
                        $f.i = $f.s.send(undefined);
                        if (!($f.i % $f.p !== 0)) {
                            $s = 4;
                            continue $loop;
                        }
                        $f.$s = 5;
                        return $f.i;
                    case 4:
                    case 5:
                        $s = 1;
                        continue $loop;
                }
        }
        catch ($e) {
            $f.s = $f.i = void 0;
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
        this.s = this.i = void 0;
    }
    static $meta = { name: "notDivisible", qualname: "notDivisible", file: "fixtures/gen/scenario-prime-sieve/input.ts", line: 15, kind: "generator", locals: [["p", "p"], ["s", "s"], ["i", "i"]], lines: [15, 16, 18, 18, 18, 18], handled: [] };
}, C_2 => C_2.$fn = function notDivisible(p, s) {
    return new C_2(p, s);
});
const closedLevels = [];
const sieve = __pycoro.defineGenerator(class sieve$ {
    constructor(p0, p1) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.s = p0;
        this.level = p1;
        this.p = void 0;
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
                        $f.p = $f.s.send(undefined);
                        $f.$s = 4;
                        return $f.p;
                    case 4: return __pycoro.yieldFrom($f, sieve(notDivisible($f.p, $f.s), $f.level + 1), 5);
                    case 5:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        {
                            closedLevels.push($f.level);
                        }
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.s = $f.p = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.s = $f.p = $f.$x0 = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                    case 5:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                }
                $f.s = $f.p = $f.$x0 = void 0;
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
        this.s = this.p = this.$x0 = void 0;
    }
    static $meta = { name: "sieve", qualname: "sieve", file: "fixtures/gen/scenario-prime-sieve/input.ts", line: 23, kind: "generator", locals: [["s", "s"], ["level", "level"], ["p", "p"]], lines: [23, 24, 28, 28, 26, 27], handled: [4, 5] };
}, C_3 => function sieve(s, level) {
    return new C_3(s, level);
});
const primes = sieve(ints(2), 1);
const first = [];
for (let i = 0; i < 15; i++)
    first.push(primes.send(undefined));
print("first 15 primes:", first);
primes.close();
print("closed levels:", closedLevels.length, "innermost first:", closedLevels.slice(0, 3), "... last:", closedLevels[closedLevels.length - 1]);
