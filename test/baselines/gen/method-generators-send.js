import * as __pycoro from "pycoro/internal";
import { attempt, list, print, py } from "../../_lib/py.js";
let _run$1;
class Accumulator {
    name;
    total = 0;
    constructor(name) {
        this.name = name;
    }
    run() {
        return new (_run$1 ??= __pycoro.frameClass(class run$ {
            constructor(p0) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.$t = p0;
            }
            $step($s, $v, $m) {
                const $f = this;
                let v_;
                try {
                    if ($m > 0) {
                        throw $v;
                    }
                    $loop: for (;;)
                        switch ($s) {
                            case 0:
                            case 1:
                                $v = $f.$t.total;
                                $f.$s = 4;
                                return $v;
                            case 4:
                                v_ = $v;
                                if (v_ === undefined) {
                                    $v = `${$f.$t.name}=${$f.$t.total}`;
                                    $f.$t = void 0;
                                    return $v;
                                }
                                $f.$t.total += v_;
                                $s = 1;
                                continue $loop;
                        }
                }
                catch ($e) {
                    $f.$t = void 0;
                    throw $e;
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
                this.$t = void 0;
            }
            static $meta = { name: "run", qualname: "Accumulator.run", file: "fixtures/gen/method-generators-send/input.ts", line: 10, kind: "generator", locals: [], lines: [10, 12, 15, 15, 13], handled: [] };
        }, __pycoro.Generator))(this);
    }
}
const acc = new Accumulator("acc");
const g = py(acc.run());
print("1 start:", g.send(undefined));
print("2 send(5):", g.send(5), "send(7):", g.send(7));
attempt("3 send(None) ends it", () => g.send(undefined));
print("4 instance total:", acc.total);
const other = new Accumulator("other");
const h = py(other.run());
h.send(undefined);
print("5 independent instances:", h.send(100), acc.total);
h.close();
let _upTo$2;
class Counter {
    static upTo(n) {
        return new (_upTo$2 ??= __pycoro.frameClass(class upTo$ {
            constructor(p0) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.n = p0;
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
                            if (!($f.i < $f.n)) {
                                return;
                            }
                            $f.$s = 4;
                            return $f.i;
                        case 4:
                            $f.i++;
                            $s = 1;
                            continue $loop;
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
            static $meta = { name: "upTo", qualname: "Counter.upTo", file: "fixtures/gen/method-generators-send/input.ts", line: 34, kind: "generator", locals: [["n", "n"], ["i", "i"]], lines: [34, 36, 36, 36, 36], handled: [] };
        }, __pycoro.Generator))(n);
    }
}
print("6 static:", list(Counter.upTo(3)));
let _items$3;
class Base {
    label;
    constructor(label) {
        this.label = label;
    }
    items() {
        return new (_items$3 ??= __pycoro.frameClass(class items$ {
            constructor(p0) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.$t = p0;
            }
            $step($s, $v, $m) {
                const $f = this;
                try {
                    if ($m > 0) {
                        throw $v;
                    }
                    $loop: for (;;)
                        switch ($s) {
                            case 0:
                                $v = `${$f.$t.label}:base1`;
                                $f.$s = 1;
                                return $v;
                            case 1:
                                $v = `${$f.$t.label}:base2`;
                                $f.$s = 2;
                                return $v;
                            case 2: {
                                $f.$t = void 0;
                                return 2;
                            }
                        }
                }
                catch ($e) {
                    $f.$t = void 0;
                    throw $e;
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
                this.$t = void 0;
            }
            static $meta = { name: "items", qualname: "Base.items", file: "fixtures/gen/method-generators-send/input.ts", line: 43, kind: "generator", locals: [], lines: [43, 45, 46], handled: [] };
        }, __pycoro.Generator))(this);
    }
}
let _items$4;
class Derived extends Base {
    items() {
        return new (_items$4 ??= __pycoro.frameClass(class items$ {
            constructor(p0, p1) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.$t = p0;
                this.$super = p1;
                this.n = void 0;
            }
            $step($s, $v, $m) {
                const $f = this;
                try {
                    if ($m > 0) {
                        throw $v;
                    }
                    $loop: for (;;)
                        switch ($s) {
                            case 0:
                                $v = `${$f.$t.label}:derived-first`;
                                $f.$s = 1;
                                return $v;
                            case 1: return __pycoro.yieldFrom($f, $f.$super("items").call($f.$t), 2);
                            case 2:
                                $f.n = $v;
                                $v = `${$f.$t.label}:base yielded ${$f.n}`;
                                $f.$s = 3;
                                return $v;
                            case 3: {
                                $v = $f.n + 1;
                                $f.n = $f.$t = $f.$super = void 0;
                                return $v;
                            }
                        }
                }
                catch ($e) {
                    $f.n = $f.$t = $f.$super = void 0;
                    throw $e;
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
                this.n = this.$t = this.$super = void 0;
            }
            static $meta = { name: "items", qualname: "Derived.items", file: "fixtures/gen/method-generators-send/input.ts", line: 51, kind: "generator", locals: [["n", "n"]], lines: [51, 53, 54, 55], handled: [] };
        }, __pycoro.Generator))(this, k => super[k]);
    }
}
print("7 override + yield* super:", list(new Derived("d").items()));
const d = py(new Derived("e").items());
const out = [];
try {
    for (;;)
        out.push(d.send(undefined));
}
catch (e) {
    print("8", out, "return value:", e.value);
}
