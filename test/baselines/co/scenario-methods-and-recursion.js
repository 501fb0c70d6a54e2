import * as __pycoro from "pycoro/internal";
const bump$_1 = __pycoro.frameClass(class bump$ {
    constructor(p0, p1) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$step = p0;
        this.by = p1;
    }
    static $meta = { name: "bump", qualname: "make_counter.<locals>.bump", file: "fixtures/co/scenario-methods-and-recursion/input.ts", line: 118, kind: "coroutine", locals: [["by", "by"]], lines: [118, 119] };
}, __pycoro.Coroutine);
// Scenario (CO-03, CO-09, CO-13): coroutines in the shapes TypeScript code takes. A recursive
// coroutine (anonymous function expression through its marked const) suspending at every leaf,
// two walks interleaved by a round-robin driver; @coroutine methods using `this` and awaiting each
// other, a static one, close() in the middle of a method chain (GeneratorExit seen by the outer
// method); a marked async arrow closing over a coroutine's local.
import { GeneratorExit, StopIteration, ValueError } from "pycoro";
import { attempt, print, tuple } from "../../_lib/py.js";
const switchTo = __pycoro.defineGeneratorCoroutine(class switch_$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.tag = p0;
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
                        $f.$s = 1;
                        return $f.tag;
                    case 1: {
                        $v = ($v);
                        $f.tag = void 0;
                        return $v;
                    }
                }
        }
        catch ($e) {
            $f.tag = void 0;
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
        this.tag = void 0;
    }
    static $meta = { name: "switch_", qualname: "switch_", file: "fixtures/co/scenario-methods-and-recursion/input.ts", line: 9, kind: "generator-coroutine", locals: [["tag", "tag"]], lines: [9, 10], handled: [] };
}, C_1 => C_1.$fn = function switch_(tag) {
    return new C_1(tag);
});
const tree = [1, [2, [3, 4]], [[5], 6]];
const total = __pycoro.defineCoroutine(class total$ {
    constructor(p0, p1) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.node = p0;
        this.tag = p1;
        this.s = void 0;
        this.child = void 0;
        this.$it = void 0;
        this.$r = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$t0 = void 0;
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
                        if (!(Array.isArray($f.node))) {
                            $s = 1;
                            continue $loop;
                        }
                        $f.s = 0;
                        $f.$it = __pycoro.iter($f.node, "node");
                        $s = 2;
                    case 2:
                    case 5:
                        try {
                            $f.$r = $f.$it.$next();
                        }
                        catch ($e) {
                            $f.$it = null;
                            throw $e;
                        }
                        if ($f.$it.$s === -1) {
                            $s = 6;
                            continue $loop;
                        }
                        $f.child = $f.$r;
                        $f.$t0 = $f.s;
                        if (($w = total($f.child, $f.tag)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 7;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 7)) === __pycoro.DELEGATE)
                            return $v;
                    case 7:
                        $f.s = $f.$t0 + $v;
                        $s = 5;
                        continue $loop;
                    case 6:
                        $f.$it = null;
                        $f.$c0 = 3;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 4:
                        if ($f.$it !== null)
                            __pycoro.iterClose($f.$it, $f.$c0 === -1);
                        $f.$it = null;
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.node = $f.tag = $f.child = $f.$it = $f.$r = $f.$x0 = $f.$t0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 3: {
                        $v = $f.s;
                        $f.node = $f.tag = $f.child = $f.$it = $f.$r = $f.$x0 = $f.$t0 = void 0;
                        return $v;
                    }
                    case 1: if (($w = switchTo(`${$f.tag}:${$f.node}`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        got_ = $v;
                        {
                            $v = $f.node * got_;
                            $f.node = $f.tag = $f.child = $f.$it = $f.$r = $f.$x0 = $f.$t0 = void 0;
                            return $v;
                        }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 2:
                    case 5:
                    case 7:
                    case 6:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                }
                $f.node = $f.tag = $f.child = $f.$it = $f.$r = $f.$x0 = $f.$t0 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.node = this.tag = this.child = this.$it = this.$r = this.$x0 = this.$t0 = void 0;
    }
    static $meta = { name: "total", qualname: "total", file: "fixtures/co/scenario-methods-and-recursion/input.ts", line: 16, kind: "coroutine", locals: [["node", "node"], ["tag", "tag"], ["s", "s"], ["child", "child"]], lines: [16, 20, 19, 19, 19, 19, 19, 19, 22] };
}, C_2 => function total(node, tag) {
    return new C_2(node, tag);
});
function roundRobin(coros) {
    const out = [];
    const sends = coros.map(() => undefined);
    let live = coros.map((_, i) => i);
    while (live.length) {
        for (const i of [...live]) {
            try {
                const y = coros[i].send(sends[i]);
                out.push(y);
                sends[i] = y.startsWith("a") ? 10 : 100;
            }
            catch (e) {
                if (!(e instanceof StopIteration))
                    throw e;
                out.push(`done ${i}: ${e.value}`);
                live = live.filter((j) => j !== i);
            }
        }
    }
    return out;
}
print("1 interleaved recursive walks:", roundRobin([total(tree, "a"), total(tree[1], "b")]));
let _deposit$1, _withdraw$2, _transfer$3, _audit$4;
class Account {
    name;
    balance;
    log = [];
    constructor(name, balance) {
        this.name = name;
        this.balance = balance;
    }
    deposit(amount) {
        return new (_deposit$1 ??= __pycoro.frameClass(class deposit$ {
            constructor(p0, p1) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.$t = p0;
                this.amount = p1;
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
                            case 0: if (($w = switchTo(`${$f.$t.name} deposit ${$f.amount}`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                                $f.$t.balance += $f.amount;
                                $f.$t.log.push(`+${$f.amount}`);
                                {
                                    $v = $f.$t.balance;
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
            static $meta = { name: "deposit", qualname: "Account.deposit", file: "fixtures/co/scenario-methods-and-recursion/input.ts", line: 50, kind: "coroutine", locals: [["amount", "amount"]], lines: [50, 52] };
        }, __pycoro.Coroutine))(this, amount);
    }
    withdraw(amount) {
        return new (_withdraw$2 ??= __pycoro.frameClass(class withdraw$ {
            constructor(p0, p1) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.$t = p0;
                this.amount = p1;
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
                                if ($f.amount > $f.$t.balance)
                                    throw new ValueError(`${$f.$t.name}: insufficient funds for ${$f.amount}`);
                                if (($w = switchTo(`${$f.$t.name} withdraw ${$f.amount}`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                                $f.$t.balance -= $f.amount;
                                $f.$t.log.push(`-${$f.amount}`);
                                {
                                    $v = $f.$t.balance;
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
            static $meta = { name: "withdraw", qualname: "Account.withdraw", file: "fixtures/co/scenario-methods-and-recursion/input.ts", line: 57, kind: "coroutine", locals: [["amount", "amount"]], lines: [57, 60] };
        }, __pycoro.Coroutine))(this, amount);
    }
    transfer(other, amount) {
        return new (_transfer$3 ??= __pycoro.frameClass(class transfer$ {
            constructor(p0, p1, p2) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.$t = p0;
                this.other = p1;
                this.amount = p2;
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
                            case 0: if (($w = $f.$t.withdraw($f.amount)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                            case 1: $s = 2;
                            case 2: if (($w = $f.other.deposit($f.amount)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                                $f.other = $f.$t = void 0;
                                return $v;
                            }
                            case 4:
                                {
                                    let e = $err;
                                    if (e instanceof GeneratorExit)
                                        $f.$t.log.push("transfer interrupted");
                                    throw e;
                                }
                                {
                                    $f.other = $f.$t = void 0;
                                    return;
                                }
                        }
                    }
                    catch ($e) {
                        switch ($s) {
                            case 2:
                            case 5:
                                $err = $e;
                                $s = 4;
                                continue $loop;
                        }
                        $f.other = $f.$t = void 0;
                        throw $e;
                    }
                }
            }
            $forget() {
                this.other = this.$t = void 0;
            }
            static $meta = { name: "transfer", qualname: "Account.transfer", file: "fixtures/co/scenario-methods-and-recursion/input.ts", line: 65, kind: "coroutine", locals: [["other", "other"], ["amount", "amount"]], lines: [65, 67, 68, 70, 70, 69] };
        }, __pycoro.Coroutine))(this, other, amount);
    }
    static audit(...accounts) {
        return new (_audit$4 ??= __pycoro.frameClass(class audit$ {
            constructor(p0) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.accounts = p0;
                this.out = void 0;
                this.a = void 0;
                this.$it = void 0;
                this.$r = void 0;
                this.$c0 = void 0;
                this.$x0 = void 0;
            }
            $step($s, $v, $m) {
                const $f = this;
                let $w;
                $loop: for (;;) {
                    try {
                        if ($m > 0) {
                            $m = 0;
                            throw $v;
                        }
                        switch ($s) {
                            case 0:
                                $f.out = [];
                                $f.$it = __pycoro.iter($f.accounts, "accounts");
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
                                $f.out.push(tuple($f.a.name, $f.a.balance, $f.a.log));
                                if (($w = switchTo(`audited ${$f.a.name}`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                                    $f.accounts = $f.out = $f.a = $f.$it = $f.$r = $f.$x0 = void 0;
                                    return $v;
                                }
                                $s = $f.$c0;
                                continue $loop;
                            case 2: {
                                $v = $f.out;
                                $f.accounts = $f.out = $f.a = $f.$it = $f.$r = $f.$x0 = void 0;
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
                        $f.accounts = $f.out = $f.a = $f.$it = $f.$r = $f.$x0 = void 0;
                        throw $e;
                    }
                }
            }
            $forget() {
                this.accounts = this.out = this.a = this.$it = this.$r = this.$x0 = void 0;
            }
            static $meta = { name: "audit", qualname: "Account.audit", file: "fixtures/co/scenario-methods-and-recursion/input.ts", line: 75, kind: "coroutine", locals: [["accounts", "accounts"], ["out", "out"], ["a", "a"]], lines: [75, 78, 80, 80, 78, 80, 80] };
        }, __pycoro.Coroutine))(accounts);
    }
}
function run(c) {
    const co = c;
    const ys = [];
    try {
        while (true)
            ys.push(co.send(undefined));
    }
    catch (e) {
        if (e instanceof StopIteration)
            return tuple("result", e.value, "yielded", ys);
        throw e;
    }
}
function resultOf(c) {
    const co = c;
    try {
        while (true)
            co.send(undefined);
    }
    catch (e) {
        if (e instanceof StopIteration)
            return e.value;
        throw e;
    }
}
const a = new Account("a", 50);
const b = new Account("b", 0);
print("2 transfer:", run(a.transfer(b, 20)));
attempt("3 overdraft", () => run(a.transfer(b, 100)));
const t = a.transfer(b, 5);
print("4 started:", t.send(undefined), "|", t.send(undefined));
t.close();
print("5 closed mid-transfer:", a.log);
print("6 audit:", run(Account.audit(a, b)));
const makeCounter = __pycoro.defineCoroutine(class make_counter$ {
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
                    let count = 0;
                    const bump = ($st_1 => __pycoro.defineClosure(bump$_1, (by) => {
                        return new bump$_1($st_1, by);
                    }))(function ($s, $v, $m) {
                        const $f1 = this;
                        let $w;
                        if ($m > 0) {
                            throw $v;
                        }
                        $loop: for (;;)
                            switch ($s) {
                                case 0: if (($w = switchTo(`bump ${$f1.by}`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                                    $w.$s = -2;
                                    try {
                                        $v = $w.$step(0, void 0, $m - 1);
                                    }
                                    catch ($e) {
                                        throw __pycoro.awaitRaised($w, $e);
                                    }
                                    if ($v === __pycoro.DELEGATE) {
                                        $f1.$yf = $w;
                                        $f1.$s = 1;
                                        return $v;
                                    }
                                    $w.$s = -1;
                                }
                                else if (($v = __pycoro.awaitOther($f1, $w, 1)) === __pycoro.DELEGATE)
                                    return $v;
                                case 1:
                                    count += $f1.by;
                                    return count;
                            }
                    });
                    return bump;
            }
    }
    static $meta = { name: "make_counter", qualname: "make_counter", file: "fixtures/co/scenario-methods-and-recursion/input.ts", line: 116, kind: "coroutine", locals: [], lines: [116] };
}, C_3 => C_3.$fn = function make_counter() {
    return new C_3();
});
const bump = resultOf(makeCounter());
print("7 closures over a coroutine's locals:", run(bump(2)), run(bump(3)));
