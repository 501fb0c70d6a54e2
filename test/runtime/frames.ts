// Hand-lowered generator frames for the runtime tests: a class extending __pycoro.Generator with a
// constructor that stores the parameters, a `$step(s, v, m)` state machine and a `static $meta`,
// wrapped by `defineGenerator`. The runtime tests drive these, so they test the runtime against the
// frame protocol (DESIGN.md §1-§3), independently of the compiler.
//
// They were written by hand against an earlier version of the emitted shape and are NOT what the
// compiler emits today; what it emits is reviewed in test/baselines/ (test/baselines.test.ts). The
// differences, none of which the runtime can observe from a generator frame:
// - here `if (m) throw v` raises a thrown exception at the resume point; emitted code writes
//   `if ($m > 0) { $m = 0; throw $v; }`, because `$m <= 0` is a send whose `-$m` is the inline
//   depth of `await` (compiler/ir/contract.ts; the driver resumes a generator with m 0 or 1);
// - here a `finally` stores its pending completion in `$cN` as 0 normal, 1 throw, 2 return, with
//   the value in `$vN`; emitted code stores a state to continue at, -1 re-raise or -2 return, with
//   the value in `$xN` (the runtime never reads these fields: each frame only agrees with itself);
// - here the class `extends` its runtime base; the emitted class has no `extends` and is linked
//   under its base by `defineGenerator` (DESIGN.md §1).
// Shared conventions: a yield whose operand may run user code evaluates it before the state changes
// (`v = x; $f.$s = N; return v;`), `yield*` is `return __pycoro.yieldFrom($f, x, N);`, a return is
// `return x;`; a try statement is a set of states (its "region") and the catch clause of the step
// maps the region of `s` to a handler state.
//
// Each frame's comment shows the TypeScript source it stands for.

import * as __pycoro from "../../runtime/internal.js";
import type { PyGenerator } from "../../runtime/index.js";

// The frames are typed loosely for tests: any value in, any value out.
export type G = PyGenerator<any, any, any>;

const FILE = "test/runtime/frames.ts";
function meta(name: string, line: number, locals: [string, string][], lines: number[], kind = "generator") {
  return { name, qualname: name, file: FILE, line, kind, locals, lines };
}

/*
function* states(probe: (where: string) => void) {   // line 30
  probe("start");
  const x = yield 1;                                  // line 32
  probe(`got ${x}`);
  const y = yield 2;                                  // line 34
  probe(`got ${y}`);
  return "ret";
}
*/
export const states = __pycoro.defineGenerator(
  class states$ extends __pycoro.Generator {
    declare probe: (where: string) => void;
    declare x: unknown;
    declare y: unknown;
    constructor($t: unknown, probe: (where: string) => void) {
      super();
      this.probe = probe;
      this.x = undefined;
      this.y = undefined;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      if (m) throw v;
      switch (s) {
        case 0:
          $f.probe("start");
          $f.$s = 1;
          return 1;
        case 1:
          $f.x = v;
          $f.probe(`got ${$f.x}`);
          $f.$s = 2;
          return 2;
        case 2:
          $f.y = v;
          $f.probe(`got ${$f.y}`);
          return "ret"; // a bare return: the driver closes the frame
      }
    }
    static $meta = {
      name: "states",
      qualname: "states",
      file: FILE,
      line: 30,
      kind: "generator",
      locals: [["probe", "probe"], ["x", "x"], ["y", "y"]] as [string, string][],
      lines: [30, 32, 34],
    };
  },
  (C) =>
    function states(this: unknown, probe: (where: string) => void): G {
      return new C(this, probe);
    },
);

/*
function* echo() { let v; for (;;) v = yield v; }
*/
export const echo = __pycoro.defineGenerator(
  class echo$ extends __pycoro.Generator {
    declare v: unknown;
    constructor($t: unknown) {
      super();
      this.v = undefined;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      if (m) throw v;
      switch (s) {
        case 0:
          $f.$s = 1;
          return $f.v;
        case 1:
          $f.v = v;
          $f.$s = 1;
          return $f.v;
      }
    }
    static $meta = meta("echo", 1, [["v", "v"]], [1, 1]);
  },
  (C) =>
    function echo(this: unknown): G {
      return new C(this);
    },
);

/*
function* call1(fn: () => unknown) { yield fn(); return "after"; }
*/
export const call1 = __pycoro.defineGenerator(
  class call1$ extends __pycoro.Generator {
    declare fn: () => unknown;
    constructor($t: unknown, fn: () => unknown) {
      super();
      this.fn = fn;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      if (m) throw v;
      switch (s) {
        case 0:
          v = (0, $f.fn)();
          $f.$s = 1;
          return v;
        case 1:
          $f.$s = -1;
          return "after";
      }
    }
    static $meta = meta("call1", 1, [["fn", "fn"]], [1, 1]);
  },
  (C) =>
    function call1(this: unknown, fn: () => unknown): G {
      return new C(this, fn);
    },
);

