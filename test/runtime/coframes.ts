// Hand-lowered coroutine, async generator, async with and async for frames for the runtime tests,
// in the shape the compiler emits (DESIGN.md §2, §6-§8), written the hand-written way: a class
// extending __pycoro.Coroutine / AsyncGenerator / GeneratorCoroutine (the compiler emits a base
// class that defineCoroutine links under its base instead) with a constructor storing the
// parameters and hoisted locals, a `$step(s, v, m)` state machine whose awaits are
// `if (($v = __pycoro.awaitValue($f, x, N)) === __pycoro.DELEGATE) return $v;` then a jump to
// case N with the result in $v (the compiler writes awaitValue's steps out inline), and a `static $meta`, wrapped by defineCoroutine /
// defineAsyncGenerator / defineGenerator. They were lowered once from the source below and are
// kept frozen here, so the runtime tests do not depend on the compiler.
//
//
// // ---- native coroutines
// export const add = coroutine(async function add(a: number, b: number) {
//   return a + b;
// });
// export const awaitOne = coroutine(async function awaitOne(x: unknown) {
//   return await x;
// });
// export const tryAwait = coroutine(async function tryAwait(x: unknown, onError: (e: unknown) => unknown) {
//   try {
//     return await x;
//   } catch (e) {
//     return onError(e);
//   }
// });
// export const seq = coroutine(async function seq(thunks: (() => unknown)[]) {
//   const out: unknown[] = [];
//   for (const t of thunks) out.push(await t());
//   return out;
// });
// export const body = coroutine(async function body(fn: () => unknown) {
//   return fn();
// });
// export const andThen = coroutine(async function andThen(x: unknown, fn: () => unknown) {
//   await x;
//   return fn();
// });
// export const ignores = coroutine(async function ignores(a: unknown, b: () => unknown) {
//   try {
//     await a;
//   } catch (e) {
//     if (e instanceof GeneratorExit) await b();
//     throw e;
//   }
// });
//
// // ---- generator-based coroutines
// export const suspend = coroutine(function* suspend(v: unknown) {
//   return yield v;
// });
// export const bridge = coroutine(function* bridge(c: unknown) {
//   const r = yield* (c as Iterable<unknown>);
//   return r;
// });
//
// // ---- async generators
// export const items = coroutine(async function* items(xs: unknown[], log: string[]) {
//   try {
//     for (const x of xs) {
//       const got = yield x;
//       log.push(`got ${String(got)}`);
//     }
//   } finally {
//     log.push("finally");
//   }
// });
// export const awaitInBody = coroutine(async function* awaitInBody(io: (tag: string) => unknown, log: string[]) {
//   log.push("started");
//   const x = yield 1;
//   log.push(`got ${String(x)}`);
//   const r = await io("pending-io");
//   log.push(`await returned ${String(r)}`);
//   const y = yield 2;
//   log.push(`got ${String(y)}`);
// });
// export const catchFinally = coroutine(async function* catchFinally(io: (tag: string) => unknown, log: string[]) {
//   try {
//     yield 1;
//     yield 2;
//   } catch (e) {
//     if (!(e instanceof ValueError)) throw e;
//     log.push(`caught ${e.message}`);
//     yield "after-catch";
//   } finally {
//     log.push("finally");
//     await io("io-in-finally");
//     log.push("finally done");
//   }
// });
// export const onGeneratorExit = coroutine(async function* onGeneratorExit(mode: string, log: string[]) {
//   try {
//     yield 1;
//   } catch (e) {
//     if (!(e instanceof GeneratorExit)) throw e;
//     log.push(`GeneratorExit, ${mode}`);
//     if (mode === "yield") yield "refuse";
//     else if (mode === "raise") throw new ValueError("during aclose");
//     else if (mode === "stop") throw new StopAsyncIteration();
//     else return;
//   }
// });
// export const yieldInFinally = coroutine(async function* yieldInFinally() {
//   try {
//     yield 1;
//   } finally {
//     yield 2;
//   }
// });
// export const awaitFirst = coroutine(async function* awaitFirst(io: (tag: string) => unknown) {
//   await io("waiting");
//   yield 1;
// });
// export const thenRaise = coroutine(async function* thenRaise(err: () => unknown) {
//   yield 1;
//   throw err();
// });
//
// // ---- async with / async for
// export const withBody = coroutine(async function withBody(cm: any, fn: (v: unknown) => unknown) {
//   {
//     await using v = cm;
//     return fn(v);
//   }
// });
// export const withAfter = coroutine(async function withAfter(cm: any, fn: (v: unknown) => unknown) {
//   {
//     await using v = cm;
//     fn(v);
//   }
//   return "after";
// });
// export const withNested = coroutine(async function withNested(a: any, b: any, log: unknown[]) {
//   {
//     await using x = a;
//     {
//       await using y = b;
//       log.push("body");
//     }
//   }
//   return log;
// });
// export const forAwait = coroutine(async function forAwait(ait: any, stop?: unknown) {
//   const out: unknown[] = [];
//   for await (const x of ait) {
//     out.push(x);
//     if (x === stop) break;
//   }
//   return out;
// });
//

