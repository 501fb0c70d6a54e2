import * as __pycoro from "pycoro/internal";
// CO-17: throw() and close() travel down the await chain. top.throw(E) reaches the innermost
// __await__ iterator's throw(); if that finishes (StopIteration(v) from a Python-style iterator,
// {done: true, value: v} from a JS one) v is the value of the innermost await. top.close() calls the
// innermost iterator's close(). An iterator without throw() gets the error raised at the innermost
// await. Through native coroutines down to a generator-based one, handlers run innermost first.
import { getCoroutineState, StopIteration, ValueError } from "pycoro";
import { attempt, excName, print, repr } from "../../_lib/py.js";
class KeyErr extends Error {
}
function nameOf(e) {
    return typeof e === "function" ? e.name : excName(e);
}
/** An __await__ iterator with Python's send/throw/close (DESIGN §3: an iterator with send). */
class AwaitIter {
    log;
    n = 0;
    constructor(log) {
        this.log = log;
    }
    [Symbol.iterator]() {
        return this;
    }
    next() {
        this.log.push("__next__");
        this.n += 1;
        if (this.n > 2)
            return { done: true, value: "await-result" };
        return { done: false, value: `y${this.n}` };
    }
    send(v) {
        this.log.push(`send(${repr(v)})`);
        const r = this.next();
        if (r.done)
            throw new StopIteration(r.value);
        return r.value;
    }
    throw(e) {
        this.log.push(`throw(${nameOf(e)})`);
        throw new StopIteration("recovered-from-throw");
    }
    close() {
        this.log.push("close()");
    }
}
class Awaitable {
    log;
    constructor(log) {
        this.log = log;
    }
    __await__() {
        return new AwaitIter(this.log);
    }
}
const log = [];
const leaf = __pycoro.defineCoroutine(class leaf$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: if (($w = new Awaitable(log)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                    $w.$s = -2;
                    try {
                        $v = $w.$step(0, void 0, $m - 1);
                    }
                    catch ($e) {
                        throw __pycoro.awaitRaised($w, $e);
                    }
                    if ($v === __pycoro.DELEGATE) {
                        $f.$yf = $w;
                        $f.$s = 1;
                        return $v;
                    }
                    $w.$s = -1;
                }
                else if (($v = __pycoro.awaitOther($f, $w, 1)) === __pycoro.DELEGATE)
                    return $v;
                case 1: return $v;
            }
    }
    static $meta = { name: "leaf", qualname: "leaf", file: "fixtures/co/throw-close-down-chain/input.ts", line: 50, kind: "coroutine", locals: [], lines: [50, 51] };
}, C_1 => C_1.$fn = function leaf() {
    return new C_1();
});
const mid = __pycoro.defineCoroutine(class mid$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: if (($w = leaf()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                    $w.$s = -2;
                    try {
                        $v = $w.$step(0, void 0, $m - 1);
                    }
                    catch ($e) {
                        throw __pycoro.awaitRaised($w, $e);
                    }
                    if ($v === __pycoro.DELEGATE) {
                        $f.$yf = $w;
                        $f.$s = 1;
                        return $v;
                    }
                    $w.$s = -1;
                }
                else if (($v = __pycoro.awaitOther($f, $w, 1)) === __pycoro.DELEGATE)
                    return $v;
                case 1: return $v;
            }
    }
    static $meta = { name: "mid", qualname: "mid", file: "fixtures/co/throw-close-down-chain/input.ts", line: 53, kind: "coroutine", locals: [], lines: [53, 54] };
}, C_2 => C_2.$fn = function mid() {
    return new C_2();
});
const top = __pycoro.defineCoroutine(class top$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: if (($w = mid()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                    $w.$s = -2;
                    try {
                        $v = $w.$step(0, void 0, $m - 1);
                    }
                    catch ($e) {
                        throw __pycoro.awaitRaised($w, $e);
                    }
                    if ($v === __pycoro.DELEGATE) {
                        $f.$yf = $w;
                        $f.$s = 1;
                        return $v;
                    }
                    $w.$s = -1;
                }
                else if (($v = __pycoro.awaitOther($f, $w, 1)) === __pycoro.DELEGATE)
                    return $v;
                case 1: return $v;
            }
    }
    static $meta = { name: "top", qualname: "top", file: "fixtures/co/throw-close-down-chain/input.ts", line: 56, kind: "coroutine", locals: [], lines: [56, 57] };
}, C_3 => C_3.$fn = function top() {
    return new C_3();
});
let c = top();
print("1 first send(None) ->", c.send(undefined), "| log:", log);
print("2 send('v') ->", c.send("v"), "| log:", log);
try {
    c.send(undefined);
}
catch (e) {
    if (!(e instanceof StopIteration))
        throw e;
    print("3 final result:", e.value, "| log:", log);
}
log.length = 0;
c = top();
c.send(undefined);
attempt("4 top.throw(ValueError) reaches the innermost iterator's throw(); its StopIteration value is the await's", () => c.throw(ValueError));
print("  log:", log);
log.length = 0;
c = top();
c.send(undefined);
attempt("5 top.close() calls the innermost iterator's close()", () => c.close());
print("  log:", log, "| state:", getCoroutineState(c));
/** A JavaScript-style iterator (no send): throw() returns an IteratorResult. */
class JsIter {
    [Symbol.iterator]() {
        return this;
    }
    next() {
        return { done: false, value: "js" };
    }
    throw(e) {
        return { done: true, value: `js throw got ${nameOf(e)}` };
    }
}
class JsAwaitable {
    __await__() {
        return new JsIter();
    }
}
const jsUser = __pycoro.defineCoroutine(class js_user$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: if (($w = new JsAwaitable()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                    $w.$s = -2;
                    try {
                        $v = $w.$step(0, void 0, $m - 1);
                    }
                    catch ($e) {
                        throw __pycoro.awaitRaised($w, $e);
                    }
                    if ($v === __pycoro.DELEGATE) {
                        $f.$yf = $w;
                        $f.$s = 1;
                        return $v;
                    }
                    $w.$s = -1;
                }
                else if (($v = __pycoro.awaitOther($f, $w, 1)) === __pycoro.DELEGATE)
                    return $v;
                case 1: return $v;
            }
    }
    static $meta = { name: "js_user", qualname: "js_user", file: "fixtures/co/throw-close-down-chain/input.ts", line: 99, kind: "coroutine", locals: [], lines: [99, 100] };
}, C_4 => C_4.$fn = function js_user() {
    return new C_4();
});
c = jsUser();
c.send(undefined);
attempt("6 a JS-style iterator's throw() finishing with a value", () => c.throw(new KeyErr("k")));
class NoThrow {
    __await__() {
        return ["a", "b"][Symbol.iterator]();
    }
}
const w = __pycoro.defineCoroutine(class w$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        let $err;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0: $s = 1;
                    case 1: if (($w = new NoThrow()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                        $w.$s = -2;
                        try {
                            $v = $w.$step(0, void 0, $m - 1);
                        }
                        catch ($e) {
                            throw __pycoro.awaitRaised($w, $e);
                        }
                        if ($v === __pycoro.DELEGATE) {
                            $f.$yf = $w;
                            $f.$s = 4;
                            return $v;
                        }
                        $w.$s = -1;
                    }
                    else if (($v = __pycoro.awaitOther($f, $w, 4)) === __pycoro.DELEGATE)
                        return $v;
                    case 4: return $v;
                    case 3:
                        {
                            let e = $err;
                            if (e instanceof KeyErr)
                                return `caught ${repr(e)} at the await`;
                            throw e;
                        }
                        return;
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
                throw $e;
            }
        }
    }
    static $meta = { name: "w", qualname: "w", file: "fixtures/co/throw-close-down-chain/input.ts", line: 111, kind: "coroutine", locals: [], lines: [111, 112, 114, 114, 113] };
}, C_5 => C_5.$fn = function w() {
    return new C_5();
});
c = w();
c.send(undefined);
attempt("7 the iterator has no throw(): raised at the await point", () => c.throw(new KeyErr("k")));
const chain = [];
const gleaf = __pycoro.defineGeneratorCoroutine(class gleaf$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$c0 = void 0;
        this.$x0 = void 0;
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
                    case 1:
                    case 4:
                        if (!(true)) {
                            $s = 5;
                            continue $loop;
                        }
                        $s = 6;
                    case 6:
                        $f.$s = 9;
                        return "leaf waiting";
                    case 9:
                        $s = 7;
                        continue $loop;
                    case 8:
                        {
                            let e = $err;
                            if (!(e instanceof ValueError))
                                throw e;
                            chain.push(`gleaf caught ${e.message}`);
                        }
                        $s = 7;
                        continue $loop;
                    case 7:
                        $s = 4;
                        continue $loop;
                    case 5:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        {
                            chain.push("gleaf finally");
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
                    case 8:
                    case 7:
                    case 5:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                    case 6:
                    case 9:
                        $err = $e;
                        $s = 8;
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
    static $meta = { name: "gleaf", qualname: "gleaf", file: "fixtures/co/throw-close-down-chain/input.ts", line: 124, kind: "generator-coroutine", locals: [], lines: [124, 125, 134, 134, 126, 129, 127, 129, 129, 128], handled: [9] };
}, C_6 => C_6.$fn = function gleaf() {
    return new C_6();
});
const levelAgain = __pycoro.defineGeneratorCoroutine(class level_again$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.n = p0;
    }
    $step($s, $v, $m) {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0:
                    $v = `level ${$f.n} awaits again`;
                    $f.$s = 1;
                    return $v;
                case 1: return "again";
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
    static $meta = { name: "level_again", qualname: "level_again", file: "fixtures/co/throw-close-down-chain/input.ts", line: 138, kind: "generator-coroutine", locals: [["n", "n"]], lines: [138, 139], handled: [] };
}, C_7 => C_7.$fn = function level_again(n) {
    return new C_7(n);
});
const level = __pycoro.defineCoroutine(class level$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.n = p0;
        this.e = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        let $err;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0: $s = 1;
                    case 1:
                        if (!($f.n === 0)) {
                            $s = 5;
                            continue $loop;
                        }
                        if (($w = gleaf()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 6;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 6)) === __pycoro.DELEGATE)
                            return $v;
                    case 6:
                        $f.$c0 = -2;
                        $f.$x0 = $v;
                        $s = 4;
                        continue $loop;
                    case 5: if (($w = level($f.n - 1)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                        $w.$s = -2;
                        try {
                            $v = $w.$step(0, void 0, $m - 1);
                        }
                        catch ($e) {
                            throw __pycoro.awaitRaised($w, $e);
                        }
                        if ($v === __pycoro.DELEGATE) {
                            $f.$yf = $w;
                            $f.$s = 7;
                            return $v;
                        }
                        $w.$s = -1;
                    }
                    else if (($v = __pycoro.awaitOther($f, $w, 7)) === __pycoro.DELEGATE)
                        return $v;
                    case 7:
                        $f.$c0 = -2;
                        $f.$x0 = $v;
                        $s = 4;
                        continue $loop;
                    case 3:
                        $f.e = $err;
                        if (!($f.e instanceof KeyErr))
                            throw $f.e;
                        chain.push(`level ${$f.n} caught ${$f.e.message}`);
                        if (($w = levelAgain($f.n)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 8;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 8)) === __pycoro.DELEGATE)
                            return $v;
                    case 8:
                        $f.$c0 = -2;
                        $f.$x0 = $v;
                        $s = 4;
                        continue $loop;
                    case 4:
                        {
                            chain.push(`level ${$f.n} finally`);
                        }
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.e = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 6:
                    case 5:
                    case 7:
                        $err = $e;
                        $s = 3;
                        continue $loop;
                    case 3:
                    case 8:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                }
                $f.e = $f.$x0 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.e = this.$x0 = void 0;
    }
    static $meta = { name: "level", qualname: "level", file: "fixtures/co/throw-close-down-chain/input.ts", line: 142, kind: "coroutine", locals: [["n", "n"], ["e", "e"]], lines: [142, 143, 150, 146, 150, 144, 144, 145, 149] };
}, C_8 => function level(n) {
    return new C_8(n);
});
c = level(3);
c.send(undefined);
print("8 throw(ValueError) handled at the leaf, which yields again ->", c.throw(new ValueError("v")), chain);
chain.length = 0;
attempt("9 throw(KeyErr) unhandled by the leaf, handled at level 0", () => c.throw(new KeyErr("k")));
print("  chain:", chain);
chain.length = 0;
attempt("10 close() from the top", () => c.close());
print("  chain:", chain, "| state:", getCoroutineState(c));
chain.length = 0;
c = level(2);
c.send(undefined);
attempt("11 close() while the leaf is suspended: finally blocks run innermost first", () => c.close());
print("  chain:", chain);
