// Handle and TimerHandle: one scheduled callback each (asyncio/events.py).
//
// Why this file exists: `call_soon` / `call_later` / `call_at` return these, users cancel them, and
// the loop runs them. A callback that throws never escapes the loop: `_run` reports it to the loop's
// exception handler with asyncio's message `Exception in callback name(args)` (ERR-04, FUT-07).
// Cancelling only marks the handle; a cancelled TimerHandle stays in the heap until the loop pops
// it (LOOP-04). Every handle runs its callback inside a contextvars Context (EXEC-05): the one given
// to call_soon & co. (`{ context }`), else a copy of the context current when it was scheduled.

import { Context, type VarMap, _contextOf, _enterContext, _enterSnapshot, _exitContext, _snapshot } from "../objects/contextvars.js";
import { formatCallback, pyRepr, showRepr } from "../core/repr.js";
import type { EventLoop } from "./events.js";
import { typeName } from "../core/errors.js";

/**
 * Set on a callback whose first argument is the object it is bound to (tasks.ts `taskWakeup(task,
 * fut)`, CPython's bound `task.__wakeup`): reprs and messages show the other arguments only.
 */
export const BOUND_FIRST: unique symbol = Symbol("pycoro.boundFirst");

/** The arguments a repr shows for `cb(...args)`. */
function shownArgs(cb: unknown, args: readonly unknown[]): readonly unknown[] {
  return typeof cb === "function" && (cb as { [BOUND_FIRST]?: boolean })[BOUND_FIRST] === true ? args.slice(1) : args;
}

/** A callback scheduled on a loop. */
export class Handle {
  /** @internal */ _callback: Function | null;
  /** @internal */ _args: readonly unknown[] | null;
  /** @internal */ _cancelled = false;
  /** @internal */ _loop: EventLoop;
  /** @internal */ _repr: string | null = null;
  /**
   * @internal the context the callback runs in, or the values of the implicit copy of the current
   * context (contextvars.ts `_snapshot`: no Context object per callback)
   */
  _context: Context | VarMap;

  constructor(callback: Function, args: readonly unknown[], loop: EventLoop, context: Context | VarMap | null = null) {
    this._callback = callback;
    this._args = args;
    this._loop = loop;
    this._context = context ?? _snapshot();
  }

  /** The contextvars Context the callback runs in (Handle.get_context, 3.12). */
  getContext(): Context {
    const c = this._context;
    return c instanceof Context ? c : (this._context = _contextOf(c));
  }

  /** Skip the callback if it has not run yet. Idempotent. */
  cancel(): void {
    if (!this._cancelled) {
      this._cancelled = true;
      if (this._loop.getDebug()) this._repr = this.__repr__();
      this._callback = null;
      this._args = null;
    }
  }

  cancelled(): boolean {
    return this._cancelled;
  }

  /** Run the callback in its context (`self._context.run(cb, *args)`); report (never propagate) what it throws. */
  _run(): void {
    const cb = this._callback as Function;
    const args = this._args as readonly unknown[];
    const c = this._context;
    let ctx: Context | null = null;
    try {
      // ("cannot enter context: ... is already entered" is reported like the callback's errors)
      ctx = c instanceof Context ? _enterContext(c) : _enterSnapshot(c);
      // (one argument, the common case: a task step, a done callback)
      if (args.length === 1) cb(args[0]);
      else if (args.length === 0) cb();
      else cb(...args);
    } catch (e) {
      // CPython's message for a callback that is not callable (its handles take any object and
      // fail when run); V8's would name this file's variable.
      const exc = typeof cb !== "function" ? new TypeError(`'${typeName(cb)}' object is not callable`) : e;
      // (CPython reports after Context.run has left the context)
      if (ctx !== null) ctx = _exitContext(ctx);
      this._loop.callExceptionHandler({
        message: `Exception in callback ${formatCallback(cb, shownArgs(cb, args))}`,
        exception: exc,
        handle: this,
      });
    }
    if (ctx !== null) _exitContext(ctx);
  }

  /** @internal */
  _reprInfo(): string[] {
    const info = [this.constructor.name];
    if (this._cancelled) info.push("cancelled");
    if (this._callback !== null) info.push(formatCallback(this._callback, shownArgs(this._callback, this._args ?? [])));
    return info;
  }

  __repr__(): string {
    if (this._repr !== null) return this._repr;
    return `<${this._reprInfo().join(" ")}>`;
  }
}
showRepr(Handle.prototype);

/** A callback scheduled for an absolute loop time; ordered by `when` only (LOOP-02). */
export class TimerHandle extends Handle {
  /** @internal */ _when: number;
  /** @internal True while the handle is in the loop's heap. */ _scheduled = false;

  constructor(when: number, callback: Function, args: readonly unknown[], loop: EventLoop, context: Context | VarMap | null = null) {
    super(callback, args, loop, context);
    this._when = when;
  }

  /** The scheduled time, an absolute `loop.time()` value. */
  when(): number {
    return this._when;
  }

  override cancel(): void {
    if (!this._cancelled) this._loop._timerHandleCancelled(this);
    super.cancel();
  }

  /** @internal */
  override _reprInfo(): string[] {
    const info = super._reprInfo();
    info.splice(this._cancelled ? 2 : 1, 0, `when=${pyRepr(this._when)}`);
    return info;
  }
}

/**
 * @internal Report what a loop callback `cb(...args)` threw, as `Handle._run` does, for a queue
 * entry that is not a Handle (futures.ts `DoneCall`): `h` is the Handle CPython would have shown.
 */
export function _reportCallbackError(h: Handle, e: unknown): void {
  const cb = h._callback as Function;
  h._loop.callExceptionHandler({
    message: `Exception in callback ${formatCallback(cb, shownArgs(cb, h._args ?? []))}`,
    exception: e,
    handle: h,
  });
}

