import * as __pycoro from "pycoro/internal";
// Scenario (AG-10, AG-08, AW-03): an async generator suspended inside `await using` (async with)
// blocks. aclose() delivers GeneratorExit to the managers' __aexit__, innermost first, and their
// awaits pass to whoever drives the aclose awaitable; athrow() delivers the error there, and a
// suppressing __aexit__ lets the generator go on to its next yield.
import { AsyncContextManager, ValueError } from "pycoro";
import { attempt, catching, excName, print, str } from "../../_lib/py.js";
import { io, complete } from "../../_lib/coro.js";
class KeyErr extends Error {
}
const log = [];
let ___aenter__$1, ___aexit__$2;
class Resource extends AsyncContextManager {
    name;
    suppress;
    constructor(name, suppress = null) {
        super();
        this.name = name;
        this.suppress = suppress;
    }
    __aenter__() {
        return new (___aenter__$1 ??= __pycoro.frameClass(class __aenter__$ {
            constructor(p0) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.$t = p0;
            }
            $step($s, $v, $m) {
                const $f = this;
                let got_, $w;
                try {
                    if ($m > 0) {
                        throw $v;
                    }
                    $loop: for (;;)
                        switch ($s) {
                            case 0: if (($w = io(`open ${$f.$t.name}`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                                got_ = $v;
                                log.push(`open ${$f.$t.name} (${str(got_)})`);
                                {
                                    $v = $f.$t.name;
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
            static $meta = { name: "__aenter__", qualname: "Resource.__aenter__", file: "fixtures/ag/scenario-async-with-inside/input.ts", line: 16, kind: "coroutine", locals: [], lines: [16, 18] };
        }, __pycoro.Coroutine))(this);
    }
    __aexit__(et, _ev, _tb) {
        return new (___aexit__$2 ??= __pycoro.frameClass(class __aexit__$ {
            constructor(p0, p1, p2, p3) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.$t = p0;
                this.et = p1;
                this._ev = p2;
                this._tb = p3;
            }
            $step($s, $v, $m) {
                const $f = this;
                let got_, $w;
                try {
                    if ($m > 0) {
                        throw $v;
                    }
                    $loop: for (;;)
                        switch ($s) {
                            case 0:
                                log.push(`close ${$f.$t.name}: ${$f.et ? $f.et.name : "None"}`);
                                if (($w = io(`release ${$f.$t.name}`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                                got_ = $v;
                                log.push(`released ${$f.$t.name} (${str(got_)})`);
                                {
                                    $v = $f.et !== undefined && $f.$t.suppress !== null && ($f.et === $f.$t.suppress || $f.et.prototype instanceof $f.$t.suppress);
                                    $f.et = $f._ev = $f._tb = $f.$t = void 0;
                                    return $v;
                                }
                        }
                }
                catch ($e) {
                    $f.et = $f._ev = $f._tb = $f.$t = void 0;
                    throw $e;
                }
            }
            $forget() {
                this.et = this._ev = this._tb = this.$t = void 0;
            }
            static $meta = { name: "__aexit__", qualname: "Resource.__aexit__", file: "fixtures/ag/scenario-async-with-inside/input.ts", line: 22, kind: "coroutine", locals: [["et", "et"], ["_ev", "_ev"], ["_tb", "_tb"]], lines: [22, 25] };
        }, __pycoro.Coroutine))(this, et, _ev, _tb);
    }
}
const rows = __pycoro.defineAsyncGenerator(class rows$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.db = void 0;
        this.i = void 0;
        this.cur = void 0;
        this.$mgr = void 0;
        this.$exit = void 0;
        this.$ok = void 0;
        this.$exc = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$mgr1 = void 0;
        this.$exit1 = void 0;
        this.$ok1 = void 0;
        this.$exc1 = void 0;
        this.$c2 = void 0;
        this.$x2 = void 0;
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
                        $f.$mgr = new Resource("db");
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
                        $f.db = $v;
                        $f.$ok = true;
                        $s = 2;
                    case 2: $s = 5;
                    case 5: $f.i = 0;
                    case 8:
                        if (!($f.i < 3)) {
                            $s = 10;
                            continue $loop;
                        }
                        $f.$mgr1 = new Resource(`cursor${$f.i}`, KeyErr);
                        $f.$exit1 = __pycoro.aexitOf($f.$mgr1);
                        if (($w = __pycoro.aenter($f.$mgr1)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 11;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 11)) === __pycoro.DELEGATE)
                            return $v;
                    case 11:
                        $f.cur = $v;
                        $f.$ok1 = true;
                        $s = 12;
                    case 12: $s = 15;
                    case 15:
                        log.push(`yield from ${$f.db}/${$f.cur}`);
                        $f.$s = 18;
                        return $f.i;
                    case 18:
                        $s = 16;
                        continue $loop;
                    case 17:
                        $f.$ok1 = false;
                        $f.$exc1 = $err;
                        if (($w = __pycoro.aexit($f.$exit1, $f.$mgr1, $f.$exc1)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 19;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 19)) === __pycoro.DELEGATE)
                            return $v;
                    case 19:
                        if ($v) {
                            $s = 20;
                            continue $loop;
                        }
                        throw $f.$exc1;
                    case 20:
                        $f.$exc1 = void 0;
                        $s = 16;
                        continue $loop;
                    case 16:
                        $f.$c2 = 13;
                        $f.$x2 = void 0;
                        $s = 14;
                        continue $loop;
                    case 14:
                        if (!($f.$ok1)) {
                            $s = 21;
                            continue $loop;
                        }
                        if (($w = __pycoro.aexit($f.$exit1, $f.$mgr1, void 0)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 22;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 22)) === __pycoro.DELEGATE)
                            return $v;
                    case 21:
                    case 22:
                        if ($f.$c2 === -1)
                            throw $f.$x2;
                        if ($f.$c2 === -2) {
                            $f.$c0 = -2;
                            $f.$x0 = $f.$x2;
                            $s = 4;
                            continue $loop;
                        }
                        $s = $f.$c2;
                        continue $loop;
                    case 13:
                        log.push(`after cursor${$f.i}`);
                        $f.i++;
                        $s = 8;
                        continue $loop;
                    case 10:
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
                                $f.$s = 23;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 23)) === __pycoro.DELEGATE)
                            return $v;
                    case 23:
                        if ($v) {
                            $s = 24;
                            continue $loop;
                        }
                        throw $f.$exc;
                    case 24:
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
                            $s = 25;
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
                                $f.$s = 26;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 26)) === __pycoro.DELEGATE)
                            return $v;
                    case 25:
                    case 26:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.db = $f.cur = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$mgr1 = $f.$exit1 = $f.$ok1 = $f.$exc1 = $f.$x2 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 3:
                        log.push("rows: end");
                        {
                            $f.db = $f.cur = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$mgr1 = $f.$exit1 = $f.$ok1 = $f.$exc1 = $f.$x2 = void 0;
                            return;
                        }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 2:
                    case 7:
                    case 23:
                    case 24:
                    case 6:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                    case 5:
                    case 8:
                    case 11:
                    case 14:
                    case 21:
                    case 22:
                    case 13:
                    case 10:
                        $err = $e;
                        $s = 7;
                        continue $loop;
                    case 12:
                    case 17:
                    case 19:
                    case 20:
                    case 16:
                        $f.$c2 = -1;
                        $f.$x2 = $e;
                        $s = 14;
                        continue $loop;
                    case 15:
                    case 18:
                        $err = $e;
                        $s = 17;
                        continue $loop;
                }
                $f.db = $f.cur = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$mgr1 = $f.$exit1 = $f.$ok1 = $f.$exc1 = $f.$x2 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.db = this.cur = this.$mgr = this.$exit = this.$ok = this.$exc = this.$x0 = this.$mgr1 = this.$exit1 = this.$ok1 = this.$exc1 = this.$x2 = void 0;
    }
    static $meta = { name: "rows", qualname: "rows", file: "fixtures/ag/scenario-async-with-inside/input.ts", line: 31, kind: "async-generator", locals: [["db", "db"], ["i", "i"], ["cur", "cur"]], lines: [31, 33, 33, 33, 33, 33, 33, 40, 34, 40, 40, 36, 36, 36, 36, 36, 36, 38, 38, 36, 36, 36, 36, 33, 33, 33, 33] };
}, C_1 => C_1.$fn = function rows() {
    return new C_1();
});
let g = rows();
print("1 first row:", complete(g.__anext__(), ["a", "b"]));
print("2 aclose() while inside both blocks:", complete(g.aclose(), ["c", "d"]));
print("  log:", log);
log.length = 0;
g = rows();
complete(g.__anext__());
print("3 athrow(KeyErr) suppressed by the inner manager, the generator goes on:", complete(g.athrow(new KeyErr("skip"))));
print("4 athrow(ValueError) not suppressed: both managers see it", excName(catching(() => complete(g.athrow(new ValueError("stop"))))));
print("  log:", log);
log.length = 0;
g = rows();
print("5 all rows:", [0, 1, 2].map(() => complete(g.__anext__()).items[3]));
attempt("  the end", () => complete(g.__anext__()));
print("  log:", log);
