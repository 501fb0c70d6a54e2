import * as __pycoro from "pycoro/internal";
// YF-02: yield* accepts any iterable; it gets the iterator once, at the start; a non-iterable raises
// TypeError (message not compared: it names a type); delegating to an iterable whose iterator returns
// nothing gives None. A foreign JS generator's return value is the value of yield* (YF-03).
import { StopIteration } from "pycoro";
import { catching, excName, print, tuple } from "../../_lib/py.js";
const over = __pycoro.defineGenerator(class over$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.x = p0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let r_;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0: return __pycoro.yieldFrom($f, $f.x, 1);
                    case 1:
                        r_ = $v;
                        {
                            $f.x = void 0;
                            return r_;
                        }
                }
        }
        catch ($e) {
            $f.x = void 0;
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
        this.x = void 0;
    }
    static $meta = { name: "over", qualname: "over", file: "fixtures/yf/iterables/input.ts", line: 7, kind: "generator", locals: [["x", "x"]], lines: [7, 8], handled: [] };
}, C_1 => C_1.$fn = function over(x) {
    return new C_1(x);
});
function run(x) {
    const g = over(x);
    const out = [];
    try {
        for (;;)
            out.push(g.send(undefined));
    }
    catch (e) {
        if (!(e instanceof StopIteration))
            throw e;
        return tuple(out, e.value);
    }
}
print("1 yield* array:", run([1, 2, 3]));
print("2 yield* empty array:", run([]));
print("3 yield* string:", run("ab"));
print("4 yield* number:", excName(catching(() => run(5))));
print("5 yield* undefined:", excName(catching(() => run(undefined))));
class Custom {
    [Symbol.iterator]() {
        print("  [Symbol.iterator] called");
        return [10, 20][Symbol.iterator]();
    }
}
print("6 yield* custom iterable:", run(new Custom()));
function* plainJs() {
    yield "js1";
    yield "js2";
    return "js-return";
}
print("7 yield* an unmarked (native JS) generator:", run(plainJs()));
// the operand is evaluated (and iterated) only when the yield* is reached
const lazy = __pycoro.defineGenerator(class lazy$ {
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
                    return "before";
                case 1: return __pycoro.yieldFrom($f, new Custom(), 2);
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
    static $meta = { name: "lazy", qualname: "lazy", file: "fixtures/yf/iterables/input.ts", line: 45, kind: "generator", locals: [], lines: [45, 46, 47], handled: [] };
}, C_2 => C_2.$fn = function lazy() {
    return new C_2();
});
const l = lazy();
print("8 first:", l.send(undefined));
print("  second:", l.send(undefined));
