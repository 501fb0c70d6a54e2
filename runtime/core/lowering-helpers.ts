
/**
 * lowering-helpers.ts — small functions the emitted state machines call where a lowered
 * construct needs JavaScript semantics that one expression cannot give.
 *
 * | helper                 | used for                                                           |
 * | ---------------------- | ------------------------------------------------------------------ |
 * | iter(x)                | a lowered `for...of`: GetIterator(x), stepped with `$next()`       |
 * | iterClose(it, thrown)  | leaving a lowered `for...of` early: IteratorClose                  |
 * | forIn(obj)             | a lowered `for...in`: keys in JavaScript's order, skipping deleted  |
 * | callable, constructible | a frame-held or spilled callee: V8's "f is not a function" / "F is not a constructor" |
 * | objectCoercible(v)     | a lowered object pattern: `const {} = null` throws                 |
 * | objectRest(v, keys)    | `{a, ...rest}` in a lowered pattern                                |
 * | destructureIter(v)     | an array pattern with a suspension inside: one step per element    |
 * | spreadArray(x, text)   | `[...x]` in compiled code: a pycoro generator drained by `$next`    |
 * | spreadArgs(x, t, c)    | `f(...x)` / `new F(...x)` in compiled code: the same                |
 * | spreadArgsMany(x, n?)  | `f(...x, 2)`, `f(...a, ...x)`: the same, with V8's messages there   |
 * | callArgs(f, args, t)   | `gather(...x)` in compiled code: the arguments as one array, no    |
 * |                        | spread limit when f takes them as one (`ARGS_ARRAY`)              |
 * | take(x, n, holes, ...) | `const [a, , b] = x` / `[a, b] = x`: the first n values (all: -1)   |
 * | untaken(v)             | ... then IteratorClose after the pattern's assignments             |
 * | compileError(message)  | a marked function the compiler rejected: throws when called        |
 * | TDZ, tdz(holder, k, n) | a frame-held let/const/class read where it may be uninitialized:    |
 * |                        | `tdz($f, "x", "x").x` throws JavaScript's ReferenceError in the TDZ |
 * | constant(value)        | a write to a const or to a function expression's own name:         |
 * |                        | `constant($f.x).v = 1` reads as `x`, throws TypeError on the write  |
 * | forgetLocals(f)        | (the runtime's) a frame finished without entering its step forgets  |
 * |                        | its locals, as one finishing in its step does (emitted `$forget`)   |
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
 * An Array stepped by index, as its own ArrayIterator steps it (the length and the element are read
 * live at each step), taken only while neither `Array.prototype[Symbol.iterator]` nor the array
 * iterators' `next` has been replaced: the real iterator (unobservable) goes unused, and a lowered
 * for-of over an array costs no call of `next` and no `{ value, done }` per element.
 */
class ArrayRecord implements ForOfIterator {
  declare $s: number;
  declare readonly a: readonly unknown[];
  declare i: number;
  declare readonly it: object;
  constructor(a: readonly unknown[], it: object) {
    this.$s = 1;
    this.a = a;
    this.i = 0;
    this.it = it;
  }
  $next(): unknown {
    const i = this.i;
    if (i >= this.a.length) {
      this.$s = -1;
      return undefined;
    }
    this.i = i + 1;
    return this.a[i];
  }
  /** As IteratorRecord's: code compiled before `$next` calls `next()` on what iter() returned. */
  next(): IteratorResult<unknown> {
    const value = this.$next();
    return this.$s === -1 ? { value: undefined, done: true } : { value, done: false };
  }
}
const ARRAY_VALUES: unknown = Array.prototype[Symbol.iterator];
const ARRAY_ITERATOR_NEXT: unknown = (Object.getPrototypeOf([][Symbol.iterator]()) as { next: unknown }).next;

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
  if (next === ARRAY_ITERATOR_NEXT && method === ARRAY_VALUES && Array.isArray(x)) return new ArrayRecord(x, it as object);
  return new IteratorRecord(it as object, next);
}

