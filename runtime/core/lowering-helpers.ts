
/**
 * lowering-helpers.ts — small functions the emitted state machines call where a lowered
 * construct needs JavaScript semantics that one expression cannot give.
 *
 * | helper                 | used for                                                           |
 * | ---------------------- | ------------------------------------------------------------------ |
 * | iter(x)                | a lowered `for...of`: GetIterator(x), stepped with `$next()`       |
 * | iterClose(it, thrown)  | leaving a lowered `for...of` early: IteratorClose                  |
 * | forIn(obj)             | a lowered `for...in`: keys in JavaScript's order, skipping deleted  |
 * | objectCoercible(v)     | a lowered object pattern: `const {} = null` throws                 |
 * | objectRest(v, keys)    | `{a, ...rest}` in a lowered pattern                                |
 * | destructureIter(v)     | an array pattern with a suspension inside: one step per element    |
 * | compileError(message)  | a marked function the compiler rejected: throws when called        |
 * | TDZ, tdz(holder, k, n) | a frame-held let/const/class read where it may be uninitialized:    |
 * |                        | `tdz($f, "x", "x").x` throws JavaScript's ReferenceError in the TDZ |
 * | constant(value)        | a write to a const or to a function expression's own name:         |
 * |                        | `constant($f.x).v = 1` reads as `x`, throws TypeError on the write  |
 */

/**
 * What a lowered for-of (and a lowered array pattern) steps: `$next()` gives the next value, and
 * `$s === -1` afterwards means the iterator is done (the value is then its return value, unused).
 * A pycoro generator is its own record — its per-class `$next` drives the frame directly, with no
 * `{ value, done }` object per item (issue 12); any other iterator gets an `IteratorRecord`.
 */
export interface ForOfIterator {
  $s: number;
  $next(): unknown;
}

/**
 * The JavaScript-protocol `next` of pycoro generators (Generator.prototype.next), registered by
 * objects/generator.ts (this module cannot import it: generator.ts imports this one). An iterator
 * whose `next` is exactly this function is a pycoro generator whose `$next` does what it does.
 */
export const generatorNext: { fn: Function | null } = { fn: null };

/**
 * ECMAScript's Iterator Record for any iterator that is not a pycoro generator: `next` is read
 * once, by GetIterator, and called on each step (IteratorStep + IteratorValue).
 */
class IteratorRecord implements ForOfIterator {
  declare $s: number;
  declare readonly it: object;
  declare readonly nextMethod: unknown;
  constructor(it: object, next: unknown) {
    this.$s = 1;
    this.it = it;
    this.nextMethod = next;
  }
  /**
   * The iterator's own IteratorResult: what code compiled before `$next` existed calls
   * (`$it.next()`, `.done`, `.value`), kept so that such code still runs on this runtime.
   */
  next(): unknown {
    const next = this.nextMethod;
    if (typeof next !== "function") throw new TypeError(`${notAFunction(next)} is not a function`);
    return Reflect.apply(next, this.it, NO_ARGS);
  }
  $next(): unknown {
    const next = this.nextMethod;
    if (typeof next !== "function") throw new TypeError(`${notAFunction(next)} is not a function`);
    const r: unknown = Reflect.apply(next, this.it, NO_ARGS);
    if (Object(r) !== r) throw new TypeError(`Iterator result ${String(r)} is not an object`);
    if ((r as IteratorResult<unknown>).done) {
      this.$s = -1;
      return undefined;
    }
    return (r as IteratorResult<unknown>).value;
  }
}
const NO_ARGS: readonly unknown[] = Object.freeze([]);

/**
 * GetIterator(x, sync) of a lowered for-of: `x[Symbol.iterator]()`, then its `next` read once.
 * `text` names the operand as V8's message does (`xs`, `o.a`, `f is not a function or its return
 * value`, compiler/passes/lower.ts `iterableText`); without it V8 names the value.
 */
export function iter(x: unknown, text?: string): ForOfIterator {
  const method = x == null ? undefined : (x as any)[Symbol.iterator];
  if (typeof method !== "function") {
    if (text !== undefined) throw new TypeError(`${text} is not iterable`);
    throw new TypeError(`${notAFunction(x)} is not iterable (cannot read property Symbol(Symbol.iterator))`);
  }
  const it: unknown = Reflect.apply(method, x, NO_ARGS);
  if (Object(it) !== it) throw new TypeError("Result of the Symbol.iterator method is not an object");
  const next: unknown = (it as { next?: unknown }).next;
  if (next === generatorNext.fn && next !== null) return it as ForOfIterator;
  return new IteratorRecord(it as object, next);
}

/**
 * IteratorClose of the record `it` with a normal completion (`thrown` false: errors of return()
 * and a non-object result count) or a throw completion (the exception leaving the loop wins).
 */
export function iterClose(it: ForOfIterator, thrown: boolean): void {
  const target: object = it instanceof IteratorRecord ? it.it : it;
  let ret: unknown;
  try {
    ret = (target as { return?: unknown }).return;
    if (ret == null) return;
    if (typeof ret !== "function") throw new TypeError(`${notAFunction(ret)} is not a function`);
    const result: unknown = Reflect.apply(ret, target, NO_ARGS);
    if (!thrown && Object(result) !== result) throw new TypeError(`Iterator result ${String(result)} is not an object`);
  } catch (e) {
    if (!thrown) throw e; // an exception already leaving the loop wins over one from return()
  }
}

