import * as __pycoro from "pycoro/internal";
// AG-17: `await asyncList(ait)` stands for the async comprehension [x async for x in ait]: it runs
// the async iterator to its end (an async generator's finally included), its awaits pass to the
// driver, and an error from the source propagates. TypeScript has no async generator expressions:
// a marked async generator function stands for (x * 2 async for x in src). Awaits inside a list
// expression (an array literal; Python: a comprehension) are allowed in a coroutine (CO-21's part).
import { asyncList, StopAsyncIteration, ValueError } from "pycoro";
import { print, repr } from "../../_lib/py.js";
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
                        if (($w = io(`${$f.tag} ${$f.i}`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        {
                            print(`  ${$f.tag}: finally`);
                        }
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
    static $meta = { name: "counter", qualname: "counter", file: "fixtures/ag/async-comprehension/input.ts", line: 10, kind: "async-generator", locals: [["n", "n"], ["tag", "tag"], ["i", "i"]], lines: [10, 11, 16, 16, 12, 14, 14, 13, 14] };
}, C_1 => C_1.$fn = function counter(n, tag) {
    return new C_1(n, tag);
});
const t1 = __pycoro.defineCoroutine(class t1$ {
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
                case 0: if (($w = asyncList(counter(3, "t1"))) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
    static $meta = { name: "t1", qualname: "t1", file: "fixtures/ag/async-comprehension/input.ts", line: 21, kind: "coroutine", locals: [], lines: [21, 22] };
}, C_2 => C_2.$fn = function t1() {
    return new C_2();
});
print("1 [x async for x in ag] runs it to the end (its finally too):", complete(t1()));
const doubled = __pycoro.defineAsyncGenerator(class doubled$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.src = p0;
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
                    case 0: $f.$ait = __pycoro.aiter($f.src);
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
                                $f.src = $f.x = $f.$ait = $f.$r = void 0;
                                return;
                            }
                        }
                        throw $err;
                    case 4:
                        $f.x = $f.$r;
                        $v = $f.x * 2;
                        $f.$s = 7;
                        return $v;
                    case 7:
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
                $f.src = $f.x = $f.$ait = $f.$r = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.src = this.x = this.$ait = this.$r = void 0;
    }
    static $meta = { name: "doubled", qualname: "doubled", file: "fixtures/ag/async-comprehension/input.ts", line: 26, kind: "async-generator", locals: [["src", "src"], ["x", "x"]], lines: [26, 27, 27, 27, 27, 27, 27, 27] };
}, C_3 => C_3.$fn = function doubled(src) {
    return new C_3(src);
});
const t2 = __pycoro.defineCoroutine(class t2$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.ge = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        $f.ge = doubled(counter(3, "t2"));
                        if (($w = asyncList($f.ge)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 1: {
                        $f.ge = void 0;
                        return $v;
                    }
                }
        }
        catch ($e) {
            $f.ge = void 0;
            throw $e;
        }
    }
    $forget() {
        this.ge = void 0;
    }
    static $meta = { name: "t2", qualname: "t2", file: "fixtures/ag/async-comprehension/input.ts", line: 29, kind: "coroutine", locals: [["ge", "ge"]], lines: [29, 31] };
}, C_4 => C_4.$fn = function t2() {
    return new C_4();
});
print("2 an async generator over an async generator:", complete(t2()));
const t3 = __pycoro.defineCoroutine(class t3$ {
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
                case 0: if (($w = asyncList(counter(5, "t3"))) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                case 1: return ($v).filter((x) => x % 2 === 0).map((x) => x * 10);
            }
    }
    static $meta = { name: "t3", qualname: "t3", file: "fixtures/ag/async-comprehension/input.ts", line: 35, kind: "coroutine", locals: [], lines: [35, 36] };
}, C_5 => C_5.$fn = function t3() {
    return new C_5();
});
print("3 with a condition and an expression:", complete(t3()));
let ___anext__$1;
class Counter {
    n;
    i = 0;
    constructor(n) {
        this.n = n;
    }
    __aiter__() {
        return this;
    }
    __anext__() {
        return new (___anext__$1 ??= __pycoro.frameClass(class __anext__$ {
            constructor(p0) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.$t = p0;
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
                                $f.$t.i += 1;
                                if ($f.$t.i > $f.$t.n)
                                    throw new StopAsyncIteration();
                                {
                                    $v = $f.$t.i;
                                    $f.$t = void 0;
                                    return $v;
                                }
                        }
                }
                catch ($e) {
                    $f.$t = void 0;
                    throw $e;
                }
            }
            $forget() {
                this.$t = void 0;
            }
            static $meta = { name: "__anext__", qualname: "Counter.__anext__", file: "fixtures/ag/async-comprehension/input.ts", line: 46, kind: "coroutine", locals: [], lines: [46] };
        }, __pycoro.Coroutine))(this);
    }
}
const t4 = __pycoro.defineCoroutine(class t4$ {
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
                case 0: if (($w = asyncList(new Counter(3))) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
    static $meta = { name: "t4", qualname: "t4", file: "fixtures/ag/async-comprehension/input.ts", line: 53, kind: "coroutine", locals: [], lines: [53, 54] };
}, C_6 => C_6.$fn = function t4() {
    return new C_6();
});
print("4 over a class-based async iterator:", complete(t4()));
const fails = __pycoro.defineAsyncGenerator(class fails$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.n = p0;
        this.i = void 0;
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
                    case 1: $f.i = 0;
                    case 4:
                        if (!($f.i < $f.n)) {
                            $s = 6;
                            continue $loop;
                        }
                        $f.$s = 7;
                        return $f.i;
                    case 7:
                        $f.i++;
                        $s = 4;
                        continue $loop;
                    case 6: throw new ValueError("after the items");
                    case 3:
                        {
                            print("  fails: finally");
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
                    case 7:
                    case 6:
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
    static $meta = { name: "fails", qualname: "fails", file: "fixtures/ag/async-comprehension/input.ts", line: 58, kind: "async-generator", locals: [["n", "n"], ["i", "i"]], lines: [58, 59, 62, 62, 60, 60, 60, 60] };
}, C_7 => C_7.$fn = function fails(n) {
    return new C_7(n);
});
const t5 = __pycoro.defineCoroutine(class t5$ {
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
                    case 1: if (($w = asyncList(fails(2))) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                            if (e instanceof ValueError)
                                return `caught ${repr(e)}`;
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
    static $meta = { name: "t5", qualname: "t5", file: "fixtures/ag/async-comprehension/input.ts", line: 66, kind: "coroutine", locals: [], lines: [66, 67, 69, 69, 68] };
}, C_8 => C_8.$fn = function t5() {
    return new C_8();
});
print("5 an error from the source propagates:", complete(t5()));
const t6 = __pycoro.defineCoroutine(class t6$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$t0 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0: if (($w = io("await inside 0")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.$t0 = $v;
                        if (($w = io("await inside 1")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 2;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 2)) === __pycoro.DELEGATE)
                            return $v;
                    case 2: {
                        $v = [$f.$t0, $v];
                        $f.$t0 = void 0;
                        return $v;
                    }
                }
        }
        catch ($e) {
            $f.$t0 = void 0;
            throw $e;
        }
    }
    $forget() {
        this.$t0 = void 0;
    }
    static $meta = { name: "t6", qualname: "t6", file: "fixtures/ag/async-comprehension/input.ts", line: 76, kind: "coroutine", locals: [], lines: [76, 77, 77] };
}, C_9 => C_9.$fn = function t6() {
    return new C_9();
});
print("6 awaits inside a list expression (input.ts: an array literal):", complete(t6()));