// ---------------------------------------------------------------- spread and array patterns
//
// Issue 12: `[...g]`, `f(...g)` and `const [a, b] = g` over a pycoro generator went through V8's
// iteration builtins, which call the generator's JavaScript `next()` and read a `{ value, done }`
// per item. In compiled code (the marked function's own code, compiler/passes/rename.ts) they call
// these helpers instead, which run the frame through its per-class `$next`, and hand V8 an Array,
// whose spread or destructuring is unobservable while Array iteration is the built-in one.
// Measured in one process (CPU time, 1,000 items, load ~3): spreading a pycoro generator 30.2 ns per
// item through V8's spread, 10.8 ns drained by `$next` (a native generator: 32.1).
//
// What must not change (test/compiler/spread-conformance.test.ts compares with V8): every read
// (`x[Symbol.iterator]` once, `next` once), every call, IteratorClose after the pattern's
// assignments and only when the pattern stopped early, no close when `next()` threw or the iterator
// finished, and V8's messages, which depend on the site (the compiler passes the operand's text).
// Arrays and strings stay V8's own (the helper returns them as they are); any other iterable is
// read through the protocol exactly as V8 would. With Array iteration patched the helpers return
// the operand untouched: the native code then does what it always did.

/** Where a helper runs: the message V8 gives for a non-iterable operand depends on it. */
const SITE_ARRAY = 0, SITE_ARGS = 1, SITE_DECL = 2, SITE_ASSIGN = 3, SITE_ARGS_MANY = 4;
export { SITE_ARRAY, SITE_ARGS, SITE_DECL, SITE_ASSIGN, SITE_ARGS_MANY };

const STRING_VALUES: unknown = String.prototype[Symbol.iterator];
const ARRAY_ITERATOR_PROTO = Object.getPrototypeOf([][Symbol.iterator]()) as { next: unknown };

/** True while spreading or destructuring an Array is unobservable (V8's own protector condition, as far as JS can see it). */
function arrayIterationIntact(): boolean {
  return Array.prototype[Symbol.iterator] === ARRAY_VALUES && ARRAY_ITERATOR_PROTO.next === ARRAY_ITERATOR_NEXT;
}

/**
 * V8's TypeError for a spread or pattern operand `x` that has no callable `Symbol.iterator`.
 * `text` is the operand as V8 prints it (a name or member chain; `g is not a function or its
 * return value` for a call of one; `g(...)` for a call in an argument spread).
 */
function notIterable(site: number, x: unknown, text: string | undefined): TypeError {
  if (site === SITE_ARGS) {
    return new TypeError(x == null ? `${text} is not iterable (cannot read property ${String(x)})` : "Spread syntax requires ...iterable[Symbol.iterator] to be a function");
  }
  if (site === SITE_ARGS_MANY) return new TypeError(`${text ?? notAFunction(x)} is not iterable (cannot read property Symbol(Symbol.iterator))`);
  if (text !== undefined && site !== SITE_ASSIGN) return new TypeError(`${text} is not iterable`);
  return new TypeError(`${notAFunction(x)} is not iterable (cannot read property Symbol(Symbol.iterator))`);
}

/**
 * The values of `x` as the spread or pattern would read them: GetIterator, then `next` until done
 * (at most `n` values unless n < 0). A pycoro generator is driven through `$next`. Returns the
 * iterator when it stopped before being done (the caller closes it), else null, with the values
 * appended to `out`.
 */
function collect(x: unknown, method: Function, n: number, holes: number, out: unknown[], site: number, callee: string | undefined, text: string | undefined): object | null {
  const it: unknown = Reflect.apply(method, x, NO_ARGS);
  if (Object(it) !== it) throw new TypeError("Result of the Symbol.iterator method is not an object");
  const next: unknown = (it as { next?: unknown }).next;
  if (next === generatorNext.fn && next !== null) {
    const g = it as ForOfIterator;
    while (n < 0 || out.length < n) {
      const v = g.$next();
      if (g.$s === -1) return null;
      out.push(v);
    }
    return g;
  }
  while (n < 0 || out.length < n) {
    if (typeof next !== "function") {
      // V8 names the site, not the value, for these two
      if (site === SITE_ARRAY) throw new TypeError(`${text} is not iterable`);
      if (site === SITE_ARGS) throw new TypeError(`${callee} is not a function`);
      if (site === SITE_ARGS_MANY) throw new TypeError(`${text ?? notAFunction(next)} is not a function`);
      throw new TypeError(`${notAFunction(next)} is not a function`);
    }
    const r: unknown = Reflect.apply(next, it, NO_ARGS);
    if (Object(r) !== r) throw new TypeError(`Iterator result ${String(r)} is not an object`);
    if ((r as IteratorResult<unknown>).done) return null;
    // a hole of the pattern steps the iterator without reading `value` (V8 reads only `done`)
    out.push(out.length < 31 && (holes & (1 << out.length)) !== 0 ? undefined : (r as IteratorResult<unknown>).value);
  }
  return it as object;
}

