import * as __pycoro from "pycoro/internal";
import { print, repr, tuple } from "../../_lib/py.js";
import { io, complete } from "../../_lib/coro.js";
const declarators = __pycoro.defineCoroutine(class declarators$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.x = void 0;
        this.y = void 0;
        this.z = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let w_, $w;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        $f.x = "x";
                        if (($w = io("y?")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.y = $v;
                        $f.z = $f.x + $f.y;
                        if (($w = io("w?")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 2:
                        w_ = $v;
                        {
                            $v = tuple($f.x, $f.y, $f.z, w_);
                            $f.x = $f.y = $f.z = void 0;
                            return $v;
                        }
                }
        }
        catch ($e) {
            $f.x = $f.y = $f.z = void 0;
            throw $e;
        }
    }
    $forget() {
        this.x = this.y = this.z = void 0;
    }
    static $meta = { name: "declarators", qualname: "declarators", file: "fixtures/co/locals-across-awaits/input.ts", line: 10, kind: "coroutine", locals: [["x", "x"], ["y", "y"], ["z", "z"]], lines: [10, 11, 12] };
}, C_1 => C_1.$fn = function declarators() {
    return new C_1();
});
print("1 several declarators, an await in a later one:", complete(declarators(), ["Y", "W"]));
const declaratorsLast = __pycoro.defineCoroutine(class declarators_last$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.p = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let q_, $w;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        $f.p = "p";
                        if (($w = io("q?")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        q_ = $v;
                        {
                            $v = tuple($f.p, q_);
                            $f.p = void 0;
                            return $v;
                        }
                }
        }
        catch ($e) {
            $f.p = void 0;
            throw $e;
        }
    }
    $forget() {
        this.p = void 0;
    }
    static $meta = { name: "declarators_last", qualname: "declarators_last", file: "fixtures/co/locals-across-awaits/input.ts", line: 17, kind: "coroutine", locals: [["p", "p"]], lines: [17, 18] };
}, C_2 => C_2.$fn = function declarators_last() {
    return new C_2();
});
print("1b ... and no await after it:", complete(declaratorsLast(), ["Q"]));
const destructure = __pycoro.defineCoroutine(class destructure$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.a = void 0;
        this.b = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let c_, e_, $w;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0: if (($w = io("pair?")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        __pycoro.untaken([$f.a, $f.b] = __pycoro.take($v, 2, 0, 2, "(intermediate value)"));
                        if (($w = io("obj?")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 2:
                        ({ c: c_, e: e_ = "default" } = $v);
                        {
                            $v = tuple($f.a, $f.b, c_, e_);
                            $f.a = $f.b = void 0;
                            return $v;
                        }
                }
        }
        catch ($e) {
            $f.a = $f.b = void 0;
            throw $e;
        }
    }
    $forget() {
        this.a = this.b = void 0;
    }
    static $meta = { name: "destructure", qualname: "destructure", file: "fixtures/co/locals-across-awaits/input.ts", line: 23, kind: "coroutine", locals: [["a", "a"], ["b", "b"]], lines: [23, 24, 25] };
}, C_3 => C_3.$fn = function destructure() {
    return new C_3();
});
print("2 destructuring the value of an await:", complete(destructure(), [["A", "B"], { c: "C" }]));
const closures = __pycoro.defineCoroutine(class closures$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.fns = void 0;
        this.$env1 = void 0;
        this.$env2 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let total_, $w;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        $f.fns = [];
                        $f.$env1 = { i: void 0 };
                        $f.$env1.i = 0;
                        $f.$env1 = { i: $f.$env1.i };
                    case 1:
                        if (!($f.$env1.i < 3)) {
                            $s = 3;
                            continue $loop;
                        }
                        $f.$env2 = { label: void 0 };
                        $f.$env2.label = `item${$f.$env1.i}`;
                        if (($w = io(`tick ${$f.$env1.i}`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.fns.push((($env2, $env1) => () => `${$env2.label}:${$env1.i}`)($f.$env2, $f.$env1));
                        $f.$env1 = { i: $f.$env1.i };
                        $f.$env1.i++;
                        $s = 1;
                        continue $loop;
                    case 3:
                        total_ = 0;
                        for (const f of $f.fns)
                            total_ += f().length;
                        {
                            $v = tuple($f.fns.map((f) => f()), total_);
                            $f.fns = $f.$env1 = $f.$env2 = void 0;
                            return $v;
                        }
                }
        }
        catch ($e) {
            $f.fns = $f.$env1 = $f.$env2 = void 0;
            throw $e;
        }
    }
    $forget() {
        this.fns = this.$env1 = this.$env2 = void 0;
    }
    static $meta = { name: "closures", qualname: "closures", file: "fixtures/co/locals-across-awaits/input.ts", line: 30, kind: "coroutine", locals: [["fns", "fns"]], lines: [30, 32, 35, 35, 34] };
}, C_4 => C_4.$fn = function closures() {
    return new C_4();
});
print("3 per-iteration bindings captured across awaits:", complete(closures()));
class Boom extends Error {
}
const catchBinding = __pycoro.defineCoroutine(class catch_binding$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.err = void 0;
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
                    case 1: if (($w = io("before raise")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 4: throw new Boom("b");
                    case 3:
                        $f.err = $err;
                        if (($w = io("in the handler")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 5;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 5)) === __pycoro.DELEGATE)
                            return $v;
                    case 5: {
                        $v = `still bound after an await: ${repr($f.err)}`;
                        $f.err = void 0;
                        return $v;
                    }
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
                $f.err = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.err = void 0;
    }
    static $meta = { name: "catch_binding", qualname: "catch_binding", file: "fixtures/co/locals-across-awaits/input.ts", line: 44, kind: "coroutine", locals: [["err", "err"]], lines: [44, 45, 50, 48, 46, 49] };
}, C_5 => C_5.$fn = function catch_binding() {
    return new C_5();
});
print("4 a catch binding across an await:", complete(catchBinding()));
let _add$1;
class Counter {
    n = 0;
    add(..._args) {
        return new (_add$1 ??= __pycoro.frameClass(class add$ {
            constructor(p0, p1, p2) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.$t = p0;
                this.$a = p1;
                this._args = p2;
                this.a = void 0;
                this.$it = void 0;
                this.$r = void 0;
                this.$c0 = void 0;
                this.$x0 = void 0;
            }
            $step($s, $v, $m) {
                const $f = this;
                let got_, $w;
                $loop: for (;;) {
                    try {
                        if ($m > 0) {
                            $m = 0;
                            throw $v;
                        }
                        switch ($s) {
                            case 0:
                                $f.$it = __pycoro.iter($f.$a);
                                $s = 1;
                            case 1:
                            case 4:
                                try {
                                    $f.$r = $f.$it.$next();
                                }
                                catch ($e) {
                                    $f.$it = null;
                                    throw $e;
                                }
                                if ($f.$it.$s === -1) {
                                    $s = 5;
                                    continue $loop;
                                }
                                $f.a = $f.$r;
                                if (($w = io(`add ${$f.a}`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                                    $w.$s = -2;
                                    try {
                                        $v = $w.$step(0, void 0, $m - 1);
                                    }
                                    catch ($e) {
                                        throw __pycoro.awaitRaised($w, $e);
                                    }
                                    if ($v === __pycoro.DELEGATE) {
                                        $f.$yf = $w;
                                        $f.$s = 6;
                                        return $v;
                                    }
                                    $w.$s = -1;
                                }
                                else if (($v = __pycoro.awaitOther($f, $w, 6)) === __pycoro.DELEGATE)
                                    return $v;
                            case 6:
                                got_ = $v;
                                $f.$t.n += $f.a * got_;
                                $s = 4;
                                continue $loop;
                            case 5:
                                $f.$it = null;
                                $f.$c0 = 2;
                                $f.$x0 = void 0;
                                $s = 3;
                                continue $loop;
                            case 3:
                                if ($f.$it !== null)
                                    __pycoro.iterClose($f.$it, $f.$c0 === -1);
                                $f.$it = null;
                                if ($f.$c0 === -1)
                                    throw $f.$x0;
                                if ($f.$c0 === -2) {
                                    $v = $f.$x0;
                                    $f._args = $f.a = $f.$it = $f.$r = $f.$x0 = $f.$t = $f.$a = void 0;
                                    return $v;
                                }
                                $s = $f.$c0;
                                continue $loop;
                            case 2: {
                                $v = tuple($f.$t.n, $f.$a.length);
                                $f._args = $f.a = $f.$it = $f.$r = $f.$x0 = $f.$t = $f.$a = void 0;
                                return $v;
                            }
                        }
                    }
                    catch ($e) {
                        switch ($s) {
                            case 1:
                            case 4:
                            case 6:
                            case 5:
                                $f.$c0 = -1;
                                $f.$x0 = $e;
                                $s = 3;
                                continue $loop;
                        }
                        $f._args = $f.a = $f.$it = $f.$r = $f.$x0 = $f.$t = $f.$a = void 0;
                        throw $e;
                    }
                }
            }
            $forget() {
                this._args = this.a = this.$it = this.$r = this.$x0 = this.$t = this.$a = void 0;
            }
            static $meta = { name: "add", qualname: "Counter.add", file: "fixtures/co/locals-across-awaits/input.ts", line: 57, kind: "coroutine", locals: [["_args", "_args"], ["a", "a"]], lines: [57, 59, 61, 61, 59, 61, 60] };
        }, __pycoro.Coroutine))(this, arguments, _args);
    }
}
print("5 this and arguments across awaits:", complete(new Counter().add(1, 2, 3), [10, 100, 1000]));
const counterClosure = __pycoro.defineCoroutine(class counter_closure$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.count = void 0;
        this.bump = void 0;
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
                        $f.count = 0;
                        $f.bump = ({ bump: () => ++$f.count }).bump;
                        __pycoro.callable($f.bump, "bump")();
                        if (($w = io("after first bump")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        __pycoro.callable($f.bump, "bump")();
                        if (($w = io("after second bump")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 2: {
                        $v = $f.count;
                        $f.bump = void 0;
                        return $v;
                    }
                }
        }
        catch ($e) {
            $f.bump = void 0;
            throw $e;
        }
    }
    $forget() {
        this.bump = void 0;
    }
    static $meta = { name: "counter_closure", qualname: "counter_closure", file: "fixtures/co/locals-across-awaits/input.ts", line: 68, kind: "coroutine", locals: [["count", "count"], ["bump", "bump"]], lines: [68, 72, 74] };
}, C_6 => C_6.$fn = function counter_closure() {
    return new C_6();
});
print("6 a closure writing a local between awaits:", complete(counterClosure()));
const shadowing = __pycoro.defineCoroutine(class shadowing$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.v = void 0;
        this.inner = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let v_, $w;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        $f.v = "outer";
                        $f.inner = void 0;
                        if (($w = io("inner?")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        v_ = $v;
                        $f.inner = v_;
                        if (($w = io("after the block")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 2: {
                        $v = tuple($f.v, $f.inner);
                        $f.v = $f.inner = void 0;
                        return $v;
                    }
                }
        }
        catch ($e) {
            $f.v = $f.inner = void 0;
            throw $e;
        }
    }
    $forget() {
        this.v = this.inner = void 0;
    }
    static $meta = { name: "shadowing", qualname: "shadowing", file: "fixtures/co/locals-across-awaits/input.ts", line: 79, kind: "coroutine", locals: [["v", "v"], ["inner", "inner"]], lines: [79, 83, 86] };
}, C_7 => C_7.$fn = function shadowing() {
    return new C_7();
});
print("7 a block-scoped binding shadowing an outer one across awaits:", complete(shadowing(), ["inner"]));
