import * as __pycoro from "pycoro/internal";
import { drive } from "../../_lib/py.js";
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.out = void 0;
        this.round = void 0;
        this.$sw = void 0;
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
                        $f.out = [];
                        $f.round = 0;
                    case 1:
                        if (!($f.round < 4)) {
                            {
                                $v = $f.out;
                                $f.out = $f.$sw = void 0;
                                return $v;
                            }
                        }
                        $v = `discriminant ${$f.round}`;
                        $f.$s = 4;
                        return $v;
                    case 4:
                        $f.$sw = $v;
                        if ($f.$sw === "a") {
                            $s = 6;
                            continue $loop;
                        }
                        if ($f.$sw === "b") {
                            $s = 7;
                            continue $loop;
                        }
                        $f.$s = 11;
                        return "lazy case test";
                    case 11:
                        if ($f.$sw === $v) {
                            $s = 9;
                            continue $loop;
                        }
                        if ($f.$sw === "z") {
                            $s = 10;
                            continue $loop;
                        }
                        $s = 8;
                        continue $loop;
                    case 6:
                        $f.out.push(`${$f.round}:a`);
                        $f.$s = 12;
                        return "in a, falls through";
                    case 7:
                    case 12:
                        $f.out.push(`${$f.round}:b`);
                        {
                            $s = 5;
                            continue $loop;
                        }
                    case 8:
                        $f.out.push(`${$f.round}:default`);
                        $f.$s = 13;
                        return "in default, falls through";
                    case 9:
                    case 13:
                        $f.out.push(`${$f.round}:lazy`);
                        {
                            $s = 5;
                            continue $loop;
                        }
                    case 10: $f.out.push(`${$f.round}:z`);
                    case 5:
                        $f.round++;
                        $s = 1;
                        continue $loop;
                }
        }
        catch ($e) {
            $f.out = $f.$sw = void 0;
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
        this.out = this.$sw = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/switch-fallthrough-yield/input.ts", line: 6, kind: "generator", locals: [["out", "out"], ["round", "round"]], lines: [6, 8, 23, 23, 9, 23, 9, 12, 15, 18, 21, 9, 12, 18], handled: [] };
}, C_1 => function g() {
    return new C_1();
});
drive(g(), ["a", "ok", "q", "q", "w", "nope", "ok", "z", "not z"]);
