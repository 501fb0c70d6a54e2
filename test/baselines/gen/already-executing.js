import * as __pycoro from "pycoro/internal";
// GEN-05: next/send/throw/close on a generator from inside its own body raise
// ValueError('generator already executing'); the error then escapes the body and closes it.
import { getGeneratorState, ValueError } from "pycoro";
import { attempt, print } from "../../_lib/py.js";
const viaNext = __pycoro.defineGenerator(class viaNext$ {
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
                    $v = me1.next().value;
                    $f.$s = 1;
                    return $v;
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
    static $meta = { name: "viaNext", qualname: "viaNext", file: "fixtures/gen/already-executing/input.ts", line: 6, kind: "generator", locals: [], lines: [6, 7], handled: [] };
}, C_1 => C_1.$fn = function viaNext() {
    return new C_1();
});
const me1 = viaNext();
attempt("1 next() inside own body", () => me1.send(undefined));
print("2 state after error:", getGeneratorState(me1));
const viaSend = __pycoro.defineGenerator(class viaSend$ {
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
                    $v = me2.send(undefined);
                    $f.$s = 1;
                    return $v;
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
    static $meta = { name: "viaSend", qualname: "viaSend", file: "fixtures/gen/already-executing/input.ts", line: 13, kind: "generator", locals: [], lines: [13, 14], handled: [] };
}, C_2 => C_2.$fn = function viaSend() {
    return new C_2();
});
const me2 = viaSend();
attempt("3 send() inside own body", () => me2.send(undefined));
const viaClose = __pycoro.defineGenerator(class viaClose$ {
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
                    me3.close();
                    $f.$s = 1;
                    return;
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
    static $meta = { name: "viaClose", qualname: "viaClose", file: "fixtures/gen/already-executing/input.ts", line: 19, kind: "generator", locals: [], lines: [19, 21], handled: [] };
}, C_3 => C_3.$fn = function viaClose() {
    return new C_3();
});
const me3 = viaClose();
attempt("4 close() inside own body", () => me3.send(undefined));
const viaThrow = __pycoro.defineGenerator(class viaThrow$ {
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
                    me4.throw(ValueError);
                    $f.$s = 1;
                    return;
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
    static $meta = { name: "viaThrow", qualname: "viaThrow", file: "fixtures/gen/already-executing/input.ts", line: 26, kind: "generator", locals: [], lines: [26, 28], handled: [] };
}, C_4 => C_4.$fn = function viaThrow() {
    return new C_4();
});
const me4 = viaThrow();
attempt("5 throw() inside own body", () => me4.send(undefined));
// The error can be caught inside the body; the generator goes on running normally.
const caught = __pycoro.defineGenerator(class caught$ {
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
                        {
                            me5.send(undefined);
                        }
                        $s = 2;
                        continue $loop;
                    case 3:
                        $f.e = $err;
                        $v = "caught " + $f.e.message;
                        $f.$s = 4;
                        return $v;
                    case 4:
                        $s = 2;
                        continue $loop;
                    case 2:
                        $f.$s = 5;
                        return "still running";
                    case 5: {
                        $f.e = void 0;
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
    static $meta = { name: "caught", qualname: "caught", file: "fixtures/gen/already-executing/input.ts", line: 34, kind: "generator", locals: [["e", "e"]], lines: [34, 35, 38, 37, 38, 40], handled: [] };
}, C_5 => C_5.$fn = function caught() {
    return new C_5();
});
const me5 = caught();
attempt("6 caught inside", () => me5.send(undefined));
attempt("7 next", () => me5.send(undefined));
print("8 state:", getGeneratorState(me5));
// return() (pycoro: plays close()) inside the own body is re-entry too.
const viaReturn = __pycoro.defineGenerator(class viaReturn$ {
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
                    me6.return(undefined);
                    $f.$s = 1;
                    return;
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
    static $meta = { name: "viaReturn", qualname: "viaReturn", file: "fixtures/gen/already-executing/input.ts", line: 48, kind: "generator", locals: [], lines: [48, 50], handled: [] };
}, C_6 => C_6.$fn = function viaReturn() {
    return new C_6();
});
const me6 = viaReturn();
attempt("9 return() inside own body", () => me6.send(undefined));
print("10 state:", getGeneratorState(me6));