/*
function* fin(log: string[]) {
  try {                        // region T = {1, 2, 3}
    log.push("started");
    yield 1;
    yield 2;
  } finally {                  // state 4
    log.push("finally");
  }
}
*/
export const fin = __pycoro.defineGenerator(
  class fin$ extends __pycoro.Generator {
    declare log: string[];
    declare $c1: number;
    declare $v1: unknown;
    constructor($t: unknown, log: string[]) {
      super();
      this.log = log;
      this.$c1 = 0;
      this.$v1 = undefined;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      for (;;) {
        try {
          if (m) {
            m = 0;
            throw v;
          }
          switch (s) {
            case 0:
              s = 1;
            // falls through
            case 1:
              $f.log.push("started");
              $f.$s = 2;
              return 1;
            case 2:
              $f.$s = 3;
              return 2;
            case 3:
              $f.$c1 = 0;
              s = 4;
              continue;
            case 4:
              $f.log.push("finally");
              if ($f.$c1 === 1) throw $f.$v1;
              $f.$s = -1;
              return undefined;
          }
        } catch (e) {
          if (s >= 1 && s <= 3) {
            $f.$c1 = 1;
            $f.$v1 = e;
            s = 4;
            continue;
          }
          throw e;
        }
      }
    }
    static $meta = meta("fin", 1, [["log", "log"]], [1, 2, 4, 5, 7]);
  },
  (C) =>
    function fin(this: unknown, log: string[]): G {
      return new C(this, log);
    },
);

export type OnGE =
  | "reraise"
  | "return"
  | "pass"
  | "yield"
  | "raiseType"
  | "raiseValue"
  | "raiseStop"
  | "raiseKey";

/*
function* onGE(log: string[], action: OnGE) {
  try {                                   // region T = {1, 2}
    yield 1;
  } catch (e) {                           // state 3
    if (!(e instanceof GeneratorExit)) throw e;
    log.push(`caught ${e.name}`);
    switch (action) {
      case "reraise": throw e;
      case "return": return "val";
      case "pass": break;
      case "yield": yield "ignored"; log.push("resumed after second yield"); yield "third"; break;
      case "raiseType": throw new TypeError("fie!");
      case "raiseValue": throw new ValueError("sub raised on GE");
      case "raiseStop": throw new StopIteration("x");
      case "raiseKey": throw new Error("kk");
    }
  }
}
*/
export const onGE = __pycoro.defineGenerator(
  class onGE$ extends __pycoro.Generator {
    declare log: string[];
    declare action: OnGE;
    declare e: unknown;
    constructor($t: unknown, log: string[], action: OnGE) {
      super();
      this.log = log;
      this.action = action;
      this.e = undefined;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      for (;;) {
        try {
          if (m) {
            m = 0;
            throw v;
          }
          switch (s) {
            case 0:
              s = 1;
            // falls through
            case 1:
              $f.$s = 2;
              return 1;
            case 2:
              s = 9;
              continue;
            case 3: {
              const e = $f.e;
              if (!(e instanceof __pycoro.GeneratorExit)) throw e;
              $f.log.push(`caught ${e.name}`);
              switch ($f.action) {
                case "reraise":
                  throw e;
                case "return":
                  $f.$s = -1;
                  return "val";
                case "pass":
                  s = 9;
                  continue;
                case "yield":
                  $f.$s = 4;
                  return "ignored";
                case "raiseType":
                  throw new TypeError("fie!");
                case "raiseValue":
                  throw new __pycoro.ValueError("sub raised on GE");
                case "raiseStop":
                  throw new __pycoro.StopIteration("x");
                case "raiseKey":
                  throw new Error("kk");
              }
              throw new Error("unreachable");
            }
            case 4:
              $f.log.push("resumed after second yield");
              $f.$s = 5;
              return "third";
            case 5:
              s = 9;
              continue;
            case 9:
              $f.$s = -1;
              return undefined;
          }
        } catch (e) {
          if (s === 1 || s === 2) {
            $f.e = e;
            s = 3;
            continue;
          }
          throw e;
        }
      }
    }
    static $meta = meta("onGE", 1, [["log", "log"], ["action", "action"], ["e", "e"]], [1, 3, 3, 4, 9, 9]);
  },
  (C) =>
    function onGE(this: unknown, log: string[], action: OnGE): G {
      return new C(this, log, action);
    },
);

/*
function* yieldInFinally() {
  try { yield 1; }            // region T = {1, 2}
  finally { yield 2; }        // states 3, 4
}
*/
export const yieldInFinally = __pycoro.defineGenerator(
  class yieldInFinally$ extends __pycoro.Generator {
    declare $c1: number;
    declare $v1: unknown;
    constructor($t: unknown) {
      super();
      this.$c1 = 0;
      this.$v1 = undefined;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      for (;;) {
        try {
          if (m) {
            m = 0;
            throw v;
          }
          switch (s) {
            case 0:
              s = 1;
            // falls through
            case 1:
              $f.$s = 2;
              return 1;
            case 2:
              $f.$c1 = 0;
              s = 3;
              continue;
            case 3:
              $f.$s = 4;
              return 2;
            case 4:
              if ($f.$c1 === 1) throw $f.$v1;
              $f.$s = -1;
              return undefined;
          }
        } catch (e) {
          if (s === 1 || s === 2) {
            $f.$c1 = 1;
            $f.$v1 = e;
            s = 3;
            continue;
          }
          throw e;
        }
      }
    }
    static $meta = meta("yieldInFinally", 1, [], [1, 2, 2, 3, 3]);
  },
  (C) =>
    function yieldInFinally(this: unknown): G {
      return new C(this);
    },
);

