import * as __pycoro from "pycoro/internal";
// Scenario (test_asyncgen.py spirit; AG-02, AG-10, AG-15, AG-17): an async generator pipeline
// source -> map -> filter -> take(n). Each stage awaits (the awaits pass to the driver), and every
// stage closes its upstream with aclose() in its finally, since leaving a `for await` does not
// close it: take() returning closes the whole chain, innermost last, each finally may await. A
// short source, an error in a stage, and a consumer that breaks out and closes the pipeline itself.
import { asyncList, ValueError } from "pycoro";
import { attempt, print } from "../../_lib/py.js";
import { io, complete } from "../../_lib/coro.js";
const log = [];
const source = __pycoro.defineAsyncGenerator(class source$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.n = p0;
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
                        if (($w = io(`read ${$f.i}`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        log.push(`source -> ${$f.i}`);
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
                        log.push("source closed");
                        if (($w = io("source cleanup")) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 7:
                    case 8:
                    case 6:
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
    $forget() {
        this.$x0 = void 0;
    }
    static $meta = { name: "source", qualname: "source", file: "fixtures/ag/scenario-pipeline/input.ts", line: 14, kind: "async-generator", locals: [["n", "n"], ["i", "i"]], lines: [14, 15, 23, 21, 16, 19, 19, 17, 19, 23] };
}, C_1 => C_1.$fn = function source(n) {
    return new C_1(n);
});
const amap = __pycoro.defineAsyncGenerator(class amap$ {
    constructor(p0, p1) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.fn = p0;
        this.src = p1;
        this.x = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
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
                    case 0: $s = 1;
                    case 1: $f.$ait = __pycoro.aiter($f.src);
                    case 4: $s = 6;
                    case 6: if (($w = __pycoro.anext($f.$ait)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.$r = $v;
                        $s = 7;
                        continue $loop;
                    case 8:
                        if ($err instanceof __pycoro.StopAsyncIteration) {
                            $s = 5;
                            continue $loop;
                        }
                        throw $err;
                    case 7:
                        $f.x = $f.$r;
                        $v = __pycoro.callable($f.fn, "fn")($f.x);
                        $f.$s = 10;
                        return $v;
                    case 10:
                        $s = 4;
                        continue $loop;
                    case 5:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        log.push("map closing upstream");
                        if (($w = $f.src.aclose()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 11;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 11)) === __pycoro.DELEGATE)
                            return $v;
                    case 11:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.fn = $f.src = $f.x = $f.$x0 = $f.$ait = $f.$r = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.fn = $f.src = $f.x = $f.$x0 = $f.$ait = $f.$r = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                    case 8:
                    case 7:
                    case 10:
                    case 5:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                    case 6:
                    case 9:
                        $err = $e;
                        $s = 8;
                        continue $loop;
                }
                $f.fn = $f.src = $f.x = $f.$x0 = $f.$ait = $f.$r = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.fn = this.src = this.x = this.$x0 = this.$ait = this.$r = void 0;
    }
    static $meta = { name: "amap", qualname: "amap", file: "fixtures/ag/scenario-pipeline/input.ts", line: 27, kind: "async-generator", locals: [["fn", "fn"], ["src", "src"], ["x", "x"]], lines: [27, 28, 32, 30, 29, 29, 29, 29, 29, 29, 29, 32] };
}, C_2 => C_2.$fn = function amap(fn, src) {
    return new C_2(fn, src);
});
const afilter = __pycoro.defineAsyncGenerator(class afilter$ {
    constructor(p0, p1) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.pred = p0;
        this.src = p1;
        this.x = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
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
                    case 0: $s = 1;
                    case 1: $f.$ait = __pycoro.aiter($f.src);
                    case 4: $s = 6;
                    case 6: if (($w = __pycoro.anext($f.$ait)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.$r = $v;
                        $s = 7;
                        continue $loop;
                    case 8:
                        if ($err instanceof __pycoro.StopAsyncIteration) {
                            $s = 5;
                            continue $loop;
                        }
                        throw $err;
                    case 7:
                        $f.x = $f.$r;
                        if (!(__pycoro.callable($f.pred, "pred")($f.x))) {
                            $s = 11;
                            continue $loop;
                        }
                        $f.$s = 12;
                        return $f.x;
                    case 12:
                        $s = 10;
                        continue $loop;
                    case 11: log.push(`filter drops ${$f.x}`);
                    case 10:
                        $s = 4;
                        continue $loop;
                    case 5:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        log.push("filter closing upstream");
                        if (($w = $f.src.aclose()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 13;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 13)) === __pycoro.DELEGATE)
                            return $v;
                    case 13:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.pred = $f.src = $f.x = $f.$x0 = $f.$ait = $f.$r = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.pred = $f.src = $f.x = $f.$x0 = $f.$ait = $f.$r = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                    case 8:
                    case 7:
                    case 12:
                    case 11:
                    case 10:
                    case 5:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                    case 6:
                    case 9:
                        $err = $e;
                        $s = 8;
                        continue $loop;
                }
                $f.pred = $f.src = $f.x = $f.$x0 = $f.$ait = $f.$r = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.pred = this.src = this.x = this.$x0 = this.$ait = this.$r = void 0;
    }
    static $meta = { name: "afilter", qualname: "afilter", file: "fixtures/ag/scenario-pipeline/input.ts", line: 36, kind: "async-generator", locals: [["pred", "pred"], ["src", "src"], ["x", "x"]], lines: [36, 37, 44, 42, 38, 40, 38, 38, 38, 38, 40, 39, 39, 44] };
}, C_3 => C_3.$fn = function afilter(pred, src) {
    return new C_3(pred, src);
});
const take = __pycoro.defineAsyncGenerator(class take$ {
    constructor(p0, p1) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
        this.n = p0;
        this.src = p1;
        this.x = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
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
                    case 0: $s = 1;
                    case 1:
                        if ($f.n <= 0) {
                            $f.$c0 = -2;
                            $f.$x0 = void 0;
                            $s = 3;
                            continue $loop;
                        }
                        $f.$ait = __pycoro.aiter($f.src);
                    case 4: $s = 6;
                    case 6: if (($w = __pycoro.anext($f.$ait)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                        $f.$r = $v;
                        $s = 7;
                        continue $loop;
                    case 8:
                        if ($err instanceof __pycoro.StopAsyncIteration) {
                            $s = 5;
                            continue $loop;
                        }
                        throw $err;
                    case 7:
                        $f.x = $f.$r;
                        $f.$s = 10;
                        return $f.x;
                    case 10:
                        $f.n -= 1;
                        if ($f.n === 0) {
                            $f.$c0 = -2;
                            $f.$x0 = void 0;
                            $s = 3;
                            continue $loop;
                        }
                        $s = 4;
                        continue $loop;
                    case 5:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        log.push("take closing upstream");
                        if (($w = $f.src.aclose()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 11;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 11)) === __pycoro.DELEGATE)
                            return $v;
                    case 11:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.src = $f.x = $f.$x0 = $f.$ait = $f.$r = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.src = $f.x = $f.$x0 = $f.$ait = $f.$r = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                    case 8:
                    case 7:
                    case 10:
                    case 5:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                    case 6:
                    case 9:
                        $err = $e;
                        $s = 8;
                        continue $loop;
                }
                $f.src = $f.x = $f.$x0 = $f.$ait = $f.$r = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.src = this.x = this.$x0 = this.$ait = this.$r = void 0;
    }
    static $meta = { name: "take", qualname: "take", file: "fixtures/ag/scenario-pipeline/input.ts", line: 48, kind: "async-generator", locals: [["n", "n"], ["src", "src"], ["x", "x"]], lines: [48, 49, 58, 56, 51, 54, 51, 51, 51, 51, 52, 58] };
}, C_4 => C_4.$fn = function take(n, src) {
    return new C_4(n, src);
});
const collect = __pycoro.defineCoroutine(class collect$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.ait = p0;
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
                    case 0: if (($w = asyncList($f.ait)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 1: {
                        $f.ait = void 0;
                        return $v;
                    }
                }
        }
        catch ($e) {
            $f.ait = void 0;
            throw $e;
        }
    }
    $forget() {
        this.ait = void 0;
    }
    static $meta = { name: "collect", qualname: "collect", file: "fixtures/ag/scenario-pipeline/input.ts", line: 62, kind: "coroutine", locals: [["ait", "ait"]], lines: [62, 63] };
}, C_5 => C_5.$fn = function collect(ait) {
    return new C_5(ait);
});
const pipeline = take(3, afilter((x) => x % 3 !== 0, amap((x) => x * x, source(100))));
const r = complete(collect(pipeline));
print("1 result:", r.items[3]);
print("  driver saw:", r.items[1]);
print("  log:", log);
log.length = 0;
const p2 = take(5, amap((x) => x + 1, source(2)));
print("2 a source shorter than take:", complete(collect(p2)).items[3], log);
log.length = 0;
function boom(x) {
    if (x === 2)
        throw new ValueError(`cannot map ${x}`);
    return x;
}
const p3 = take(5, amap(boom, source(10)));
attempt("3 an error in a stage", () => complete(collect(p3)));
print("  log:", log);
log.length = 0;
const p4 = take(10, amap((x) => -x, source(10)));
const partial = __pycoro.defineCoroutine(class partial$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
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
                        $f.$ait = __pycoro.aiter(p4);
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
                            $s = 2;
                            continue $loop;
                        }
                        throw $err;
                    case 4:
                        $f.x = $f.$r;
                        {
                            $f.out.push($f.x);
                            if ($f.out.length === 2) {
                                $s = 2;
                                continue $loop;
                            }
                        }
                        $s = 1;
                        continue $loop;
                    case 2:
                        log.push("consumer broke out; closing the pipeline explicitly");
                        if (($w = p4.aclose()) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
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
                    case 7: {
                        $v = $f.out;
                        $f.out = $f.x = $f.$ait = $f.$r = void 0;
                        return $v;
                    }
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
                $f.out = $f.x = $f.$ait = $f.$r = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.out = this.x = this.$ait = this.$r = void 0;
    }
    static $meta = { name: "partial", qualname: "partial", file: "fixtures/ag/scenario-pipeline/input.ts", line: 87, kind: "coroutine", locals: [["out", "out"], ["x", "x"]], lines: [87, 89, 89, 89, 89, 89, 89, 94] };
}, C_6 => C_6.$fn = function partial() {
    return new C_6();
});
print("4 a consumer leaving early:", complete(partial()).items[3], log);
