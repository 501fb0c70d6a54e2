import * as __pycoro from "pycoro/internal";
import { print } from "../../_lib/py.js";
const log = [];
const a = () => (log.push("a()"), "A");
const b = () => (log.push("b()"), "B");
const target = {
    get f() {
        log.push("get f");
        return (...args) => {
            log.push(`f(${args.join(",")})`);
            return args.length;
        };
    },
};
class C {
    constructor(...args) {
        log.push(`new C(${args.join(",")})`);
    }
}
function mark(label) {
    log.push(label);
}
const g = __pycoro.defineGenerator(class g$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.r1 = void 0;
        this.r2 = void 0;
        this.$t0 = void 0;
        this.$t1 = void 0;
        this.$t2 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let r3_;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        mark("start");
                        $f.$t0 = target;
                        $f.$t1 = $f.$t0.f;
                        $f.$t2 = a();
                        $f.$s = 1;
                        return "mid";
                    case 1:
                        $f.r1 = __pycoro.callable($f.$t1, "target.f").call($f.$t0, $f.$t2, $v, b());
                        mark("before new");
                        $f.$t0 = C;
                        $f.$s = 2;
                        return "ctor arg";
                    case 2:
                        new (__pycoro.constructible($f.$t0, "C"))($v, a());
                        $f.$t0 = target;
                        $f.$t1 = $f.$t0.f;
                        $f.$s = 3;
                        return "spread";
                    case 3:
                        $f.r2 = __pycoro.callable($f.$t1, "target.f").call($f.$t0, ...__pycoro.spreadArgsMany(($v)), b());
                        $f.$t0 = Math;
                        $f.$t1 = $f.$t0.max;
                        $f.$s = 4;
                        return "m1";
                    case 4:
                        $f.$t2 = $v;
                        $f.$s = 5;
                        return "m2";
                    case 5:
                        r3_ = __pycoro.callable($f.$t1, "Math.max").call($f.$t0, $f.$t2, $v, 3);
                        {
                            $v = [$f.r1, $f.r2, r3_];
                            $f.r1 = $f.r2 = $f.$t0 = $f.$t1 = $f.$t2 = void 0;
                            return $v;
                        }
                }
        }
        catch ($e) {
            $f.r1 = $f.r2 = $f.$t0 = $f.$t1 = $f.$t2 = void 0;
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
        this.r1 = this.r2 = this.$t0 = this.$t1 = this.$t2 = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/call-args-yield/input.ts", line: 28, kind: "generator", locals: [["r1", "r1"], ["r2", "r2"]], lines: [28, 30, 32, 33, 34, 34], handled: [] };
}, C_1 => function g() {
    return new C_1();
});
const it = g();
let r = it.next();
const sends = ["M", "X", ["s1", "s2"], 10, 20];
let i = 0;
while (!r.done) {
    print("yielded", r.value, "| log so far:", log);
    log.length = 0;
    r = it.next(sends[i++]);
}
print("returned", r.value, "| log:", log);
