// Python's contextvars: ContextVar, Token, Context, copy_context (PEP 567).
//
// Why this file exists: asyncio runs every task step and every callback inside a Context (EXEC-05),
// and `toThread` ships a copy of one to a worker (EXEC-03). It lives outside runtime/loop/ because in
// Python it is not part of asyncio: `Context.run` works with no loop at all, and generators and plain
// code use it too; the loop only imports it.
//
// CPython keeps one current context per thread; JavaScript has one thread, so it is a module
// variable here. A Context's mapping is immutable (CPython: a HAMT). Here it is a JavaScript Map
// shared copy-on-write: `copy()` is O(1) (both contexts keep the same Map and lose ownership of it),
// and the first `set` in either one clones the Map before writing, so neither sees the other's later
// sets; a new Context shares one empty Map the same way, so making one allocates nothing more.
// Entering and leaving a context is two assignments (`_enterContext` / `_exitContext`): the event
// loop does it around every callback, so it must not copy anything.
//
// Messages are CPython 3.11's (Python/context.c). Reprs show a per-object pseudo-address
// (`at 0x...`): JavaScript has no `id()`, and tests strip it as they strip CPython's.

import { LookupError, RuntimeError, ValueError } from "../core/errors.js";
import { pseudoAddress as address, pyRepr, showRepr } from "../core/repr.js";

/** The values of every ContextVar set in a context; never mutated while shared (see the header). */
export type VarMap = Map<ContextVar<unknown>, unknown>;

/** The Map of every context that has no value yet (shared: never written, see writableMap). */
const EMPTY: VarMap = new Map();

/** A contextvars.Context: an immutable mapping ContextVar -> value, current while `run()` runs. */
export class Context {
  /** @internal */ _map: VarMap = EMPTY;
  /** @internal false while another Context (or a snapshot, or EMPTY) shares `_map`: clone before writing */ _owned = false;
  /** @internal the context that was current when this one was entered; null: not entered */ _prev: Context | null = null;
  /** @internal */ _addr: string | null = null;
  /** @internal a Token refers to it: it can no longer stand in for a snapshot (`_enterSnapshot`) */ _leaked = false;

  /** Call `fn(...args)` with this context current; its ContextVar changes stay in this context. */
  run<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): R {
    _enterContext(this);
    try {
      return fn(...args);
    } finally {
      _exitContext(this);
    }
  }

  /** A shallow copy, O(1): later sets in either context are invisible to the other. */
  copy(): Context {
    this._owned = false;
    const c = new Context();
    c._map = this._map;
    return c;
  }

  /** `ctx.get(var, default=None)`: the value of `v` in this context, else `defaultValue`. */
  get<T>(v: ContextVar<T>): T | undefined;
  get<T, D>(v: ContextVar<T>, defaultValue: D): T | D;
  get(v: ContextVar<unknown>, defaultValue?: unknown): unknown {
    checkKey(v);
    const m = this._map;
    return m.has(v) ? m.get(v) : defaultValue;
  }

  /** `var in ctx`. */
  has(v: ContextVar<unknown>): boolean {
    checkKey(v);
    return this._map.has(v);
  }

  /** `len(ctx)`. */
  get size(): number {
    return this._map.size;
  }

  /** `ctx.keys()`: the variables that have a value in this context. */
  keys(): IterableIterator<ContextVar<unknown>> {
    return this._map.keys();
  }

  /** `ctx.values()`. */
  values(): IterableIterator<unknown> {
    return this._map.values();
  }

  /** `ctx.items()`: [variable, value] pairs (Map order; CPython's is hash order). */
  items(): IterableIterator<[ContextVar<unknown>, unknown]> {
    return this._map.entries();
  }

  /** `iter(ctx)`: the variables, as `keys()`. */
  [Symbol.iterator](): IterableIterator<ContextVar<unknown>> {
    return this._map.keys();
  }

  __repr__(): string {
    return `<_contextvars.Context object at ${(this._addr ??= address())}>`;
  }
}
showRepr(Context.prototype);

function checkKey(v: unknown): void {
  if (!(v instanceof ContextVar)) throw new TypeError(`a ContextVar key was expected, got ${pyRepr(v)}`);
}

/** The current context of the (only) thread: the root context until something enters another one. */
let current: Context = new Context();

/** @internal Make `ctx` current (Context.run's first half) and return it. Throws if it is already entered. */
export function _enterContext(ctx: Context): Context {
  if (ctx._prev !== null) alreadyEntered(ctx);
  ctx._prev = current;
  current = ctx;
  return ctx;
}

function alreadyEntered(ctx: Context): never {
  throw new RuntimeError(`cannot enter context: ${ctx.__repr__()} is already entered`);
}

/** @internal Make current again the context that was current when `ctx` was entered; returns null. */
export function _exitContext(ctx: Context): null {
  current = ctx._prev as Context;
  ctx._prev = null;
  return null;
}

/** `contextvars.copy_context()`: a copy of the current context. */
export function copyContext(): Context {
  return current.copy();
}

