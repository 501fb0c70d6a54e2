import * as __pycoro from "pycoro/internal";
import { drive } from "../../_lib/py.js";
class Boom extends Error {
}
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.e = void 0;
        this.e_1 = void 0;
        this.message = void 0;
        this.m = void 0;
        this.e_2 = void 0;
        this.$it = void 0;
        this.$r = void 0;
        this.$c4 = void 0;
        this.$x4 = void 0;
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
                            throw new Boom("kept");
                        }
                        $s = 2;
                        continue $loop;
                    case 3:
                        $f.e = $err;
                        $f.$s = 4;
                        return "in catch";
                    case 4:
                        $v = `after a yield e is still ${$f.e.message}`;
                        $f.$s = 5;
                        return $v;
                    case 5: $s = 6;
                    case 6:
                        {
                            throw new Boom("inner");
                        }
                        $s = 7;
                        continue $loop;
                    case 8:
                        $f.e_1 = $err;
                        $v = `shadowing catch: ${$f.e_1.message}`;
                        $f.$s = 9;
                        return $v;
                    case 9:
                        $s = 7;
                        continue $loop;
                    case 7:
                        $v = `outer binding again: ${$f.e.message}`;
                        $f.$s = 10;
                        return $v;
                    case 10:
                        $s = 2;
                        continue $loop;
                    case 2: $s = 11;
                    case 11:
                        {
                            throw new Boom("destructured");
                        }
                        $s = 12;
                        continue $loop;
                    case 13:
                        ({ message: $f.message } = $err);
                        $f.$s = 14;
                        return "in catch";
                    case 14:
                        $v = `message ${$f.message}`;
                        $f.$s = 15;
                        return $v;
                    case 15:
                        $s = 12;
                        continue $loop;
                    case 12: $s = 16;
                    case 16:
                        {
                            throw new Boom("x");
                        }
                        $s = 17;
                        continue $loop;
                    case 18:
                        $f.$s = 19;
                        return "optional catch binding";
                    case 19:
                        $s = 17;
                        continue $loop;
                    case 17:
                        $f.$it = __pycoro.iter(["first", "second"]);
                        $s = 20;
                    case 20:
                    case 23:
                        try {
                            $f.$r = $f.$it.$next();
                        }
                        catch ($e) {
                            $f.$it = null;
                            throw $e;
                        }
                        if ($f.$it.$s === -1) {
                            $s = 24;
                            continue $loop;
                        }
                        $f.m = $f.$r;
                        $s = 25;
                    case 25:
                        {
                            throw new Boom($f.m);
                        }
                        $s = 26;
                        continue $loop;
                    case 27:
                        $f.e_2 = $err;
                        $v = `loop catch ${$f.e_2.message}`;
                        $f.$s = 28;
                        return $v;
                    case 28:
                        $v = `still ${$f.e_2.message}`;
                        $f.$s = 29;
                        return $v;
                    case 29:
                        $s = 26;
                        continue $loop;
                    case 26:
                        $s = 23;
                        continue $loop;
                    case 24:
                        $f.$it = null;
                        $f.$c4 = 21;
                        $f.$x4 = void 0;
                        $s = 22;
                        continue $loop;
                    case 22:
                        if ($f.$it !== null)
                            __pycoro.iterClose($f.$it, $f.$c4 === -1);
                        $f.$it = null;
                        if ($f.$c4 === -1)
                            throw $f.$x4;
                        if ($f.$c4 === -2) {
                            $v = $f.$x4;
                            $f.e = $f.e_1 = $f.message = $f.m = $f.e_2 = $f.$it = $f.$r = $f.$x4 = void 0;
                            return $v;
                        }
                        $s = $f.$c4;
                        continue $loop;
                    case 21: {
                        $f.e = $f.e_1 = $f.message = $f.m = $f.e_2 = $f.$it = $f.$r = $f.$x4 = void 0;
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
                    case 6:
                        $err = $e;
                        $s = 8;
                        continue $loop;
                    case 11:
                        $err = $e;
                        $s = 13;
                        continue $loop;
                    case 16:
                        $err = $e;
                        $s = 18;
                        continue $loop;
                    case 20:
                    case 23:
                    case 27:
                    case 28:
                    case 29:
                    case 26:
                    case 24:
                        $f.$c4 = -1;
                        $f.$x4 = $e;
                        $s = 22;
                        continue $loop;
                    case 25:
                        $err = $e;
                        $s = 27;
                        continue $loop;
                }
                $f.e = $f.e_1 = $f.message = $f.m = $f.e_2 = $f.$it = $f.$r = $f.$x4 = void 0;
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
        this.e = this.e_1 = this.message = this.m = this.e_2 = this.$it = this.$r = this.$x4 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/catch-binding-across-yield/input.ts", line: 9, kind: "generator", locals: [["e", "e"], ["e_1", "e"], ["message", "message"], ["m", "m"], ["e_2", "e"]], lines: [9, 10, 20, 12, 13, 14, 15, 18, 17, 18, 20, 22, 26, 24, 25, 26, 28, 31, 30, 31, 33, 38, 38, 33, 38, 34, 38, 36, 37, 38], handled: [28, 29] };
}, C_1 => function g() {
    return new C_1();
});
drive(g());
