import * as __pycoro from "pycoro/internal";
// Scenario (bug history of research/compilers.md §1.7/§2.4 for async generators; AG-02, AG-10,
// AG-11, AG-15): Python has no `yield from` in async generators (yield* there is a compile error,
// PYC2002), so an async generator re-yields another with `for await (const x of inner) yield x`.
// regenerator#256 (delegation ending early), babel#9905 and TypeScript#61022 (return() while
// delegating keeps running), TypeScript#45400 (yields inside the inner finally lost) become: the
// inner finally's yields reach the consumer; aclose() of the outer generator does not close the
// inner one (for await does not close), aclosing(inner) does; delegating in a loop.
import { aclosing } from "pycoro";
import { attempt, print } from "../../_lib/py.js";
import { io, complete } from "../../_lib/coro.js";
function item(aw) {
    return complete(aw).items[3];
}
const log = [];
const inner = __pycoro.defineAsyncGenerator(class inner$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.tag = p0;
        this.i = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0: $s = 1;
                    case 1: $f.i = 0;
                    case 4:
                        if (!($f.i < 3)) {
                            $s = 6;
                            continue $loop;
                        }
                        if (($w = io(`${$f.tag} io ${$f.i}`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $v = `${$f.tag}${$f.i}`;
                        $f.$s = 8;
                        return $v;
                    case 8:
                        $f.i++;
                        $s = 4;
                        continue $loop;
                    case 6:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        log.push(`${$f.tag} finally`);
                        $v = `${$f.tag} yields from its finally`;
                        $f.$s = 9;
                        return $v;
                    case 9:
                        log.push(`${$f.tag} finally resumed`);
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.tag = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.tag = $f.$x0 = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                    case 7:
                    case 8:
                    case 6:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                }
                $f.tag = $f.$x0 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.tag = this.$x0 = void 0;
    }
    static $meta = { name: "inner", qualname: "inner", file: "fixtures/ag/scenario-delegation-by-async-for/input.ts", line: 18, kind: "async-generator", locals: [["tag", "tag"], ["i", "i"]], lines: [18, 19, 27, 24, 20, 22, 22, 21, 22, 26] };
}, C_1 => C_1.$fn = function inner(tag) {
    return new C_1(tag);
});
const outer = __pycoro.defineAsyncGenerator(class outer$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.x = void 0;
        this.x_1 = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$ait = void 0;
        this.$r = void 0;
        this.$ait1 = void 0;
        this.$r1 = void 0;
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
                    case 1: $f.$ait = __pycoro.aiter(inner("a"));
                    case 4: $s = 6;
                    case 6: if (($w = __pycoro.anext($f.$ait)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                        $w.$s = -2;
                        try {
                            $v = $w.$step(0, void 0, $m - 1);
                        }
                        catch ($e) {
                            throw __pycoro.awaitRaised($w, $e);
                        }
                        if ($v === __pycoro.DELEGATE) {
                            $f.$yf = $w;
                            $f.$s = 9;
                            return $v;
                        }
                        $w.$s = -1;
                    }
                    else if (($v = __pycoro.awaitOther($f, $w, 9)) === __pycoro.DELEGATE)
                        return $v;
                    case 9:
                        $f.$r = $v;
                        $s = 7;
                        continue $loop;
                    case 8:
                        if ($err instanceof __pycoro.StopAsyncIteration) {
                            $s = 5;
                            continue $loop;
                        }
                        throw $err;
                    case 7:
                        $f.x = $f.$r;
                        $f.$s = 10;
                        return $f.x;
                    case 10:
                        $s = 4;
                        continue $loop;
                    case 5:
                        $f.$s = 11;
                        return "between";
                    case 11: $f.$ait1 = __pycoro.aiter(inner("b"));
                    case 12: $s = 14;
                    case 14: if (($w = __pycoro.anext($f.$ait1)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                        $w.$s = -2;
                        try {
                            $v = $w.$step(0, void 0, $m - 1);
                        }
                        catch ($e) {
                            throw __pycoro.awaitRaised($w, $e);
                        }
                        if ($v === __pycoro.DELEGATE) {
                            $f.$yf = $w;
                            $f.$s = 17;
                            return $v;
                        }
                        $w.$s = -1;
                    }
                    else if (($v = __pycoro.awaitOther($f, $w, 17)) === __pycoro.DELEGATE)
                        return $v;
                    case 17:
                        $f.$r1 = $v;
                        $s = 15;
                        continue $loop;
                    case 16:
                        if ($err instanceof __pycoro.StopAsyncIteration) {
                            $s = 13;
                            continue $loop;
                        }
                        throw $err;
                    case 15:
                        $f.x_1 = $f.$r1;
                        $f.$s = 18;
                        return $f.x_1;
                    case 18:
                        $s = 12;
                        continue $loop;
                    case 13:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        {
                            log.push("outer finally");
                        }
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.x = $f.x_1 = $f.$x0 = $f.$ait = $f.$r = $f.$ait1 = $f.$r1 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.x = $f.x_1 = $f.$x0 = $f.$ait = $f.$r = $f.$ait1 = $f.$r1 = void 0;
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
                    case 10:
                    case 5:
                    case 11:
                    case 12:
                    case 16:
                    case 15:
                    case 18:
                    case 13:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                    case 6:
                    case 9:
                        $err = $e;
                        $s = 8;
                        continue $loop;
                    case 14:
                    case 17:
                        $err = $e;
                        $s = 16;
                        continue $loop;
                }
                $f.x = $f.x_1 = $f.$x0 = $f.$ait = $f.$r = $f.$ait1 = $f.$r1 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.x = this.x_1 = this.$x0 = this.$ait = this.$r = this.$ait1 = this.$r1 = void 0;
    }
    static $meta = { name: "outer", qualname: "outer", file: "fixtures/ag/scenario-delegation-by-async-for/input.ts", line: 31, kind: "async-generator", locals: [["x", "x"], ["x_1", "x"]], lines: [31, 32, 36, 36, 33, 33, 33, 33, 33, 33, 33, 34, 35, 35, 35, 35, 35, 35, 35] };
}, C_2 => C_2.$fn = function outer() {
    return new C_2();
});
const collect = __pycoro.defineCoroutine(class collect$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.ait = p0;
        this.out = void 0;
        this.x = void 0;
        this.$ait = void 0;
        this.$r = void 0;
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
                    case 0:
                        $f.out = [];
                        $f.$ait = __pycoro.aiter($f.ait);
                    case 1: $s = 3;
                    case 3: if (($w = __pycoro.anext($f.$ait)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.$r = $v;
                        $s = 4;
                        continue $loop;
                    case 5:
                        if ($err instanceof __pycoro.StopAsyncIteration) {
                            {
                                $v = $f.out;
                                $f.ait = $f.out = $f.x = $f.$ait = $f.$r = void 0;
                                return $v;
                            }
                        }
                        throw $err;
                    case 4:
                        $f.x = $f.$r;
                        $f.out.push($f.x);
                        $s = 1;
                        continue $loop;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 3:
                    case 6:
                        $err = $e;
                        $s = 5;
                        continue $loop;
                }
                $f.ait = $f.out = $f.x = $f.$ait = $f.$r = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.ait = this.out = this.x = this.$ait = this.$r = void 0;
    }
    static $meta = { name: "collect", qualname: "collect", file: "fixtures/ag/scenario-delegation-by-async-for/input.ts", line: 41, kind: "coroutine", locals: [["ait", "ait"], ["out", "out"], ["x", "x"]], lines: [41, 43, 43, 43, 43, 43, 43] };
}, C_3 => C_3.$fn = function collect(ait) {
    return new C_3(ait);
});
const r = complete(collect(outer()));
print("1 re-yielding two inner generators, their finally blocks' yields included:", r.items[3]);
print("  log:", log);
log.length = 0;
const innerRef = [];
const outerKeeping = __pycoro.defineAsyncGenerator(class outer_keeping$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.src = void 0;
        this.x = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$ait = void 0;
        this.$r = void 0;
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
                    case 0:
                        $f.src = inner("c");
                        innerRef.push($f.src);
                        $s = 1;
                    case 1: $f.$ait = __pycoro.aiter($f.src);
                    case 4: $s = 6;
                    case 6: if (($w = __pycoro.anext($f.$ait)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                        $w.$s = -2;
                        try {
                            $v = $w.$step(0, void 0, $m - 1);
                        }
                        catch ($e) {
                            throw __pycoro.awaitRaised($w, $e);
                        }
                        if ($v === __pycoro.DELEGATE) {
                            $f.$yf = $w;
                            $f.$s = 9;
                            return $v;
                        }
                        $w.$s = -1;
                    }
                    else if (($v = __pycoro.awaitOther($f, $w, 9)) === __pycoro.DELEGATE)
                        return $v;
                    case 9:
                        $f.$r = $v;
                        $s = 7;
                        continue $loop;
                    case 8:
                        if ($err instanceof __pycoro.StopAsyncIteration) {
                            $s = 5;
                            continue $loop;
                        }
                        throw $err;
                    case 7:
                        $f.x = $f.$r;
                        $f.$s = 10;
                        return $f.x;
                    case 10:
                        $s = 4;
                        continue $loop;
                    case 5:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        {
                            log.push("outer_keeping finally");
                        }
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.src = $f.x = $f.$x0 = $f.$ait = $f.$r = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.src = $f.x = $f.$x0 = $f.$ait = $f.$r = void 0;
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
                    case 10:
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
                $f.src = $f.x = $f.$x0 = $f.$ait = $f.$r = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.src = this.x = this.$x0 = this.$ait = this.$r = void 0;
    }
    static $meta = { name: "outer_keeping", qualname: "outer_keeping", file: "fixtures/ag/scenario-delegation-by-async-for/input.ts", line: 53, kind: "async-generator", locals: [["src", "src"], ["x", "x"]], lines: [53, 56, 58, 58, 57, 57, 57, 57, 57, 57, 57] };
}, C_4 => C_4.$fn = function outer_keeping() {
    return new C_4();
});
let o = outerKeeping();
print("2 two items:", [item(o.__anext__()), item(o.__anext__())]);
print("3 aclose() the outer one while it re-yields:", complete(o.aclose()), log);
print("  the inner one is not closed (async for does not close it):", innerRef[0].ag_frame != null);
attempt("  closing it now: its finally yields, which aclose() refuses", () => complete(innerRef[0].aclose()));
print("  log:", log);
log.length = 0;
const innerPlain = __pycoro.defineAsyncGenerator(class inner_plain$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.tag = p0;
        this.i = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0: $s = 1;
                    case 1: $f.i = 0;
                    case 4:
                        if (!($f.i < 3)) {
                            $s = 6;
                            continue $loop;
                        }
                        $v = `${$f.tag}${$f.i}`;
                        $f.$s = 7;
                        return $v;
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
                        log.push(`${$f.tag} finally`);
                        if (($w = io(`${$f.tag} cleanup`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.tag = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.tag = $f.$x0 = void 0;
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
                $f.tag = $f.$x0 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.tag = this.$x0 = void 0;
    }
    static $meta = { name: "inner_plain", qualname: "inner_plain", file: "fixtures/ag/scenario-delegation-by-async-for/input.ts", line: 70, kind: "async-generator", locals: [["tag", "tag"], ["i", "i"]], lines: [70, 71, 75, 73, 72, 72, 72, 72, 75] };
}, C_5 => C_5.$fn = function inner_plain(tag) {
    return new C_5(tag);
});
const outerClosing = __pycoro.defineAsyncGenerator(class outer_closing$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.src = void 0;
        this._ = void 0;
        this.x = void 0;
        this.$mgr = void 0;
        this.$exit = void 0;
        this.$ok = void 0;
        this.$exc = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$ait = void 0;
        this.$r = void 0;
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
                    case 0:
                        // (`async with aclosing(g) as src` binds `src = g`; TypeScript types an `await using` binding as
                        // the initializer, so the generator is named first.)
                        $f.src = innerPlain("d");
                        $f.$mgr = aclosing($f.src);
                        $f.$exit = __pycoro.aexitOf($f.$mgr);
                        if (($w = __pycoro.aenter($f.$mgr)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 1:
                        $f._ = $v;
                        $f.$ok = true;
                        $s = 2;
                    case 2: $s = 5;
                    case 5: $f.$ait = __pycoro.aiter($f.src);
                    case 8: $s = 10;
                    case 10: if (($w = __pycoro.anext($f.$ait)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                        $w.$s = -2;
                        try {
                            $v = $w.$step(0, void 0, $m - 1);
                        }
                        catch ($e) {
                            throw __pycoro.awaitRaised($w, $e);
                        }
                        if ($v === __pycoro.DELEGATE) {
                            $f.$yf = $w;
                            $f.$s = 13;
                            return $v;
                        }
                        $w.$s = -1;
                    }
                    else if (($v = __pycoro.awaitOther($f, $w, 13)) === __pycoro.DELEGATE)
                        return $v;
                    case 13:
                        $f.$r = $v;
                        $s = 11;
                        continue $loop;
                    case 12:
                        if ($err instanceof __pycoro.StopAsyncIteration) {
                            $s = 9;
                            continue $loop;
                        }
                        throw $err;
                    case 11:
                        $f.x = $f.$r;
                        $f.$s = 14;
                        return $f.x;
                    case 14:
                        $s = 8;
                        continue $loop;
                    case 9:
                        $s = 6;
                        continue $loop;
                    case 7:
                        $f.$ok = false;
                        $f.$exc = $err;
                        if (($w = __pycoro.aexit($f.$exit, $f.$mgr, $f.$exc)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 15;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 15)) === __pycoro.DELEGATE)
                            return $v;
                    case 15:
                        if ($v) {
                            $s = 16;
                            continue $loop;
                        }
                        throw $f.$exc;
                    case 16:
                        $f.$exc = void 0;
                        $s = 6;
                        continue $loop;
                    case 6:
                        $f.$c0 = 3;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 4:
                        if (!($f.$ok)) {
                            $s = 17;
                            continue $loop;
                        }
                        if (($w = __pycoro.aexit($f.$exit, $f.$mgr, void 0)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 18;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 18)) === __pycoro.DELEGATE)
                            return $v;
                    case 17:
                    case 18:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.src = $f._ = $f.x = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$ait = $f.$r = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 3:
                        log.push("outer_closing after the async with");
                        {
                            $f.src = $f._ = $f.x = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$ait = $f.$r = void 0;
                            return;
                        }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 2:
                    case 7:
                    case 15:
                    case 16:
                    case 6:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                    case 5:
                    case 8:
                    case 12:
                    case 11:
                    case 14:
                    case 9:
                        $err = $e;
                        $s = 7;
                        continue $loop;
                    case 10:
                    case 13:
                        $err = $e;
                        $s = 12;
                        continue $loop;
                }
                $f.src = $f._ = $f.x = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$ait = $f.$r = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.src = this._ = this.x = this.$mgr = this.$exit = this.$ok = this.$exc = this.$x0 = this.$ait = this.$r = void 0;
    }
    static $meta = { name: "outer_closing", qualname: "outer_closing", file: "fixtures/ag/scenario-delegation-by-async-for/input.ts", line: 79, kind: "async-generator", locals: [["src", "src"], ["_", "_"], ["x", "x"]], lines: [79, 84, 84, 84, 84, 84, 84, 85, 85, 85, 85, 85, 85, 85, 85, 84, 84, 84, 84] };
}, C_6 => C_6.$fn = function outer_closing() {
    return new C_6();
});
o = outerClosing();
print("4 with aclosing(inner):", item(o.__anext__()), "| aclose() ->", complete(o.aclose()), log);
log.length = 0;
const outerLoop = __pycoro.defineAsyncGenerator(class outer_loop$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.round = void 0;
        this.src = void 0;
        this._ = void 0;
        this.x = void 0;
        this.$mgr = void 0;
        this.$exit = void 0;
        this.$ok = void 0;
        this.$exc = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$ait = void 0;
        this.$r = void 0;
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
                    case 0: $f.round = 0;
                    case 1:
                        if (!($f.round < 3)) {
                            {
                                $f.src = $f._ = $f.x = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$ait = $f.$r = void 0;
                                return;
                            }
                        }
                        $f.src = innerPlain(`r${$f.round}`);
                        $f.$mgr = aclosing($f.src);
                        $f.$exit = __pycoro.aexitOf($f.$mgr);
                        if (($w = __pycoro.aenter($f.$mgr)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 4:
                        $f._ = $v;
                        $f.$ok = true;
                        $s = 5;
                    case 5: $s = 8;
                    case 8: $f.$ait = __pycoro.aiter($f.src);
                    case 11: $s = 13;
                    case 13: if (($w = __pycoro.anext($f.$ait)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                        $w.$s = -2;
                        try {
                            $v = $w.$step(0, void 0, $m - 1);
                        }
                        catch ($e) {
                            throw __pycoro.awaitRaised($w, $e);
                        }
                        if ($v === __pycoro.DELEGATE) {
                            $f.$yf = $w;
                            $f.$s = 16;
                            return $v;
                        }
                        $w.$s = -1;
                    }
                    else if (($v = __pycoro.awaitOther($f, $w, 16)) === __pycoro.DELEGATE)
                        return $v;
                    case 16:
                        $f.$r = $v;
                        $s = 14;
                        continue $loop;
                    case 15:
                        if ($err instanceof __pycoro.StopAsyncIteration) {
                            $s = 12;
                            continue $loop;
                        }
                        throw $err;
                    case 14:
                        $f.x = $f.$r;
                        $f.$s = 17;
                        return $f.x;
                    case 17:
                        $s = 11;
                        continue $loop;
                    case 12:
                        $s = 9;
                        continue $loop;
                    case 10:
                        $f.$ok = false;
                        $f.$exc = $err;
                        if (($w = __pycoro.aexit($f.$exit, $f.$mgr, $f.$exc)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 18;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 18)) === __pycoro.DELEGATE)
                            return $v;
                    case 18:
                        if ($v) {
                            $s = 19;
                            continue $loop;
                        }
                        throw $f.$exc;
                    case 19:
                        $f.$exc = void 0;
                        $s = 9;
                        continue $loop;
                    case 9:
                        $f.$c0 = 6;
                        $f.$x0 = void 0;
                        $s = 7;
                        continue $loop;
                    case 7:
                        if (!($f.$ok)) {
                            $s = 20;
                            continue $loop;
                        }
                        if (($w = __pycoro.aexit($f.$exit, $f.$mgr, void 0)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 21;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 21)) === __pycoro.DELEGATE)
                            return $v;
                    case 20:
                    case 21:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.src = $f._ = $f.x = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$ait = $f.$r = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 6:
                        $f.round++;
                        $s = 1;
                        continue $loop;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 5:
                    case 10:
                    case 18:
                    case 19:
                    case 9:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 7;
                        continue $loop;
                    case 8:
                    case 11:
                    case 15:
                    case 14:
                    case 17:
                    case 12:
                        $err = $e;
                        $s = 10;
                        continue $loop;
                    case 13:
                    case 16:
                        $err = $e;
                        $s = 15;
                        continue $loop;
                }
                $f.src = $f._ = $f.x = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$ait = $f.$r = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.src = this._ = this.x = this.$mgr = this.$exit = this.$ok = this.$exc = this.$x0 = this.$ait = this.$r = void 0;
    }
    static $meta = { name: "outer_loop", qualname: "outer_loop", file: "fixtures/ag/scenario-delegation-by-async-for/input.ts", line: 93, kind: "async-generator", locals: [["round", "round"], ["src", "src"], ["_", "_"], ["x", "x"]], lines: [93, 94, 96, 96, 96, 96, 96, 96, 96, 96, 97, 97, 97, 97, 97, 97, 97, 97, 96, 96, 96, 96] };
}, C_7 => C_7.$fn = function outer_loop() {
    return new C_7();
});
o = outerLoop();
const got = [0, 1, 2, 3].map(() => item(o.__anext__()));
print("5 delegating in a loop, then aclose():", got, complete(o.aclose()), log);
