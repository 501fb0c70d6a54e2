import * as __pycoro from "pycoro/internal";
// CO-18 (partial: JavaScript has no traceback objects, so the frame list is not compared): an
// error raised in the innermost coroutine rises through every awaiting coroutine, unchanged (the
// same object), running their finally blocks and reaching their catch clauses innermost first.
// P479-04: a StopIteration is converted to RuntimeError in the coroutine that raises it.
import { RuntimeError, StopIteration } from "pycoro";
import { attempt, print, repr } from "../../_lib/py.js";
import { suspend } from "../../_lib/coro.js";
class Deep extends Error {
}
const seen = [];
let original = null;
const raiser = __pycoro.defineCoroutine(class raiser$ {
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
                case 0: if (($w = suspend("raiser waiting")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    original = new Deep("deep");
                    throw original;
            }
    }
    static $meta = { name: "raiser", qualname: "raiser", file: "fixtures/co/exception-through-chain/input.ts", line: 13, kind: "coroutine", locals: [], lines: [13, 14] };
}, C_1 => C_1.$fn = function raiser() {
    return new C_1();
});
const l1 = __pycoro.defineCoroutine(class l1$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
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
                    case 1: if (($w = raiser()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.$c0 = -2;
                        $f.$x0 = $v;
                        $s = 3;
                        continue $loop;
                    case 3:
                        {
                            seen.push("l1 finally");
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
    $forget() {
        this.$x0 = void 0;
    }
    static $meta = { name: "l1", qualname: "l1", file: "fixtures/co/exception-through-chain/input.ts", line: 18, kind: "coroutine", locals: [], lines: [18, 19, 21, 21, 20] };
}, C_2 => C_2.$fn = function l1() {
    return new C_2();
});
const l2 = __pycoro.defineCoroutine(class l2$ {
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
                    case 1: if (($w = l1()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                            if (!(e instanceof Deep))
                                throw e;
                            seen.push(`l2 caught ${repr(e)}, same object: ${repr(e === original)}`);
                            return "l2 recovered";
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
    static $meta = { name: "l2", qualname: "l2", file: "fixtures/co/exception-through-chain/input.ts", line: 25, kind: "coroutine", locals: [], lines: [25, 26, 28, 28, 27] };
}, C_3 => C_3.$fn = function l2() {
    return new C_3();
});
const l3 = __pycoro.defineCoroutine(class l3$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
    }
    $step($s, $v, $m) {
        const $f = this;
        let r_, $w;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: if (($w = l2()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    r_ = $v;
                    seen.push(`l3 got ${repr(r_)}`);
                    return r_;
            }
    }
    static $meta = { name: "l3", qualname: "l3", file: "fixtures/co/exception-through-chain/input.ts", line: 34, kind: "coroutine", locals: [], lines: [34, 35] };
}, C_4 => C_4.$fn = function l3() {
    return new C_4();
});
let c = l3();
print("1 ->", c.send(undefined));
attempt("2 send(None): the error rises through every frame", () => c.send(undefined));
print("3 seen:", seen);
seen.length = 0;
const reRaiser = __pycoro.defineCoroutine(class re_raiser$ {
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
                    case 1: if (($w = raiser()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 4: return;
                    case 3:
                        {
                            let e = $err;
                            if (e instanceof Deep)
                                seen.push("re_raiser re-raises");
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
    static $meta = { name: "re_raiser", qualname: "re_raiser", file: "fixtures/co/exception-through-chain/input.ts", line: 46, kind: "coroutine", locals: [], lines: [46, 47, 49, 49, 48] };
}, C_5 => C_5.$fn = function re_raiser() {
    return new C_5();
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
        let $err;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0: $s = 1;
                    case 1: if (($w = reRaiser()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 4: return undefined;
                    case 3:
                        {
                            let e = $err;
                            if (e instanceof Deep)
                                return `top caught, same object: ${repr(e === original)}`;
                            throw e;
                        }
                        return undefined;
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
    static $meta = { name: "top", qualname: "top", file: "fixtures/co/exception-through-chain/input.ts", line: 54, kind: "coroutine", locals: [], lines: [54, 55, 57, 57, 56] };
}, C_6 => C_6.$fn = function top() {
    return new C_6();
});
c = top();
c.send(undefined);
attempt("4 re-raised through a catch", () => c.send(undefined));
print("5 seen:", seen);
const converts = __pycoro.defineCoroutine(class converts$ {
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
                case 0: throw new StopIteration("inner");
            }
    }
    static $meta = { name: "converts", qualname: "converts", file: "fixtures/co/exception-through-chain/input.ts", line: 68, kind: "coroutine", locals: [], lines: [68] };
}, C_7 => C_7.$fn = function converts() {
    return new C_7();
});
const outer = __pycoro.defineCoroutine(class outer$ {
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
                    case 1: if (($w = converts()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 4: return undefined;
                    case 3:
                        {
                            let e = $err;
                            if (e instanceof RuntimeError)
                                return `outer sees ${repr(e)} caused by ${repr(e.cause)}`;
                            throw e;
                        }
                        return undefined;
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
    static $meta = { name: "outer", qualname: "outer", file: "fixtures/co/exception-through-chain/input.ts", line: 71, kind: "coroutine", locals: [], lines: [71, 72, 74, 74, 73] };
}, C_8 => C_8.$fn = function outer() {
    return new C_8();
});
attempt("6 StopIteration is converted where it is raised (PEP 479)", () => outer().send(undefined));
