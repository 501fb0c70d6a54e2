import * as __pycoro from "pycoro/internal";
// AG-15: leaving a `for await` over an async generator early (break, return, an error) does not
// close it (SURFACE §1, unlike JavaScript's own for await, which calls return()): it stays
// suspended, a later loop resumes it, and only an explicit aclose() runs its finally.
// `await using ag = aclosing(gen)` (contextlib.aclosing) closes it when the block is left, also by
// an error; the finally's awaits pass to the driver.
import { aclosing, getAsyncGenState, ValueError } from "pycoro";
import { catching, excName, print } from "../../_lib/py.js";
import { io, complete } from "../../_lib/coro.js";
const counter = __pycoro.defineAsyncGenerator(class counter$ {
    constructor(p0, p1) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.n = p0;
        this.tag = p1;
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
                        if (!($f.i < $f.n)) {
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
                        $f.$s = 8;
                        return $f.i;
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
                        print(`  ${$f.tag}: finally (closing)`);
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
                                $f.$s = 9;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 9)) === __pycoro.DELEGATE)
                            return $v;
                    case 9:
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
    static $meta = { name: "counter", qualname: "counter", file: "fixtures/ag/break-does-not-close/input.ts", line: 10, kind: "async-generator", locals: [["n", "n"], ["tag", "tag"], ["i", "i"]], lines: [10, 11, 18, 16, 12, 14, 14, 13, 14, 18] };
}, C_1 => C_1.$fn = function counter(n, tag) {
    return new C_1(n, tag);
});
const tBreak = __pycoro.defineCoroutine(class t_break$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.ag = void 0;
        this.x = void 0;
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
                    case 0:
                        $f.ag = counter(5, "t1");
                        $f.x = -1;
                        $f.$ait = __pycoro.aiter($f.ag);
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
                            $s = 2;
                            continue $loop;
                        }
                        throw $err;
                    case 4:
                        $f.x = $f.$r;
                        {
                            if ($f.x === 1) {
                                $s = 2;
                                continue $loop;
                            }
                        }
                        $s = 1;
                        continue $loop;
                    case 2:
                        print("  after break:", getAsyncGenState($f.ag), "| ag_frame alive:", $f.ag.ag_frame != null);
                        $f.$ait1 = __pycoro.aiter($f.ag);
                    case 7: $s = 9;
                    case 9: if (($w = __pycoro.anext($f.$ait1)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                        $w.$s = -2;
                        try {
                            $v = $w.$step(0, void 0, $m - 1);
                        }
                        catch ($e) {
                            throw __pycoro.awaitRaised($w, $e);
                        }
                        if ($v === __pycoro.DELEGATE) {
                            $f.$yf = $w;
                            $f.$s = 12;
                            return $v;
                        }
                        $w.$s = -1;
                    }
                    else if (($v = __pycoro.awaitOther($f, $w, 12)) === __pycoro.DELEGATE)
                        return $v;
                    case 12:
                        $f.$r1 = $v;
                        $s = 10;
                        continue $loop;
                    case 11:
                        if ($err instanceof __pycoro.StopAsyncIteration) {
                            $s = 8;
                            continue $loop;
                        }
                        throw $err;
                    case 10:
                        $f.x = $f.$r1;
                        {
                            print("  a second loop resumes it at", $f.x);
                            {
                                $s = 8;
                                continue $loop;
                            }
                        }
                        $s = 7;
                        continue $loop;
                    case 8: if (($w = $f.ag.aclose()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        print("  after explicit aclose:", getAsyncGenState($f.ag));
                        {
                            $v = $f.x;
                            $f.ag = $f.$ait = $f.$r = $f.$ait1 = $f.$r1 = void 0;
                            return $v;
                        }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 3:
                    case 6:
                        $err = $e;
                        $s = 5;
                        continue $loop;
                    case 9:
                    case 12:
                        $err = $e;
                        $s = 11;
                        continue $loop;
                }
                $f.ag = $f.$ait = $f.$r = $f.$ait1 = $f.$r1 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.ag = this.$ait = this.$r = this.$ait1 = this.$r1 = void 0;
    }
    static $meta = { name: "t_break", qualname: "t_break", file: "fixtures/ag/break-does-not-close/input.ts", line: 22, kind: "coroutine", locals: [["ag", "ag"], ["x", "x"]], lines: [22, 25, 25, 25, 25, 25, 25, 29, 29, 29, 29, 29, 29, 33] };
}, C_2 => C_2.$fn = function t_break() {
    return new C_2();
});
print("1 break does not close; explicit aclose() does:", complete(tBreak()));
const tError = __pycoro.defineCoroutine(class t_error$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.ag = void 0;
        this._ = void 0;
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
                        $f.ag = counter(5, "t2");
                        $s = 1;
                    case 1:
                        $f.$ait = __pycoro.aiter($f.ag);
                        $s = 6;
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
                        $f._ = $f.$r;
                        throw new ValueError("in the loop body");
                    case 5:
                        $s = 2;
                        continue $loop;
                    case 3:
                        {
                            let e = $err;
                            if (!(e instanceof ValueError))
                                throw e;
                        }
                        $s = 2;
                        continue $loop;
                    case 2:
                        print("  after an error in the body:", getAsyncGenState($f.ag));
                        if (($w = $f.ag.aclose()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 10;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 10)) === __pycoro.DELEGATE)
                            return $v;
                    case 10: {
                        $f.ag = $f._ = $f.$ait = $f.$r = void 0;
                        return "closed";
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 8:
                    case 7:
                    case 5:
                        $err = $e;
                        $s = 3;
                        continue $loop;
                    case 6:
                    case 9:
                        $err = $e;
                        $s = 8;
                        continue $loop;
                }
                $f.ag = $f._ = $f.$ait = $f.$r = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.ag = this._ = this.$ait = this.$r = void 0;
    }
    static $meta = { name: "t_error", qualname: "t_error", file: "fixtures/ag/break-does-not-close/input.ts", line: 39, kind: "coroutine", locals: [["ag", "ag"], ["_", "_"]], lines: [39, 41, 43, 43, 42, 42, 42, 42, 42, 42, 47] };
}, C_3 => C_3.$fn = function t_error() {
    return new C_3();
});
print("2 an error leaving the loop does not close it either:", complete(tError()));
const tReturn = __pycoro.defineCoroutine(class t_return$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.ag = p0;
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
                        $f.$ait = __pycoro.aiter($f.ag);
                        $s = 3;
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
                                $f.ag = $f.x = $f.$ait = $f.$r = void 0;
                                return undefined;
                            }
                        }
                        throw $err;
                    case 4:
                        $f.x = $f.$r;
                        {
                            $v = $f.x;
                            $f.ag = $f.x = $f.$ait = $f.$r = void 0;
                            return $v;
                        }
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
                $f.ag = $f.x = $f.$ait = $f.$r = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.ag = this.x = this.$ait = this.$r = void 0;
    }
    static $meta = { name: "t_return", qualname: "t_return", file: "fixtures/ag/break-does-not-close/input.ts", line: 52, kind: "coroutine", locals: [["ag", "ag"], ["x", "x"]], lines: [52, 53, 53, 53, 53, 53, 53] };
}, C_4 => C_4.$fn = function t_return(ag) {
    return new C_4(ag);
});
const ag3 = counter(5, "t3");
print("3 return from inside the loop:", complete(tReturn(ag3)), getAsyncGenState(ag3));
complete(ag3.aclose());
const tAclosing = __pycoro.defineCoroutine(class t_aclosing$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.x = void 0;
        this.outer = void 0;
        this.ag = void 0;
        this._ = void 0;
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
                        $f.x = -1;
                        $f.outer = void 0;
                        // (`async with aclosing(g) as ag` binds `ag = g`: TypeScript types an `await using` binding as
                        // the initializer, so the generator is named first and the manager bound to `_`.)
                        $f.ag = counter(5, "t4");
                        $f.$mgr = aclosing($f.ag);
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
                    case 5:
                        $f.outer = $f.ag;
                        $f.$ait = __pycoro.aiter($f.ag);
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
                        {
                            if ($f.x === 2) {
                                $s = 9;
                                continue $loop;
                            }
                        }
                        $s = 8;
                        continue $loop;
                    case 9:
                        print("  inside the async with, after break:", getAsyncGenState($f.ag));
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
                                $f.$s = 14;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 14)) === __pycoro.DELEGATE)
                            return $v;
                    case 14:
                        if ($v) {
                            $s = 15;
                            continue $loop;
                        }
                        throw $f.$exc;
                    case 15:
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
                            $s = 16;
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
                                $f.$s = 17;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 17)) === __pycoro.DELEGATE)
                            return $v;
                    case 16:
                    case 17:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.outer = $f.ag = $f._ = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$ait = $f.$r = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 3:
                        print("  after the async with:", getAsyncGenState($f.outer));
                        {
                            $v = $f.x;
                            $f.outer = $f.ag = $f._ = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$ait = $f.$r = void 0;
                            return $v;
                        }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 2:
                    case 7:
                    case 14:
                    case 15:
                    case 6:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                    case 5:
                    case 8:
                    case 12:
                    case 11:
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
                $f.outer = $f.ag = $f._ = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$ait = $f.$r = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.outer = this.ag = this._ = this.$mgr = this.$exit = this.$ok = this.$exc = this.$x0 = this.$ait = this.$r = void 0;
    }
    static $meta = { name: "t_aclosing", qualname: "t_aclosing", file: "fixtures/ag/break-does-not-close/input.ts", line: 60, kind: "coroutine", locals: [["x", "x"], ["outer", "outer"], ["ag", "ag"], ["_", "_"]], lines: [60, 67, 67, 67, 67, 67, 67, 72, 69, 69, 69, 69, 69, 69, 67, 67, 67, 67] };
}, C_5 => C_5.$fn = function t_aclosing() {
    return new C_5();
});
print("4 aclosing(ag) closes it when the block is left:", complete(tAclosing()));
const tAclosingError = __pycoro.defineCoroutine(class t_aclosing_error$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.ag = void 0;
        this._ = void 0;
        this._x = void 0;
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
                        $f.ag = counter(5, "t5");
                        $f.$mgr = aclosing($f.ag);
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
                    case 5:
                        $f.$ait = __pycoro.aiter($f.ag);
                        $s = 10;
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
                        $f._x = $f.$r;
                        throw new ValueError("boom");
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
                                $f.$s = 14;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 14)) === __pycoro.DELEGATE)
                            return $v;
                    case 14:
                        if ($v) {
                            $s = 15;
                            continue $loop;
                        }
                        throw $f.$exc;
                    case 15:
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
                            $s = 16;
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
                                $f.$s = 17;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 17)) === __pycoro.DELEGATE)
                            return $v;
                    case 16:
                    case 17:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.ag = $f._ = $f._x = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$ait = $f.$r = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 3: {
                        $f.ag = $f._ = $f._x = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$ait = $f.$r = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 2:
                    case 7:
                    case 14:
                    case 15:
                    case 6:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                    case 5:
                    case 12:
                    case 11:
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
                $f.ag = $f._ = $f._x = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$ait = $f.$r = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.ag = this._ = this._x = this.$mgr = this.$exit = this.$ok = this.$exc = this.$x0 = this.$ait = this.$r = void 0;
    }
    static $meta = { name: "t_aclosing_error", qualname: "t_aclosing_error", file: "fixtures/ag/break-does-not-close/input.ts", line: 79, kind: "coroutine", locals: [["ag", "ag"], ["_", "_"], ["_x", "_x"]], lines: [79, 81, 81, 81, 81, 81, 81, 82, 82, 82, 82, 82, 82, 82, 81, 81, 81, 81] };
}, C_6 => C_6.$fn = function t_aclosing_error() {
    return new C_6();
});
print("5 ... also when an error leaves it:", excName(catching(() => complete(tAclosingError()))));
