// The markers `generator` and `coroutine`, and `defineGenerator`, which emitted code calls.
//
// Why this file exists: a marked function gets Python semantics only from the transformer. The
// transformer replaces the function with one made by `defineGenerator` (DESIGN.md §2), which is
// tagged; the markers return tagged functions unchanged. A marked function that was NOT compiled
// must never run with silently different (JavaScript) semantics (SURFACE.md §1): the markers turn
// it into a function that throws on its first call, naming the function and how to enable the
// transformer. Defining it does not throw, so merely importing a module stays harmless. The
// markers also work as method decorators, TC39 (`(value, context)`) and legacy
// experimentalDecorators (`(target, key, descriptor)`).

import { typeName } from "../core/errors.js";
import { frameClass as linkFrameClass, type Frame, type FrameMeta } from "../core/frame.js";
import { trackedClass } from "./debug.js";
import { Generator, GeneratorCoroutine } from "./generator.js";
import { Coroutine } from "./coroutine.js";
import { AsyncGenerator } from "./asyncgen.js";
import type { PyAsyncGenerator, PyCoroutine, PyGenerator, PyGeneratorCoroutine } from "../types.js";

/* eslint-disable @typescript-eslint/no-explicit-any -- decorator signatures must accept any `this` */

/**
 * Tag on functions made by `defineGenerator` and `defineClosure`: the frame class's `$meta` (the
 * function's code: name, qualname, file, line, kind). `Symbol.for`, so that two copies of the
 * runtime recognise each other's compiled functions.
 *
 * Why `$meta` and not the class: every `$meta` is an object literal of one shape, so the tag's
 * field on a function keeps one value map. Storing the classes themselves (each its own map)
 * made `defineClosure`'s store 10× slower as soon as two closure classes went through it:
 * measured (Node 20, two compiled modules in one process, min of 150 interleaved samples) 143 ns
 * per marker evaluation storing the class, 13 ns storing `$meta`, 11 ns storing nothing; a
 * native `function*` expression 8.6 ns.
 */
const COMPILED = Symbol.for("pycoro.compiled");

/** A compiled frame class, as emitted: a base class that `frameClass` links under its runtime base. */
export type FrameClass = abstract new (...args: never[]) => object;

/**
 * `frameClass` as emitted code calls it (for marked methods): link `C` under `Base`; the class to
 * construct is `C`, or in debug mode, for a native coroutine, a subclass that reports it if it is
 * never awaited (debug.ts).
 */
export function frameClass<C extends FrameClass>(C: C, Base: abstract new (...a: never[]) => Frame): C {
  linkFrameClass(C, Base);
  return Base === Coroutine ? trackedClass(C) : C;
}

function define<F extends Function>(what: string, C: FrameClass, Base: abstract new (...a: never[]) => Frame, make: (C: never) => F): F {
  const fn = make(frameClass(C, Base) as never);
  if (typeof fn !== "function") throw new TypeError(`${what}: make() returned ${typeName(fn)}, not a function`);
  Object.defineProperty(fn, COMPILED, { value: (C as unknown as { $meta: FrameMeta }).$meta });
  return fn;
}

/**
 * `defineGenerator(C, make)` links the compiled frame class `C` under `Generator` (`frameClass`)
 * and returns `make(C)` — the user-visible function that allocates a frame of class `C` per call —
 * tagged as compiled.
 */
export function defineGenerator<C extends FrameClass, F extends Function>(C: C, make: (C: C) => F): F {
  return define("defineGenerator", C, Generator, make);
}

/** `defineGeneratorCoroutine(C, make)`: the same for `coroutine(function* ...)` (C under GeneratorCoroutine). */
export function defineGeneratorCoroutine<C extends FrameClass, F extends Function>(C: C, make: (C: C) => F): F {
  return define("defineGeneratorCoroutine", C, GeneratorCoroutine, make);
}

/** `defineCoroutine(C, make)`: the same for `coroutine(async function ...)` (C under Coroutine). */
export function defineCoroutine<C extends FrameClass, F extends Function>(C: C, make: (C: C) => F): F {
  return define("defineCoroutine", C, Coroutine, make);
}

/** `defineAsyncGenerator(C, make)`: the same for `coroutine(async function* ...)` (C under AsyncGenerator). */
export function defineAsyncGenerator<C extends FrameClass, F extends Function>(C: C, make: (C: C) => F): F {
  return define("defineAsyncGenerator", C, AsyncGenerator, make);
}

/**
 * `defineClosure(C, fn)`: tag `fn` — made by one evaluation of a marked function nested in another
 * function or in a loop — as compiled with the frame class `C`, which the module linked once
 * (`frameClass`, hoisted to the top of the module). Emitted as
 *
 *   (($st) => __pycoro.defineClosure(C_1, function g(a) { return new C_1($st, a); }))(function ($s, $v, $m) { ... })
 *
 * where the anonymous function is the frame's `$step`, a closure over the scope the marker stands
 * in (its captured variables are live both ways, as a nested function's are). An evaluation thus
 * costs two closures and one property store, where `defineGenerator` created and linked a class.
 *
 * A plain store, not `Object.defineProperty` as `define` does: measured (Node 20, one process,
 * 5,000,000 evaluations) a marker evaluation costs 28 ns with the store and 332 ns with
 * defineProperty (a native `function*` expression: 11 ns; the class per evaluation: 3–8 µs). The
 * tag is then writable and enumerable (still a symbol: `Object.keys`, `for...in` and JSON do not
 * see it; `Object.assign`/spread copy it onto a plain object, which is no function, so
 * `isCompiled` stays false there).
 */
