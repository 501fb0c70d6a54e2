import * as __pycoro from "pycoro/internal";
import { catching, drive, excName, print } from "../../_lib/py.js";
const log = [];
function dflt(name, v) {
    log.push(`default ${name}`);
    return v;
}
class Boom extends Error {
}
const g = __pycoro.defineGenerator(class g$ {
    constructor(p0, p1, p2) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.a = p0;
        this.b = p1;
        this.rest = p2;
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
                        log.push("body starts");
                        $v = [$f.a, $f.b, $f.rest];
                        $f.$s = 1;
                        return $v;
                    case 1:
                        $v = $f.rest.length;
                        $f.$s = 2;
                        return $v;
                    case 2: {
                        $f.b = $f.rest = void 0;
                        return "done";
                    }
                }
        }
        catch ($e) {
            $f.b = $f.rest = void 0;
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
        this.b = this.rest = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/control/params-defaults-rest/input.ts", line: 14, kind: "generator", locals: [["a", "a"], ["b", "b"], ["rest", "rest"]], lines: [14, 16, 17], handled: [] };
}, C_1 => function g(a, b = dflt("b", a * 2), ...rest) {
    return new C_1(a, b, rest);
});
const it1 = g(1);
print("after call g(1):", log);
drive(it1);
print("log:", log);
log.length = 0;
const it2 = g(1, 5, 6, 7);
print("after call g(1, 5, 6, 7):", log);
drive(it2);
const failing = __pycoro.defineGenerator(class failing$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.x = p0;
    }
    $step($s, $v, $m) {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0:
                    log.push("failing body");
                    $f.$s = 1;
                    return $f.x;
                case 1: return;
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
    static $meta = { name: "failing", qualname: "failing", file: "fixtures/control/params-defaults-rest/input.ts", line: 30, kind: "generator", locals: [["x", "x"]], lines: [30, 32], handled: [] };
}, C_2 => function failing(x = (() => { throw new Boom("bad default"); })()) {
    return new C_2(x);
});
print("a failing default throws at the call:", excName(catching(() => failing())));
print("log:", log);
