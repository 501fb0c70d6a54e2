import * as __pycoro from "pycoro/internal";
const three$_1 = __pycoro.frameClass(class three$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$step = p0;
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
    static $meta = { name: "three", qualname: "list3.<locals>.three", file: "fixtures/p479/unguarded-next/input.ts", line: 43, kind: "generator", locals: [], lines: [43, 44, 45, 46], handled: [] };
}, __pycoro.Generator);
import { list, print, repr } from "../../_lib/py.js";
/** Python's next(it): resume and return the next value (raises StopIteration when exhausted). */
function next(it) {
    return it.send(undefined);
}
const one = __pycoro.defineGenerator(class one$ {
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
                    return 1;
                case 1: return;
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
    static $meta = { name: "one", qualname: "one", file: "fixtures/p479/unguarded-next/input.ts", line: 12, kind: "generator", locals: [], lines: [12, 13], handled: [] };
}, C_1 => C_1.$fn = function one() {
    return new C_1();
});
const pairs = __pycoro.defineGenerator(class pairs$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.src = p0;
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
                        $v = [next($f.src), next($f.src)];
                        $f.$s = 4;
                        return $v;
                    case 4:
                        $s = 1;
                        continue $loop;
                }
        }
        catch ($e) {
            $f.src = void 0;
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
        this.src = void 0;
    }
    static $meta = { name: "pairs", qualname: "pairs", file: "fixtures/p479/unguarded-next/input.ts", line: 16, kind: "generator", locals: [["src", "src"]], lines: [16, 17, 17, 17, 17], handled: [] };
}, C_2 => C_2.$fn = function pairs(src) {
    return new C_2(src);
});
function show(label, fn) {
    try {
        print(label, "->", repr(fn()));
    }
    catch (e) {
        print(label, ": raised", repr(e), "| cause =", repr(e.cause));
    }
}
const exhausted = one();
list(exhausted);
const g2 = __pycoro.defineGenerator(class g2$ {
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
                    $v = next(exhausted);
                    $f.$s = 1;
                    return $v;
                case 1: return;
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
    static $meta = { name: "g2", qualname: "g2", file: "fixtures/p479/unguarded-next/input.ts", line: 30, kind: "generator", locals: [], lines: [30, 31], handled: [] };
}, C_3 => C_3.$fn = function g2() {
    return new C_3();
});
show("1 next() on an exhausted generator inside a generator", () => next(g2()));
show("2 spread over pairs(one())", () => [...pairs(one())]);
show("3 list() over pairs(...)", () => list(pairs(list3())));
show("4 for...of over pairs(...)", () => {
    const seen = [];
    for (const p of pairs(list3()))
        seen.push(p);
    return seen;
});
function list3() {
    const three = ($st_1 => __pycoro.defineClosure(three$_1, function three() {
        return new three$_1($st_1);
    }))(function ($s, $v, $m) {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0:
                    $f.$s = 1;
                    return 1;
                case 1:
                    $f.$s = 2;
                    return 2;
                case 2:
                    $f.$s = 3;
                    return 3;
                case 3: return;
            }
    });
    return three();
}