export function defineClosure<F extends Function>(C: FrameClass, fn: F): F {
  (fn as unknown as Record<symbol, unknown>)[COMPILED] = (C as unknown as { $meta: FrameMeta }).$meta;
  return fn;
}

/** True for a function made by `defineGenerator` (a compiled generator function). */
function isCompiled(fn: unknown): boolean {
  return typeof fn === "function" && (fn as unknown as Record<symbol, unknown>)[COMPILED] !== undefined;
}

function notCompiledMessage(marker: string, name: string): string {
  return (
    `pycoro: ${name} is marked with ${marker}() but was not compiled by the pycoro transformer, ` +
    `so it cannot run with Python semantics. Enable the transformer: run the file with ` +
    `\`pycoro run file.ts\`, or add { "transform": "pycoro/transformer" } to compilerOptions.plugins ` +
    `in tsconfig.json and build with ts-patch (tspc), or compile with \`pycoro build\`.`
  );
}

/** Replace an uncompiled marked function by one that throws when first called. */
function uncompiled(marker: string, fn: Function, name: string): Function {
  const shown = name === "" ? "an anonymous function" : `'${name}'`;
  const f = function (this: unknown): never {
    throw new Error(notCompiledMessage(marker, shown));
  };
  Object.defineProperty(f, "name", { value: fn.name, configurable: true });
  Object.defineProperty(f, "length", { value: fn.length, configurable: true });
  return f;
}

function isDescriptor(x: unknown): x is PropertyDescriptor {
  return typeof x === "object" && x !== null && ("value" in x || "get" in x || "set" in x || "writable" in x);
}

function mark(marker: string, args: unknown[]): unknown {
  const [a, b, c] = args;
  // Legacy (experimentalDecorators) method decorator: (target, key, descriptor) -> descriptor.
  if (args.length === 3 && isDescriptor(c)) {
    const v = c.value;
    if (typeof v !== "function") throw new TypeError(`@${marker} can only decorate methods, not ${typeName(v)}`);
    if (!isCompiled(v)) c.value = uncompiled(marker, v, String(b));
    return c;
  }
  if (typeof a !== "function") throw new TypeError(`${marker}() expects a function, not ${typeName(a)}`);
  if (isCompiled(a)) return a;
  // TC39 decorator: (value, context) with context.name; plain call: the function's own name.
  const ctx = b as { name?: unknown } | undefined;
  const name = typeof ctx === "object" && ctx !== null && "name" in ctx ? String(ctx.name) : a.name;
  return uncompiled(marker, a, name);
}

/**
 * Marks a generator function (or method) for Python generator semantics.
 *
 * Typing notes. The parameter is a union with `Generator<Y, any, any>`: the contextual type of
 * an unannotated `yield` (and of a `return yield v`) is then `any`, where the plain
 * `Generator<Y, R, S>` typed it with the still uninferred `S` or `R` and the result leaked them
 * (`PyGenerator<number, string, S>`, so `send(3)` failed with TS2345). `S` and `R` are still
 * inferred where the function says them (`const got: string = yield 1`, an annotated return
 * type), and a generic generator function keeps its type parameters. A decorator cannot change
 * a method's type: a decorated method states it in an overload signature (types.ts,
 * GeneratorMethod).
 */
export function generator<F extends (...args: any[]) => globalThis.Generator<unknown, unknown, any> | PyGenerator<unknown, unknown, any>>(
  fn: F,
  context: ClassMethodDecoratorContext<any, any>,
): F;
export function generator<T, A extends unknown[], Y, R, S = any>(
  fn: (this: T, ...args: A) => globalThis.Generator<Y, R, S> | globalThis.Generator<Y, any, any>,
): (this: T, ...args: A) => PyGenerator<Y, R, S>;
export function generator(target: object, key: string | symbol, descriptor: PropertyDescriptor): PropertyDescriptor;
export function generator(...args: unknown[]): unknown {
  return mark("generator", args);
}

/**
 * Marks a coroutine: `async function` (native coroutine), `async function*` (async generator) or
 * `function*` (generator-based coroutine, Python's @types.coroutine). (Typing: as `generator`; a
 * decorated method declares `PyAsyncGenerator<Y, S>` / `PyGeneratorCoroutine<Y, R, S>` to get them.)
 */
export function coroutine<
  F extends (
    ...args: any[]
  ) =>
    | Promise<unknown>
    | globalThis.AsyncGenerator<unknown, unknown, any>
    | globalThis.Generator<unknown, unknown, any>
    | PyAsyncGenerator<unknown, any>
    | PyGenerator<unknown, unknown, any>,
>(fn: F, context: ClassMethodDecoratorContext<any, any>): F;
export function coroutine<T, A extends unknown[], R>(
  fn: (this: T, ...args: A) => Promise<R>,
): (this: T, ...args: A) => PyCoroutine<R>;
export function coroutine<T, A extends unknown[], Y, S = any>(
  fn: (this: T, ...args: A) => globalThis.AsyncGenerator<Y, void, S> | globalThis.AsyncGenerator<Y, any, any>,
): (this: T, ...args: A) => PyAsyncGenerator<Y, S>;
export function coroutine<T, A extends unknown[], Y, R, S = any>(
  fn: (this: T, ...args: A) => globalThis.Generator<Y, R, S> | globalThis.Generator<Y, any, any>,
): (this: T, ...args: A) => PyGeneratorCoroutine<Y, R, S>;
export function coroutine(target: object, key: string | symbol, descriptor: PropertyDescriptor): PropertyDescriptor;
export function coroutine(...args: unknown[]): unknown {
  return mark("coroutine", args);
}
