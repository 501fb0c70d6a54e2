import * as __pycoro from "pycoro/internal";
// getGeneratorLocals(g) and gi_frame.locals (inspect.getgeneratorlocals / gi_frame.f_locals): the
// arguments and the locals assigned so far; {} once closed. Locals not yet assigned are hidden by
// sortedDict() (pycoro may hold them as undefined fields; CPython leaves them out).
import { getGeneratorLocals } from "pycoro";
import { print, sortedDict } from "../../_lib/py.js";
const g = __pycoro.defineGenerator(class g$ {
    constructor(p0, p1) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.a = p0;
        this.b = p1;
        this.total = void 0;
        this.doubled = void 0;
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
                        $f.total = $f.a + $f.b;
                        $f.$s = 1;
                        return $f.total;
                    case 1:
                        $f.doubled = $f.total * 2;
                        $f.$s = 2;
                        return $f.doubled;
                    case 2: {
                        $f.total = $f.doubled = void 0;
                        return;
                    }
                }
        }
        catch ($e) {
            $f.total = $f.doubled = void 0;
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
        this.total = this.doubled = void 0;
    }
    static $meta = { name: "g", qualname: "g", file: "fixtures/gen/locals-introspection/input.ts", line: 7, kind: "generator", locals: [["a", "a"], ["b", "b"], ["total", "total"], ["doubled", "doubled"]], lines: [7, 9, 11], handled: [] };
}, C_1 => C_1.$fn = function g(a, b) {
    return new C_1(a, b);
});
const it = g(1, 2);
print("1 created:", sortedDict(getGeneratorLocals(it)));
it.send(undefined);
print("2 at the first yield:", sortedDict(getGeneratorLocals(it)));
print("  gi_frame.locals:", sortedDict(it.gi_frame.locals), "| gi_frame.name:", it.gi_frame.name);
it.send(undefined);
print("3 at the second yield:", sortedDict(getGeneratorLocals(it)));
it.close();
print("4 closed:", sortedDict(getGeneratorLocals(it)), "| gi_frame is None:", it.gi_frame == null);
