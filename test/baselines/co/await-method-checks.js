import * as __pycoro from "pycoro/internal";
const c$_1 = __pycoro.frameClass(class c$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$step = p0;
    }
    static $meta = { name: "c", qualname: "ReturnsCoro.__await__.<locals>.c", file: "fixtures/co/await-method-checks/input.ts", line: 13, kind: "coroutine", locals: [], lines: [13] };
}, __pycoro.Coroutine);
import { attempt } from "../../_lib/py.js";
import { aw, completeResultFirst as complete } from "../../_lib/coro.js";
class ReturnsCoro {
    __await__() {
        const c = ($st_1 => __pycoro.defineClosure(c$_1, function c() {
            return new c$_1($st_1);
        }))(function ($s, $v, $m) {
            const $f = this;
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0: return 1;
                }
        });
        return c();
    }
}
attempt("1 __await__ returns a coroutine", () => complete(aw(new ReturnsCoro())));
const genBased = __pycoro.defineGeneratorCoroutine(class gen_based$ {
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
    static $meta = { name: "gen_based", qualname: "gen_based", file: "fixtures/co/await-method-checks/input.ts", line: 21, kind: "generator-coroutine", locals: [], lines: [21, 22], handled: [] };
}, C_1 => C_1.$fn = function gen_based() {
    return new C_1();
});
class ReturnsGenBased {
    __await__() {
        return genBased();
    }
}
attempt("1b __await__ returns a generator-based coroutine (also 'a coroutine')", () => complete(aw(new ReturnsGenBased())));
class ReturnsInt {
    __await__() {
        return 42;
    }
}
attempt("2 __await__ returns 42", () => complete(aw(new ReturnsInt())));
class ReturnsList {
    __await__() {
        return [1, 2];
    }
}
attempt("3 __await__ returns [1, 2] (iterable, not an iterator)", () => complete(aw(new ReturnsList())));
class ReturnsIter {
    __await__() {
        return [1, 2][Symbol.iterator]();
    }
}
attempt("4 __await__ returns an array iterator", () => complete(aw(new ReturnsIter())));
class Boom extends Error {
}
class AwaitRaises {
    __await__() {
        throw new Boom("in __await__");
    }
}
attempt("5 __await__ raises: the error propagates unchanged", () => complete(aw(new AwaitRaises())));
class AwaitNotCallable {
}
AwaitNotCallable.prototype.__await__ = 5;
attempt("6 __await__ = 5 on the class", () => complete(aw(new AwaitNotCallable())));
class Plain {
}
const p = new Plain();
p.__await__ = () => [][Symbol.iterator]();
attempt("7 an instance attribute __await__ is ignored", () => complete(aw(p)));
let ___await__$1;
class Base {
    __await__() {
        return new (___await__$1 ??= __pycoro.frameClass(class __await__$ {
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
                            return "inherited __await__";
                        case 1: return $v;
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
            static $meta = { name: "__await__", qualname: "Base.__await__", file: "fixtures/co/await-method-checks/input.ts", line: 70, kind: "generator", locals: [], lines: [70, 72], handled: [] };
        }, __pycoro.Generator))();
    }
}
class Derived extends Base {
}
attempt("8 an inherited __await__ is used", () => complete(aw(new Derived())));
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
                    case 1: if (($w = new ReturnsInt()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                                return "caught at the await";
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
    static $meta = { name: "catches", qualname: "catches", file: "fixtures/co/await-method-checks/input.ts", line: 78, kind: "coroutine", locals: [], lines: [78, 79, 81, 81, 80] };
}, C_2 => C_2.$fn = function catches() {
    return new C_2();
});
attempt("9 the TypeError is raised inside the coroutine", () => complete(catches()));