/*
function* returnInFinally() {
  try { yield 1; }                    // region T = {1, 2}
  finally { return "from finally"; } // state 3
}
*/
export const returnInFinally = __pycoro.defineGenerator(
  class returnInFinally$ extends __pycoro.Generator {
    constructor($t: unknown) {
      super();
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      for (;;) {
        try {
          if (m) {
            m = 0;
            throw v;
          }
          switch (s) {
            case 0:
              s = 1;
            // falls through
            case 1:
              $f.$s = 2;
              return 1;
            case 2:
              s = 3;
              continue;
            case 3:
              $f.$s = -1;
              return "from finally";
          }
        } catch (e) {
          if (s === 1 || s === 2) {
            s = 3;
            continue;
          }
          throw e;
        }
      }
    }
    static $meta = meta("returnInFinally", 1, [], [1, 2, 2, 3]);
  },
  (C) =>
    function returnInFinally(this: unknown): G {
      return new C(this);
    },
);

/*
function* catcher(log: string[]) {
  for (;;) {
    try {                                        // region T = {1, 2}
      const v = yield "ready";
      log.push(`got ${v}`);
    } catch (e) {                                // state 3
      if (!(e instanceof ValueError)) throw e;
      log.push(`caught ValueError '${e.message}'` + (e.cause ? ` cause ${e.cause}` : ""));
    }
  }
}
*/
export const catcher = __pycoro.defineGenerator(
  class catcher$ extends __pycoro.Generator {
    declare log: string[];
    declare e: unknown;
    constructor($t: unknown, log: string[]) {
      super();
      this.log = log;
      this.e = undefined;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      for (;;) {
        try {
          if (m) {
            m = 0;
            throw v;
          }
          switch (s) {
            case 0:
              s = 1;
            // falls through
            case 1:
              $f.$s = 2;
              return "ready";
            case 2:
              $f.log.push(`got ${v}`);
              s = 1;
              continue;
            case 3: {
              const e = $f.e;
              if (!(e instanceof __pycoro.ValueError)) throw e;
              $f.log.push(`caught ValueError '${e.message}'`);
              s = 1;
              continue;
            }
          }
        } catch (e) {
          if (s === 1 || s === 2) {
            $f.e = e;
            s = 3;
            continue;
          }
          throw e;
        }
      }
    }
    static $meta = meta("catcher", 1, [["log", "log"]], [1, 3, 3, 5]);
  },
  (C) =>
    function catcher(this: unknown, log: string[]): G {
      return new C(this, log);
    },
);

/*
function* returnsOnThrow() {
  try { yield 1; }                                                // region T = {1, 2}
  catch (e) { if (!(e instanceof ValueError)) throw e; return "handled"; }   // state 3
}
*/
export const returnsOnThrow = __pycoro.defineGenerator(
  class returnsOnThrow$ extends __pycoro.Generator {
    declare e: unknown;
    constructor($t: unknown) {
      super();
      this.e = undefined;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      for (;;) {
        try {
          if (m) {
            m = 0;
            throw v;
          }
          switch (s) {
            case 0:
              s = 1;
            // falls through
            case 1:
              $f.$s = 2;
              return 1;
            case 2:
              $f.$s = -1;
              return undefined;
            case 3:
              if (!($f.e instanceof __pycoro.ValueError)) throw $f.e;
              $f.$s = -1;
              return "handled";
          }
        } catch (e) {
          if (s === 1 || s === 2) {
            $f.e = e;
            s = 3;
            continue;
          }
          throw e;
        }
      }
    }
    static $meta = meta("returnsOnThrow", 1, [], [1, 2, 2, 3]);
  },
  (C) =>
    function returnsOnThrow(this: unknown): G {
      return new C(this);
    },
);

/*
function* plain() { yield 1; }
*/
export const plain = __pycoro.defineGenerator(
  class plain$ extends __pycoro.Generator {
    constructor($t: unknown) {
      super();
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      if (m) throw v;
      switch (s) {
        case 0:
          $f.$s = 1;
          return 1;
        case 1:
          $f.$s = -1;
          return undefined;
      }
    }
    static $meta = meta("plain", 1, [], [1, 1]);
  },
  (C) =>
    function plain(this: unknown): G {
      return new C(this);
    },
);

/*
function* raiser(mk: () => unknown, first: boolean) {
  if (!first) yield 1;
  throw mk();
}
*/
export const raiser = __pycoro.defineGenerator(
  class raiser$ extends __pycoro.Generator {
    declare mk: () => unknown;
    declare first: boolean;
    constructor($t: unknown, mk: () => unknown, first: boolean) {
      super();
      this.mk = mk;
      this.first = first;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      if (m) throw v;
      switch (s) {
        case 0:
          if (!$f.first) {
            $f.$s = 1;
            return 1;
          }
        // falls through
        case 1:
          throw (0, $f.mk)();
      }
    }
    static $meta = meta("raiser", 1, [], [1, 2]);
  },
  (C) =>
    function raiser(this: unknown, mk: () => unknown, first = false): G {
      return new C(this, mk, first);
    },
);

