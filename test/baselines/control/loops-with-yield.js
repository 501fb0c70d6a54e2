import * as __pycoro from "pycoro/internal";
import { drive } from "../../_lib/py.js";
const forParts = __pycoro.defineGenerator(class forParts$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.i = void 0;
        this.$t0 = void 0;
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
                        $f.$s = 1;
                        return "init";
                    case 1: $f.i = $v;
                    case 2:
                        $f.$t0 = $f.i;
                        $v = `test i=${$f.i}`;
                        $f.$s = 5;
                        return $v;
                    case 5:
                        if (!($f.$t0 < ($v))) {
                            {
                                $f.$t0 = void 0;
                                return;
                            }
                        }
                        $v = `body i=${$f.i}`;
                        $f.$s = 6;
                        return $v;
                    case 6:
                        $f.$t0 = $f.i;
                        $v = `update i=${$f.i}`;
                        $f.$s = 7;
                        return $v;
                    case 7:
                        $f.i = $f.$t0 + $v;
                        $s = 2;
                        continue $loop;
                }
        }
        catch ($e) {
            $f.$t0 = void 0;
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
        this.$t0 = void 0;
    }
    static $meta = { name: "forParts", qualname: "forParts", file: "fixtures/control/loops-with-yield/input.ts", line: 6, kind: "generator", locals: [["i", "i"]], lines: [6, 7, 7, 8, 8, 7, 8, 8], handled: [] };
}, C_1 => function forParts() {
    return new C_1();
});
drive(forParts(), [0, 5, "ok", 2, 5, "ok", 4, 5]);
const whileDo = __pycoro.defineGenerator(class whileDo$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.n = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: $f.n = 0;
                case 1:
                    $v = `while? n=${$f.n}`;
                    $f.$s = 3;
                    return $v;
                case 3:
                    if (!(($v) !== "stop")) {
                        $s = 2;
                        continue $loop;
                    }
                    $f.n++;
                    if ($f.n === 2) {
                        $s = 1;
                        continue $loop;
                    }
                    $v = `while body n=${$f.n}`;
                    $f.$s = 4;
                    return $v;
                case 4:
                    $s = 1;
                    continue $loop;
                case 2:
                case 5:
                    $f.n--;
                    if ($f.n === 2) {
                        $s = 6;
                        continue $loop;
                    }
                    $v = `do body n=${$f.n}`;
                    $f.$s = 8;
                    return $v;
                case 6:
                case 8:
                    $v = `do? n=${$f.n}`;
                    $f.$s = 9;
                    return $v;
                case 9:
                    if (($v) === "again") {
                        $s = 5;
                        continue $loop;
                    }
                    return;
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
    static $meta = { name: "whileDo", qualname: "whileDo", file: "fixtures/control/loops-with-yield/input.ts", line: 13, kind: "generator", locals: [["n", "n"]], lines: [13, 15, 18, 15, 18, 20, 23, 23, 23, 23], handled: [] };
}, C_2 => function whileDo() {
    return new C_2();
});
drive(whileDo(), ["go", "go", "x", "go", "x", "stop", "again", "again", "x"]);
const plain = __pycoro.defineGenerator(class plain$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.j = void 0;
        this.i = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: $f.i = 0;
                case 1:
                    if (!($f.i < 8)) {
                        $s = 3;
                        continue $loop;
                    }
                    if ($f.i % 2) {
                        $s = 2;
                        continue $loop;
                    }
                    if ($f.i === 6) {
                        $s = 3;
                        continue $loop;
                    }
                    $f.$s = 4;
                    return $f.i;
                case 2:
                case 4:
                    $f.i++;
                    $s = 1;
                    continue $loop;
                case 3: $f.j = 3;
                case 5:
                    if (!($f.j--)) {
                        return;
                    }
                    $v = $f.j * 10;
                    $f.$s = 7;
                    return $v;
                case 7:
                    $s = 5;
                    continue $loop;
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
    static $meta = { name: "plain", qualname: "plain", file: "fixtures/control/loops-with-yield/input.ts", line: 28, kind: "generator", locals: [["j", "j"], ["i", "i"]], lines: [28, 29, 32, 32, 32, 35, 35, 35], handled: [] };
}, C_3 => function plain() {
    return new C_3();
});
drive(plain());
