import * as __pycoro from "pycoro/internal";
// AW-03: `await using v = cm` (async with): __aexit__(excType, exc, tb) gets (undefined, undefined,
// undefined) on a normal exit; a truthy awaited result suppresses the exception and execution goes
// on after the block, a falsy one (false, 0, '', None) re-raises it. Several managers are entered in
// order and exited in reverse; each __aexit__ sees what the inner ones left (suppressed, or the new
// error one raised). return/break/continue leave through __aexit__; its awaits pass to the driver.
import { AsyncContextManager, ValueError } from "pycoro";
import { attempt, print, repr } from "../../_lib/py.js";
import { io, completeResultFirst as complete } from "../../_lib/coro.js";
class KeyErr extends Error {
}
const log = [];
let ___aenter__$1, ___aexit__$2;
class CM extends AsyncContextManager {
    name;
    result;
    opts;
    constructor(name, result = false, opts = {}) {
        super();
        this.name = name;
        this.result = result;
        this.opts = opts;
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
                let $w;
                try {
                    if ($m > 0) {
                        throw $v;
                    }
                    $loop: for (;;)
                        switch ($s) {
                            case 0:
                                log.push(`enter ${$f.$t.name}`);
                                if (!($f.$t.opts.suspend)) {
                                    $s = 1;
                                    continue $loop;
                                }
                                if (($w = io(`${$f.$t.name} entering`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                            case 1:
                            case 2:
                                if ($f.$t.opts.raiseInEnter)
                                    throw $f.$t.opts.raiseInEnter;
                                {
                                    $v = `<${$f.$t.name}>`;
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
            static $meta = { name: "__aenter__", qualname: "CM.__aenter__", file: "fixtures/aw/async-with-exit-semantics/input.ts", line: 22, kind: "coroutine", locals: [], lines: [22, 25, 25] };
        }, __pycoro.Coroutine))(this);
    }
    __aexit__(et, ev, tb) {
        return new (___aexit__$2 ??= __pycoro.frameClass(class __aexit__$ {
            constructor(p0, p1, p2, p3) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.$t = p0;
                this.et = p1;
                this.ev = p2;
                this.tb = p3;
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
                                if ($f.et === undefined)
                                    log.push(`exit ${$f.$t.name} (None, None, tb None: ${repr($f.tb == null)})`);
                                else
                                    log.push(`exit ${$f.$t.name} (${$f.et.name}, ${repr($f.ev)})`);
                                if (!($f.$t.opts.suspend)) {
                                    $s = 1;
                                    continue $loop;
                                }
                                if (($w = io(`${$f.$t.name} exiting`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                            case 1:
                            case 2:
                                if ($f.$t.opts.raiseInExit)
                                    throw $f.$t.opts.raiseInExit;
                                {
                                    $v = $f.$t.result;
                                    $f.et = $f.ev = $f.tb = $f.$t = void 0;
                                    return $v;
                                }
                        }
                }
                catch ($e) {
                    $f.et = $f.ev = $f.tb = $f.$t = void 0;
                    throw $e;
                }
            }
            $forget() {
                this.et = this.ev = this.tb = this.$t = void 0;
            }
            static $meta = { name: "__aexit__", qualname: "CM.__aexit__", file: "fixtures/aw/async-with-exit-semantics/input.ts", line: 29, kind: "coroutine", locals: [["et", "et"], ["ev", "ev"], ["tb", "tb"]], lines: [29, 33, 33] };
        }, __pycoro.Coroutine))(this, et, ev, tb);
    }
}
function trial(label, coroFn) {
    log.length = 0;
    attempt(label, () => complete(coroFn()));
    print("  log:", log);
}
const bodyRaises = __pycoro.defineCoroutine(class body_raises$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.cm = p0;
        this.v = void 0;
        this.$mgr = void 0;
        this.$exit = void 0;
        this.$ok = void 0;
        this.$exc = void 0;
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
                    case 0:
                        $f.$mgr = $f.cm;
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
                        $f.v = $v;
                        $f.$ok = true;
                        $s = 2;
                    case 2: $s = 5;
                    case 5:
                        log.push(`body with ${$f.v}`);
                        throw new KeyErr("body");
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
                                $f.$s = 8;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 8)) === __pycoro.DELEGATE)
                            return $v;
                    case 8:
                        if ($v) {
                            $s = 9;
                            continue $loop;
                        }
                        throw $f.$exc;
                    case 9:
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
                            $s = 10;
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
                                $f.$s = 11;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 11)) === __pycoro.DELEGATE)
                            return $v;
                    case 10:
                    case 11:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.cm = $f.v = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 3:
                        log.push("after the with block");
                        {
                            $f.cm = $f.v = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = void 0;
                            return "returned normally";
                        }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 2:
                    case 7:
                    case 8:
                    case 9:
                    case 6:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                    case 5:
                        $err = $e;
                        $s = 7;
                        continue $loop;
                }
                $f.cm = $f.v = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.cm = this.v = this.$mgr = this.$exit = this.$ok = this.$exc = this.$x0 = void 0;
    }
    static $meta = { name: "body_raises", qualname: "body_raises", file: "fixtures/aw/async-with-exit-semantics/input.ts", line: 45, kind: "coroutine", locals: [["cm", "cm"], ["v", "v"]], lines: [45, 47, 47, 47, 47, 47, 47, 49, 47, 47, 47, 47] };
}, C_1 => C_1.$fn = function body_raises(cm) {
    return new C_1(cm);
});
trial("1 __aexit__ returns True: suppressed, execution goes on after the block", () => bodyRaises(new CM("a", true)));
trial("2 __aexit__ returns False: re-raised", () => bodyRaises(new CM("a", false)));
trial("3 returns 0", () => bodyRaises(new CM("a", 0)));
trial("4 returns ''", () => bodyRaises(new CM("a", "")));
trial("5 returns None", () => bodyRaises(new CM("a", undefined)));
trial("5b returns null", () => bodyRaises(new CM("a", null)));
trial("6 returns 1", () => bodyRaises(new CM("a", 1)));
trial("7 returns 'yes'", () => bodyRaises(new CM("a", "yes")));
const normal = __pycoro.defineCoroutine(class normal$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.cm = p0;
        this.v = void 0;
        this.$mgr = void 0;
        this.$exit = void 0;
        this.$ok = void 0;
        this.$exc = void 0;
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
                    case 0:
                        $f.$mgr = $f.cm;
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
                        $f.v = $v;
                        $f.$ok = true;
                        $s = 2;
                    case 2: $s = 5;
                    case 5:
                        log.push(`body with ${$f.v}`);
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
                                $f.$s = 8;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 8)) === __pycoro.DELEGATE)
                            return $v;
                    case 8:
                        if ($v) {
                            $s = 9;
                            continue $loop;
                        }
                        throw $f.$exc;
                    case 9:
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
                            $s = 10;
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
                                $f.$s = 11;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 11)) === __pycoro.DELEGATE)
                            return $v;
                    case 10:
                    case 11:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.cm = $f.v = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 3: {
                        $f.cm = $f.v = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = void 0;
                        return "done";
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 2:
                    case 7:
                    case 8:
                    case 9:
                    case 6:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                    case 5:
                        $err = $e;
                        $s = 7;
                        continue $loop;
                }
                $f.cm = $f.v = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.cm = this.v = this.$mgr = this.$exit = this.$ok = this.$exc = this.$x0 = void 0;
    }
    static $meta = { name: "normal", qualname: "normal", file: "fixtures/aw/async-with-exit-semantics/input.ts", line: 64, kind: "coroutine", locals: [["cm", "cm"], ["v", "v"]], lines: [64, 66, 66, 66, 66, 66, 66, 67, 66, 66, 66, 66] };
}, C_2 => C_2.$fn = function normal(cm) {
    return new C_2(cm);
});
trial("8 normal exit: __aexit__(None, None, None)", () => normal(new CM("a", true)));
const two = __pycoro.defineCoroutine(class two$ {
    constructor(p0, p1) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.a = p0;
        this.b = p1;
        this.x = void 0;
        this.y = void 0;
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
                        $f.$mgr = $f.a;
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
                        $f.x = $v;
                        $f.$ok = true;
                        $s = 2;
                    case 2: $s = 5;
                    case 5:
                        $f.$mgr1 = $f.b;
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
                                $f.$s = 8;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 8)) === __pycoro.DELEGATE)
                            return $v;
                    case 8:
                        $f.y = $v;
                        $f.$ok1 = true;
                        $s = 9;
                    case 9: $s = 12;
                    case 12:
                        log.push(`body with ${$f.x} ${$f.y}`);
                        throw new KeyErr("in body");
                    case 14:
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
                        throw $f.$exc1;
                    case 16:
                        $f.$exc1 = void 0;
                        $s = 13;
                        continue $loop;
                    case 13:
                        $f.$c2 = 10;
                        $f.$x2 = void 0;
                        $s = 11;
                        continue $loop;
                    case 11:
                        if (!($f.$ok1)) {
                            $s = 17;
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
                                $f.$s = 18;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 18)) === __pycoro.DELEGATE)
                            return $v;
                    case 17:
                    case 18:
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
                        throw $f.$exc;
                    case 20:
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
                            $s = 21;
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
                                $f.$s = 22;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 22)) === __pycoro.DELEGATE)
                            return $v;
                    case 21:
                    case 22:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.a = $f.b = $f.x = $f.y = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$mgr1 = $f.$exit1 = $f.$ok1 = $f.$exc1 = $f.$x2 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 3: {
                        $f.a = $f.b = $f.x = $f.y = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$mgr1 = $f.$exit1 = $f.$ok1 = $f.$exc1 = $f.$x2 = void 0;
                        return "after";
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 2:
                    case 7:
                    case 19:
                    case 20:
                    case 6:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                    case 5:
                    case 8:
                    case 11:
                    case 17:
                    case 18:
                    case 10:
                        $err = $e;
                        $s = 7;
                        continue $loop;
                    case 9:
                    case 14:
                    case 15:
                    case 16:
                    case 13:
                        $f.$c2 = -1;
                        $f.$x2 = $e;
                        $s = 11;
                        continue $loop;
                    case 12:
                        $err = $e;
                        $s = 14;
                        continue $loop;
                }
                $f.a = $f.b = $f.x = $f.y = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$mgr1 = $f.$exit1 = $f.$ok1 = $f.$exc1 = $f.$x2 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.a = this.b = this.x = this.y = this.$mgr = this.$exit = this.$ok = this.$exc = this.$x0 = this.$mgr1 = this.$exit1 = this.$ok1 = this.$exc1 = this.$x2 = void 0;
    }
    static $meta = { name: "two", qualname: "two", file: "fixtures/aw/async-with-exit-semantics/input.ts", line: 73, kind: "coroutine", locals: [["a", "a"], ["b", "b"], ["x", "x"], ["y", "y"]], lines: [73, 75, 75, 75, 75, 75, 75, 75, 75, 75, 75, 75, 75, 75, 77, 75, 75, 75, 75, 75, 75, 75, 75] };
}, C_3 => C_3.$fn = function two(a, b) {
    return new C_3(a, b);
});
trial("9 two managers: entered in order, exited in reverse", () => two(new CM("a"), new CM("b")));
trial("10 the inner one suppresses: the outer sees a normal exit", () => two(new CM("a"), new CM("b", true)));
trial("11 the inner __aexit__ raises: the outer sees the new error", () => two(new CM("a"), new CM("b", false, { raiseInExit: new ValueError("from b's exit") })));
trial("12 the outer __aexit__ suppresses the new error", () => two(new CM("a", true), new CM("b", false, { raiseInExit: new ValueError("from b's exit") })));
trial("13 the second __aenter__ raises: only the first is exited", () => two(new CM("a"), new CM("b", false, { raiseInEnter: new ValueError("enter b") })));
const returnsInside = __pycoro.defineCoroutine(class returns_inside$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.cm = p0;
        this._ = void 0;
        this.$mgr = void 0;
        this.$exit = void 0;
        this.$ok = void 0;
        this.$exc = void 0;
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
                    case 0:
                        $f.$mgr = $f.cm;
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
                        log.push("body returns");
                        {
                            $f.$c0 = -2;
                            $f.$x0 = "value from the body";
                            $s = 4;
                            continue $loop;
                        }
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
                                $f.$s = 8;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 8)) === __pycoro.DELEGATE)
                            return $v;
                    case 8:
                        if ($v) {
                            $s = 9;
                            continue $loop;
                        }
                        throw $f.$exc;
                    case 9:
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
                            $s = 10;
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
                                $f.$s = 11;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 11)) === __pycoro.DELEGATE)
                            return $v;
                    case 10:
                    case 11:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.cm = $f._ = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 3: {
                        $f.cm = $f._ = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 2:
                    case 7:
                    case 8:
                    case 9:
                    case 6:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                    case 5:
                        $err = $e;
                        $s = 7;
                        continue $loop;
                }
                $f.cm = $f._ = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.cm = this._ = this.$mgr = this.$exit = this.$ok = this.$exc = this.$x0 = void 0;
    }
    static $meta = { name: "returns_inside", qualname: "returns_inside", file: "fixtures/aw/async-with-exit-semantics/input.ts", line: 87, kind: "coroutine", locals: [["cm", "cm"], ["_", "_"]], lines: [87, 88, 88, 88, 88, 88, 88, 90, 88, 88, 88, 88] };
}, C_4 => C_4.$fn = function returns_inside(cm) {
    return new C_4(cm);
});
trial("14 return inside the block: __aexit__ runs, the value is kept", () => returnsInside(new CM("a", true)));
const loopWith = __pycoro.defineCoroutine(class loop_with$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.cmFactory = p0;
        this.out = void 0;
        this.i = void 0;
        this._ = void 0;
        this.$mgr = void 0;
        this.$exit = void 0;
        this.$ok = void 0;
        this.$exc = void 0;
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
                    case 0:
                        $f.out = [];
                        $f.i = 0;
                    case 1:
                        if (!($f.i < 4)) {
                            {
                                $v = $f.out;
                                $f.cmFactory = $f.out = $f._ = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = void 0;
                                return $v;
                            }
                        }
                        $f.$mgr = __pycoro.callable($f.cmFactory, "cmFactory")($f.i);
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
                    case 8:
                        if ($f.i === 1) {
                            $f.$c0 = 2;
                            $f.$x0 = void 0;
                            $s = 7;
                            continue $loop;
                        }
                        if ($f.i === 3) {
                            $f.$c0 = 3;
                            $f.$x0 = void 0;
                            $s = 7;
                            continue $loop;
                        }
                        $f.out.push($f.i);
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
                                $f.$s = 11;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 11)) === __pycoro.DELEGATE)
                            return $v;
                    case 11:
                        if ($v) {
                            $s = 12;
                            continue $loop;
                        }
                        throw $f.$exc;
                    case 12:
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
                            $s = 13;
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
                                $f.$s = 14;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 14)) === __pycoro.DELEGATE)
                            return $v;
                    case 13:
                    case 14:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.cmFactory = $f.out = $f._ = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2:
                    case 6:
                        $f.i++;
                        $s = 1;
                        continue $loop;
                    case 3: {
                        $v = $f.out;
                        $f.cmFactory = $f.out = $f._ = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = void 0;
                        return $v;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 5:
                    case 10:
                    case 11:
                    case 12:
                    case 9:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 7;
                        continue $loop;
                    case 8:
                        $err = $e;
                        $s = 10;
                        continue $loop;
                }
                $f.cmFactory = $f.out = $f._ = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.cmFactory = this.out = this._ = this.$mgr = this.$exit = this.$ok = this.$exc = this.$x0 = void 0;
    }
    static $meta = { name: "loop_with", qualname: "loop_with", file: "fixtures/aw/async-with-exit-semantics/input.ts", line: 94, kind: "coroutine", locals: [["cmFactory", "cmFactory"], ["out", "out"], ["i", "i"], ["_", "_"]], lines: [94, 96, 97, 97, 97, 97, 97, 97, 97, 97, 100, 97, 97, 97, 97] };
}, C_5 => C_5.$fn = function loop_with(cmFactory) {
    return new C_5(cmFactory);
});
trial("15 continue and break leave the block through __aexit__", () => loopWith((i) => new CM(`c${i}`)));
trial("16 __aenter__ and __aexit__ may suspend: their awaits pass to the driver", () => bodyRaises(new CM("s", true, { suspend: true })));
