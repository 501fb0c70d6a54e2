import * as __pycoro from "pycoro/internal";
import { drive, print } from "../../_lib/py.js";
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.fns = void 0;
        this.setters = void 0;
        this.getters = void 0;
        this.$env1 = void 0;
        this.$env2 = void 0;
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
                        $f.fns = [];
                        $f.$env1 = { i: void 0 };
                        $f.$env1.i = 0;
                        $f.$env1 = { i: $f.$env1.i };
                    case 1:
                        if (!($f.$env1.i < 6)) {
                            $s = 3;
                            continue $loop;
                        }
                        $f.fns.push(($env1 => () => $env1.i)($f.$env1));
                        $v = $f.$env1.i;
                        $f.$s = 4;
                        return $v;
                    case 4:
                        $f.$env1.i++;
                        $f.$env1 = { i: $f.$env1.i };
                        $f.$env1.i++;
                        $s = 1;
                        continue $loop;
                    case 3:
                        $f.setters = [];
                        $f.getters = [];
                        $f.$env2 = { j: void 0 };
                        $f.$env2.j = 0;
                        $f.$env2 = { j: $f.$env2.j };
                    case 5:
                        if (!($f.$env2.j < 3)) {
                            $s = 7;
                            continue $loop;
                        }
                        $f.setters.push(($env2 => (v) => {
                            $env2.j = v;
                        })($f.$env2));
                        $f.getters.push(($env2 => () => $env2.j)($f.$env2));
                        $v = $f.$env2.j;
                        $f.$s = 8;
                        return $v;
                    case 8:
                        $f.$env2 = { j: $f.$env2.j };
                        $f.$env2.j++;
                        $s = 5;
                        continue $loop;
                    case 7:
                        $f.setters[1](42);
                        print("  getters after setters[1](42):", $f.getters.map((f) => f()));
                        {
                            $v = $f.fns.map((f) => f());
                            $f.fns = $f.setters = $f.getters = $f.$env1 = $f.$env2 = void 0;
                            return $v;
                        }
                }
        }
        catch ($e) {
            $f.fns = $f.setters = $f.getters = $f.$env1 = $f.$env2 = void 0;
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
        this.fns = this.setters = this.getters = this.$env1 = this.$env2 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/per-iteration-let-bindings/input.ts", line: 7, kind: "generator", locals: [["fns", "fns"], ["setters", "setters"], ["getters", "getters"]], lines: [7, 9, 12, 12, 11, 16, 21, 21, 21], handled: [] };
}, C_1 => function g() {
    return new C_1();
});
drive(g());