/* eslint-disable */
import * as __pycoro from "../../runtime/internal.js";
import { coroutine, GeneratorExit, StopAsyncIteration , ValueError } from "../../runtime/index.js";
import type { PyAsyncGenerator, PyCoroutine, PyGeneratorCoroutine } from "../../runtime/index.js";

// Loosely typed for the tests: any value in, any value out.
export type Co = PyCoroutine<any>;
export type AG = PyAsyncGenerator<any, any>;
export type GC = PyGeneratorCoroutine<any, any, any>;

const FILE = "test/runtime/coframes.ts";

// ---- native coroutines
export const add = __pycoro.defineCoroutine(class add$ extends __pycoro.Coroutine {
    declare a: any;
    declare b: any;
    constructor(p0: any, p1: any) {
        super();
        this.a = p0;
        this.b = p1;
    }
    $step($s: number, $v: any, $m: number): unknown {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0:
                    return $f.a + $f.b;
                    return;
            }
    }
    static $meta = { name: "add", qualname: "add", file: FILE, line: 5, kind: "coroutine", locals: [["a", "a"], ["b", "b"]], lines: [5] } as const;
}, (C_1: any) => function add(this: unknown, a?: any, b?: any): Co {
    return new C_1(a, b);
});
export const awaitOne = __pycoro.defineCoroutine(class awaitOne$ extends __pycoro.Coroutine {
    declare x: any;
    constructor(p0: any) {
        super();
        this.x = p0;
    }
    $step($s: number, $v: any, $m: number): unknown {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: if (($v = __pycoro.awaitValue($f, $f.x, 1, $m)) === __pycoro.DELEGATE) return $v; $s = 1; continue $loop;
                case 1:
                    return $v;
                    return;
            }
    }
    static $meta = { name: "awaitOne", qualname: "awaitOne", file: FILE, line: 8, kind: "coroutine", locals: [["x", "x"]], lines: [8, 9] } as const;
}, (C_2: any) => function awaitOne(this: unknown, x?: any): Co {
    return new C_2(x);
});
export const tryAwait = __pycoro.defineCoroutine(class tryAwait$ extends __pycoro.Coroutine {
    declare x: any;
    declare onError: any;
    constructor(p0: any, p1: any) {
        super();
        this.x = p0;
        this.onError = p1;
    }
    $step($s: number, $v: any, $m: number): unknown {
        const $f = this;
        let $err: any;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0: $s = 1;
                    case 1: if (($v = __pycoro.awaitValue($f, $f.x, 4, $m)) === __pycoro.DELEGATE) return $v; $s = 4; continue $loop;
                    case 4:
                        return $v;
                        $s = 2;
                        continue $loop;
                    case 3:
                        {
                            let e = $err;
                            return $f.onError(e);
                        }
                        $s = 2;
                        continue $loop;
                    case 2: return;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                        $err = $e;
                        $s = 3;
                        continue $loop;
                }
                throw $e;
            }
        }
    }
    static $meta = { name: "tryAwait", qualname: "tryAwait", file: FILE, line: 11, kind: "coroutine", locals: [["x", "x"], ["onError", "onError"]], lines: [11, 12, 13, 13, 13] } as const;
}, (C_3: any) => function tryAwait(this: unknown, x?: any, onError?: any): Co {
    return new C_3(x, onError);
});
export const seq = __pycoro.defineCoroutine(class seq$ extends __pycoro.Coroutine {
    declare thunks: any;
    declare out: any;
    declare t: any;
    declare $it: any;
    declare $r: any;
    declare $c0: any;
    declare $x0: any;
    declare $t0: any;
    declare $t1: any;
    constructor(p0: any) {
        super();
        this.thunks = p0;
        this.out = void 0;
        this.t = void 0;
        this.$it = void 0;
        this.$r = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$t0 = void 0;
        this.$t1 = void 0;
    }
    $step($s: number, $v: any, $m: number): unknown {
        const $f = this;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0:
                        $f.out = [];
                        $f.$it = __pycoro.iter($f.thunks);
                        $s = 1;
                    case 1:
                    case 4:
                        if (($f.$r = $f.$it.next()).done) {
                            $s = 5;
                            continue $loop;
                        }
                        $f.t = $f.$r.value;
                        $f.$t0 = $f.out;
                        $f.$t1 = $f.$t0.push;
                        if (($v = __pycoro.awaitValue($f, $f.t(), 6, $m)) === __pycoro.DELEGATE) return $v; $s = 6; continue $loop;
                    case 6:
                        $f.$t1.call($f.$t0, $v);
                        $s = 4;
                        continue $loop;
                    case 5:
                        $f.$it = null;
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        if ($f.$it !== null)
                            __pycoro.iterClose($f.$it, $f.$c0 === -1);
                        $f.$it = null;
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            return $f.$x0;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2:
                        return $f.out;
                        return;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                    case 6:
                    case 5:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                }
                throw $e;
            }
        }
    }
    static $meta = { name: "seq", qualname: "seq", file: FILE, line: 18, kind: "coroutine", locals: [["thunks", "thunks"], ["out", "out"], ["t", "t"]], lines: [18, 20, 20, 20, 20, 20, 20] } as const;
}, (C_4: any) => function seq(this: unknown, thunks?: any): Co {
    return new C_4(thunks);
});
export const body = __pycoro.defineCoroutine(class body$ extends __pycoro.Coroutine {
    declare fn: any;
    constructor(p0: any) {
        super();
        this.fn = p0;
    }
    $step($s: number, $v: any, $m: number): unknown {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0:
                    return $f.fn();
                    return;
            }
    }
    static $meta = { name: "body", qualname: "body", file: FILE, line: 23, kind: "coroutine", locals: [["fn", "fn"]], lines: [23] } as const;
}, (C_5: any) => function body(this: unknown, fn?: any): Co {
    return new C_5(fn);
});
export const andThen = __pycoro.defineCoroutine(class andThen$ extends __pycoro.Coroutine {
    declare x: any;
    declare fn: any;
    constructor(p0: any, p1: any) {
        super();
        this.x = p0;
        this.fn = p1;
    }
    $step($s: number, $v: any, $m: number): unknown {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: if (($v = __pycoro.awaitValue($f, $f.x, 1, $m)) === __pycoro.DELEGATE) return $v; $s = 1; continue $loop;
                case 1:
                    return $f.fn();
                    return;
            }
    }
    static $meta = { name: "andThen", qualname: "andThen", file: FILE, line: 26, kind: "coroutine", locals: [["x", "x"], ["fn", "fn"]], lines: [26, 27] } as const;
}, (C_6: any) => function andThen(this: unknown, x?: any, fn?: any): Co {
    return new C_6(x, fn);
});
export const ignores = __pycoro.defineCoroutine(class ignores$ extends __pycoro.Coroutine {
    declare a: any;
    declare b: any;
    declare e: any;
    constructor(p0: any, p1: any) {
        super();
        this.a = p0;
        this.b = p1;
        this.e = void 0;
    }
    $step($s: number, $v: any, $m: number): unknown {
        const $f = this;
        let $err: any;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0: $s = 1;
                    case 1: if (($v = __pycoro.awaitValue($f, $f.a, 4, $m)) === __pycoro.DELEGATE) return $v; $s = 4; continue $loop;
                    case 4:
                        $s = 2;
                        continue $loop;
                    case 3:
                        $f.e = $err;
                        if (!($f.e instanceof GeneratorExit)) {
                            $s = 5;
                            continue $loop;
                        }
                        if (($v = __pycoro.awaitValue($f, $f.b(), 6, $m)) === __pycoro.DELEGATE) return $v; $s = 6; continue $loop;
                    case 5:
                    case 6:
                        throw $f.e;
                        $s = 2;
                        continue $loop;
                    case 2: return;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                        $err = $e;
                        $s = 3;
                        continue $loop;
                }
                throw $e;
            }
        }
    }
    static $meta = { name: "ignores", qualname: "ignores", file: FILE, line: 30, kind: "coroutine", locals: [["a", "a"], ["b", "b"], ["e", "e"]], lines: [30, 31, 35, 32, 32, 34, 34] } as const;
}, (C_7: any) => function ignores(this: unknown, a?: any, b?: any): Co {
    return new C_7(a, b);
});
// ---- generator-based coroutines
export const suspend = __pycoro.defineGenerator(class suspend$ extends __pycoro.GeneratorCoroutine {
    declare v: any;
    constructor(p0: any) {
        super();
        this.v = p0;
    }
    $step($s: number, $v: any, $m: number): unknown {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0:
                    $f.$s = 1;
                    return $f.v;
                case 1:
                    return $v;
                    return;
            }
    }
    static $meta = { name: "suspend", qualname: "suspend", file: FILE, line: 40, kind: "generator-coroutine", locals: [["v", "v"]], lines: [40, 41] } as const;
}, (C_8: any) => function suspend(this: unknown, v?: any): GC {
    return new C_8(v);
});
export const bridge = __pycoro.defineGenerator(class bridge$ extends __pycoro.GeneratorCoroutine {
    declare c: any;
    constructor(p0: any) {
        super();
        this.c = p0;
    }
    $step($s: number, $v: any, $m: number): unknown {
        const $f = this;
        let r_: any;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: return __pycoro.yieldFrom($f, $f.c, 1);
                case 1:
                    r_ = $v;
                    return r_;
                    return;
            }
    }
    static $meta = { name: "bridge", qualname: "bridge", file: FILE, line: 43, kind: "generator-coroutine", locals: [["c", "c"]], lines: [43, 44] } as const;
}, (C_9: any) => function bridge(this: unknown, c?: any): GC {
    return new C_9(c);
});
// ---- async generators
export const items = __pycoro.defineAsyncGenerator(class items$ extends __pycoro.AsyncGenerator {
    declare xs: any;
    declare log: any;
    declare x: any;
    declare $c0: any;
    declare $x0: any;
    declare $it: any;
    declare $r: any;
    declare $c1: any;
    declare $x1: any;
    constructor(p0: any, p1: any) {
        super();
        this.xs = p0;
        this.log = p1;
        this.x = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$it = void 0;
        this.$r = void 0;
        this.$c1 = void 0;
        this.$x1 = void 0;
    }
    $step($s: number, $v: any, $m: number): unknown {
        const $f = this;
        let got_: any;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0: $s = 1;
                    case 1:
                        $f.$it = __pycoro.iter($f.xs);
                        $s = 4;
                    case 4:
                    case 7:
                        if (($f.$r = $f.$it.next()).done) {
                            $s = 8;
                            continue $loop;
                        }
                        $f.x = $f.$r.value;
                        $f.$s = 9;
                        return $f.x;
                    case 9:
                        got_ = $v;
                        $f.log.push(`got ${String(got_)}`);
                        $s = 7;
                        continue $loop;
                    case 8:
                        $f.$it = null;
                        $f.$c1 = 5;
                        $f.$x1 = void 0;
                        $s = 6;
                        continue $loop;
                    case 6:
                        if ($f.$it !== null)
                            __pycoro.iterClose($f.$it, $f.$c1 === -1);
                        $f.$it = null;
                        if ($f.$c1 === -1)
                            throw $f.$x1;
                        if ($f.$c1 === -2) {
                            $f.$c0 = -2;
                            $f.$x0 = $f.$x1;
                            $s = 3;
                            continue $loop;
                        }
                        $s = $f.$c1;
                        continue $loop;
                    case 5:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        {
                            $f.log.push("finally");
                        }
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            return $f.$x0;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: return;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 6:
                    case 5:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                    case 4:
                    case 7:
                    case 9:
                    case 8:
                        $f.$c1 = -1;
                        $f.$x1 = $e;
                        $s = 6;
                        continue $loop;
                }
                throw $e;
            }
        }
    }
    static $meta = { name: "items", qualname: "items", file: FILE, line: 49, kind: "async-generator", locals: [["xs", "xs"], ["log", "log"], ["x", "x"]], lines: [49, 50, 55, 53, 51, 53, 53, 51, 53, 52] } as const;
}, (C_10: any) => function items(this: unknown, xs?: any, log?: any): AG {
    return new C_10(xs, log);
});
export const awaitInBody = __pycoro.defineAsyncGenerator(class awaitInBody$ extends __pycoro.AsyncGenerator {
    declare io: any;
    declare log: any;
    declare x: any;
    declare r: any;
    constructor(p0: any, p1: any) {
        super();
        this.io = p0;
        this.log = p1;
        this.x = void 0;
        this.r = void 0;
    }
    $step($s: number, $v: any, $m: number): unknown {
        const $f = this;
        let y_: any;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0:
                    $f.log.push("started");
                    $f.$s = 1;
                    return 1;
                case 1:
                    $f.x = $v;
                    $f.log.push(`got ${String($f.x)}`);
                    if (($v = __pycoro.awaitValue($f, $f.io("pending-io"), 2, $m)) === __pycoro.DELEGATE) return $v; $s = 2; continue $loop;
                case 2:
                    $f.r = $v;
                    $f.log.push(`await returned ${String($f.r)}`);
                    $f.$s = 3;
                    return 2;
                case 3:
                    y_ = $v;
                    $f.log.push(`got ${String(y_)}`);
                    return;
            }
    }
    static $meta = { name: "awaitInBody", qualname: "awaitInBody", file: FILE, line: 59, kind: "async-generator", locals: [["io", "io"], ["log", "log"], ["x", "x"], ["r", "r"]], lines: [59, 61, 63, 65] } as const;
}, (C_11: any) => function awaitInBody(this: unknown, io?: any, log?: any): AG {
    return new C_11(io, log);
});
export const catchFinally = __pycoro.defineAsyncGenerator(class catchFinally$ extends __pycoro.AsyncGenerator {
    declare io: any;
    declare log: any;
    declare e: any;
    declare $c0: any;
    declare $x0: any;
    constructor(p0: any, p1: any) {
        super();
        this.io = p0;
        this.log = p1;
        this.e = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
    }
    $step($s: number, $v: any, $m: number): unknown {
        const $f = this;
        let $err: any;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0: $s = 1;
                    case 1:
                        $f.$s = 5;
                        return 1;
                    case 5:
                        $f.$s = 6;
                        return 2;
                    case 6:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 3:
                        $f.e = $err;
                        if (!($f.e instanceof ValueError))
                            throw $f.e;
                        $f.log.push(`caught ${$f.e.message}`);
                        $f.$s = 7;
                        return "after-catch";
                    case 7:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 4:
                        $f.log.push("finally");
                        if (($v = __pycoro.awaitValue($f, $f.io("io-in-finally"), 8, $m)) === __pycoro.DELEGATE) return $v; $s = 8; continue $loop;
                    case 8:
                        $f.log.push("finally done");
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            return $f.$x0;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: return;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 5:
                    case 6:
                        $err = $e;
                        $s = 3;
                        continue $loop;
                    case 3:
                    case 7:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                }
                throw $e;
            }
        }
    }
    static $meta = { name: "catchFinally", qualname: "catchFinally", file: FILE, line: 68, kind: "async-generator", locals: [["io", "io"], ["log", "log"], ["e", "e"]], lines: [68, 69, 79, 71, 75, 70, 71, 75, 78] } as const;
}, (C_12: any) => function catchFinally(this: unknown, io?: any, log?: any): AG {
    return new C_12(io, log);
});
export const onGeneratorExit = __pycoro.defineAsyncGenerator(class onGeneratorExit$ extends __pycoro.AsyncGenerator {
    declare mode: any;
    declare log: any;
    declare e: any;
    constructor(p0: any, p1: any) {
        super();
        this.mode = p0;
        this.log = p1;
        this.e = void 0;
    }
    $step($s: number, $v: any, $m: number): unknown {
        const $f = this;
        let $err: any;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0: $s = 1;
                    case 1:
                        $f.$s = 4;
                        return 1;
                    case 4:
                        $s = 2;
                        continue $loop;
                    case 3:
                        $f.e = $err;
                        if (!($f.e instanceof GeneratorExit))
                            throw $f.e;
                        $f.log.push(`GeneratorExit, ${$f.mode}`);
                        if (!($f.mode === "yield")) {
                            $s = 6;
                            continue $loop;
                        }
                        $f.$s = 7;
                        return "refuse";
                    case 7:
                        $s = 5;
                        continue $loop;
                    case 6: if ($f.mode === "raise")
                        throw new ValueError("during aclose");
                    else if ($f.mode === "stop")
                        throw new StopAsyncIteration();
                    else
                        return;
                    case 5:
                        $s = 2;
                        continue $loop;
                    case 2: return;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                        $err = $e;
                        $s = 3;
                        continue $loop;
                }
                throw $e;
            }
        }
    }
    static $meta = { name: "onGeneratorExit", qualname: "onGeneratorExit", file: FILE, line: 82, kind: "async-generator", locals: [["mode", "mode"], ["log", "log"], ["e", "e"]], lines: [82, 83, 89, 84, 84, 89, 88, 88] } as const;
}, (C_13: any) => function onGeneratorExit(this: unknown, mode?: any, log?: any): AG {
    return new C_13(mode, log);
});
export const yieldInFinally = __pycoro.defineAsyncGenerator(class yieldInFinally$ extends __pycoro.AsyncGenerator {
    declare $c0: any;
    declare $x0: any;
    constructor() {
        super();
        this.$c0 = void 0;
        this.$x0 = void 0;
    }
    $step($s: number, $v: any, $m: number): unknown {
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
                        $f.$s = 4;
                        return 1;
                    case 4:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        $f.$s = 5;
                        return 2;
                    case 5:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            return $f.$x0;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: return;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                }
                throw $e;
            }
        }
    }
    static $meta = { name: "yieldInFinally", qualname: "yieldInFinally", file: FILE, line: 94, kind: "async-generator", locals: [], lines: [94, 95, 98, 96, 96, 98] } as const;
}, (C_14: any) => function yieldInFinally(this: unknown): AG {
    return new C_14();
});
export const awaitFirst = __pycoro.defineAsyncGenerator(class awaitFirst$ extends __pycoro.AsyncGenerator {
    declare io: any;
    constructor(p0: any) {
        super();
        this.io = p0;
    }
    $step($s: number, $v: any, $m: number): unknown {
        const $f = this;
        if ($m > 0) {
            throw $v;
        }
        $loop: for (;;)
            switch ($s) {
                case 0: if (($v = __pycoro.awaitValue($f, $f.io("waiting"), 1, $m)) === __pycoro.DELEGATE) return $v; $s = 1; continue $loop;
                case 1:
                    $f.$s = 2;
                    return 1;
                case 2: return;
            }
    }
    static $meta = { name: "awaitFirst", qualname: "awaitFirst", file: FILE, line: 101, kind: "async-generator", locals: [["io", "io"]], lines: [101, 102, 103] } as const;
}, (C_15: any) => function awaitFirst(this: unknown, io?: any): AG {
    return new C_15(io);
});
export const thenRaise = __pycoro.defineAsyncGenerator(class thenRaise$ extends __pycoro.AsyncGenerator {
    declare err: any;
    constructor(p0: any) {
        super();
        this.err = p0;
    }
    $step($s: number, $v: any, $m: number): unknown {
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
                    throw $f.err();
                    return;
            }
    }
    static $meta = { name: "thenRaise", qualname: "thenRaise", file: FILE, line: 105, kind: "async-generator", locals: [["err", "err"]], lines: [105, 106] } as const;
}, (C_16: any) => function thenRaise(this: unknown, err?: any): AG {
    return new C_16(err);
});
// ---- async with / async for
export const withBody = __pycoro.defineCoroutine(class withBody$ extends __pycoro.Coroutine {
    declare cm: any;
    declare fn: any;
    declare $mgr: any;
    declare $exit: any;
    declare $ok: any;
    declare $exc: any;
    declare $c0: any;
    declare $x0: any;
    constructor(p0: any, p1: any) {
        super();
        this.cm = p0;
        this.fn = p1;
        this.$mgr = void 0;
        this.$exit = void 0;
        this.$ok = void 0;
        this.$exc = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
    }
    $step($s: number, $v: any, $m: number): unknown {
        const $f = this;
        let v_: any;
        let $err: any;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0:
                        $f.$mgr = $f.cm;
                        $f.$exit = __pycoro.aexitOf($f.$mgr);
                        if (($v = __pycoro.awaitValue($f, __pycoro.aenter($f.$mgr), 1, $m)) === __pycoro.DELEGATE) return $v; $s = 1; continue $loop;
                    case 1:
                        v_ = $v;
                        $f.$ok = true;
                        $s = 2;
                    case 2: $s = 5;
                    case 5:
                        {
                            $f.$c0 = -2;
                            $f.$x0 = $f.fn(v_);
                            $s = 4;
                            continue $loop;
                        }
                        $s = 6;
                        continue $loop;
                    case 7:
                        $f.$ok = false;
                        $f.$exc = $err;
                        if (($v = __pycoro.awaitValue($f, __pycoro.aexit($f.$exit, $f.$mgr, $f.$exc), 8, $m)) === __pycoro.DELEGATE) return $v; $s = 8; continue $loop;
                    case 8:
                        if ($v) {
                            $s = 9;
                            continue $loop;
                        }
                        throw $f.$exc;
                    case 9:
                        $f.$exc = void 0;
                        $s = 6;
                        continue $loop;
                    case 6:
                        $f.$c0 = 3;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 4:
                        if (!($f.$ok)) {
                            $s = 10;
                            continue $loop;
                        }
                        if (($v = __pycoro.awaitValue($f, __pycoro.aexit($f.$exit, $f.$mgr, void 0), 11, $m)) === __pycoro.DELEGATE) return $v; $s = 11; continue $loop;
                    case 10:
                    case 11:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            return $f.$x0;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 3: return;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 2:
                    case 7:
                    case 8:
                    case 9:
                    case 6:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                    case 5:
                        $err = $e;
                        $s = 7;
                        continue $loop;
                }
                throw $e;
            }
        }
    }
    static $meta = { name: "withBody", qualname: "withBody", file: FILE, line: 111, kind: "coroutine", locals: [["cm", "cm"], ["fn", "fn"]], lines: [111, 113, 113, 114, 114, 113, 114, 114, 114, 114, 114, 114] } as const;
}, (C_17: any) => function withBody(this: unknown, cm?: any, fn?: any): Co {
    return new C_17(cm, fn);
});
export const withAfter = __pycoro.defineCoroutine(class withAfter$ extends __pycoro.Coroutine {
    declare cm: any;
    declare fn: any;
    declare $mgr: any;
    declare $exit: any;
    declare $ok: any;
    declare $exc: any;
    declare $c0: any;
    declare $x0: any;
    constructor(p0: any, p1: any) {
        super();
        this.cm = p0;
        this.fn = p1;
        this.$mgr = void 0;
        this.$exit = void 0;
        this.$ok = void 0;
        this.$exc = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
    }
    $step($s: number, $v: any, $m: number): unknown {
        const $f = this;
        let v_: any;
        let $err: any;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0:
                        $f.$mgr = $f.cm;
                        $f.$exit = __pycoro.aexitOf($f.$mgr);
                        if (($v = __pycoro.awaitValue($f, __pycoro.aenter($f.$mgr), 1, $m)) === __pycoro.DELEGATE) return $v; $s = 1; continue $loop;
                    case 1:
                        v_ = $v;
                        $f.$ok = true;
                        $s = 2;
                    case 2: $s = 5;
                    case 5:
                        $f.fn(v_);
                        $s = 6;
                        continue $loop;
                    case 7:
                        $f.$ok = false;
                        $f.$exc = $err;
                        if (($v = __pycoro.awaitValue($f, __pycoro.aexit($f.$exit, $f.$mgr, $f.$exc), 8, $m)) === __pycoro.DELEGATE) return $v; $s = 8; continue $loop;
                    case 8:
                        if ($v) {
                            $s = 9;
                            continue $loop;
                        }
                        throw $f.$exc;
                    case 9:
                        $f.$exc = void 0;
                        $s = 6;
                        continue $loop;
                    case 6:
                        $f.$c0 = 3;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 4:
                        if (!($f.$ok)) {
                            $s = 10;
                            continue $loop;
                        }
                        if (($v = __pycoro.awaitValue($f, __pycoro.aexit($f.$exit, $f.$mgr, void 0), 11, $m)) === __pycoro.DELEGATE) return $v; $s = 11; continue $loop;
                    case 10:
                    case 11:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            return $f.$x0;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 3:
                        return "after";
                        return;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 2:
                    case 7:
                    case 8:
                    case 9:
                    case 6:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                    case 5:
                        $err = $e;
                        $s = 7;
                        continue $loop;
                }
                throw $e;
            }
        }
    }
    static $meta = { name: "withAfter", qualname: "withAfter", file: FILE, line: 117, kind: "coroutine", locals: [["cm", "cm"], ["fn", "fn"]], lines: [117, 119, 119, 120, 120, 119, 120, 120, 120, 120, 120, 120] } as const;
}, (C_18: any) => function withAfter(this: unknown, cm?: any, fn?: any): Co {
    return new C_18(cm, fn);
});
export const withNested = __pycoro.defineCoroutine(class withNested$ extends __pycoro.Coroutine {
    declare a: any;
    declare b: any;
    declare log: any;
    declare x: any;
    declare $mgr: any;
    declare $exit: any;
    declare $ok: any;
    declare $exc: any;
    declare $c0: any;
    declare $x0: any;
    declare $mgr1: any;
    declare $exit1: any;
    declare $ok1: any;
    declare $exc1: any;
    declare $c2: any;
    declare $x2: any;
    constructor(p0: any, p1: any, p2: any) {
        super();
        this.a = p0;
        this.b = p1;
        this.log = p2;
        this.x = void 0;
        this.$mgr = void 0;
        this.$exit = void 0;
        this.$ok = void 0;
        this.$exc = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$mgr1 = void 0;
        this.$exit1 = void 0;
        this.$ok1 = void 0;
        this.$exc1 = void 0;
        this.$c2 = void 0;
        this.$x2 = void 0;
    }
    $step($s: number, $v: any, $m: number): unknown {
        const $f = this;
        let y_: any;
        let $err: any;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0:
                        $f.$mgr = $f.a;
                        $f.$exit = __pycoro.aexitOf($f.$mgr);
                        if (($v = __pycoro.awaitValue($f, __pycoro.aenter($f.$mgr), 1, $m)) === __pycoro.DELEGATE) return $v; $s = 1; continue $loop;
                    case 1:
                        $f.x = $v;
                        $f.$ok = true;
                        $s = 2;
                    case 2: $s = 5;
                    case 5:
                        $f.$mgr1 = $f.b;
                        $f.$exit1 = __pycoro.aexitOf($f.$mgr1);
                        if (($v = __pycoro.awaitValue($f, __pycoro.aenter($f.$mgr1), 8, $m)) === __pycoro.DELEGATE) return $v; $s = 8; continue $loop;
                    case 8:
                        y_ = $v;
                        $f.$ok1 = true;
                        $s = 9;
                    case 9: $s = 12;
                    case 12:
                        $f.log.push("body");
                        $s = 13;
                        continue $loop;
                    case 14:
                        $f.$ok1 = false;
                        $f.$exc1 = $err;
                        if (($v = __pycoro.awaitValue($f, __pycoro.aexit($f.$exit1, $f.$mgr1, $f.$exc1), 15, $m)) === __pycoro.DELEGATE) return $v; $s = 15; continue $loop;
                    case 15:
                        if ($v) {
                            $s = 16;
                            continue $loop;
                        }
                        throw $f.$exc1;
                    case 16:
                        $f.$exc1 = void 0;
                        $s = 13;
                        continue $loop;
                    case 13:
                        $f.$c2 = 10;
                        $f.$x2 = void 0;
                        $s = 11;
                        continue $loop;
                    case 11:
                        if (!($f.$ok1)) {
                            $s = 17;
                            continue $loop;
                        }
                        if (($v = __pycoro.awaitValue($f, __pycoro.aexit($f.$exit1, $f.$mgr1, void 0), 18, $m)) === __pycoro.DELEGATE) return $v; $s = 18; continue $loop;
                    case 17:
                    case 18:
                        if ($f.$c2 === -1)
                            throw $f.$x2;
                        if ($f.$c2 === -2) {
                            $f.$c0 = -2;
                            $f.$x0 = $f.$x2;
                            $s = 4;
                            continue $loop;
                        }
                        $s = $f.$c2;
                        continue $loop;
                    case 10:
                        $s = 6;
                        continue $loop;
                    case 7:
                        $f.$ok = false;
                        $f.$exc = $err;
                        if (($v = __pycoro.awaitValue($f, __pycoro.aexit($f.$exit, $f.$mgr, $f.$exc), 19, $m)) === __pycoro.DELEGATE) return $v; $s = 19; continue $loop;
                    case 19:
                        if ($v) {
                            $s = 20;
                            continue $loop;
                        }
                        throw $f.$exc;
                    case 20:
                        $f.$exc = void 0;
                        $s = 6;
                        continue $loop;
                    case 6:
                        $f.$c0 = 3;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 4:
                        if (!($f.$ok)) {
                            $s = 21;
                            continue $loop;
                        }
                        if (($v = __pycoro.awaitValue($f, __pycoro.aexit($f.$exit, $f.$mgr, void 0), 22, $m)) === __pycoro.DELEGATE) return $v; $s = 22; continue $loop;
                    case 21:
                    case 22:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            return $f.$x0;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 3:
                        return $f.log;
                        return;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 2:
                    case 7:
                    case 19:
                    case 20:
                    case 6:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                    case 5:
                    case 8:
                    case 11:
                    case 17:
                    case 18:
                    case 10:
                        $err = $e;
                        $s = 7;
                        continue $loop;
                    case 9:
                    case 14:
                    case 15:
                    case 16:
                    case 13:
                        $f.$c2 = -1;
                        $f.$x2 = $e;
                        $s = 11;
                        continue $loop;
                    case 12:
                        $err = $e;
                        $s = 14;
                        continue $loop;
                }
                throw $e;
            }
        }
    }
    static $meta = { name: "withNested", qualname: "withNested", file: FILE, line: 124, kind: "coroutine", locals: [["a", "a"], ["b", "b"], ["log", "log"], ["x", "x"]], lines: [124, 126, 126, 129, 129, 126, 129, 129, 128, 128, 129, 129, 128, 129, 129, 129, 129, 129, 129, 129, 129, 129, 129] } as const;
}, (C_19: any) => function withNested(this: unknown, a?: any, b?: any, log?: any): Co {
    return new C_19(a, b, log);
});
export const forAwait = __pycoro.defineCoroutine(class forAwait$ extends __pycoro.Coroutine {
    declare ait: any;
    declare stop: any;
    declare out: any;
    declare x: any;
    declare $ait: any;
    declare $r: any;
    constructor(p0: any, p1: any) {
        super();
        this.ait = p0;
        this.stop = p1;
        this.out = void 0;
        this.x = void 0;
        this.$ait = void 0;
        this.$r = void 0;
    }
    $step($s: number, $v: any, $m: number): unknown {
        const $f = this;
        let $err: any;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0:
                        $f.out = [];
                        $f.$ait = __pycoro.aiter($f.ait);
                    case 1: $s = 3;
                    case 3: if (($v = __pycoro.awaitValue($f, __pycoro.anext($f.$ait), 6, $m)) === __pycoro.DELEGATE) return $v; $s = 6; continue $loop;
                    case 6:
                        $f.$r = $v;
                        $s = 4;
                        continue $loop;
                    case 5:
                        if ($err instanceof __pycoro.StopAsyncIteration) {
                            $s = 2;
                            continue $loop;
                        }
                        throw $err;
                    case 4:
                        $f.x = $f.$r;
                        {
                            $f.out.push($f.x);
                            if ($f.x === $f.stop) {
                                $s = 2;
                                continue $loop;
                            }
                        }
                        $s = 1;
                        continue $loop;
                    case 2:
                        return $f.out;
                        return;
                }
            }
            catch ($e) {
                switch ($s) {
                    case 3:
                    case 6:
                        $err = $e;
                        $s = 5;
                        continue $loop;
                }
                throw $e;
            }
        }
    }
    static $meta = { name: "forAwait", qualname: "forAwait", file: FILE, line: 134, kind: "coroutine", locals: [["ait", "ait"], ["stop", "stop"], ["out", "out"], ["x", "x"]], lines: [134, 136, 136, 136, 136, 136, 136] } as const;
}, (C_20: any) => function forAwait(this: unknown, ait?: any, stop?: any): Co {
    return new C_20(ait, stop);
});

