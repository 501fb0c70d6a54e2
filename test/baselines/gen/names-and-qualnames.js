import * as __pycoro from "pycoro/internal";
import { print, py } from "../../_lib/py.js";
const named = __pycoro.defineGenerator(class named$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
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
    static $meta = { name: "named", qualname: "named", file: "fixtures/gen/names-and-qualnames/input.ts", line: 7, kind: "generator", locals: [], lines: [7, 8], handled: [] };
}, C_1 => C_1.$fn = function named() {
    return new C_1();
});
const anon = __pycoro.defineGenerator(class anon$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
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
    static $meta = { name: "anon", qualname: "anon", file: "fixtures/gen/names-and-qualnames/input.ts", line: 10, kind: "generator", locals: [], lines: [10, 11], handled: [] };
}, C_2 => function anon() {
    return new C_2();
});
let _items$1, _make$2;
class Box {
    items() {
        return new (_items$1 ??= __pycoro.frameClass(class items$ {
            constructor() {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
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
            static $meta = { name: "items", qualname: "Box.items", file: "fixtures/gen/names-and-qualnames/input.ts", line: 15, kind: "generator", locals: [], lines: [15, 17], handled: [] };
        }, __pycoro.Generator))();
    }
    static make() {
        return new (_make$2 ??= __pycoro.frameClass(class make$ {
            constructor() {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
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
            static $meta = { name: "make", qualname: "Box.make", file: "fixtures/gen/names-and-qualnames/input.ts", line: 19, kind: "generator", locals: [], lines: [19, 21], handled: [] };
        }, __pycoro.Generator))();
    }
}
const n = named();
print("1 named:", n.__name__, n.__qualname__, n.gi_frame.name);
const a = anon();
print("2 anonymous, assigned to a const:", a.__name__, a.__qualname__, a.gi_frame.name);
const m = py(new Box().items());
print("3 method:", m.__name__, m.__qualname__);
const s = py(Box.make());
print("4 static method:", s.__name__, s.__qualname__);
// GEN-30 (the part TS can express): __name__ is writable; the frame's code name does not change.
n.__name__ = "renamed";
print("5 after renaming:", n.__name__, n.gi_frame.name, "| a new generator:", named().__name__);