/** `...x` in an array literal of compiled code: an Array with x's values (x itself for an Array or a string). */
export function spreadArray<T>(x: T, text: string): T {
  return spread(x, SITE_ARRAY, undefined, text) as T;
}

/** `...x` in the arguments of a call or `new` in compiled code (`callee` is the callee as V8 names it). */
export function spreadArgs<T>(x: T, text: string, callee: string): T {
  return spread(x, SITE_ARGS, callee, text) as T;
}

/**
 * `f(...x, 2)`, `f(...a, ...x)`: a spread V8 makes while it builds an array of the arguments; its
 * messages name `name`, the operand's callee (`f(...g(), 2)`: "g is not iterable ..."), or else
 * describe the value ("number 5 is not iterable ..."). Found comparing the compiled `gather(...x, c)`
 * with V8: before, these sites reported the single final spread's messages.
 */
export function spreadArgsMany<T>(x: T, name?: string): T {
  return spread(x, SITE_ARGS_MANY, undefined, name) as T;
}

function spread(x: unknown, site: number, callee: string | undefined, text: string | undefined): unknown {
  if (!arrayIterationIntact()) return x;
  const method: unknown = x == null ? undefined : (x as Record<symbol, unknown>)[Symbol.iterator];
  if (typeof method !== "function") throw notIterable(site, x, text);
  if ((method === ARRAY_VALUES && Array.isArray(x)) || (method === STRING_VALUES && typeof x === "string")) return x;
  const out: unknown[] = [];
  collect(x, method, -1, 0, out, site, callee, text);
  return out;
}

/** The iterator the last `take` left open, closed by `untaken` once the pattern has assigned; and take's operand. */
let pendingClose: object | null = null;
let pendingValue: unknown = undefined;

/**
 * `x` for a simple array pattern of compiled code (names, holes, literal defaults, a final rest
 * name: nothing the pattern does can run code): its first `n` values as an Array (every value if n
 * < 0), x itself for an Array. Bit i of `holes` marks element i a hole (its `value` is not read). An iterator left unfinished is closed by `untaken` after the
 * pattern's assignments, as JavaScript closes it; the compiler emits
 *
 *   declaration: const [a, b] = __pycoro.take(x, 2, 0, site, text), $untaken1 = __pycoro.untaken();
 *   assignment:  __pycoro.untaken([a, b] = __pycoro.take(x, 2, 0, site, text))   (its value: x)
 *
 * Nothing runs between the two: the targets are bindings of the marked function (compiler/passes/
 * rename.ts `simpleArrayPattern`), so one pending slot suffices.
 */
/** (Typed as its operand: `pycoro build --emit ts` type-checks the pattern against what the user wrote.) */
export function take<T>(x: T, n: number, holes: number, site: number, text?: string): T {
  if (!arrayIterationIntact()) {
    pendingClose = null;
    pendingValue = x;
    return x;
  }
  const method: unknown = x == null ? undefined : (x as Record<symbol, unknown>)[Symbol.iterator];
  if (typeof method !== "function") throw notIterable(site, x, text);
  let out: unknown;
  let open: object | null = null;
  if (method === ARRAY_VALUES && Array.isArray(x)) out = x;
  else {
    const values: unknown[] = [];
    open = collect(x, method, n, holes, values, site, undefined, text);
    out = values;
  }
  pendingClose = open;
  pendingValue = x;
  return out as T;
}

/** After a simple pattern assigned from `take`: IteratorClose (normal completion) if it stopped early; the operand. */
export function untaken<T>(_assigned?: T): T {
  const it = pendingClose, x = pendingValue;
  pendingClose = null;
  pendingValue = undefined;
  if (it !== null) iterClose(it as ForOfIterator, false);
  return x as T;
}

