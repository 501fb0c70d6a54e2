import * as __pycoro from "pycoro/internal";
// GEN-11 (3.11): if the generator catches GeneratorExit and returns (with or without a value) or
// falls off the end, close() returns None: the return value is discarded (3.13 differs; do not copy).
import { getGeneratorState, GeneratorExit } from "pycoro";
import { attempt, print } from "../../_lib/py.js";
const swallowReturn = __pycoro.defineGenerator(class swallowReturn$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
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
                    case 4: return undefined;
                    case 3:
                        {
                            let e = $err;
                            if (!(e instanceof GeneratorExit))
                                throw e;
                            print("  swallowing, returning 'val'");
                            return "val";
                        }
                        return undefined;
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
    static $meta = { name: "swallowReturn", qualname: "swallowReturn", file: "fixtures/gen/close-discards-return-value/input.ts", line: 6, kind: "generator", locals: [], lines: [6, 7, 9, 9, 8], handled: [4] };
}, C_1 => C_1.$fn = function swallowReturn() {
    return new C_1();
});
let g = swallowReturn();
g.send(undefined);
attempt("1 returns a value on GeneratorExit -> close()", () => g.close());
print("  state:", getGeneratorState(g));
const swallowFallOff = __pycoro.defineGenerator(class swallowFallOff$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
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
                    case 4: return;
                    case 3:
                        {
                            let e = $err;
                            print("  swallowed, falling off the end");
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
    static $meta = { name: "swallowFallOff", qualname: "swallowFallOff", file: "fixtures/gen/close-discards-return-value/input.ts", line: 21, kind: "generator", locals: [], lines: [21, 22, 24, 24, 23], handled: [4] };
}, C_2 => C_2.$fn = function swallowFallOff() {
    return new C_2();
});
const h = swallowFallOff();
h.send(undefined);
attempt("2 swallows GeneratorExit and falls off the end -> close()", () => h.close());
const returnInFinally = __pycoro.defineGenerator(class returnInFinally$ {
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
                    case 4:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        {
                            {
                                $f.$x0 = void 0;
                                // eslint-disable-next-line no-unsafe-finally
                                return "from finally";
                            }
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
                    case 2: {
                        $f.$x0 = void 0;
                        return;
                    }
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
    static $meta = { name: "returnInFinally", qualname: "returnInFinally", file: "fixtures/gen/close-discards-return-value/input.ts", line: 32, kind: "generator", locals: [], lines: [32, 33, 35, 35, 34], handled: [4] };
}, C_3 => C_3.$fn = function returnInFinally() {
    return new C_3();
});
const f = returnInFinally();
f.send(undefined);
attempt("3 return in finally swallows GeneratorExit -> close()", () => f.close());
print("  state:", getGeneratorState(f));
