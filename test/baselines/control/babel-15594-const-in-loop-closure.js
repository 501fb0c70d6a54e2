import * as __pycoro from "pycoro/internal";
import { drive } from "../../_lib/py.js";
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.fns = void 0;
        this.k = void 0;
        this.i = void 0;
        this.$env1 = void 0;
        this.$env2 = void 0;
        this.$env3 = void 0;
        this.$it = void 0;
        this.$r = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0:
                        $f.fns = [];
                        $f.i = 0;
                    case 1:
                        if (!($f.i < 3)) {
                            $s = 3;
                            continue $loop;
                        }
                        $f.$env1 = { j: void 0 };
                        $f.$env1.j = $f.i * 10;
                        $f.fns.push(($env1 => () => $env1.j)($f.$env1));
                        $f.$s = 4;
                        return $f.i;
                    case 4:
                        $f.i++;
                        $s = 1;
                        continue $loop;
                    case 3:
                        $f.$it = __pycoro.iter([7, 8, 9]);
                        $s = 5;
                    case 5:
                    case 8:
                        try {
                            $f.$r = $f.$it.$next();
                        }
                        catch ($e) {
                            $f.$it = null;
                            throw $e;
                        }
                        if ($f.$it.$s === -1) {
                            $s = 9;
                            continue $loop;
                        }
                        $f.$env2 = { v: void 0 };
                        $f.$env2.v = $f.$r;
                        $f.fns.push(($env2 => () => $env2.v)($f.$env2));
                        $v = $f.$env2.v;
                        $f.$s = 10;
                        return $v;
                    case 10:
                        $s = 8;
                        continue $loop;
                    case 9:
                        $f.$it = null;
                        $f.$c0 = 6;
                        $f.$x0 = void 0;
                        $s = 7;
                        continue $loop;
                    case 7:
                        if ($f.$it !== null)
                            __pycoro.iterClose($f.$it, $f.$c0 === -1);
                        $f.$it = null;
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.fns = $f.$env1 = $f.$env2 = $f.$env3 = $f.$it = $f.$r = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 6: $f.k = 0;
                    case 11:
                        if (!($f.k < 3)) {
                            $s = 12;
                            continue $loop;
                        }
                        $f.$env3 = { w: void 0 };
                        $f.$env3.w = $f.k + 100;
                        $f.fns.push(($env3 => () => $env3.w)($f.$env3));
                        $f.k++;
                        $v = $f.$env3.w;
                        $f.$s = 13;
                        return $v;
                    case 13:
                        $s = 11;
                        continue $loop;
                    case 12: {
                        $v = $f.fns.map((f) => f());
                        $f.fns = $f.$env1 = $f.$env2 = $f.$env3 = $f.$it = $f.$r = $f.$x0 = void 0;
                        return $v;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 5:
                    case 8:
                    case 10:
                    case 9:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 7;
                        continue $loop;
                }
                $f.fns = $f.$env1 = $f.$env2 = $f.$env3 = $f.$it = $f.$r = $f.$x0 = void 0;
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
        this.fns = this.$env1 = this.$env2 = this.$env3 = this.$it = this.$r = this.$x0 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/babel-15594-const-in-loop-closure/input.ts", line: 7, kind: "generator", locals: [["fns", "fns"], ["k", "k"], ["i", "i"]], lines: [7, 9, 12, 12, 12, 14, 16, 16, 14, 16, 16, 19, 23, 23], handled: [10] };
}, C_1 => function g() {
    return new C_1();
});
drive(g());