/**
 * IteratorClose of the record `it` with a normal completion (`thrown` false: errors of return()
 * and a non-object result count) or a throw completion (the exception leaving the loop wins).
 */
export function iterClose(it: ForOfIterator, thrown: boolean): void {
  const target: object = it instanceof IteratorRecord || it instanceof ArrayRecord ? it.it : it;
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
/**
 * A function that can take its whole argument list as one array the callee may keep: `f[ARGS_ARRAY](args)`
 * does what `f(...args)` does. The runtime's `gather` has it (runtime/loop/gather.ts).
 */
export const ARGS_ARRAY: unique symbol = Symbol.for("pycoro.argsArray") as never;

/**
 * `gather(a, ...x)` in compiled code (compiler/passes/rename.ts `argsCall`): `callArgs(gather, [a,
 * ...spreadArgs(x, "x", "gather")], "gather")`. The arguments are built as an array literal,
 * which has no length limit, where a call's spread has one: V8 throws RangeError ("Maximum call
 * stack size exceeded") when a call spreads more than about 120,000 values, and Python's
 * `asyncio.gather(*aws)` has no such limit (issue 12 gathered 200,000 tasks). A callee that takes
 * its arguments as one array (`ARGS_ARRAY`) gets the array; any other is called with it spread,
 * as the source says. Same order as the call: the callee is read, the arguments evaluated left to
 * right, then the callee checked: V8's `gather is not a function` after the arguments.
 */
// (`any`: `pycoro build --emit ts` output keeps type-checking where the source's call was typed.)
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function callArgs(fn: unknown, args: unknown[], text: string): any {
  if (typeof fn !== "function") throw new TypeError(`${text} is not a function`);
  const whole = (fn as { [ARGS_ARRAY]?: (args: unknown[]) => unknown })[ARGS_ARRAY];
  if (whole !== undefined) return whole(args);
  return (fn as (...a: unknown[]) => unknown)(...args);
}

export function callable<T>(fn: T, text: string): T {
  if (typeof fn !== "function") return thrower(`${text} is not a function`) as T;
  return fn;
}

/**
 * What callable/constructible return for a value that cannot be called: a function that raises
 * V8's TypeError when it is called, so that the error comes where JavaScript raises it — after the
 * arguments are evaluated (`a(chk(x))` raises chk's error first), not when the callee is read.
 * Found by the differential fuzzer (test/fuzz/gen.mjs "notfn", seed 8).
 */
function thrower(message: string): Function {
  return function () {
    throw new TypeError(message);
  };
}

/**
 * A `new` target held by the frame (`new X()` with X a frame field, or a spilled callee): emitted as
 * `new (constructible($f.X, "X"))()`, so that a value that cannot be constructed raises V8's
 * `X is not a constructor` for the source, not one naming the frame field or the temporary (at
 * the construction, after the arguments: `thrower`).
 */
export function constructible<T>(fn: T, text: string): T {
  if (typeof fn !== "function" || (((fn as { prototype?: unknown }).prototype === undefined || Object.getPrototypeOf(fn) !== Function.prototype) && !isConstructor(fn))) {
    return thrower(`${text} is not a constructor`) as T;
  }
  return fn;
}
/** IsConstructor(f), without calling f: Reflect.construct checks its newTarget first. */
function isConstructor(fn: Function): boolean {
  try {
    Reflect.construct(Object, NO_ARGS, fn);
    return true;
  } catch {
    return false;
  }
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

/**
 * A frame the runtime finishes without entering its step — `close()` or `throw()` before it
 * started, `close()` at a yield outside every try block (objects/generator.ts `close`,
 * core/driver.ts) — forgets its locals, as a step that finishes does (compiler/passes/emit.ts
 * `$forget`: the fields its step would reset; none for a frame without them or written by hand).
 * Without it a task cancelled before it started kept its coroutine's arguments, and a generator
 * closed early its locals (found by the fuzzer's finished-frame check, s6-fuzz).
 */
export function forgetLocals(f: object): void {
  const forget = (f as { $forget?: () => void }).$forget;
  if (forget !== undefined) forget.call(f);
}