// The loop copies the current context for every callback scheduled without one (call_soon,
// add_done_callback). Such a copy is only ever entered once and is reachable from nothing but the
// code it runs, so instead of a Context object the loop keeps the copy's values (`_snapshot`,
// an assignment) and runs the callback in a reusable Context holding them (`_enterSnapshot`). The
// one way the callback can keep that Context is a Token from ContextVar.set; then it is not reused,
// so the token still belongs to a context of its own ("was created in a different Context").

/** @internal The values of an implicit copy of the current context (the Map, now shared). */
export function _snapshot(): VarMap {
  current._owned = false;
  return current._map;
}

let scratch = new Context();

/** @internal Enter a context holding `values` (from `_snapshot`); leave it with `_exitContext`. */
export function _enterSnapshot(values: VarMap): Context {
  let c = scratch;
  if (c._prev !== null || c._leaked) c = scratch = new Context();
  c._map = values; // (never owned: only a set clones, and a set leaks it)
  return _enterContext(c);
}

/**
 * @internal The scratch Context while it is entered, else null: in a task's step that runs on a
 * snapshot (loop/tasks.ts `_run`), the context the step runs in (callbacks that run on snapshots
 * never nest inside a task's step: the loop runs them one after the other).
 */
export function _enteredScratch(): Context | null {
  return scratch._prev !== null ? scratch : null;
}

/** @internal A Context object for a snapshot someone asked to see (Handle.getContext). */
export function _contextOf(values: VarMap): Context {
  const c = new Context();
  c._map = values;
  return c;
}

/** The marker of `Token.oldValue` when the variable had no value (`Token.MISSING`). */
const MISSING = { __repr__: (): string => "<Token.MISSING>" };
showRepr(MISSING);
Object.freeze(MISSING);

/** What `ContextVar.set` returns; `reset(token)` restores the value the variable had before. */
export class Token<T = unknown> {
  /** Marks a token whose variable had no value before the `set`. */
  static readonly MISSING: typeof MISSING = MISSING;
  /** @internal */ readonly _ctx: Context;
  /** @internal */ _used = false;
  /** @internal */ _addr: string | null = null;

  /** @internal tokens are made by ContextVar.set only */
  constructor(ctx: Context, readonly v: ContextVar<T>, readonly oldValue: T | typeof MISSING) {
    this._ctx = ctx;
  }

  /** `token.var` (a reserved word as a parameter name, so stored as `v`). */
  get var(): ContextVar<T> {
    return this.v;
  }

  __repr__(): string {
    return `<Token${this._used ? " used" : ""} var=${this.v.__repr__()} at ${(this._addr ??= address())}>`;
  }
}
showRepr(Token.prototype);

/** `ContextVar(name, *, default)` options: the key's presence matters (`{ default: undefined }` is a default of None). */
export interface ContextVarOptions<T> {
  default?: T;
}

/** A contextvars.ContextVar: a variable whose value depends on the current Context. */
export class ContextVar<T = unknown> {
  readonly name: string;
  /** @internal */ readonly _hasDefault: boolean;
  /** @internal */ readonly _default: T | undefined;
  /** @internal */ _addr: string | null = null;

  constructor(name: string, options: ContextVarOptions<T> = {}) {
    if (typeof name !== "string") throw new TypeError("context variable name must be a str");
    this.name = name;
    this._hasDefault = options !== null && typeof options === "object" && "default" in options;
    this._default = this._hasDefault ? options.default : undefined;
  }

  /**
   * The value in the current context; else `defaultValue` if given (even undefined); else the
   * variable's default; else LookupError.
   */
  get(): T;
  get<D>(defaultValue: D): T | D;
  get(...rest: unknown[]): unknown {
    const m = current._map;
    if (m.has(this)) return m.get(this);
    if (rest.length > 0) return rest[0];
    if (this._hasDefault) return this._default;
    throw new LookupError(this.__repr__());
  }

  /** Set the value in the current context; the token lets `reset` undo it. */
  set(value: T): Token<T> {
    const ctx = current;
    const m = ctx._map;
    const old = m.has(this) ? (m.get(this) as T) : MISSING;
    writableMap(ctx).set(this, value);
    ctx._leaked = true;
    return new Token(ctx, this, old);
  }

  /** Restore the value from before `token`'s set (or remove it), in the context that set it. */
  reset(token: Token<T>): void {
    if (!(token instanceof Token)) throw new TypeError(`expected an instance of Token, got ${pyRepr(token)}`);
    if (token._used) throw new RuntimeError(`${token.__repr__()} has already been used once`);
    if (token.v !== this) throw new ValueError(`${token.__repr__()} was created by a different ContextVar`);
    if (token._ctx !== current) throw new ValueError(`${token.__repr__()} was created in a different Context`);
    token._used = true;
    const m = writableMap(current);
    if (token.oldValue === MISSING) m.delete(this);
    else m.set(this, token.oldValue);
  }

  __repr__(): string {
    const d = this._hasDefault ? ` default=${pyRepr(this._default)}` : "";
    return `<ContextVar name=${pyRepr(this.name)}${d} at ${(this._addr ??= address())}>`;
  }
}
showRepr(ContextVar.prototype);

/** The context's Map, cloned first if another context shares it (copy-on-write). */
function writableMap(ctx: Context): VarMap {
  if (!ctx._owned) {
    ctx._map = new Map(ctx._map);
    ctx._owned = true;
  }
  return ctx._map;
}
