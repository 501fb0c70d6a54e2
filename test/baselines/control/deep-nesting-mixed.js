import * as __pycoro from "pycoro/internal";
import { drive } from "../../_lib/py.js";
class Boom extends Error {
}
const g = __pycoro.defineGenerator(class g$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.script = p0;
        this.step = void 0;
        this.round = void 0;
        this.x = void 0;
        this.e = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$sw = void 0;
        this.$it = void 0;
        this.$r = void 0;
        this.$c1 = void 0;
        this.$x1 = void 0;
        this.$c2 = void 0;
        this.$x2 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let cmd_;
        let $err;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0:
                        $f.step = 0;
                        $f.round = 0;
                    case 1:
                        if (!($f.round < 3)) {
                            $s = 3;
                            continue $loop;
                        }
                        $s = 4;
                    case 4:
                        $f.$sw = $f.script[$f.step++];
                        if ($f.$sw === "loop") {
                            $s = 9;
                            continue $loop;
                        }
                        if ($f.$sw === "fail") {
                            $s = 10;
                            continue $loop;
                        }
                        $v = `r${$f.round} default`;
                        $f.$s = 26;
                        return $v;
                    case 9:
                        $f.$it = __pycoro.iter([1, 2, 3]);
                        $s = 12;
                    case 12:
                    case 15:
                        try {
                            $f.$r = $f.$it.$next();
                        }
                        catch ($e) {
                            $f.$it = null;
                            throw $e;
                        }
                        if ($f.$it.$s === -1) {
                            $s = 16;
                            continue $loop;
                        }
                        $f.x = $f.$r;
                        $s = 17;
                    case 17:
                        $v = `r${$f.round} loop ${$f.x}`;
                        $f.$s = 20;
                        return $v;
                    case 20:
                        cmd_ = $v;
                        if (cmd_ === "skip") {
                            $f.$c2 = 15;
                            $f.$x2 = void 0;
                            $s = 19;
                            continue $loop;
                        }
                        if (cmd_ === "next-round") {
                            $f.$c2 = 22;
                            $f.$x2 = void 0;
                            $s = 19;
                            continue $loop;
                        }
                        if (cmd_ === "stop") {
                            $f.$c2 = 24;
                            $f.$x2 = void 0;
                            $s = 19;
                            continue $loop;
                        }
                        if (cmd_ === "fail")
                            throw new Boom(`fail r${$f.round} x${$f.x}`);
                        $f.$c2 = 18;
                        $f.$x2 = void 0;
                        $s = 19;
                        continue $loop;
                    case 19:
                        $v = `r${$f.round} loop finally ${$f.x}`;
                        $f.$s = 25;
                        return $v;
                    case 25:
                        if ($f.$c2 === -1)
                            throw $f.$x2;
                        if ($f.$c2 === -2) {
                            $f.$c1 = -2;
                            $f.$x1 = $f.$x2;
                            $s = 14;
                            continue $loop;
                        }
                        $s = $f.$c2;
                        continue $loop;
                    case 18:
                        $s = 15;
                        continue $loop;
                    case 16:
                        $f.$it = null;
                        $f.$c1 = 13;
                        $f.$x1 = void 0;
                        $s = 14;
                        continue $loop;
                    case 14:
                        if ($f.$it !== null)
                            __pycoro.iterClose($f.$it, $f.$c1 === -1);
                        $f.$it = null;
                        if ($f.$c1 === -1)
                            throw $f.$x1;
                        if ($f.$c1 === -2) {
                            $f.$c0 = -2;
                            $f.$x0 = $f.$x1;
                            $s = 7;
                            continue $loop;
                        }
                        $s = $f.$c1;
                        continue $loop;
                    case 13: {
                        $s = 8;
                        continue $loop;
                    }
                    case 10: throw new Boom(`switch fail r${$f.round}`);
                    case 8:
                    case 26:
                        $v = `r${$f.round} after switch`;
                        $f.$s = 27;
                        return $v;
                    case 27:
                        $f.$c0 = 5;
                        $f.$x0 = void 0;
                        $s = 7;
                        continue $loop;
                    case 6:
                        $f.e = $err;
                        $v = `r${$f.round} caught ${$f.e.message}`;
                        $f.$s = 28;
                        return $v;
                    case 28:
                        $f.$c0 = 5;
                        $f.$x0 = void 0;
                        $s = 7;
                        continue $loop;
                    case 7:
                        $v = `r${$f.round} round finally`;
                        $f.$s = 29;
                        return $v;
                    case 29:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.script = $f.x = $f.e = $f.$x0 = $f.$sw = $f.$it = $f.$r = $f.$x1 = $f.$x2 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2:
                    case 5:
                        $f.round++;
                        $s = 1;
                        continue $loop;
                    case 3: {
                        $v = `end after step ${$f.step}`;
                        $f.script = $f.x = $f.e = $f.$x0 = $f.$sw = $f.$it = $f.$r = $f.$x1 = $f.$x2 = void 0;
                        return $v;
                    }
                    case 21:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 7;
                        continue $loop;
                    case 22:
                        $f.$c1 = 21;
                        $f.$x1 = void 0;
                        $s = 14;
                        continue $loop;
                    case 23:
                        $f.$c0 = 3;
                        $f.$x0 = void 0;
                        $s = 7;
                        continue $loop;
                    case 24:
                        $f.$c1 = 23;
                        $f.$x1 = void 0;
                        $s = 14;
                        continue $loop;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 4:
                    case 9:
                    case 14:
                    case 13:
                    case 10:
                    case 8:
                    case 26:
                    case 27:
                    case 21:
                    case 23:
                        $err = $e;
                        $s = 6;
                        continue $loop;
                    case 12:
                    case 15:
                    case 19:
                    case 25:
                    case 18:
                    case 16:
                    case 22:
                    case 24:
                        $f.$c1 = -1;
                        $f.$x1 = $e;
                        $s = 14;
                        continue $loop;
                    case 17:
                    case 20:
                        $f.$c2 = -1;
                        $f.$x2 = $e;
                        $s = 19;
                        continue $loop;
                    case 6:
                    case 28:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 7;
                        continue $loop;
                }
                $f.script = $f.x = $f.e = $f.$x0 = $f.$sw = $f.$it = $f.$r = $f.$x1 = $f.$x2 = void 0;
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
        this.script = this.x = this.e = this.$x0 = this.$sw = this.$it = this.$r = this.$x1 = this.$x2 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/deep-nesting-mixed/input.ts", line: 9, kind: "generator", locals: [["script", "script"], ["step", "step"], ["round", "round"], ["x", "x"], ["e", "e"]], lines: [9, 11, 36, 36, 12, 36, 33, 35, 30, 13, 26, 28, 15, 23, 23, 15, 23, 16, 23, 22, 17, 39, 39, 39, 39, 23, 30, 32, 34, 36], handled: [20, 25, 26, 27, 28] };
}, C_1 => function g(script) {
    return new C_1(script);
});
drive(g(["loop", "fail", "loop"]), ["", "", "skip", "", "fail", "", "", "", "", "", "next-round"]);
drive(g(["x", "loop"]), ["", "", "", "stop"]);
