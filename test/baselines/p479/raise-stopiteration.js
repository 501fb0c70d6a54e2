import * as __pycoro from "pycoro/internal";
// P479-01: a StopIteration (or subclass) escaping a generator body becomes
// RuntimeError('generator raised StopIteration') whose cause is the original.
import { getGeneratorState, StopIteration } from "pycoro";
import { print, repr } from "../../_lib/py.js";
class MyStop extends StopIteration {
}
function show(label, fn) {
    try {
        print(label, "->", repr(fn()));
    }
    catch (e) {
        print(label, ": raised", repr(e), "| cause =", repr(e.cause));
    }
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
                case 1: throw new StopIteration("explicit");
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
    static $meta = { name: "g1", qualname: "g1", file: "fixtures/p479/raise-stopiteration/input.ts", line: 16, kind: "generator", locals: [], lines: [16, 17], handled: [] };
}, C_1 => C_1.$fn = function g1() {
    return new C_1();
});
const it = g1();
it.send(undefined);
show("1 raise StopIteration in a generator", () => it.send(undefined));
print("  state:", getGeneratorState(it));
const g3 = __pycoro.defineGenerator(class g3$ {
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
                case 0: throw new MyStop();
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
    static $meta = { name: "g3", qualname: "g3", file: "fixtures/p479/raise-stopiteration/input.ts", line: 25, kind: "generator", locals: [], lines: [25, 27], handled: [] };
}, C_2 => C_2.$fn = function g3() {
    return new C_2();
});
show("2 StopIteration subclass, before the first yield", () => g3().send(undefined));
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
                case 0:
                    $f.$s = 1;
                    return 1;
                case 1: throw new StopIteration();
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
    static $meta = { name: "g4", qualname: "g4", file: "fixtures/p479/raise-stopiteration/input.ts", line: 31, kind: "generator", locals: [], lines: [31, 32], handled: [] };
}, C_3 => C_3.$fn = function g4() {
    return new C_3();
});
const it4 = g4();
it4.send(undefined);
show("3 bare StopIteration()", () => it4.send(undefined));
// the conversion happens for every way of resuming: next() protocol, throw(), spread
show("4 via next() protocol", () => {
    const g = g1();
    g.next();
    return g.next();
});
show("5 via spread", () => [...g1()]);
const catcher = __pycoro.defineGenerator(class catcher$ {
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
                            throw new StopIteration("from handler");
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
    static $meta = { name: "catcher", qualname: "catcher", file: "fixtures/p479/raise-stopiteration/input.ts", line: 46, kind: "generator", locals: [], lines: [46, 47, 49, 49, 48], handled: [4] };
}, C_4 => C_4.$fn = function catcher() {
    return new C_4();
});
show("6 via throw()", () => {
    const g = catcher();
    g.send(undefined);
    return g.throw(new TypeError("t"));
});
