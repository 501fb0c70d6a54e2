import * as __pycoro from "pycoro/internal";
import { catching, drive, excName, print, repr } from "../../_lib/py.js";
function* plain() {
    const x = yield "p1";
    yield `plain got ${String(x)}`;
    return "plain-ret";
}
const p = plain();
print("1 next('ignored') on a just-started native generator ->", repr(p.next("ignored").value));
print("2 next('v') ->", repr(p.next("v").value));
const r = p.return("early");
print("3 return('early') ->", repr(r.value), r.done);
print("4 next() after return ->", repr(p.next().value), p.next().done);
const q = plain();
print("5 throw on a just-started native generator ->", excName(catching(() => q.throw(new TypeError("t")))), q.next().done);
const marked = __pycoro.defineGenerator(class marked$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.local = void 0;
        this.l = void 0;
        this.res = void 0;
        this.viaStar = void 0;
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
                        $f.local = function* local() {
                            const v = yield "local1";
                            return `local got ${String(v)}`;
                        };
                        $f.l = __pycoro.callable($f.local, "local")();
                        $v = `inner native next('x') -> ${$f.l.next("x").value}`;
                        $f.$s = 1;
                        return $v;
                    case 1:
                        $f.res = $f.l.next("y");
                        $v = `inner native finished: ${$f.res.value} ${$f.res.done}`;
                        $f.$s = 2;
                        return $v;
                    case 2: return __pycoro.yieldFrom($f, __pycoro.callable($f.local, "local")(), 3);
                    case 3:
                        $f.viaStar = $v;
                        $f.$s = 4;
                        return $f.viaStar;
                    case 4: {
                        $f.local = $f.l = $f.res = $f.viaStar = void 0;
                        return;
                    }
                }
        }
        catch ($e) {
            $f.local = $f.l = $f.res = $f.viaStar = void 0;
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
        this.local = this.l = this.res = this.viaStar = void 0;
    }
    static $meta = { name: "marked", qualname: "marked", file: "fixtures/control/unmarked-generators-stay-native/input.ts", line: 21, kind: "generator", locals: [["local", "local"], ["l", "l"], ["res", "res"], ["viaStar", "viaStar"]], lines: [21, 27, 29, 30, 31], handled: [] };
}, C_1 => function marked() {
    return new C_1();
});
drive(marked(), ["s1", "s2", "sent-through"]);
