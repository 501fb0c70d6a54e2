import * as __pycoro from "pycoro/internal";
// GEN-06: `return x` ends the generator with StopIteration whose .value is x. A bare return or
// falling off the end gives value None; a tuple is not unpacked; a returned StopIteration instance
// becomes the value. The JS protocol sees the same value as {done: true, value}.
import { StopIteration } from "pycoro";
import { print, repr, tuple } from "../../_lib/py.js";
function finish(label, it) {
    try {
        for (;;)
            it.send(undefined);
    }
    catch (e) {
        if (!(e instanceof StopIteration))
            throw e;
        print(label, "value=" + repr(e.value));
    }
}
const ret = __pycoro.defineGenerator(class ret$ {
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
                case 1: return "ret";
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
    static $meta = { name: "ret", qualname: "ret", file: "fixtures/gen/return-value/input.ts", line: 16, kind: "generator", locals: [], lines: [16, 17], handled: [] };
}, C_1 => C_1.$fn = function ret() {
    return new C_1();
});
const implicit = __pycoro.defineGenerator(class implicit$ {
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
    static $meta = { name: "implicit", qualname: "implicit", file: "fixtures/gen/return-value/input.ts", line: 20, kind: "generator", locals: [], lines: [20, 21], handled: [] };
}, C_2 => C_2.$fn = function implicit() {
    return new C_2();
});
const bare = __pycoro.defineGenerator(class bare$ {
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
    static $meta = { name: "bare", qualname: "bare", file: "fixtures/gen/return-value/input.ts", line: 23, kind: "generator", locals: [], lines: [23, 24, 26], handled: [] };
}, C_3 => C_3.$fn = function bare() {
    return new C_3();
});
const retTuple = __pycoro.defineGenerator(class retTuple$ {
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
                case 1: return tuple(1, 2);
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
    static $meta = { name: "retTuple", qualname: "retTuple", file: "fixtures/gen/return-value/input.ts", line: 28, kind: "generator", locals: [], lines: [28, 29], handled: [] };
}, C_4 => C_4.$fn = function retTuple() {
    return new C_4();
});
const retNone = __pycoro.defineGenerator(class retNone$ {
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
                case 1: return undefined;
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
    static $meta = { name: "retNone", qualname: "retNone", file: "fixtures/gen/return-value/input.ts", line: 32, kind: "generator", locals: [], lines: [32, 33], handled: [] };
}, C_5 => C_5.$fn = function retNone() {
    return new C_5();
});
const retStop = __pycoro.defineGenerator(class retStop$ {
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
                case 1: return new StopIteration(7);
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
    static $meta = { name: "retStop", qualname: "retStop", file: "fixtures/gen/return-value/input.ts", line: 36, kind: "generator", locals: [], lines: [36, 37], handled: [] };
}, C_6 => C_6.$fn = function retStop() {
    return new C_6();
});
const retList = __pycoro.defineGenerator(class retList$ {
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
                case 0: return [1, 2];
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
    static $meta = { name: "retList", qualname: "retList", file: "fixtures/gen/return-value/input.ts", line: 40, kind: "generator", locals: [], lines: [40], handled: [] };
}, C_7 => C_7.$fn = function retList() {
    return new C_7();
});
finish("1 return 'ret':", ret());
finish("2 implicit return:", implicit());
finish("3 bare return:", bare());
finish("4 return tuple:", retTuple());
finish("5 return None:", retNone());
finish("6 return StopIteration(7):", retStop());
finish("7 return before any yield:", retList());
const it = ret();
const r1 = it.next();
const r2 = it.next();
const r3 = it.next();
print("8 next() protocol:", repr(r1.value), r1.done, "|", repr(r2.value), r2.done, "|", repr(r3.value), r3.done);