/*
function* over(x: unknown) { const r = yield* x; return r; }
*/
export const over = __pycoro.defineGenerator(
  class over$ extends __pycoro.Generator {
    declare x: unknown;
    constructor($t: unknown, x: unknown) {
      super();
      this.x = x;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      if (m) throw v;
      switch (s) {
        case 0:
          return __pycoro.yieldFrom($f, $f.x, 1);
        case 1:
          return v;
      }
    }
    static $meta = meta("over", 1, [["x", "x"]], [1, 1]);
  },
  (C) =>
    function over(this: unknown, x: unknown): G {
      return new C(this, x);
    },
);

/*
function* innerYF(trace: string[]) {
  trace.push("inner start");
  const x = yield "i1";
  trace.push(`inner got ${x}`);
  const y = yield "i2";
  trace.push(`inner got ${y}`);
  return "inner-result";
}
*/
export const innerYF = __pycoro.defineGenerator(
  class innerYF$ extends __pycoro.Generator {
    declare trace: string[];
    constructor($t: unknown, trace: string[]) {
      super();
      this.trace = trace;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      if (m) throw v;
      switch (s) {
        case 0:
          $f.trace.push("inner start");
          $f.$s = 1;
          return "i1";
        case 1:
          $f.trace.push(`inner got ${v}`);
          $f.$s = 2;
          return "i2";
        case 2:
          $f.trace.push(`inner got ${v}`);
          $f.$s = -1;
          return "inner-result";
      }
    }
    static $meta = meta("innerYF", 10, [["trace", "trace"]], [10, 12, 14]);
  },
  (C) =>
    function innerYF(this: unknown, trace: string[]): G {
      return new C(this, trace);
    },
);

/*
function* outerYF(trace: string[], sub: unknown) {
  trace.push("outer start");
  const r = yield* sub;
  trace.push(`outer: yield from returned ${r}`);
  const z = yield "o1";
  trace.push(`outer got ${z}`);
  return "outer-result";
}
*/
export const outerYF = __pycoro.defineGenerator(
  class outerYF$ extends __pycoro.Generator {
    declare trace: string[];
    declare sub: unknown;
    constructor($t: unknown, trace: string[], sub: unknown) {
      super();
      this.trace = trace;
      this.sub = sub;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      if (m) throw v;
      switch (s) {
        case 0:
          $f.trace.push("outer start");
          return __pycoro.yieldFrom($f, $f.sub, 1);
        case 1:
          $f.trace.push(`outer: yield from returned ${v}`);
          $f.$s = 2;
          return "o1";
        case 2:
          $f.trace.push(`outer got ${v}`);
          $f.$s = -1;
          return "outer-result";
      }
    }
    static $meta = meta("outerYF", 20, [["trace", "trace"], ["sub", "sub"]], [20, 22, 24]);
  },
  (C) =>
    function outerYF(this: unknown, trace: string[], sub: unknown): G {
      return new C(this, trace, sub);
    },
);

/*
function* inner2(log: string[]) {
  try {                                                // region TC = {1, 2, 3}
    yield "i1";
    yield "i2";
  } catch (e) {                                        // region C = {4, 5}, inside the finally
    if (!(e instanceof ValueError)) throw e;
    log.push(`inner caught ${e.message}`);
    yield "inner-handled";
  } finally {                                          // state 6
    log.push("inner finally");
  }
}
*/
export const inner2 = __pycoro.defineGenerator(
  class inner2$ extends __pycoro.Generator {
    declare log: string[];
    declare e: unknown;
    declare $c1: number;
    declare $v1: unknown;
    constructor($t: unknown, log: string[]) {
      super();
      this.log = log;
      this.e = undefined;
      this.$c1 = 0;
      this.$v1 = undefined;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      for (;;) {
        try {
          if (m) {
            m = 0;
            throw v;
          }
          switch (s) {
            case 0:
              s = 1;
            // falls through
            case 1:
              $f.$s = 2;
              return "i1";
            case 2:
              $f.$s = 3;
              return "i2";
            case 3:
              $f.$c1 = 0;
              s = 6;
              continue;
            case 4: {
              const e = $f.e;
              if (!(e instanceof __pycoro.ValueError)) throw e;
              $f.log.push(`inner caught ${e.message}`);
              $f.$s = 5;
              return "inner-handled";
            }
            case 5:
              $f.$c1 = 0;
              s = 6;
              continue;
            case 6:
              $f.log.push("inner finally");
              if ($f.$c1 === 1) throw $f.$v1;
              $f.$s = -1;
              return undefined;
          }
        } catch (e) {
          if (s >= 1 && s <= 3) {
            $f.e = e;
            s = 4;
            continue;
          }
          if (s === 4 || s === 5) {
            $f.$c1 = 1;
            $f.$v1 = e;
            s = 6;
            continue;
          }
          throw e;
        }
      }
    }
    static $meta = meta("inner2", 1, [["log", "log"]], [1, 3, 4, 4, 6, 8, 10]);
  },
  (C) =>
    function inner2(this: unknown, log: string[]): G {
      return new C(this, log);
    },
);