/** How V8 names a value it cannot call, when there is no source text to name (`number 5 is not a function`). */
function notAFunction(v: unknown): string {
  if (v === undefined) return "undefined";
  if (v === null) return "object null";
  switch (typeof v) {
    case "number": case "boolean": return `${typeof v} ${String(v)}`;
    case "string": return `string "${v}"`;
    default: return typeof v;
  }
}

export function forIn(obj: unknown): { next(): string | undefined } {
  const keys: string[] = [];
  if (obj != null) for (const k in obj as object) keys.push(k);
  const target = Object(obj);
  let i = 0;
  return {
    next() {
      while (i < keys.length) {
        const k = keys[i++];
        if (k in target) return k;
      }
      return undefined;
    },
  };
}

/**
 * A callee the spiller kept in a temporary (`f(yield x)`, `o.m(yield x)`, `(yield f)()`): emitted as
 * `callable($t, "f")(...)`, so that a non-function raises V8's own message for the source —
 * `f is not a function`, `(intermediate value) is not a function` — instead of naming the
 * temporary (`$x1 is not a function`, or `Cannot read properties of undefined (reading 'call')`).
 */
export function callable(fn: unknown, text: string): Function {
  if (typeof fn !== "function") throw new TypeError(`${text} is not a function`);
  return fn;
}

export function objectCoercible<T>(v: T): T {
  if (v == null) throw new TypeError(`Cannot destructure '${String(v)}' as it is ${v === null ? "null" : "undefined"}.`);
  return v;
}

export function objectRest(v: object, exclude: PropertyKey[]): Record<PropertyKey, unknown> {
  const out: Record<PropertyKey, unknown> = {};
  const skip = new Set(exclude.map((k) => (typeof k === "symbol" ? k : String(k))));
  for (const k of Reflect.ownKeys(v)) {
    if (skip.has(k as string)) continue;
    const desc = Object.getOwnPropertyDescriptor(v, k);
    if (desc?.enumerable) out[k as string] = (v as any)[k];
  }
  return out;
}

export function destructureIter(v: unknown): { next(): unknown; rest(): unknown[]; close(): void; abort(): void } {
  const it = iter(v, describe(v));
  let done = false;
  const step = () => {
    if (done) return undefined;
    // An iterator that throws from next(), or from reading done/value, is not closed (the spec
    // sets [[Done]] first), so `done` stays true unless a value was read.
    done = true;
    const value = it.$next();
    if (it.$s === -1) return undefined;
    done = false;
    return value;
  };
  return {
    next: step,
    rest() { const out: unknown[] = []; while (!done) { const x = step(); if (!done) out.push(x); } return out; },
    // the pattern completed: IteratorClose with a normal completion (return()'s errors count)
    close() { if (!done) { done = true; iterClose(it, false); } },
    // an element raised: IteratorClose with a throw completion (that exception wins)
    abort() { if (!done) { done = true; iterClose(it, true); } },
  };
}

/**
 * What a frame field (or env slot) holds while its let/const/class binding is in its temporal dead
 * zone; the compiler stores it on entry to the binding's scope only when some read may come first.
 */
export const TDZ: unique symbol = Symbol("pycoro.tdz");

/** `holder` itself, once `holder[key]` (the binding `name`) is initialized; JavaScript's ReferenceError before. */
export function tdz<T extends object>(holder: T, key: string, name: string): T {
  if ((holder as Record<string, unknown>)[key] === TDZ) throw new ReferenceError(`Cannot access '${name}' before initialization`);
  return holder;
}

/** A reference to a constant binding holding `value`: reading `.v` gives it, writing throws as JavaScript does. */
export function constant(value: unknown): { v: unknown } {
  return {
    get v() { return value; },
    set v(_x: unknown) { throw new TypeError("Assignment to constant variable."); },
  };
}

export function compileError(message: string): (...args: unknown[]) => never {
  return () => { throw new SyntaxError(`pycoro could not compile this function:\n${message}`); };
}

function describe(x: unknown): string {
  if (x === null) return "null";
  if (typeof x === "string") return JSON.stringify(x);
  if (typeof x === "object" || typeof x === "function") return "object";
  return String(x);
}

/** `using v = r` in lowered code: the disposer of `r` (null for null/undefined), checked now as JavaScript does. */
export function usingDispose(r: unknown): (() => unknown) | null {
  if (r == null) return null;
  if (Object(r) !== r) throw new TypeError("using declarations can only be used with objects, null, or undefined");
  const key: symbol = (Symbol as { dispose?: symbol }).dispose ?? Symbol.for("Symbol.dispose");
  const d: unknown = (r as Record<symbol, unknown>)[key];
  if (typeof d !== "function") throw new TypeError("The value of a using declaration must have a [Symbol.dispose]() method");
  return d as () => unknown;
}

/** The end of a lowered `using` scope: dispose, then re-raise what JavaScript would. */
export function disposeResource(r: unknown, dispose: (() => unknown) | null, hasError: boolean, error: unknown): void {
  if (dispose !== null) {
    try {
      dispose.call(r);
    } catch (e) {
      if (hasError) throw suppressed(e, error);
      throw e;
    }
  }
  if (hasError) throw error;
}

function suppressed(error: unknown, suppressedError: unknown): Error {
  const C = (globalThis as { SuppressedError?: new (e: unknown, s: unknown, m?: string) => Error }).SuppressedError;
  if (C) return new C(error, suppressedError, "An error was suppressed during disposal.");
  const e = new Error("An error was suppressed during disposal.") as Error & { error: unknown; suppressed: unknown };
  e.name = "SuppressedError";
  e.error = error;
  e.suppressed = suppressedError;
  return e;
}
