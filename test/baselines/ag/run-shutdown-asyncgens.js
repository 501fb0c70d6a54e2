import * as __pycoro from "pycoro/internal";
// AG-20: run() (asyncio.run) finalises the async generators that were started and not finished:
// after the main coroutine returns and the leftover tasks are cancelled, shutdown_asyncgens
// acloses each (its finally may await). A never-started or exhausted generator is not touched.
// (The generator is kept referenced: dropping it would finalise it by GC, AG-19, out of scope.)
import { anext, asyncList, CancelledError, getRunningLoop, run, sleep } from "pycoro";
import { print } from "../../_lib/py.js";
const counter = __pycoro.defineAsyncGenerator(class counter$ {
    constructor(p0, p1) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.tag = p0;
        this.n = p1;
        this.i = void 0;
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
                    case 0: $s = 1;
                    case 1: $f.i = 0;
                    case 4:
                        if (!($f.i < $f.n)) {
                            $s = 6;
                            continue $loop;
                        }
                        if (($w = sleep === __pycoro.SLEEP ? __pycoro.sleep0() : sleep(0)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.$s = 8;
                        return $f.i;
                    case 8:
                        $f.i++;
                        $s = 4;
                        continue $loop;
                    case 6:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        print(`  ${$f.tag}: finally, awaiting in it`);
                        if (($w = sleep === __pycoro.SLEEP ? __pycoro.sleep0() : sleep(0)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 9;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 9)) === __pycoro.DELEGATE)
                            return $v;
                    case 9:
                        print(`  ${$f.tag}: finally done`);
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.tag = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.tag = $f.$x0 = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                    case 7:
                    case 8:
                    case 6:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                }
                $f.tag = $f.$x0 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.tag = this.$x0 = void 0;
    }
    static $meta = { name: "counter", qualname: "counter", file: "fixtures/ag/run-shutdown-asyncgens/input.ts", line: 8, kind: "async-generator", locals: [["tag", "tag"], ["n", "n"], ["i", "i"]], lines: [8, 9, 17, 14, 10, 12, 12, 11, 12, 16] };
}, C_1 => C_1.$fn = function counter(tag, n) {
    return new C_1(tag, n);
});
const sleeper = __pycoro.defineCoroutine(class sleeper$ {
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
                    case 1: if (($w = sleep(3600)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 4: return;
                    case 3:
                        {
                            let e = $err;
                            if (e instanceof CancelledError)
                                print("  leftover task: cancelled");
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
    static $meta = { name: "sleeper", qualname: "sleeper", file: "fixtures/ag/run-shutdown-asyncgens/input.ts", line: 21, kind: "coroutine", locals: [], lines: [21, 22, 24, 24, 23] };
}, C_2 => C_2.$fn = function sleeper() {
    return new C_2();
});
const keep = [];
const main = __pycoro.defineCoroutine(class main$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.abandoned = void 0;
        this.never = void 0;
        this.done = void 0;
        this.$t0 = void 0;
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
                        $f.abandoned = counter("abandoned", 10);
                        keep.push($f.abandoned);
                        $f.$t0 = print;
                        if (($w = anext($f.abandoned)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        __pycoro.callable($f.$t0, "print")("  main: first item", $v);
                        $f.never = counter("never-started", 10);
                        $f.done = counter("exhausted", 1);
                        $f.$t0 = print;
                        if (($w = asyncList($f.done)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        __pycoro.callable($f.$t0, "print")("  main: exhausted ->", $v);
                        getRunningLoop().createTask(sleeper());
                        if (($w = sleep === __pycoro.SLEEP ? __pycoro.sleep0() : sleep(0)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 3;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 3)) === __pycoro.DELEGATE)
                            return $v;
                    case 3:
                        print("  main returns; 'abandoned' is still suspended");
                        void $f.never;
                        {
                            $f.abandoned = $f.never = $f.done = $f.$t0 = void 0;
                            return "main result";
                        }
                }
        }
        catch ($e) {
            $f.abandoned = $f.never = $f.done = $f.$t0 = void 0;
            throw $e;
        }
    }
    $forget() {
        this.abandoned = this.never = this.done = this.$t0 = void 0;
    }
    static $meta = { name: "main", qualname: "main", file: "fixtures/ag/run-shutdown-asyncgens/input.ts", line: 32, kind: "coroutine", locals: [["abandoned", "abandoned"], ["never", "never"], ["done", "done"]], lines: [32, 35, 38, 40] };
}, C_3 => C_3.$fn = function main() {
    return new C_3();
});
print("1 run(main()) ->", await run(main()));
print("2 after run()");