/*
function* outer2(log: string[], sub: unknown) {
  try {                                   // region T = {1, 2, 3}
    const r = yield* sub;
    log.push(`outer got result ${r}`);
    yield "o1";
  } finally {                             // state 4
    log.push("outer finally");
  }
}
*/
export const outer2 = __pycoro.defineGenerator(
  class outer2$ extends __pycoro.Generator {
    declare log: string[];
    declare sub: unknown;
    declare $c1: number;
    declare $v1: unknown;
    constructor($t: unknown, log: string[], sub: unknown) {
      super();
      this.log = log;
      this.sub = sub;
      this.$c1 = 0;
      this.$v1 = undefined;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      for (;;) {
        try {
          if (m) {
            m = 0;
            throw v;
          }
          switch (s) {
            case 0:
              s = 1;
            // falls through
            case 1:
              return __pycoro.yieldFrom($f, $f.sub, 2);
            case 2:
              $f.log.push(`outer got result ${v}`);
              $f.$s = 3;
              return "o1";
            case 3:
              $f.$c1 = 0;
              s = 4;
              continue;
            case 4:
              $f.log.push("outer finally");
              if ($f.$c1 === 1) throw $f.$v1;
              $f.$s = -1;
              return undefined;
          }
        } catch (e) {
          if (s >= 1 && s <= 3) {
            $f.$c1 = 1;
            $f.$v1 = e;
            s = 4;
            continue;
          }
          throw e;
        }
      }
    }
    static $meta = meta("outer2", 1, [["log", "log"], ["sub", "sub"]], [1, 3, 3, 5, 7]);
  },
  (C) =>
    function outer2(this: unknown, log: string[], sub: unknown): G {
      return new C(this, log, sub);
    },
);

/*
function* deleg(sub: unknown) {
  const r = yield* sub;
  yield `delegator resumed with ${r}`;
}
*/
export const deleg = __pycoro.defineGenerator(
  class deleg$ extends __pycoro.Generator {
    declare sub: unknown;
    constructor($t: unknown, sub: unknown) {
      super();
      this.sub = sub;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      if (m) throw v;
      switch (s) {
        case 0:
          return __pycoro.yieldFrom($f, $f.sub, 1);
        case 1:
          $f.$s = 2;
          return `delegator resumed with ${v}`;
        case 2:
          $f.$s = -1;
          return undefined;
      }
    }
    static $meta = meta("deleg", 1, [["sub", "sub"]], [1, 2, 3]);
  },
  (C) =>
    function deleg(this: unknown, sub: unknown): G {
      return new C(this, sub);
    },
);

/*
function* guarded(name: string, log: string[], sub: unknown) {
  try {                                                    // region T = {1, 2}
    const r = yield* sub;
    log.push(`${name} got ${r}`);
    return r;
  } catch (e) {                                            // state 3, region C = {4}
    log.push(`${name} caught ${e.name}: ${e.message}`);
    if (e instanceof GeneratorExit) throw e;
    yield `${name} handled`;
    return "after handled";
  }
}
*/
export const guarded = __pycoro.defineGenerator(
  class guarded$ extends __pycoro.Generator {
    declare name: string;
    declare log: string[];
    declare sub: unknown;
    declare e: unknown;
    constructor($t: unknown, name: string, log: string[], sub: unknown) {
      super();
      this.name = name;
      this.log = log;
      this.sub = sub;
      this.e = undefined;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      for (;;) {
        try {
          if (m) {
            m = 0;
            throw v;
          }
          switch (s) {
            case 0:
              s = 1;
            // falls through
            case 1:
              return __pycoro.yieldFrom($f, $f.sub, 2);
            case 2:
              $f.log.push(`${$f.name} got ${v}`);
              $f.$s = -1;
              return v;
            case 3: {
              const e = $f.e as Error;
              $f.log.push(`${$f.name} caught ${e.name}: ${e.message}`);
              if (e instanceof __pycoro.GeneratorExit) throw e;
              $f.$s = 4;
              return `${$f.name} handled`;
            }
            case 4:
              $f.$s = -1;
              return "after handled";
          }
        } catch (e) {
          if (s === 1 || s === 2) {
            $f.e = e;
            s = 3;
            continue;
          }
          throw e;
        }
      }
    }
    static $meta = meta("guarded", 1, [["name", "name"], ["log", "log"], ["sub", "sub"], ["e", "e"]], [1, 3, 3, 6, 9]);
  },
  (C) =>
    function guarded(this: unknown, name: string, log: string[], sub: unknown): G {
      return new C(this, name, log, sub);
    },
);

