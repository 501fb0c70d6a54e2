import * as __pycoro from "pycoro/internal";
// GEN-28 (TS form): Python's generator expressions evaluate the outermost iterable at creation and the
// rest lazily. TS has no generator expressions; the equivalent is that a generator function's
// arguments (and default/destructuring parameters) are evaluated at the call, its body only on the
// first resume. The twin uses the generator expressions of the rule.
import { getGeneratorState } from "pycoro";
import { catching, excName, print, range } from "../../_lib/py.js";
const log = [];
function src(n) {
    log.push(`src(${n}) evaluated`);
    return range(n);
}
const doubled = __pycoro.defineGenerator(class doubled$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.it = p0;
        this.x = void 0;
        this.$it = void 0;
        this.$r = void 0;
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
                    case 0:
                        $f.$it = __pycoro.iter($f.it, "it");
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
                        log.push("filter runs lazily");
                        $v = $f.x * 2;
                        $f.$s = 6;
                        return $v;
                    case 6:
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
                            $f.it = $f.x = $f.$it = $f.$r = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.it = $f.x = $f.$it = $f.$r = $f.$x0 = void 0;
                        return;
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
                }
                $f.it = $f.x = $f.$it = $f.$r = $f.$x0 = void 0;
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
        this.it = this.x = this.$it = this.$r = this.$x0 = void 0;
    }
    static $meta = { name: "doubled", qualname: "doubled", file: "fixtures/gen/args-evaluated-at-call/input.ts", line: 13, kind: "generator", locals: [["it", "it"], ["x", "x"]], lines: [13, 14, 16, 16, 14, 16, 16], handled: [6] };
}, C_1 => C_1.$fn = function doubled(it) {
    return new C_1(it);
});
const ge = doubled(src(3));
print("1 outermost iterable evaluated at creation:", log);
print("  first next ->", ge.send(undefined), log);
const firstOf = __pycoro.defineGenerator(class firstOf$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.first = p0;
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
                        $f.$s = 1;
                        return $f.first;
                    case 1: {
                        $f.first = void 0;
                        return;
                    }
                }
        }
        catch ($e) {
            $f.first = void 0;
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
        this.first = void 0;
    }
    static $meta = { name: "firstOf", qualname: "firstOf", file: "fixtures/gen/args-evaluated-at-call/input.ts", line: 23, kind: "generator", locals: [["first", "first"]], lines: [23, 24], handled: [] };
}, C_2 => C_2.$fn = function firstOf([first]) {
    return new C_2(first);
});
print("2 over a non-iterable fails at creation:", excName(catching(() => firstOf(5))));
const nested = __pycoro.defineGenerator(class nested$ {
    constructor(p0, p1) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.outer = p0;
        this.inner = p1;
        this._x = void 0;
        this.y = void 0;
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
                        $f.$it = __pycoro.iter($f.outer, "outer");
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
                        $f._x = $f.$r;
                        $f.$it1 = __pycoro.iter($f.inner);
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
                        $f.y = $f.$r1;
                        $f.$s = 11;
                        return $f.y;
                    case 11:
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
                            $f.outer = $f.inner = $f._x = $f.y = $f.$it = $f.$r = $f.$x0 = $f.$it1 = $f.$r1 = $f.$x1 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.outer = $f.inner = $f._x = $f.y = $f.$it = $f.$r = $f.$x0 = $f.$it1 = $f.$r1 = $f.$x1 = void 0;
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
                    case 10:
                        $f.$c1 = -1;
                        $f.$x1 = $e;
                        $s = 8;
                        continue $loop;
                }
                $f.outer = $f.inner = $f._x = $f.y = $f.$it = $f.$r = $f.$x0 = $f.$it1 = $f.$r1 = $f.$x1 = void 0;
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
        this.outer = this.inner = this._x = this.y = this.$it = this.$r = this.$x0 = this.$it1 = this.$r1 = this.$x1 = void 0;
    }
    static $meta = { name: "nested", qualname: "nested", file: "fixtures/gen/args-evaluated-at-call/input.ts", line: 28, kind: "generator", locals: [["outer", "outer"], ["inner", "inner"], ["_x", "_x"], ["y", "y"]], lines: [28, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29], handled: [11] };
}, C_3 => C_3.$fn = function nested(outer, inner) {
    return new C_3(outer, inner);
});
const ge2 = nested([1], 5);
print("3 inner iterables fail lazily: created", getGeneratorState(ge2), "then", excName(catching(() => ge2.send(undefined))));
