import * as __pycoro from "pycoro/internal";
// Scenario (test_asyncgen.py's compare_generators; AG-02, AG-03): the same body as a
// generator and as an async generator (with awaits that suspend between the steps) gives the same
// items, the same end and the same errors: yields in finally blocks, continue/break, an early
// return, a handled error, an error ending both. Iterated by hand: send(None) on the generator,
// __anext__() awaitables stepped with send(None) on the async generator.
import { StopAsyncIteration, StopIteration } from "pycoro";
import { excName, print, repr } from "../../_lib/py.js";
class Boom extends Error {
}
class ZeroDivisionError extends Error {
}
const io = __pycoro.defineGeneratorCoroutine(class io$ {
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
                    return "io";
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
    static $meta = { name: "io", qualname: "io", file: "fixtures/ag/scenario-sync-async-parity/input.ts", line: 12, kind: "generator-coroutine", locals: [], lines: [12, 13], handled: [] };
}, C_1 => C_1.$fn = function io() {
    return new C_1();
});
function syncIterate(g) {
    const res = [];
    while (true) {
        try {
            res.push(g.send(undefined));
        }
        catch (e) {
            res.push(e instanceof StopIteration ? "STOP" : excName(e));
            break;
        }
    }
    return res;
}
function asyncIterate(g) {
    const res = [];
    let suspensions = 0;
    while (true) {
        const an = g.__anext__();
        try {
            while (true) {
                try {
                    an.send(undefined);
                    suspensions += 1;
                }
                catch (e) {
                    if (!(e instanceof StopIteration))
                        throw e;
                    res.push(e.value);
                    break;
                }
            }
        }
        catch (e) {
            res.push(e instanceof StopAsyncIteration ? "STOP" : excName(e));
            break;
        }
    }
    return [res, suspensions];
}
function compare(label, syncGen, asyncGen) {
    const s = syncIterate(syncGen);
    const [a, n] = asyncIterate(asyncGen);
    print(label, s, "| same:", repr(s) === repr(a), "| awaits that suspended:", n);
}
const g1 = __pycoro.defineGenerator(class g1$ {
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
                case 1:
                    $f.$s = 2;
                    return 2;
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
    static $meta = { name: "g1", qualname: "g1", file: "fixtures/ag/scenario-sync-async-parity/input.ts", line: 59, kind: "generator", locals: [], lines: [59, 60, 61], handled: [] };
}, C_2 => C_2.$fn = function g1() {
    return new C_2();
});
const a1 = __pycoro.defineAsyncGenerator(class a1$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: if (($w = io()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    $f.$s = 2;
                    return 1;
                case 2: if (($w = io()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                    $w.$s = -2;
                    try {
                        $v = $w.$step(0, void 0, $m - 1);
                    }
                    catch ($e) {
                        throw __pycoro.awaitRaised($w, $e);
                    }
                    if ($v === __pycoro.DELEGATE) {
                        $f.$yf = $w;
                        $f.$s = 3;
                        return $v;
                    }
                    $w.$s = -1;
                }
                else if (($v = __pycoro.awaitOther($f, $w, 3)) === __pycoro.DELEGATE)
                    return $v;
                case 3:
                    $f.$s = 4;
                    return 2;
                case 4: return;
            }
    }
    static $meta = { name: "a1", qualname: "a1", file: "fixtures/ag/scenario-sync-async-parity/input.ts", line: 63, kind: "async-generator", locals: [], lines: [63, 64, 65, 66, 67] };
}, C_3 => C_3.$fn = function a1() {
    return new C_3();
});
compare("1 plain:", g1(), a1());
const g2 = __pycoro.defineGenerator(class g2$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
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
                    case 1:
                        $f.$s = 4;
                        return 1;
                    case 4: throw new Boom("b");
                    case 3:
                        $f.$s = 5;
                        return "finally";
                    case 5:
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
    static $meta = { name: "g2", qualname: "g2", file: "fixtures/ag/scenario-sync-async-parity/input.ts", line: 71, kind: "generator", locals: [], lines: [71, 72, 76, 75, 73, 76], handled: [4] };
}, C_4 => C_4.$fn = function g2() {
    return new C_4();
});
const a2 = __pycoro.defineAsyncGenerator(class a2$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
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
                    case 1: if (($w = io()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.$s = 5;
                        return 1;
                    case 5: throw new Boom("b");
                    case 3: if (($w = io()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.$s = 7;
                        return "finally";
                    case 7:
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
                    case 5:
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
    static $meta = { name: "a2", qualname: "a2", file: "fixtures/ag/scenario-sync-async-parity/input.ts", line: 79, kind: "async-generator", locals: [], lines: [79, 80, 86, 84, 81, 82, 85, 86] };
}, C_5 => C_5.$fn = function a2() {
    return new C_5();
});
compare("2 error, finally yields, error goes on:", g2(), a2());
const g3 = __pycoro.defineGenerator(class g3$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.i = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: $f.i = 0;
                case 1:
                    if (!($f.i < 6)) {
                        $s = 3;
                        continue $loop;
                    }
                    if ($f.i === 1) {
                        $s = 2;
                        continue $loop;
                    }
                    if ($f.i === 4) {
                        $s = 3;
                        continue $loop;
                    }
                    $f.$s = 4;
                    return $f.i;
                case 2:
                case 4:
                    $f.i++;
                    $s = 1;
                    continue $loop;
                case 3:
                    $f.$s = 5;
                    return "after";
                case 5: return;
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
    static $meta = { name: "g3", qualname: "g3", file: "fixtures/ag/scenario-sync-async-parity/input.ts", line: 91, kind: "generator", locals: [["i", "i"]], lines: [91, 92, 95, 95, 95, 97], handled: [] };
}, C_6 => C_6.$fn = function g3() {
    return new C_6();
});
const a3 = __pycoro.defineAsyncGenerator(class a3$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.i = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: $f.i = 0;
                case 1:
                    if (!($f.i < 6)) {
                        $s = 3;
                        continue $loop;
                    }
                    if (($w = io()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    if ($f.i === 1) {
                        $s = 2;
                        continue $loop;
                    }
                    if ($f.i === 4) {
                        $s = 3;
                        continue $loop;
                    }
                    $f.$s = 5;
                    return $f.i;
                case 2:
                case 5:
                    $f.i++;
                    $s = 1;
                    continue $loop;
                case 3:
                    $f.$s = 6;
                    return "after";
                case 6: return;
            }
    }
    static $meta = { name: "a3", qualname: "a3", file: "fixtures/ag/scenario-sync-async-parity/input.ts", line: 99, kind: "async-generator", locals: [["i", "i"]], lines: [99, 100, 104, 104, 101, 104, 106] };
}, C_7 => C_7.$fn = function a3() {
    return new C_7();
});
compare("3 continue/break:", g3(), a3());
const g4 = __pycoro.defineGenerator(class g4$ {
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
                    $f.$s = 1;
                    return "start";
                case 1:
                    if ($f.n)
                        return;
                    $f.$s = 2;
                    return "not reached";
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
    static $meta = { name: "g4", qualname: "g4", file: "fixtures/ag/scenario-sync-async-parity/input.ts", line: 110, kind: "generator", locals: [["n", "n"]], lines: [110, 111, 113], handled: [] };
}, C_8 => C_8.$fn = function g4(n) {
    return new C_8(n);
});
const a4 = __pycoro.defineAsyncGenerator(class a4$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.n = p0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0:
                    $f.$s = 1;
                    return "start";
                case 1: if (($w = io()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                case 2:
                    if ($f.n)
                        return;
                    $f.$s = 3;
                    return "not reached";
                case 3: return;
            }
    }
    static $meta = { name: "a4", qualname: "a4", file: "fixtures/ag/scenario-sync-async-parity/input.ts", line: 115, kind: "async-generator", locals: [["n", "n"]], lines: [115, 116, 117, 119] };
}, C_9 => C_9.$fn = function a4(n) {
    return new C_9(n);
});
compare("4 early return:", g4(1), a4(1));
const g5 = __pycoro.defineGenerator(class g5$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
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
                    case 1:
                        $f.$s = 4;
                        return 1;
                    case 4: throw new ZeroDivisionError("division by zero");
                    case 3:
                        $f.e = $err;
                        if (!($f.e instanceof ZeroDivisionError))
                            throw $f.e;
                        $f.$s = 5;
                        return "handled";
                    case 5:
                        $s = 2;
                        continue $loop;
                    case 2:
                        $f.$s = 6;
                        return "after";
                    case 6: {
                        $f.e = void 0;
                        return;
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
                $f.e = void 0;
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
        this.e = void 0;
    }
    static $meta = { name: "g5", qualname: "g5", file: "fixtures/ag/scenario-sync-async-parity/input.ts", line: 123, kind: "generator", locals: [["e", "e"]], lines: [123, 124, 129, 127, 125, 129, 131], handled: [4] };
}, C_10 => C_10.$fn = function g5() {
    return new C_10();
});
const a5 = __pycoro.defineAsyncGenerator(class a5$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.e = void 0;
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
                        $f.$s = 4;
                        return 1;
                    case 4: if (($w = io()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                        $w.$s = -2;
                        try {
                            $v = $w.$step(0, void 0, $m - 1);
                        }
                        catch ($e) {
                            throw __pycoro.awaitRaised($w, $e);
                        }
                        if ($v === __pycoro.DELEGATE) {
                            $f.$yf = $w;
                            $f.$s = 5;
                            return $v;
                        }
                        $w.$s = -1;
                    }
                    else if (($v = __pycoro.awaitOther($f, $w, 5)) === __pycoro.DELEGATE)
                        return $v;
                    case 5: throw new ZeroDivisionError("division by zero");
                    case 3:
                        $f.e = $err;
                        if (!($f.e instanceof ZeroDivisionError))
                            throw $f.e;
                        if (($w = io()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.$s = 7;
                        return "handled";
                    case 7:
                        $s = 2;
                        continue $loop;
                    case 2:
                        $f.$s = 8;
                        return "after";
                    case 8: {
                        $f.e = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                    case 5:
                        $err = $e;
                        $s = 3;
                        continue $loop;
                }
                $f.e = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.e = void 0;
    }
    static $meta = { name: "a5", qualname: "a5", file: "fixtures/ag/scenario-sync-async-parity/input.ts", line: 133, kind: "async-generator", locals: [["e", "e"]], lines: [133, 134, 141, 138, 135, 136, 140, 141, 143] };
}, C_11 => C_11.$fn = function a5() {
    return new C_11();
});
compare("5 handled error:", g5(), a5());
const g6 = __pycoro.defineGenerator(class g6$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
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
                    case 0: $f.i = 0;
                    case 1:
                        if (!($f.i < 2)) {
                            {
                                $f.$x0 = void 0;
                                return;
                            }
                        }
                        $s = 4;
                    case 4:
                        $f.$s = 7;
                        return $f.i;
                    case 7:
                        $f.$c0 = 5;
                        $f.$x0 = void 0;
                        $s = 6;
                        continue $loop;
                    case 6:
                        $v = `finally ${$f.i}`;
                        $f.$s = 8;
                        return $v;
                    case 8:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 5:
                        $f.i++;
                        $s = 1;
                        continue $loop;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 4:
                    case 7:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 6;
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
    static $meta = { name: "g6", qualname: "g6", file: "fixtures/ag/scenario-sync-async-parity/input.ts", line: 147, kind: "generator", locals: [["i", "i"]], lines: [147, 148, 152, 152, 149, 152, 151, 150, 152], handled: [7] };
}, C_12 => C_12.$fn = function g6() {
    return new C_12();
});
const a6 = __pycoro.defineAsyncGenerator(class a6$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
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
                    case 0: $f.i = 0;
                    case 1:
                        if (!($f.i < 2)) {
                            {
                                $f.$x0 = void 0;
                                return;
                            }
                        }
                        $s = 4;
                    case 4:
                        $f.$s = 7;
                        return $f.i;
                    case 7:
                        $f.$c0 = 5;
                        $f.$x0 = void 0;
                        $s = 6;
                        continue $loop;
                    case 6: if (($w = io()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $v = `finally ${$f.i}`;
                        $f.$s = 9;
                        return $v;
                    case 9:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 5:
                        $f.i++;
                        $s = 1;
                        continue $loop;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 4:
                    case 7:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 6;
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
    static $meta = { name: "a6", qualname: "a6", file: "fixtures/ag/scenario-sync-async-parity/input.ts", line: 156, kind: "async-generator", locals: [["i", "i"]], lines: [156, 157, 162, 162, 158, 162, 160, 159, 161, 162] };
}, C_13 => C_13.$fn = function a6() {
    return new C_13();
});
compare("6 yields in finally blocks in a loop:", g6(), a6());
const g7 = __pycoro.defineGenerator(class g7$ {
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
                case 1: throw new Boom("late");
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
    static $meta = { name: "g7", qualname: "g7", file: "fixtures/ag/scenario-sync-async-parity/input.ts", line: 168, kind: "generator", locals: [], lines: [168, 169], handled: [] };
}, C_14 => C_14.$fn = function g7() {
    return new C_14();
});
const a7 = __pycoro.defineAsyncGenerator(class a7$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0:
                    $f.$s = 1;
                    return 1;
                case 1: if (($w = io()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                case 2: throw new Boom("late");
            }
    }
    static $meta = { name: "a7", qualname: "a7", file: "fixtures/ag/scenario-sync-async-parity/input.ts", line: 172, kind: "async-generator", locals: [], lines: [172, 173, 174] };
}, C_15 => C_15.$fn = function a7() {
    return new C_15();
});
compare("7 an error ends both:", g7(), a7());