/*
function* finallyDelegates(log: string[], sub: () => unknown) {
  try { yield 1; }                           // region T = {1, 2}
  finally {                                  // states 3, 4
    const r = yield* sub();
    log.push(`finally got ${r}`);
  }
}
*/
export const finallyDelegates = __pycoro.defineGenerator(
  class finallyDelegates$ extends __pycoro.Generator {
    declare log: string[];
    declare sub: () => unknown;
    declare $c1: number;
    declare $v1: unknown;
    constructor($t: unknown, log: string[], sub: () => unknown) {
      super();
      this.log = log;
      this.sub = sub;
      this.$c1 = 0;
      this.$v1 = undefined;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      for (;;) {
        try {
          if (m) {
            m = 0;
            throw v;
          }
          switch (s) {
            case 0:
              s = 1;
            // falls through
            case 1:
              $f.$s = 2;
              return 1;
            case 2:
              $f.$c1 = 0;
              s = 3;
              continue;
            case 3:
              return __pycoro.yieldFrom($f, (0, $f.sub)(), 4);
            case 4:
              $f.log.push(`finally got ${v}`);
              if ($f.$c1 === 1) throw $f.$v1;
              $f.$s = -1;
              return undefined;
          }
        } catch (e) {
          if (s === 1 || s === 2) {
            $f.$c1 = 1;
            $f.$v1 = e;
            s = 3;
            continue;
          }
          throw e;
        }
      }
    }
    static $meta = meta("finallyDelegates", 1, [["log", "log"]], [1, 2, 2, 4, 4]);
  },
  (C) =>
    function finallyDelegates(this: unknown, log: string[], sub: () => unknown): G {
      return new C(this, log, sub);
    },
);

/*
function* leaf(log: { fin: number[] }) {
  let i = 0;
  try {                                         // region TC = {1, 2}
    for (;;) {
      const x = yield i++;
      if (x === "stop") return "leaf-ret";
    }
  } catch (e) {                                 // state 3, region C = {3, 4}
    if (!(e instanceof ValueError)) throw e;
    yield `leaf caught ${e.message}`;
    return "leaf-after-catch";
  } finally {                                   // state 5
    log.fin.push(-1);
  }
}
*/
export interface ChainLog {
  fin: number[];
}
export const leaf = __pycoro.defineGenerator(
  class leaf$ extends __pycoro.Generator {
    declare log: ChainLog;
    declare i: number;
    declare e: unknown;
    declare $c1: number;
    declare $v1: unknown;
    constructor($t: unknown, log: ChainLog) {
      super();
      this.log = log;
      this.i = 0;
      this.e = undefined;
      this.$c1 = 0;
      this.$v1 = undefined;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      for (;;) {
        try {
          if (m) {
            m = 0;
            throw v;
          }
          switch (s) {
            case 0:
              s = 1;
            // falls through
            case 1:
              $f.$s = 2;
              return $f.i++;
            case 2:
              if (v === "stop") {
                $f.$c1 = 2;
                $f.$v1 = "leaf-ret";
                s = 5;
                continue;
              }
              s = 1;
              continue;
            case 3: {
              const e = $f.e;
              if (!(e instanceof __pycoro.ValueError)) throw e;
              $f.$s = 4;
              return `leaf caught ${e.message}`;
            }
            case 4:
              $f.$c1 = 2;
              $f.$v1 = "leaf-after-catch";
              s = 5;
              continue;
            case 5:
              $f.log.fin.push(-1);
              if ($f.$c1 === 1) throw $f.$v1;
              $f.$s = -1;
              return $f.$c1 === 2 ? $f.$v1 : undefined;
          }
        } catch (e) {
          if (s === 1 || s === 2) {
            $f.e = e;
            s = 3;
            continue;
          }
          if (s === 3 || s === 4) {
            $f.$c1 = 1;
            $f.$v1 = e;
            s = 5;
            continue;
          }
          throw e;
        }
      }
    }
    static $meta = meta("leaf", 1, [["i", "i"]], [1, 4, 4, 7, 8, 11]);
  },
  (C) =>
    function leaf(this: unknown, log: ChainLog): G {
      return new C(this, log);
    },
);

/*
function* chain(d: number, log: ChainLog) {
  try { return yield* (d === 0 ? leaf(log) : chain(d - 1, log)); }   // region T = {1, 2}
  finally { log.fin.push(d); }                                       // state 3
}
*/
export const chain: (d: number, log: ChainLog) => G = __pycoro.defineGenerator(
  class chain$ extends __pycoro.Generator {
    declare d: number;
    declare log: ChainLog;
    declare $c1: number;
    declare $v1: unknown;
    constructor($t: unknown, d: number, log: ChainLog) {
      super();
      this.d = d;
      this.log = log;
      this.$c1 = 0;
      this.$v1 = undefined;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      for (;;) {
        try {
          if (m) {
            m = 0;
            throw v;
          }
          switch (s) {
            case 0:
              s = 1;
            // falls through
            case 1:
              return __pycoro.yieldFrom($f, $f.d === 0 ? leaf($f.log) : chain($f.d - 1, $f.log), 2);
            case 2:
              $f.$c1 = 2;
              $f.$v1 = v;
              s = 3;
              continue;
            case 3:
              $f.log.fin.push($f.d);
              if ($f.$c1 === 1) throw $f.$v1;
              $f.$s = -1;
              return $f.$c1 === 2 ? $f.$v1 : undefined;
          }
        } catch (e) {
          if (s === 1 || s === 2) {
            $f.$c1 = 1;
            $f.$v1 = e;
            s = 3;
            continue;
          }
          throw e;
        }
      }
    }
    static $meta = meta("chain", 1, [["d", "d"]], [1, 2, 2, 3]);
  },
  (C) =>
    function chain(this: unknown, d: number, log: ChainLog): G {
      return new C(this, d, log);
    },
);

