// asyncio.timeout / asyncio.timeout_at (Python 3.11): a deadline for a block of a task.
//
// Why this file exists: unlike waitFor, a timeout does not run the block in another task. At the
// deadline it cancels the *current* task, so the block sees an ordinary CancelledError at its
// current await; at the exit of the block the Timeout turns that CancelledError into TimeoutError,
// but only if the cancellation was its own (TO-01..07). It knows by the task's cancellation counter:
// it remembers `cancelling()` at enter and, after its own `uncancel()` at exit, a count above that
// means someone else also asked to cancel (an outer timeout, `task.cancel()`): the CancelledError
// then propagates unchanged. This is CPython 3.11.7's Lib/asyncio/timeouts.py, transcribed (states,
// messages and repr identical); its asserts are left out.

import { AsyncContextManager } from "../objects/async-helpers.js";
import { CancelledError, RuntimeError, TimeoutError } from "../core/errors.js";
import { LoopCoroutine } from "./loop-coroutine.js";
import { getRunningLoop } from "./state.js";
import { currentTask, type Task } from "./tasks.js";
import type { Handle } from "./handles.js";

/** `_State`'s values (they appear in messages and in the repr). */
type State = "created" | "active" | "expiring" | "expired" | "finished";

/** Python's repr() of a float (`when` is a loop time): `1.0`, `0.01`. */
function floatRepr(x: number): string {
  return Number.isInteger(x) ? x.toFixed(1) : String(x);
}

/**
 * An async context manager that cancels the task running its block at a deadline (loop time, in
 * seconds), raising TimeoutError out of the block. Made by `timeout(delay)` / `timeoutAt(when)`.
 */
export class Timeout extends AsyncContextManager<Timeout> {
  private _state: State = "created";
  private _timeoutHandler: Handle | null = null;
  private _task: Task<unknown> | null = null;
  /** The task's cancelling() at enter: more than that at exit means another cancel request. */
  private _cancelling = 0;
  private _when: number | null;
  /** `self._on_timeout` as one function object, named as CPython's (it shows in handle reprs). */
  private readonly _onTimeoutCb = (): void => this._onTimeout();

  /** A deadline at loop time `when`; null never expires; a past deadline expires in the next iteration. */
  constructor(when: number | null) {
    super();
    this._when = when;
    Object.defineProperty(this._onTimeoutCb, "__qualname__", { value: "Timeout._on_timeout" });
  }

  /** The current deadline (loop time), or null. */
  when(): number | null {
    return this._when;
  }

  /** Move the deadline (null: none). Only inside the block. */
  reschedule(when: number | null): void {
    if (this._state !== "active") {
      if (this._state === "created") throw new RuntimeError("Timeout has not been entered");
      throw new RuntimeError(`Cannot change state of ${this._state} Timeout`);
    }
    this._when = when;
    if (this._timeoutHandler !== null) this._timeoutHandler.cancel();
    if (when === null) {
      this._timeoutHandler = null;
    } else {
      const loop = getRunningLoop();
      // A deadline already past still waits for the next iteration: a block that never suspends
      // finishes first and is not timed out (TO-03).
      if (when <= loop.time()) this._timeoutHandler = loop.callSoon(this._onTimeoutCb);
      else this._timeoutHandler = loop.callAt(when, this._onTimeoutCb);
    }
  }

  /** Did the deadline pass while in the block (even if the block swallowed the cancellation)? */
  expired(): boolean {
    return this._state === "expiring" || this._state === "expired";
  }

  /** `<Timeout [active] when=1.234>`, `<Timeout [finished]>`. */
  __repr__(): string {
    const info = [""];
    if (this._state === "active") {
      // round(when, 3); Python rounds the exact binary value half-to-even, this the scaled value:
      // they can differ only on a decimal tie, which a loop time practically never is.
      info.push(`when=${this._when === null ? "None" : floatRepr(Math.round(this._when * 1000) / 1000)}`);
    }
    return `<Timeout [${this._state}]${info.join(" ")}>`;
  }

  /** `async with`: arm the deadline for the current task. Resolves to the Timeout. */
  __aenter__(): LoopCoroutine<this> {
    return new LoopCoroutine(this._aenter(), "Timeout.__aenter__");
  }

  // (an `async def` without awaits: its errors are raised when awaited, not when called)
  private *_aenter(): Generator<never, this, unknown> {
    if (this._state !== "created") throw new RuntimeError("Timeout has already been entered");
    const task = currentTask();
    if (task === null) throw new RuntimeError("Timeout should be used inside a task");
    this._state = "active";
    this._task = task;
    this._cancelling = task.cancelling();
    this.reschedule(this._when);
    return this;
  }

  /** `async with` exit: disarm; turn our own cancellation into TimeoutError (never suppresses). */
  __aexit__(excType: Function | undefined, exc: unknown, _tb?: unknown): LoopCoroutine<undefined> {
    return new LoopCoroutine(this._aexit(excType, exc), "Timeout.__aexit__");
  }

  private *_aexit(et: Function | undefined, exc: unknown): Generator<never, undefined, unknown> {
    if (this._timeoutHandler !== null) {
      this._timeoutHandler.cancel();
      this._timeoutHandler = null;
    }
    if (this._state === "expiring") {
      this._state = "expired";
      // uncancel() is called even if the block swallowed the CancelledError (TO-05): the task's
      // count goes back to what it was. No other request pending: the CancelledError is ours.
      if (this._task!.uncancel() <= this._cancelling && et === CancelledError) {
        const err = new TimeoutError(undefined, { cause: exc }); // raise TimeoutError from exc_val
        err.context = exc;
        throw err;
      }
    } else if (this._state === "active") {
      this._state = "finished";
    }
    return undefined;
  }

  private _onTimeout(): void {
    this._task!.cancel();
    this._state = "expiring";
    this._timeoutHandler = null; // drop the reference early
  }
}

/**
 * asyncio.timeout(delay): `await using _ = timeout(10);` — the rest of the block must finish within
 * `delay` seconds (null: no deadline; 0 or less: expires at the block's first suspension), else
 * TimeoutError is raised out of it. Needs a running loop.
 */
export function timeout(delay: number | null): Timeout {
  const loop = getRunningLoop();
  return new Timeout(delay !== null && delay !== undefined ? loop.time() + delay : null);
}

/** asyncio.timeout_at(when): timeout() with an absolute deadline in `loop.time()`'s clock (null: none). */
export function timeoutAt(when: number | null): Timeout {
  return new Timeout(when);
}
