import * as __pycoro from "pycoro/internal";
// AG-18 (the deterministic part; the finalizer hook runs on garbage collection, out of scope):
// setAsyncgenHooks({ firstiter, finalizer }) / getAsyncgenHooks() (sys.set_asyncgen_hooks /
// get_asyncgen_hooks). firstiter(agen) is called once, at the generator's first __anext__ / asend /
// athrow / aclose, not at its creation. Non-callable hooks raise TypeError("callable firstiter
// expected, got <type>") and change nothing. pycoro names JavaScript types in messages (SURFACE §2).
import { getAsyncgenHooks, setAsyncgenHooks, ValueError } from "pycoro";
import { print } from "../../_lib/py.js";
import { complete } from "../../_lib/coro.js";
const events = [];
function firstiter(ag) {
    events.push(`firstiter(${ag.__name__})`);
}
const agen = __pycoro.defineAsyncGenerator(class agen$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.$ag = 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0:
                    $f.$s = 1;
                    return 1;
                case 1:
                    $f.$s = 2;
                    return 2;
                case 2: return;
            }
    }
    static $meta = { name: "agen", qualname: "agen", file: "fixtures/ag/firstiter-hook/input.ts", line: 15, kind: "async-generator", locals: [], lines: [15, 16, 17] };
}, C_1 => C_1.$fn = function agen() {
    return new C_1();
});
setAsyncgenHooks({ firstiter, finalizer: null });
let h = getAsyncgenHooks();
print("0 installed:", h.firstiter === firstiter, h.finalizer);
const a = agen();
print("1 creating an async generator calls no hook:", events);
complete(a.__anext__());
print("2 the first __anext__ calls firstiter once:", events);
complete(a.__anext__());
print("3 later steps call nothing more:", events);
complete(a.aclose());
events.length = 0;
const seen = [];
function firstiter2(ag) {
    seen.push(ag);
}
setAsyncgenHooks({ firstiter: firstiter2, finalizer: null });
const b = agen();
const c = agen();
const d = agen();
complete(b.aclose());
try {
    complete(c.athrow(ValueError));
}
catch (e) {
    if (!(e instanceof ValueError))
        throw e;
}
complete(d.asend(undefined));
print("4 the first aclose()/athrow()/asend() count as well, with the generator as argument:", seen.map((x, i) => x === [b, c, d][i]), seen.length);
complete(d.aclose());
setAsyncgenHooks({ firstiter: null, finalizer: null });
const e = agen();
complete(e.__anext__());
print("5 no hook installed: nothing is called:", seen.length);
complete(e.aclose());
for (const [label, hooks] of [
    ["firstiter=1", { firstiter: 1, finalizer: null }],
    ["finalizer='x'", { firstiter: null, finalizer: "x" }],
]) {
    try {
        setAsyncgenHooks(hooks);
    }
    catch (err) {
        if (!(err instanceof TypeError))
            throw err;
        print(`6 set_asyncgen_hooks(${label}) -> TypeError:`, err.message);
    }
}
h = getAsyncgenHooks();
print("7 the hooks are unchanged:", h.firstiter, h.finalizer);
