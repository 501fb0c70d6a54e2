import * as __pycoro from "pycoro/internal";
// P479-04: a native coroutine raising StopIteration -> RuntimeError('coroutine raised StopIteration').
// P479-05: an async generator raising StopAsyncIteration / StopIteration -> RuntimeError('async
// generator raised StopAsyncIteration' / '... StopIteration'), seen by the `for await` consumer.
import { run, StopAsyncIteration, StopIteration } from "pycoro";
import { print, repr } from "../../_lib/py.js";
function report(label, e) {
    print(label, ": raised", repr(e), "| cause =", repr(e.cause));
}
const c1 = __pycoro.defineCoroutine(class c1$ {
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
                case 0: throw new StopIteration("in coro");
            }
    }
    static $meta = { name: "c1", qualname: "c1", file: "fixtures/p479/coroutine-and-async-generator/input.ts", line: 11, kind: "coroutine", locals: [], lines: [11] };
}, C_1 => C_1.$fn = function c1() {
    return new C_1();
});
try {
    c1().send(undefined);
}
catch (e) {
    report("1 coroutine raising StopIteration", e);
}
const ag1 = __pycoro.defineAsyncGenerator(class ag1$ {
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
                case 1: throw new StopAsyncIteration("in agen");
            }
    }
    static $meta = { name: "ag1", qualname: "ag1", file: "fixtures/p479/coroutine-and-async-generator/input.ts", line: 20, kind: "async-generator", locals: [], lines: [20, 21] };
}, C_2 => C_2.$fn = function ag1() {
    return new C_2();
});
const ag2 = __pycoro.defineAsyncGenerator(class ag2$ {
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
                case 1: throw new StopIteration("in agen");
            }
    }
    static $meta = { name: "ag2", qualname: "ag2", file: "fixtures/p479/coroutine-and-async-generator/input.ts", line: 24, kind: "async-generator", locals: [], lines: [24, 25] };
}, C_3 => C_3.$fn = function ag2() {
    return new C_3();
});
const drive = __pycoro.defineCoroutine(class drive$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.ag = p0;
        this.out = void 0;
        this.x = void 0;
        this.$ait = void 0;
        this.$r = void 0;
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
                    case 0:
                        $f.out = [];
                        $f.$ait = __pycoro.aiter($f.ag);
                    case 1: $s = 3;
                    case 3: if (($w = __pycoro.anext($f.$ait)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.$r = $v;
                        $s = 4;
                        continue $loop;
                    case 5:
                        if ($err instanceof __pycoro.StopAsyncIteration) {
                            {
                                $v = $f.out;
                                $f.ag = $f.out = $f.x = $f.$ait = $f.$r = void 0;
                                return $v;
                            }
                        }
                        throw $err;
                    case 4:
                        $f.x = $f.$r;
                        {
                            print("  got", $f.x);
                            $f.out.push($f.x);
                        }
                        $s = 1;
                        continue $loop;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 3:
                    case 6:
                        $err = $e;
                        $s = 5;
                        continue $loop;
                }
                $f.ag = $f.out = $f.x = $f.$ait = $f.$r = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.ag = this.out = this.x = this.$ait = this.$r = void 0;
    }
    static $meta = { name: "drive", qualname: "drive", file: "fixtures/p479/coroutine-and-async-generator/input.ts", line: 28, kind: "coroutine", locals: [["ag", "ag"], ["out", "out"], ["x", "x"]], lines: [28, 30, 30, 30, 30, 30, 30] };
}, C_4 => C_4.$fn = function drive(ag) {
    return new C_4(ag);
});
try {
    await run(drive(ag1()));
}
catch (e) {
    report("2 async generator raising StopAsyncIteration", e);
}
try {
    await run(drive(ag2()));
}
catch (e) {
    report("3 async generator raising StopIteration", e);
}
