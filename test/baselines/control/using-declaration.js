import * as __pycoro from "pycoro/internal";
import { attempt, print } from "../../_lib/py.js";
class Res {
    name;
    constructor(name) {
        this.name = name;
        print(`  acquire ${name}`);
    }
    [Symbol.dispose]() {
        print(`  dispose ${this.name}`);
    }
}
class Boom extends Error {
}
const g = __pycoro.defineGenerator(class g$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.fail = p0;
        this.a = void 0;
        this.b = void 0;
        this.c = void 0;
        this.$res = void 0;
        this.$dispose = void 0;
        this.$has = void 0;
        this.$exc = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$res1 = void 0;
        this.$dispose1 = void 0;
        this.$has1 = void 0;
        this.$exc1 = void 0;
        this.$c1 = void 0;
        this.$x1 = void 0;
        this.$res2 = void 0;
        this.$dispose2 = void 0;
        this.$has2 = void 0;
        this.$exc2 = void 0;
        this.$c2 = void 0;
        this.$x2 = void 0;
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
                    case 0:
                        $f.$res = new Res("a");
                        $f.a = $f.$res;
                        $f.$dispose = __pycoro.usingDispose($f.$res);
                        $f.$has = false;
                        $s = 1;
                    case 1:
                        $f.$s = 5;
                        return 1;
                    case 5:
                        $f.$res1 = new Res("b");
                        $f.b = $f.$res1;
                        $f.$dispose1 = __pycoro.usingDispose($f.$res1);
                        $f.$has1 = false;
                        $s = 6;
                    case 6:
                        $f.$res2 = new Res("c");
                        $f.c = $f.$res2;
                        $f.$dispose2 = __pycoro.usingDispose($f.$res2);
                        $f.$has2 = false;
                        $s = 10;
                    case 10:
                        $f.$s = 14;
                        return 2;
                    case 14:
                        if ($f.fail)
                            throw new Boom("inside the block");
                        $f.$c2 = 11;
                        $f.$x2 = void 0;
                        $s = 13;
                        continue $loop;
                    case 12:
                        $f.$exc2 = $err;
                        $f.$has2 = true;
                        $f.$c2 = 11;
                        $f.$x2 = void 0;
                        $s = 13;
                        continue $loop;
                    case 13:
                        __pycoro.disposeResource($f.$res2, $f.$dispose2, $f.$has2, $f.$exc2);
                        $f.$res2 = void 0;
                        $f.$exc2 = void 0;
                        if ($f.$c2 === -1)
                            throw $f.$x2;
                        if ($f.$c2 === -2) {
                            $f.$c1 = -2;
                            $f.$x1 = $f.$x2;
                            $s = 9;
                            continue $loop;
                        }
                        $s = $f.$c2;
                        continue $loop;
                    case 11:
                        $f.$c1 = 7;
                        $f.$x1 = void 0;
                        $s = 9;
                        continue $loop;
                    case 8:
                        $f.$exc1 = $err;
                        $f.$has1 = true;
                        $f.$c1 = 7;
                        $f.$x1 = void 0;
                        $s = 9;
                        continue $loop;
                    case 9:
                        __pycoro.disposeResource($f.$res1, $f.$dispose1, $f.$has1, $f.$exc1);
                        $f.$res1 = void 0;
                        $f.$exc1 = void 0;
                        if ($f.$c1 === -1)
                            throw $f.$x1;
                        if ($f.$c1 === -2) {
                            $f.$c0 = -2;
                            $f.$x0 = $f.$x1;
                            $s = 4;
                            continue $loop;
                        }
                        $s = $f.$c1;
                        continue $loop;
                    case 7:
                        $f.$s = 15;
                        return 3;
                    case 15:
                        print(`  still using ${$f.a.name}`);
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 3:
                        $f.$exc = $err;
                        $f.$has = true;
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 4:
                        __pycoro.disposeResource($f.$res, $f.$dispose, $f.$has, $f.$exc);
                        $f.$res = void 0;
                        $f.$exc = void 0;
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.a = $f.b = $f.c = $f.$res = $f.$dispose = $f.$has = $f.$exc = $f.$x0 = $f.$res1 = $f.$dispose1 = $f.$has1 = $f.$exc1 = $f.$x1 = $f.$res2 = $f.$dispose2 = $f.$has2 = $f.$exc2 = $f.$x2 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.a = $f.b = $f.c = $f.$res = $f.$dispose = $f.$has = $f.$exc = $f.$x0 = $f.$res1 = $f.$dispose1 = $f.$has1 = $f.$exc1 = $f.$x1 = $f.$res2 = $f.$dispose2 = $f.$has2 = $f.$exc2 = $f.$x2 = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 5:
                    case 9:
                    case 7:
                    case 15:
                        $err = $e;
                        $s = 3;
                        continue $loop;
                    case 6:
                    case 13:
                    case 11:
                        $err = $e;
                        $s = 8;
                        continue $loop;
                    case 10:
                    case 14:
                        $err = $e;
                        $s = 12;
                        continue $loop;
                    case 12:
                        $f.$c2 = -1;
                        $f.$x2 = $e;
                        $s = 13;
                        continue $loop;
                    case 8:
                        $f.$c1 = -1;
                        $f.$x1 = $e;
                        $s = 9;
                        continue $loop;
                    case 3:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                }
                $f.a = $f.b = $f.c = $f.$res = $f.$dispose = $f.$has = $f.$exc = $f.$x0 = $f.$res1 = $f.$dispose1 = $f.$has1 = $f.$exc1 = $f.$x1 = $f.$res2 = $f.$dispose2 = $f.$has2 = $f.$exc2 = $f.$x2 = void 0;
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
        this.a = this.b = this.c = this.$res = this.$dispose = this.$has = this.$exc = this.$x0 = this.$res1 = this.$dispose1 = this.$has1 = this.$exc1 = this.$x1 = this.$res2 = this.$dispose2 = this.$has2 = this.$exc2 = this.$x2 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/using-declaration/input.ts", line: 17, kind: "generator", locals: [["fail", "fail"], ["a", "a"], ["b", "b"], ["c", "c"]], lines: [17, 18, 27, 27, 27, 19, 21, 24, 24, 24, 22, 24, 24, 24, 23, 26], handled: [5, 14, 15] };
}, C_1 => function g(fail) {
    return new C_1(fail);
});
print("1 run to the end");
for (const x of g(false))
    print("got", x);
print("2 leave early");
for (const x of g(false)) {
    print("got", x);
    if (x === 2)
        break;
}
print("3 an exception in the block");
attempt("  loop", () => {
    for (const x of g(true))
        print("got", x);
});
