import * as __pycoro from "pycoro/internal";
// AG-12: during aclose(), a body that returns after GeneratorExit completes aclose() with None;
// another error propagates out of aclose(); StopAsyncIteration there becomes RuntimeError('async
// generator raised StopAsyncIteration'). P479-05: the same conversion (and '... raised
// StopIteration') wherever StopAsyncIteration/StopIteration escapes an async generator body (seen by
// __anext__, athrow, aclose), with the original as cause; caught inside, it is fine.
import { GeneratorExit, StopAsyncIteration, StopIteration, ValueError } from "pycoro";
import { catching, excName, print, repr } from "../../_lib/py.js";
import { complete } from "../../_lib/coro.js";
class KeyErr extends Error {
}
function report(label, fn) {
    try {
        print(label, "->", fn());
    }
    catch (e) {
        print(`${label}: raised ${repr(e)} | cause ${repr(e.cause)}`);
    }
}
const catchesReturns = __pycoro.defineAsyncGenerator(class catches_returns$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
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
                            if (!(e instanceof GeneratorExit))
                                throw e;
                            print("  got GeneratorExit, returns");
                            return;
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
    static $meta = { name: "catches_returns", qualname: "catches_returns", file: "fixtures/ag/aclose-return-or-raise/input.ts", line: 20, kind: "async-generator", locals: [], lines: [20, 21, 23, 23, 22] };
}, C_1 => C_1.$fn = function catches_returns() {
    return new C_1();
});
const c = catchesReturns();
complete(c.__anext__());
report("1 aclose() where the generator returns after GeneratorExit", () => complete(c.aclose()));
const raisesOther = __pycoro.defineAsyncGenerator(class raises_other$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
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
                            if (e instanceof GeneratorExit)
                                throw new KeyErr("during aclose");
                            throw e;
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
    static $meta = { name: "raises_other", qualname: "raises_other", file: "fixtures/ag/aclose-return-or-raise/input.ts", line: 33, kind: "async-generator", locals: [], lines: [33, 34, 36, 36, 35] };
}, C_2 => C_2.$fn = function raises_other() {
    return new C_2();
});
const r = raisesOther();
complete(r.__anext__());
report("2 aclose() where the generator raises another error", () => complete(r.aclose()));
print("  then __anext__:", excName(catching(() => complete(r.__anext__()))));
const sai = __pycoro.defineAsyncGenerator(class sai$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
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
                            if (e instanceof GeneratorExit)
                                throw new StopAsyncIteration("in aclose");
                            throw e;
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
    static $meta = { name: "sai", qualname: "sai", file: "fixtures/ag/aclose-return-or-raise/input.ts", line: 46, kind: "async-generator", locals: [], lines: [46, 47, 49, 49, 48] };
}, C_3 => C_3.$fn = function sai() {
    return new C_3();
});
const x = sai();
complete(x.__anext__());
report("3 aclose() where the generator raises StopAsyncIteration (PEP 479)", () => complete(x.aclose()));
const si = __pycoro.defineAsyncGenerator(class si$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
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
                            if (e instanceof GeneratorExit)
                                throw new StopIteration("in aclose");
                            throw e;
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
    static $meta = { name: "si", qualname: "si", file: "fixtures/ag/aclose-return-or-raise/input.ts", line: 58, kind: "async-generator", locals: [], lines: [58, 59, 61, 61, 60] };
}, C_4 => C_4.$fn = function si() {
    return new C_4();
});
const z = si();
complete(z.__anext__());
report("4 ... or StopIteration", () => complete(z.aclose()));
const bodySai = __pycoro.defineAsyncGenerator(class body_sai$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
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
                case 1: throw new StopAsyncIteration("in the body");
            }
    }
    static $meta = { name: "body_sai", qualname: "body_sai", file: "fixtures/ag/aclose-return-or-raise/input.ts", line: 70, kind: "async-generator", locals: [], lines: [70, 71] };
}, C_5 => C_5.$fn = function body_sai() {
    return new C_5();
});
const b = bodySai();
complete(b.__anext__());
report("5 StopAsyncIteration raised in the body, seen by __anext__", () => complete(b.__anext__()));
const bodySi = __pycoro.defineAsyncGenerator(class body_si$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
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
                case 1: throw new StopIteration("in the body");
            }
    }
    static $meta = { name: "body_si", qualname: "body_si", file: "fixtures/ag/aclose-return-or-raise/input.ts", line: 78, kind: "async-generator", locals: [], lines: [78, 79] };
}, C_6 => C_6.$fn = function body_si() {
    return new C_6();
});
const b2 = bodySi();
complete(b2.__anext__());
report("6 StopIteration raised in the body", () => complete(b2.__anext__()));
const athrowSai = __pycoro.defineAsyncGenerator(class athrow_sai$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
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
                            if (e instanceof ValueError)
                                throw new StopAsyncIteration();
                            throw e;
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
    static $meta = { name: "athrow_sai", qualname: "athrow_sai", file: "fixtures/ag/aclose-return-or-raise/input.ts", line: 86, kind: "async-generator", locals: [], lines: [86, 87, 89, 89, 88] };
}, C_7 => C_7.$fn = function athrow_sai() {
    return new C_7();
});
const a = athrowSai();
complete(a.__anext__());
report("7 StopAsyncIteration raised in answer to athrow", () => complete(a.athrow(ValueError)));
const caughtInside = __pycoro.defineAsyncGenerator(class caught_inside$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
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
                            throw new StopAsyncIteration("caught");
                        }
                        {
                            $f.e = void 0;
                            return;
                        }
                    case 3:
                        $f.e = $err;
                        if (!($f.e instanceof StopAsyncIteration))
                            throw $f.e;
                        $f.$s = 4;
                        return "caught inside is fine";
                    case 4: {
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
    $forget() {
        this.e = void 0;
    }
    static $meta = { name: "caught_inside", qualname: "caught_inside", file: "fixtures/ag/aclose-return-or-raise/input.ts", line: 98, kind: "async-generator", locals: [["e", "e"]], lines: [98, 99, 103, 101, 103] };
}, C_8 => C_8.$fn = function caught_inside() {
    return new C_8();
});
report("8 caught inside the body", () => complete(caughtInside().__anext__()));
