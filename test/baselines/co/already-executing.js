import * as __pycoro from "pycoro/internal";
// CO-05: driving a coroutine from inside itself (send, throw or close) raises
// ValueError('coroutine already executing') at the call, inside the body. While an inner coroutine
// runs, the coroutines awaiting it are running too (CORO_RUNNING), so driving them fails the same way.
import { getCoroutineState, ValueError } from "pycoro";
import { attempt, print } from "../../_lib/py.js";
import { suspend } from "../../_lib/coro.js";
const selfsend = __pycoro.defineCoroutine(class selfsend$ {
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
                    me.send(undefined);
                    return;
            }
    }
    static $meta = { name: "selfsend", qualname: "selfsend", file: "fixtures/co/already-executing/input.ts", line: 8, kind: "coroutine", locals: [], lines: [8] };
}, C_1 => C_1.$fn = function selfsend() {
    return new C_1();
});
const me = selfsend();
attempt("1 a coroutine sends to itself", () => me.send(undefined));
print("2 state:", getCoroutineState(me));
const selfthrow = __pycoro.defineCoroutine(class selfthrow$ {
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
                    me2.throw(new ValueError("x"));
                    return;
            }
    }
    static $meta = { name: "selfthrow", qualname: "selfthrow", file: "fixtures/co/already-executing/input.ts", line: 15, kind: "coroutine", locals: [], lines: [15] };
}, C_2 => C_2.$fn = function selfthrow() {
    return new C_2();
});
const me2 = selfthrow();
attempt("3 throws into itself", () => me2.send(undefined));
const selfclose = __pycoro.defineCoroutine(class selfclose$ {
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
                    return;
            }
    }
    static $meta = { name: "selfclose", qualname: "selfclose", file: "fixtures/co/already-executing/input.ts", line: 21, kind: "coroutine", locals: [], lines: [21] };
}, C_3 => C_3.$fn = function selfclose() {
    return new C_3();
});
const me3 = selfclose();
attempt("4 closes itself", () => me3.send(undefined));
const catches = __pycoro.defineCoroutine(class catches$ {
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
                    try {
                        me4.send(undefined);
                    }
                    catch (e) {
                        if (!(e instanceof ValueError))
                            throw e;
                        print("  caught inside:", e.message);
                    }
                    return "still fine";
            }
    }
    static $meta = { name: "catches", qualname: "catches", file: "fixtures/co/already-executing/input.ts", line: 27, kind: "coroutine", locals: [], lines: [27] };
}, C_4 => C_4.$fn = function catches() {
    return new C_4();
});
const me4 = catches();
attempt("5 the error is raised inside the body, which may catch it", () => me4.send(undefined));
const child = __pycoro.defineCoroutine(class child$ {
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
                    print("  child: parent is", getCoroutineState(parent), "cr_running", parent.cr_running);
                    parent.send(undefined);
                    return;
            }
    }
    static $meta = { name: "child", qualname: "child", file: "fixtures/co/already-executing/input.ts", line: 39, kind: "coroutine", locals: [], lines: [39] };
}, C_5 => C_5.$fn = function child() {
    return new C_5();
});
const par = __pycoro.defineCoroutine(class par$ {
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
                case 0: if (($w = child()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                case 1: return;
            }
    }
    static $meta = { name: "par", qualname: "par", file: "fixtures/co/already-executing/input.ts", line: 43, kind: "coroutine", locals: [], lines: [43, 44] };
}, C_6 => C_6.$fn = function par() {
    return new C_6();
});
const parent = par();
attempt("6 a child sends to the coroutine awaiting it", () => parent.send(undefined));
const child2 = __pycoro.defineCoroutine(class child2$ {
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
                case 0: if (($w = suspend("child2 suspended")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    parent2.throw(new ValueError("from child"));
                    return;
            }
    }
    static $meta = { name: "child2", qualname: "child2", file: "fixtures/co/already-executing/input.ts", line: 49, kind: "coroutine", locals: [], lines: [49, 50] };
}, C_7 => C_7.$fn = function child2() {
    return new C_7();
});
const par2 = __pycoro.defineCoroutine(class par2$ {
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
                    case 1: if (($w = child2()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 4: return undefined;
                    case 3:
                        {
                            let e = $err;
                            if (e instanceof ValueError)
                                return `par2 caught ${e.message}`;
                            throw e;
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
    static $meta = { name: "par2", qualname: "par2", file: "fixtures/co/already-executing/input.ts", line: 53, kind: "coroutine", locals: [], lines: [53, 54, 56, 56, 55] };
}, C_8 => C_8.$fn = function par2() {
    return new C_8();
});
const parent2 = par2();
print("7 first step ->", parent2.send(undefined), "| parent2 suspended:", getCoroutineState(parent2));
attempt("8 child throws into its awaiter", () => parent2.send(undefined));
