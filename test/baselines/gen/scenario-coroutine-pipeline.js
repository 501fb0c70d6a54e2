import * as __pycoro from "pycoro/internal";
import { attempt, print } from "../../_lib/py.js";
function primed(g) {
    g.send(undefined);
    return g;
}
const printer = __pycoro.defineGenerator(class printer$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.name = p0;
        this.$c0 = void 0;
        this.$x0 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let line_;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0: $s = 1;
                    case 1:
                    case 4:
                        $f.$s = 7;
                        return;
                    case 7:
                        line_ = $v;
                        print(`  ${$f.name}:`, line_);
                        $s = 4;
                        continue $loop;
                    case 3:
                        {
                            print(`  ${$f.name}: closed`);
                        }
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.name = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                    case 7:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                }
                $f.name = $f.$x0 = void 0;
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
        this.name = this.$x0 = void 0;
    }
    static $meta = { name: "printer", qualname: "printer", file: "fixtures/gen/scenario-coroutine-pipeline/input.ts", line: 14, kind: "generator", locals: [["name", "name"]], lines: [14, 15, 20, 20, 16, 18, 18, 17], handled: [7] };
}, C_1 => C_1.$fn = function printer(name) {
    return new C_1(name);
});
const counter = __pycoro.defineGenerator(class counter$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.n = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0:
                        $f.n = 0;
                        $s = 1;
                    case 1:
                    case 4:
                        $f.$s = 7;
                        return $f.n;
                    case 7:
                        $f.n++;
                        $s = 4;
                        continue $loop;
                    case 3:
                        {
                            print("  counter: closed after", $f.n, "lines");
                        }
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                    case 7:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                }
                $f.$x0 = void 0;
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
        this.$x0 = void 0;
    }
    static $meta = { name: "counter", qualname: "counter", file: "fixtures/gen/scenario-coroutine-pipeline/input.ts", line: 25, kind: "generator", locals: [["n", "n"]], lines: [25, 27, 32, 32, 28, 30, 30, 29], handled: [7] };
}, C_2 => C_2.$fn = function counter() {
    return new C_2();
});
const upper = __pycoro.defineGenerator(class upper$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.target = p0;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$t0 = void 0;
        this.$t1 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0: $s = 1;
                    case 1:
                    case 4:
                        $f.$t0 = $f.target;
                        $f.$t1 = $f.$t0.send;
                        $f.$s = 7;
                        return;
                    case 7:
                        __pycoro.callable($f.$t1, "target.send").call($f.$t0, ($v).toUpperCase());
                        $s = 4;
                        continue $loop;
                    case 3:
                        {
                            $f.target.close();
                            print("  upper: closed");
                        }
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.target = $f.$x0 = $f.$t0 = $f.$t1 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                    case 7:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                }
                $f.target = $f.$x0 = $f.$t0 = $f.$t1 = void 0;
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
        this.target = this.$x0 = this.$t0 = this.$t1 = void 0;
    }
    static $meta = { name: "upper", qualname: "upper", file: "fixtures/gen/scenario-coroutine-pipeline/input.ts", line: 37, kind: "generator", locals: [["target", "target"]], lines: [37, 38, 40, 40, 39, 39, 39, 39], handled: [7] };
}, C_3 => C_3.$fn = function upper(target) {
    return new C_3(target);
});
const grep = __pycoro.defineGenerator(class grep$ {
    constructor(p0, p1) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.pattern = p0;
        this.target = p1;
        this.$c0 = void 0;
        this.$x0 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let line_;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0: $s = 1;
                    case 1:
                    case 4:
                        $f.$s = 7;
                        return;
                    case 7:
                        line_ = $v;
                        if (line_.includes($f.pattern))
                            $f.target.send(line_);
                        $s = 4;
                        continue $loop;
                    case 3:
                        {
                            $f.target.close();
                            print("  grep: closed");
                        }
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.pattern = $f.target = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                    case 7:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                }
                $f.pattern = $f.target = $f.$x0 = void 0;
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
        this.pattern = this.target = this.$x0 = void 0;
    }
    static $meta = { name: "grep", qualname: "grep", file: "fixtures/gen/scenario-coroutine-pipeline/input.ts", line: 46, kind: "generator", locals: [["pattern", "pattern"], ["target", "target"]], lines: [46, 47, 52, 52, 48, 50, 50, 49], handled: [7] };
}, C_4 => C_4.$fn = function grep(pattern, target) {
    return new C_4(pattern, target);
});
const broadcast = __pycoro.defineGenerator(class broadcast$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.targets = p0;
        this.$c0 = void 0;
        this.$x0 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let item_;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0: $s = 1;
                    case 1:
                    case 4:
                        $f.$s = 7;
                        return;
                    case 7:
                        item_ = $v;
                        for (const t of $f.targets)
                            t.send(item_);
                        $s = 4;
                        continue $loop;
                    case 3:
                        {
                            for (const t of $f.targets)
                                t.close();
                            print("  broadcast: closed");
                        }
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.targets = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                    case 7:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                }
                $f.targets = $f.$x0 = void 0;
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
        this.targets = this.$x0 = void 0;
    }
    static $meta = { name: "broadcast", qualname: "broadcast", file: "fixtures/gen/scenario-coroutine-pipeline/input.ts", line: 58, kind: "generator", locals: [["targets", "targets"]], lines: [58, 59, 64, 64, 60, 62, 62, 61], handled: [7] };
}, C_5 => C_5.$fn = function broadcast(targets) {
    return new C_5(targets);
});
const lines = ["python generators", "typescript", "yield from python", "send values", "close python"];
const head = primed(grep("python", primed(broadcast([primed(upper(primed(printer("out")))), primed(counter())]))));
for (const line of lines) {
    print("feed:", line);
    head.send(line);
}
attempt("close the pipeline", () => head.close());
attempt("send after close", () => head.send("late"));
