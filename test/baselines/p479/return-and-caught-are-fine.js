import * as __pycoro from "pycoro/internal";
const _anonymous_$_1 = __pycoro.frameClass(class _anonymous_$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$step = p0;
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
    static $meta = { name: "<anonymous>", qualname: "g5.<locals>.<anonymous>", file: "fixtures/p479/return-and-caught-are-fine/input.ts", line: 21, kind: "generator", locals: [], lines: [21, 22], handled: [] };
}, __pycoro.Generator);
// P479-03: `return` is not affected by PEP 479, and a StopIteration raised and caught inside the body
// is an ordinary exception.
import { StopIteration } from "pycoro";
import { list, print, repr } from "../../_lib/py.js";
const g4 = __pycoro.defineGenerator(class g4$ {
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
                case 0: return "value";
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
    static $meta = { name: "g4", qualname: "g4", file: "fixtures/p479/return-and-caught-are-fine/input.ts", line: 6, kind: "generator", locals: [], lines: [6], handled: [] };
}, C_1 => C_1.$fn = function g4() {
    return new C_1();
});
try {
    g4().send(undefined);
}
catch (e) {
    print("1 plain return is fine:", repr(e), "value =", e.value);
}
const g5 = __pycoro.defineGenerator(class g5$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.sub = void 0;
        this.e = void 0;
        this.e_1 = void 0;
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
                        {
                            throw new StopIteration("inner");
                        }
                        $s = 2;
                        continue $loop;
                    case 3:
                        $f.e = $err;
                        $v = `caught inside is fine: ${repr($f.e)}`;
                        $f.$s = 4;
                        return $v;
                    case 4:
                        $s = 2;
                        continue $loop;
                    case 2:
                        $f.sub = ($st_1 => __pycoro.defineClosure(_anonymous_$_1, function () {
                            return new _anonymous_$_1($st_1);
                        }))(function ($s, $v, $m) {
                            const $f1 = this;
                            if ($m > 0) {
                                throw $v;
                            }
                            $loop: for (;;)
                                switch ($s) {
                                    case 0:
                                        $f1.$s = 1;
                                        return 1;
                                    case 1: return "sub-ret";
                                }
                        })();
                        $f.sub.send(undefined);
                        $s = 5;
                    case 5:
                        {
                            $f.sub.send(undefined);
                        }
                        {
                            $f.sub = $f.e = $f.e_1 = void 0;
                            return;
                        }
                    case 7:
                        $f.e_1 = $err;
                        if (!($f.e_1 instanceof StopIteration))
                            throw $f.e_1;
                        $v = `guarded next is fine: value=${repr($f.e_1.value)}`;
                        $f.$s = 8;
                        return $v;
                    case 8: {
                        $f.sub = $f.e = $f.e_1 = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                        $err = $e;
                        $s = 3;
                        continue $loop;
                    case 5:
                        $err = $e;
                        $s = 7;
                        continue $loop;
                }
                $f.sub = $f.e = $f.e_1 = void 0;
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
        this.sub = this.e = this.e_1 = void 0;
    }
    static $meta = { name: "g5", qualname: "g5", file: "fixtures/p479/return-and-caught-are-fine/input.ts", line: 15, kind: "generator", locals: [["sub", "sub"], ["e", "e"], ["e_1", "e"]], lines: [15, 16, 19, 18, 19, 26, 30, 28, 30], handled: [] };
}, C_2 => C_2.$fn = function g5() {
    return new C_2();
});
print("2", list(g5()));
