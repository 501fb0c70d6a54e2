import * as __pycoro from "pycoro/internal";
import { drive } from "../../_lib/py.js";
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.i = void 0;
        this.j = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let cmd_;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: $f.i = 0;
                case 1:
                    if (!($f.i < 3)) {
                        $s = 3;
                        continue $loop;
                    }
                    $f.j = 0;
                case 4:
                    if (!($f.j < 3)) {
                        $s = 6;
                        continue $loop;
                    }
                    $v = `${$f.i},${$f.j}`;
                    $f.$s = 7;
                    return $v;
                case 7:
                    cmd_ = $v;
                    if (cmd_ === "next-outer") {
                        $s = 2;
                        continue $loop;
                    }
                    if (cmd_ === "break-outer") {
                        $s = 3;
                        continue $loop;
                    }
                    if (cmd_ === "break-inner") {
                        $s = 6;
                        continue $loop;
                    }
                    $f.j++;
                    $s = 4;
                    continue $loop;
                case 6:
                    $v = `end of i=${$f.i}`;
                    $f.$s = 8;
                    return $v;
                case 2:
                case 8:
                    $f.i++;
                    $s = 1;
                    continue $loop;
                case 3:
                    $f.$s = 10;
                    return "in block";
                case 10:
                    $f.$s = 11;
                    return "leave?";
                case 11:
                    if (!(($v) === "yes")) {
                        $s = 12;
                        continue $loop;
                    }
                    {
                        $s = 9;
                        continue $loop;
                    }
                case 12:
                    $f.$s = 13;
                    return "not skipped";
                case 9:
                case 13:
                    $f.$s = 14;
                    return "after block";
                case 14: return;
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
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/labeled-break-continue/input.ts", line: 5, kind: "generator", locals: [["i", "i"], ["j", "j"]], lines: [5, 6, 13, 13, 7, 11, 11, 8, 13, 18, 16, 17, 17, 18, 20], handled: [] };
}, C_1 => function g() {
    return new C_1();
});
drive(g(), ["", "next-outer", "", "break-inner", "", "", "", "", "break-outer", "", "yes"]);
