// Handle and TimerHandle: one scheduled callback each (asyncio/events.py).
//
// Why this file exists: `call_soon` / `call_later` / `call_at` return these, users cancel them, and
// the loop runs them. A callback that throws never escapes the loop: `_run` reports it to the loop's
// exception handler with asyncio's message `Exception in callback name(args)` (ERR-04, FUT-07).
// Cancelling only marks the handle; a cancelled TimerHandle stays in the heap until the loop pops
// it (LOOP-04).

import { formatCallback, pyRepr } from "./repr.js";
import type { EventLoop } from "./events.js";

/** A callback scheduled on a loop. */
export class Handle {
  /** @internal */ _callback: Function | null;
  /** @internal */ _args: readonly unknown[] | null;
  /** @internal */ _cancelled = false;
  /** @internal */ _loop: EventLoop;
  /** @internal */ _repr: string | null = null;

  constructor(callback: Function, args: readonly unknown[], loop: EventLoop) {
    this._callback = callback;
    this._args = args;
    this._loop = loop;
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

  /** Run the callback; report (never propagate) what it throws. */
  _run(): void {
    const cb = this._callback as Function;
    const args = this._args as readonly unknown[];
    try {
      if (args.length === 0) cb();
      else cb(...args);
    } catch (exc) {
      this._loop.callExceptionHandler({
        message: `Exception in callback ${formatCallback(cb, args)}`,
        exception: exc,
        handle: this,
      });
    }
  }

  /** @internal */
  _reprInfo(): string[] {
    const info = [this.constructor.name];
    if (this._cancelled) info.push("cancelled");
    if (this._callback !== null) info.push(formatCallback(this._callback, this._args ?? []));
    return info;
  }

  __repr__(): string {
    if (this._repr !== null) return this._repr;
    return `<${this._reprInfo().join(" ")}>`;
  }

  toString(): string {
    return this.__repr__();
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.__repr__();
  }
}

/** A callback scheduled for an absolute loop time; ordered by `when` only (LOOP-02). */
export class TimerHandle extends Handle {
  /** @internal */ _when: number;
  /** @internal True while the handle is in the loop's heap. */ _scheduled = false;

  constructor(when: number, callback: Function, args: readonly unknown[], loop: EventLoop) {
    super(callback, args, loop);
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

/** The heap order of TimerHandles: `when` only (TimerHandle.__lt__). */
export function timerLess(a: TimerHandle, b: TimerHandle): boolean {
  return a._when < b._when;
}
