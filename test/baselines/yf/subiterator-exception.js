import * as __pycoro from "pycoro/internal";
// YF-05: exceptions raised by the subiterator propagate into the delegator at the yield*, where they
// can be caught: from a later resume, from the very first next(), and from a foreign iterator's next().
import { getGeneratorState, ValueError } from "pycoro";
import { attempt, print } from "../../_lib/py.js";
const raisingSub = __pycoro.defineGenerator(class raisingSub$ {
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
                case 1: throw new ValueError("from sub");
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
    static $meta = { name: "raisingSub", qualname: "raisingSub", file: "fixtures/yf/subiterator-exception/input.ts", line: 6, kind: "generator", locals: [], lines: [6, 7], handled: [] };
}, C_1 => C_1.$fn = function raisingSub() {
    return new C_1();
});
const raisesAtOnce = __pycoro.defineGenerator(class raisesAtOnce$ {
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
                case 0: throw new ValueError("at once");
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
    static $meta = { name: "raisesAtOnce", qualname: "raisesAtOnce", file: "fixtures/yf/subiterator-exception/input.ts", line: 10, kind: "generator", locals: [], lines: [10, 12], handled: [] };
}, C_2 => C_2.$fn = function raisesAtOnce() {
    return new C_2();
});
class FailingIterator {
    i = 0;
    [Symbol.iterator]() {
        return this;
    }
    next() {
        if (++this.i > 1)
            throw new ValueError("foreign next failed");
        return { done: false, value: 100 };
    }
}
const outer = __pycoro.defineGenerator(class outer$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.sub = p0;
        this.e = void 0;
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
                    case 1: return __pycoro.yieldFrom($f, $f.sub, 4);
                    case 4: {
                        $f.sub = $f.e = void 0;
                        return "no error";
                    }
                    case 3:
                        $f.e = $err;
                        $v = `outer caught ${$f.e.message}`;
                        $f.$s = 5;
                        return $v;
                    case 5: {
                        $f.sub = $f.e = void 0;
                        return "outer done";
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                        $err = $e;
                        $s = 3;
                        continue $loop;
                }
                $f.sub = $f.e = void 0;
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
        this.sub = this.e = void 0;
    }
    static $meta = { name: "outer", qualname: "outer", file: "fixtures/yf/subiterator-exception/input.ts", line: 25, kind: "generator", locals: [["sub", "sub"], ["e", "e"]], lines: [25, 26, 30, 28, 27, 29], handled: [4] };
}, C_3 => C_3.$fn = function outer(sub) {
    return new C_3(sub);
});
const g = outer(raisingSub());
attempt("1 first", () => g.send(undefined));
attempt("2 sub raises", () => g.send(undefined));
print("  gi_yieldfrom after the sub died:", g.gi_yieldfrom);
attempt("3 next", () => g.send(undefined));
const h = outer(raisesAtOnce());
attempt("4 sub raises on its first next", () => h.send(undefined));
const k = outer(new FailingIterator());
attempt("5 foreign first", () => k.send(undefined));
attempt("6 foreign next raises", () => k.send(undefined));
const uncaught = __pycoro.defineGenerator(class uncaught$ {
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
                case 0: return __pycoro.yieldFrom($f, raisingSub(), 1);
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
    static $meta = { name: "uncaught", qualname: "uncaught", file: "fixtures/yf/subiterator-exception/input.ts", line: 48, kind: "generator", locals: [], lines: [48, 49], handled: [] };
}, C_4 => C_4.$fn = function uncaught() {
    return new C_4();
});
const u = uncaught();
u.send(undefined);
attempt("7 not caught by the delegator", () => u.send(undefined));
print("  state:", getGeneratorState(u));
