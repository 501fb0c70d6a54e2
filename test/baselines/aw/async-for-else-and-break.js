import * as __pycoro from "pycoro/internal";
// AW-07: Python's `async for ... else` (JavaScript has none: a flag set before `break` stands for
// it; the twin uses else): the else part runs when the loop ends normally, not after break. Leaving
// a `for await` early (break, return, a labelled break, an error) does NOT
// close the async iterator (SURFACE §1): neither aclose() nor JavaScript's return() is called, and
// a later loop over the same iterator resumes it.
import { StopAsyncIteration, ValueError } from "pycoro";
import { print, repr, tuple } from "../../_lib/py.js";
import { io, completeResultFirst as complete } from "../../_lib/coro.js";
function resultOf(t) {
    return t.items[1];
}
const log = [];
let ___anext__$1, _aclose$2;
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
                let $w;
                try {
                    if ($m > 0) {
                        throw $v;
                    }
                    $loop: for (;;)
                        switch ($s) {
                            case 0: if (($w = io(`anext ${$f.$t.i}`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
            static $meta = { name: "__anext__", qualname: "Counter.__anext__", file: "fixtures/aw/async-for-else-and-break/input.ts", line: 21, kind: "coroutine", locals: [], lines: [21, 23] };
        }, __pycoro.Coroutine))(this);
    }
    aclose() {
        return new (_aclose$2 ??= __pycoro.frameClass(class aclose$ {
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
                            log.push("aclose called (wrong)");
                            return;
                    }
            }
            static $meta = { name: "aclose", qualname: "Counter.aclose", file: "fixtures/aw/async-for-else-and-break/input.ts", line: 28, kind: "coroutine", locals: [], lines: [28] };
        }, __pycoro.Coroutine))();
    }
    return() {
        log.push("return called (wrong)");
        return { done: true, value: undefined };
    }
}
const runElse = __pycoro.defineCoroutine(class run_else$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.out = void 0;
        this.c = void 0;
        this.broke = void 0;
        this.x = void 0;
        this.x_1 = void 0;
        this.x_2 = void 0;
        this.$ait = void 0;
        this.$r = void 0;
        this.$ait1 = void 0;
        this.$r1 = void 0;
        this.$ait2 = void 0;
        this.$r2 = void 0;
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
                        $f.$ait = __pycoro.aiter(new Counter(2));
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
                        $f.out.push($f.x);
                        $s = 1;
                        continue $loop;
                    case 2:
                        $f.out.push("else");
                        $f.c = new Counter(5);
                        $f.broke = false;
                        $f.$ait1 = __pycoro.aiter($f.c);
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
                        $f.x_1 = $f.$r1;
                        {
                            if ($f.x_1 === 2) {
                                $f.broke = true;
                                {
                                    $s = 8;
                                    continue $loop;
                                }
                            }
                            $f.out.push($f.x_1);
                        }
                        $s = 7;
                        continue $loop;
                    case 8:
                        if (!$f.broke)
                            $f.out.push("else2 (wrong)");
                        $f.out.push(`after break: the iterator is at ${$f.c.i}, not closed`);
                        $f.broke = false;
                        $f.$ait2 = __pycoro.aiter($f.c);
                    case 13: $s = 15;
                    case 15: if (($w = __pycoro.anext($f.$ait2)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.$r2 = $v;
                        $s = 16;
                        continue $loop;
                    case 17:
                        if ($err instanceof __pycoro.StopAsyncIteration) {
                            $s = 14;
                            continue $loop;
                        }
                        throw $err;
                    case 16:
                        $f.x_2 = $f.$r2;
                        {
                            if ($f.x_2 === 4) {
                                $s = 13;
                                continue $loop;
                            }
                            $f.out.push($f.x_2);
                        }
                        $s = 13;
                        continue $loop;
                    case 14:
                        if (!$f.broke)
                            $f.out.push("else3: the same iterator resumed to its end");
                        {
                            $v = $f.out;
                            $f.out = $f.c = $f.x = $f.x_1 = $f.x_2 = $f.$ait = $f.$r = $f.$ait1 = $f.$r1 = $f.$ait2 = $f.$r2 = void 0;
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
                    case 15:
                    case 18:
                        $err = $e;
                        $s = 17;
                        continue $loop;
                }
                $f.out = $f.c = $f.x = $f.x_1 = $f.x_2 = $f.$ait = $f.$r = $f.$ait1 = $f.$r1 = $f.$ait2 = $f.$r2 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.out = this.c = this.x = this.x_1 = this.x_2 = this.$ait = this.$r = this.$ait1 = this.$r1 = this.$ait2 = this.$r2 = void 0;
    }
    static $meta = { name: "run_else", qualname: "run_else", file: "fixtures/aw/async-for-else-and-break/input.ts", line: 38, kind: "coroutine", locals: [["out", "out"], ["c", "c"], ["broke", "broke"], ["x", "x"], ["x_1", "x"], ["x_2", "x"]], lines: [38, 40, 40, 40, 40, 40, 40, 44, 44, 44, 44, 44, 44, 54, 54, 54, 54, 54, 54] };
}, C_1 => C_1.$fn = function run_else() {
    return new C_1();
});
print("1 async for ... else:", complete(runElse()), log);
const bodyRaises = __pycoro.defineCoroutine(class body_raises$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.c = void 0;
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
                        $f.c = new Counter(3);
                        $s = 1;
                    case 1: $f.$ait = __pycoro.aiter($f.c);
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
                        {
                            if ($f.x === 2)
                                throw new ValueError("from the body");
                        }
                        $s = 4;
                        continue $loop;
                    case 5: {
                        $f.c = $f.x = $f.$ait = $f.$r = void 0;
                        return undefined;
                    }
                    case 3:
                        {
                            let e = $err;
                            if (e instanceof ValueError) {
                                $v = tuple(repr(e), "iterator at", $f.c.i);
                                $f.c = $f.x = $f.$ait = $f.$r = void 0;
                                return $v;
                            }
                            throw e;
                        }
                        {
                            $f.c = $f.x = $f.$ait = $f.$r = void 0;
                            return undefined;
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
                        $err = $e;
                        $s = 3;
                        continue $loop;
                    case 6:
                    case 9:
                        $err = $e;
                        $s = 8;
                        continue $loop;
                }
                $f.c = $f.x = $f.$ait = $f.$r = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.c = this.x = this.$ait = this.$r = void 0;
    }
    static $meta = { name: "body_raises", qualname: "body_raises", file: "fixtures/aw/async-for-else-and-break/input.ts", line: 63, kind: "coroutine", locals: [["c", "c"], ["x", "x"]], lines: [63, 65, 69, 69, 66, 66, 66, 66, 66, 66] };
}, C_2 => C_2.$fn = function body_raises() {
    return new C_2();
});
print("2 an error in the body leaves the iterator as it is:", complete(bodyRaises()), log);
const returnsFromLoop = __pycoro.defineCoroutine(class returns_from_loop$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
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
                    case 0: $f.$ait = __pycoro.aiter(new Counter(10));
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
                                $f.x = $f.$ait = $f.$r = void 0;
                                return undefined;
                            }
                        }
                        throw $err;
                    case 4:
                        $f.x = $f.$r;
                        {
                            if ($f.x === 3) {
                                $v = `returned ${$f.x} from inside the loop`;
                                $f.x = $f.$ait = $f.$r = void 0;
                                return $v;
                            }
                        }
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
                $f.x = $f.$ait = $f.$r = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.x = this.$ait = this.$r = void 0;
    }
    static $meta = { name: "returns_from_loop", qualname: "returns_from_loop", file: "fixtures/aw/async-for-else-and-break/input.ts", line: 77, kind: "coroutine", locals: [["x", "x"]], lines: [77, 78, 78, 78, 78, 78, 78] };
}, C_3 => C_3.$fn = function returns_from_loop() {
    return new C_3();
});
print("3 return from inside the loop:", complete(returnsFromLoop()), log);
const nested = __pycoro.defineCoroutine(class nested$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.out = void 0;
        this.a = void 0;
        this.broke = void 0;
        this.b = void 0;
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
                        $f.out = [];
                        $f.$ait = __pycoro.aiter(new Counter(2));
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
                        $f.a = $f.$r;
                        $f.broke = false;
                        $f.$ait1 = __pycoro.aiter(new Counter(3));
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
                        $f.b = $f.$r1;
                        {
                            if ($f.b === 2) {
                                $f.broke = true;
                                {
                                    $s = 8;
                                    continue $loop;
                                }
                            }
                            $f.out.push(tuple($f.a, $f.b));
                        }
                        $s = 7;
                        continue $loop;
                    case 8:
                        if (!$f.broke)
                            $f.out.push("inner else (wrong)");
                        $s = 1;
                        continue $loop;
                    case 2:
                        $f.out.push("outer else");
                        {
                            $v = $f.out;
                            $f.out = $f.a = $f.b = $f.$ait = $f.$r = $f.$ait1 = $f.$r1 = void 0;
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
                $f.out = $f.a = $f.b = $f.$ait = $f.$r = $f.$ait1 = $f.$r1 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.out = this.a = this.b = this.$ait = this.$r = this.$ait1 = this.$r1 = void 0;
    }
    static $meta = { name: "nested", qualname: "nested", file: "fixtures/aw/async-for-else-and-break/input.ts", line: 85, kind: "coroutine", locals: [["out", "out"], ["a", "a"], ["broke", "broke"], ["b", "b"]], lines: [85, 87, 96, 87, 87, 87, 87, 89, 89, 89, 89, 89, 89] };
}, C_4 => C_4.$fn = function nested() {
    return new C_4();
});
print("4 nested loops, break in the inner one:", resultOf(complete(nested())), log);
const labelled = __pycoro.defineCoroutine(class labelled$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.out = void 0;
        this.a = void 0;
        this.b = void 0;
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
                        $f.out = [];
                        $f.$ait = __pycoro.aiter(new Counter(3));
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
                        $f.a = $f.$r;
                        $f.$ait1 = __pycoro.aiter(new Counter(3));
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
                        $f.b = $f.$r1;
                        {
                            if ($f.b === 2 && $f.a === 2) {
                                $s = 2;
                                continue $loop;
                            }
                            $f.out.push(tuple($f.a, $f.b));
                        }
                        $s = 7;
                        continue $loop;
                    case 8:
                        $s = 1;
                        continue $loop;
                    case 2: {
                        $v = [...__pycoro.spreadArray($f.out, "out"), "left both loops"];
                        $f.out = $f.a = $f.b = $f.$ait = $f.$r = $f.$ait1 = $f.$r1 = void 0;
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
                $f.out = $f.a = $f.b = $f.$ait = $f.$r = $f.$ait1 = $f.$r1 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.out = this.a = this.b = this.$ait = this.$r = this.$ait1 = this.$r1 = void 0;
    }
    static $meta = { name: "labelled", qualname: "labelled", file: "fixtures/aw/async-for-else-and-break/input.ts", line: 103, kind: "coroutine", locals: [["out", "out"], ["a", "a"], ["b", "b"]], lines: [103, 105, 106, 105, 105, 105, 105, 106, 106, 106, 106, 106, 106] };
}, C_5 => C_5.$fn = function labelled() {
    return new C_5();
});
print("5 a labelled break out of two loops:", resultOf(complete(labelled())), log);