/*
const co = coroutine(function* co(x) { const r = yield x; return r; })   // a generator-based coroutine
*/
export const genco = __pycoro.defineGenerator(
  class genco$ extends __pycoro.GeneratorCoroutine {
    declare x: unknown;
    constructor($t: unknown, x: unknown) {
      super();
      this.x = x;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      if (m) throw v;
      switch (s) {
        case 0:
          $f.$s = 1;
          return $f.x;
        case 1:
          $f.$s = -1;
          return v;
      }
    }
    static $meta = meta("genco", 1, [["x", "x"]], [1, 1], "coroutine");
  },
  (C) =>
    function genco(this: unknown, x: unknown): G {
      return new C(this, x);
    },
);

/*
class A { @generator *items(n) { for (let i = 0; i < n; i++) yield this.base + i; } }   // uses `this`
*/
export const items = __pycoro.defineGenerator(
  class items$ extends __pycoro.Generator {
    declare $t: { base: number };
    declare n: number;
    declare i: number;
    constructor($t: { base: number }, n: number) {
      super();
      this.$t = $t;
      this.n = n;
      this.i = 0;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      if (m) throw v;
      for (;;) {
        switch (s) {
          case 0:
            $f.i = 0;
          // falls through
          case 1:
            if (!($f.i < $f.n)) {
              s = 3;
              continue;
            }
            $f.$s = 2;
            return $f.$t.base + $f.i;
          case 2:
            $f.i++;
            s = 1;
            continue;
          case 3:
            $f.$s = -1;
            return undefined;
        }
      }
    }
    static $meta = { ...meta("items", 1, [["n", "n"], ["i", "i"]], [1, 1, 1, 1]), qualname: "A.items" };
  },
  (C) =>
    function items(this: { base: number }, n: number): G {
      return new C(this, n);
    },
);

/*
function* seq(xs: unknown[], ret: unknown) {
  for (let i = 0; i < xs.length; i++) yield xs[i];
  return ret;
}
*/
export const seq = __pycoro.defineGenerator(
  class seq$ extends __pycoro.Generator {
    declare xs: unknown[];
    declare ret: unknown;
    declare i: number;
    constructor($t: unknown, xs: unknown[], ret: unknown) {
      super();
      this.xs = xs;
      this.ret = ret;
      this.i = 0;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      if (m) throw v;
      for (;;) {
        switch (s) {
          case 0:
            $f.i = 0;
          // falls through
          case 1:
            if (!($f.i < $f.xs.length)) {
              s = 3;
              continue;
            }
            $f.$s = 2;
            return $f.xs[$f.i];
          case 2:
            $f.i++;
            s = 1;
            continue;
          case 3:
            return $f.ret;
        }
      }
    }
    static $meta = meta("seq", 1, [["xs", "xs"], ["ret", "ret"], ["i", "i"]], [1, 2, 2, 3]);
  },
  (C) =>
    function seq(this: unknown, xs: unknown[], ret?: unknown): G {
      return new C(this, xs, ret);
    },
);

/*
function* innerFin(log: string[]) {
  try {                                  // region T = {1, 2, 3}
    const x = yield "i1";
    log.push(`inner got ${x}`);
    const y = yield "i2";
    log.push(`inner got ${y}`);
    return "inner-ret";
  } finally {                            // state 4
    log.push("inner finally");
  }
}
*/
export const innerFin = __pycoro.defineGenerator(
  class innerFin$ extends __pycoro.Generator {
    declare log: string[];
    declare $c1: number;
    declare $v1: unknown;
    constructor($t: unknown, log: string[]) {
      super();
      this.log = log;
      this.$c1 = 0;
      this.$v1 = undefined;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      for (;;) {
        try {
          if (m) {
            m = 0;
            throw v;
          }
          switch (s) {
            case 0:
              s = 1;
            // falls through
            case 1:
              $f.$s = 2;
              return "i1";
            case 2:
              $f.log.push(`inner got ${v}`);
              $f.$s = 3;
              return "i2";
            case 3:
              $f.log.push(`inner got ${v}`);
              $f.$c1 = 2;
              $f.$v1 = "inner-ret";
              s = 4;
              continue;
            case 4:
              $f.log.push("inner finally");
              if ($f.$c1 === 1) throw $f.$v1;
              return $f.$c1 === 2 ? $f.$v1 : undefined;
          }
        } catch (e) {
          if (s >= 1 && s <= 3) {
            $f.$c1 = 1;
            $f.$v1 = e;
            s = 4;
            continue;
          }
          throw e;
        }
      }
    }
    static $meta = meta("innerFin", 1, [["log", "log"]], [1, 3, 5, 7, 9]);
  },
  (C) =>
    function innerFin(this: unknown, log: string[]): G {
      return new C(this, log);
    },
);

/** A frame class that reports itself as a native coroutine (kind "coroutine"), to test the YF-07
 *  hook before native coroutines exist. */
