import * as __pycoro from "pycoro/internal";
import { attempt, print } from "../../_lib/py.js";
import { aw, completeResultFirst as complete } from "../../_lib/coro.js";
attempt("1 await 1", () => complete(aw(1)));
attempt("2 await undefined", () => complete(aw(undefined)));
attempt("3 await null", () => complete(aw(null)));
attempt("4 await 's'", () => complete(aw("s")));
attempt("5 await true", () => complete(aw(true)));
attempt("6 await [1]", () => complete(aw([1])));
attempt("7 await {}", () => complete(aw({})));
const plainGen = __pycoro.defineGenerator(class plain_gen$ {
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
    static $meta = { name: "plain_gen", qualname: "plain_gen", file: "fixtures/co/await-non-awaitable/input.ts", line: 17, kind: "generator", locals: [], lines: [17, 18], handled: [] };
}, C_1 => C_1.$fn = function plain_gen() {
    return new C_1();
});
attempt("8 await a plain generator object", () => complete(aw(plainGen())));
class Plain {
}
attempt("9 await an instance of a class without __await__", () => complete(aw(new Plain())));
class Sub extends Plain {
}
attempt("10 await an instance of its subclass", () => complete(aw(new Sub())));
const catches = __pycoro.defineCoroutine(class catches$ {
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
                    case 1: if (($w = 5) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 4: return "not reached";
                    case 3:
                        {
                            let e = $err;
                            if (e instanceof TypeError)
                                return `caught inside: ${e.message}`;
                            throw e;
                        }
                        return "not reached";
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
    static $meta = { name: "catches", qualname: "catches", file: "fixtures/co/await-non-awaitable/input.ts", line: 28, kind: "coroutine", locals: [], lines: [28, 29, 31, 31, 30] };
}, C_2 => C_2.$fn = function catches() {
    return new C_2();
});
attempt("11 the TypeError is raised at the await, inside the coroutine", () => complete(catches()));
class Yield {
    *__await__() {
        yield "suspended once";
    }
}
const afterSuspending = __pycoro.defineCoroutine(class after_suspending$ {
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
                case 0: if (($w = new Yield()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    print("  resumed, now awaiting a number");
                    if (($w = 7) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                case 2: return;
            }
    }
    static $meta = { name: "after_suspending", qualname: "after_suspending", file: "fixtures/co/await-non-awaitable/input.ts", line: 44, kind: "coroutine", locals: [], lines: [44, 45, 47] };
}, C_3 => C_3.$fn = function after_suspending() {
    return new C_3();
});
const c = afterSuspending();
print("12 first step ->", c.send(undefined));
attempt("13 second step", () => c.send(undefined));