export const fakeNativeCoroutine = __pycoro.defineGenerator(
  class fakeNative$ extends __pycoro.Generator {
    constructor($t: unknown) {
      super();
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      if (m) throw v;
      switch (s) {
        case 0:
          $f.$s = 1;
          return "native-yielded";
        case 1:
          return "native-result";
      }
    }
    static $meta = meta("co", 1, [], [1, 1], "coroutine");
  },
  (C) =>
    function co(this: unknown): G {
      return new C(this);
    },
);
Object.defineProperty(Object.getPrototypeOf(fakeNativeCoroutine()), "$kind", { value: "coroutine" });

/*
const gco = coroutine(function* gco(x) { const r = yield* x; return r; })   // generator-based coroutine
*/
export const overCo = __pycoro.defineGenerator(
  class overCo$ extends __pycoro.GeneratorCoroutine {
    declare x: unknown;
    constructor($t: unknown, x: unknown) {
      super();
      this.x = x;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      if (m) throw v;
      switch (s) {
        case 0:
          return __pycoro.yieldFrom($f, $f.x, 1);
        case 1:
          return v;
      }
    }
    static $meta = meta("overCo", 1, [["x", "x"]], [1, 1], "coroutine");
  },
  (C) =>
    function overCo(this: unknown, x: unknown): G {
      return new C(this, x);
    },
);

/*
function* twice(a: unknown, b: unknown) {
  const r1 = yield* a;
  const r2 = yield* b;
  return `${r1},${r2}`;
}
*/
export const twice = __pycoro.defineGenerator(
  class twice$ extends __pycoro.Generator {
    declare a: unknown;
    declare b: unknown;
    declare r1: unknown;
    constructor($t: unknown, a: unknown, b: unknown) {
      super();
      this.a = a;
      this.b = b;
      this.r1 = undefined;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      if (m) throw v;
      switch (s) {
        case 0:
          return __pycoro.yieldFrom($f, $f.a, 1);
        case 1:
          $f.r1 = v;
          return __pycoro.yieldFrom($f, $f.b, 2);
        case 2:
          return `${$f.r1},${v}`;
      }
    }
    static $meta = meta("twice", 1, [["a", "a"], ["b", "b"], ["r1", "r1"]], [1, 2, 3]);
  },
  (C) =>
    function twice(this: unknown, a: unknown, b: unknown): G {
      return new C(this, a, b);
    },
);

/*
function* midIgnore(log: string[], sub: unknown) {
  try { yield* sub; }                                    // region T = {1, 2}
  catch (e) {                                            // state 3
    if (!(e instanceof GeneratorExit)) throw e;
    log.push("mid got GE");
    yield "mid ignores";
  }
  log.push("mid resumed");                               // state 5
  yield "mid2";
}
*/
export const midIgnore = __pycoro.defineGenerator(
  class midIgnore$ extends __pycoro.Generator {
    declare log: string[];
    declare sub: unknown;
    declare e: unknown;
    constructor($t: unknown, log: string[], sub: unknown) {
      super();
      this.log = log;
      this.sub = sub;
      this.e = undefined;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      for (;;) {
        try {
          if (m) {
            m = 0;
            throw v;
          }
          switch (s) {
            case 0:
              s = 1;
            // falls through
            case 1:
              return __pycoro.yieldFrom($f, $f.sub, 2);
            case 2:
              s = 5;
              continue;
            case 3:
              if (!($f.e instanceof __pycoro.GeneratorExit)) throw $f.e;
              $f.log.push("mid got GE");
              $f.$s = 4;
              return "mid ignores";
            case 4:
            // falls through
            case 5:
              $f.log.push("mid resumed");
              $f.$s = 6;
              return "mid2";
            case 6:
              return undefined;
          }
        } catch (e) {
          if (s === 1 || s === 2) {
            $f.e = e;
            s = 3;
            continue;
          }
          throw e;
        }
      }
    }
    static $meta = meta("midIgnore", 1, [["log", "log"], ["sub", "sub"]], [1, 2, 2, 3, 6, 8, 9]);
  },
  (C) =>
    function midIgnore(this: unknown, log: string[], sub: unknown): G {
      return new C(this, log, sub);
    },
);

/*
function* yieldThenDelegate(sub: unknown) {
  const a = yield "first";
  const r = yield* sub;
  return `${a}:${r}`;
}
*/
export const yieldThenDelegate = __pycoro.defineGenerator(
  class yieldThenDelegate$ extends __pycoro.Generator {
    declare sub: unknown;
    declare a: unknown;
    constructor($t: unknown, sub: unknown) {
      super();
      this.sub = sub;
      this.a = undefined;
    }
    $step(s: number, v: unknown, m: number): unknown {
      const $f = this;
      if (m) throw v;
      switch (s) {
        case 0:
          $f.$s = 1;
          return "first";
        case 1:
          $f.a = v;
          return __pycoro.yieldFrom($f, $f.sub, 2);
        case 2:
          return `${$f.a}:${v}`;
      }
    }
    static $meta = meta("yieldThenDelegate", 1, [["sub", "sub"], ["a", "a"]], [1, 2, 3]);
  },
  (C) =>
    function yieldThenDelegate(this: unknown, sub: unknown): G {
      return new C(this, sub);
    },
);
