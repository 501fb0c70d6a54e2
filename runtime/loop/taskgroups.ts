// asyncio.TaskGroup (Python 3.11): structured concurrency, `await using tg = new TaskGroup()`.
//
// Why this file exists: a TaskGroup ties the lifetime of child tasks to a block of the parent task
// (TG-01..12). Its `__aexit__` waits for every child; the first child that fails cancels its
// siblings *and the parent task* (so the body stops at its current await), and the failures come
// out as one ExceptionGroup. The subtle part is the bookkeeping with the parent's cancellation
// counter (`cancelling()` / `uncancel()`): the group must tell its own cancel of the parent from
// one requested from outside, which must still propagate as CancelledError. This is CPython
// 3.11.7's Lib/asyncio/taskgroups.py, transcribed statement by statement (messages identical),
// including its quirks: a child failing while `__aexit__` already waits leaves the parent's
// cancelling() at 1 (TG-05); the children are cancelled in the order of a set (Python: hash order,
// not deterministic, TG-08; here: creation order).
//
// KeyboardInterrupt and SystemExit, which 3.11 re-raises bare instead of grouping (`_base_error`,
// TG-07), have no JavaScript equivalent: every error a child can raise is grouped.

import { AsyncContextManager } from "../objects/async-helpers.js";
import type { Context } from "../objects/contextvars.js";
import { CancelledError, ExceptionGroup, RuntimeError } from "../core/errors.js";
import { LoopCoroutine, type Awaitable, type CoroutineLike } from "./loop-coroutine.js";
import { hasException, type Future } from "./futures.js";
import { getRunningLoop } from "./state.js";
import { currentTask, type Task } from "./tasks.js";
import type { EventLoop } from "./events.js";

/** `create_task`'s keywords. */
export interface TaskGroupTaskOptions {
  /** The task's name (default `Task-N`). */
  name?: unknown;
  /** Python's `context=`: the contextvars Context to run the task in (default: a copy of the current one). */
  context?: Context | null;
}

/**
 * asyncio.TaskGroup: `await using tg = new TaskGroup();` in a coroutine, then `tg.createTask(coro)`.
 * Leaving the block waits for all the tasks; failures are raised as
 * `ExceptionGroup("unhandled errors in a TaskGroup", [...])`.
 */
export class TaskGroup extends AsyncContextManager<TaskGroup> {
  private _entered = false;
  private _exiting = false;
  private _aborting = false;
  private _loop: EventLoop | null = null;
  private _parentTask: Task<unknown> | null = null;
  /** Set when the group itself cancelled the parent: __aexit__ then owes it one uncancel(). */
  private _parentCancelRequested = false;
  /** A Set, as in CPython; iteration is creation order here, hash order there (TG-08). */
  private readonly _tasks = new Set<Task<unknown>>();
  /** null once __aexit__ has raised them (CPython drops the list to break reference cycles). */
  private _errors: unknown[] | null = [];
  /** What __aexit__ waits on: resolved when the last task is done. */
  private _onCompletedFut: Future<unknown> | null = null;
  /** `self._on_task_done` as one function object, named as CPython's (it shows in task reprs). */
  private readonly _onTaskDoneCb = (task: Future<unknown>): void => this._onTaskDone(task as Task<unknown>);

  constructor() {
    super();
    Object.defineProperty(this._onTaskDoneCb, "__qualname__", { value: "TaskGroup._on_task_done" });
  }

  /** `<TaskGroup>`, `<TaskGroup entered>`, `<TaskGroup tasks=1 errors=1 cancelling>` (TG-11). */
  __repr__(): string {
    const info = [""];
    if (this._tasks.size > 0) info.push(`tasks=${this._tasks.size}`);
    if (this._errors !== null && this._errors.length > 0) info.push(`errors=${this._errors.length}`);
    if (this._aborting) info.push("cancelling");
    else if (this._entered) info.push("entered");
    return `<TaskGroup${info.join(" ")}>`;
  }

  /** `async with`: bind the group to the running task (its parent). Resolves to the group. */
  __aenter__(): LoopCoroutine<this> {
    return new LoopCoroutine(this._aenter(), "TaskGroup.__aenter__");
  }

  // (an `async def` without awaits: its errors are raised when awaited, not when called)
  private *_aenter(): Generator<never, this, unknown> {
    if (this._entered) throw new RuntimeError(`TaskGroup ${this.__repr__()} has already been entered`);
    if (this._loop === null) this._loop = getRunningLoop();
    this._parentTask = currentTask(this._loop);
    if (this._parentTask === null) throw new RuntimeError(`TaskGroup ${this.__repr__()} cannot determine the parent task`);
    this._entered = true;
    return this;
  }

  /** `async with` exit: wait for every task, then raise what failed (never suppresses). */
  __aexit__(excType: Function | undefined, exc: unknown, _tb?: unknown): LoopCoroutine<undefined> {
    return new LoopCoroutine(this._aexit(excType, exc), "TaskGroup.__aexit__");
  }

  private *_aexit(et: Function | undefined, exc: unknown): Generator<unknown, undefined, unknown> {
    this._exiting = true;
    const parent = this._parentTask!;
    const loop = this._loop!;

    // The CancelledError to re-raise at the end, if the block was cancelled (`et is CancelledError`:
    // the exact class, as in CPython).
    let propagateCancel: { exc: unknown } | null = et === CancelledError ? { exc } : null;
    if (this._parentCancelRequested) {
      // The group cancelled the parent itself (a child failed): take that request back. If it was
      // the only one, the CancelledError the body got is ours and must not propagate (TG-02).
      if (parent.uncancel() === 0) propagateCancel = null;
    }

    // The parent is being cancelled, or the body raised: stop the children.
    if (et !== undefined && et !== null && !this._aborting) this._abort();

    // A loop, because the parent can be cancelled again (and again) while we wait.
    while (this._tasks.size > 0) {
      if (this._onCompletedFut === null) this._onCompletedFut = loop.createFuture();
      try {
        yield* this._onCompletedFut.__await__();
      } catch (ex) {
        if (!(ex instanceof CancelledError)) throw ex;
        if (!this._aborting) {
          // The parent was cancelled from outside while the children still run (TG-08).
          propagateCancel = { exc: ex };
          this._abort();
        }
      }
      this._onCompletedFut = null;
    }

    // Errors have priority over a cancellation (TG-09).
    if (propagateCancel !== null && this._errors!.length === 0) throw propagateCancel.exc;

    // The body's own exception joins the group (TG-04).
    if (et !== undefined && et !== null && et !== CancelledError) this._errors!.push(exc);

    if (this._errors!.length > 0) {
      const errors = this._errors!;
      this._errors = null;
      throw ExceptionGroup.ofThrown("unhandled errors in a TaskGroup", errors);
    }
    return undefined;
  }

  /**
   * Python's `create_task(coro, *, name=None, context=None)`: a task of the running loop, awaited by
   * the group's exit. Refused before enter, after exit, and once a failure is cancelling the group.
   */
  createTask<T>(coro: Awaitable<T> | CoroutineLike, options: TaskGroupTaskOptions = {}): Task<T> {
    if (!this._entered) throw new RuntimeError(`TaskGroup ${this.__repr__()} has not been entered`);
    if (this._exiting && this._tasks.size === 0) throw new RuntimeError(`TaskGroup ${this.__repr__()} is finished`);
    if (this._aborting) throw new RuntimeError(`TaskGroup ${this.__repr__()} is shutting down`);
    // (CPython calls the loop's create_task without `context` when it is None: the legacy task-factory call)
    const task = this._loop!.createTask<T>(coro, { context: options.context ?? null });
    if (options.name !== undefined && options.name !== null) task.setName(options.name);
    task.addDoneCallback(this._onTaskDoneCb);
    this._tasks.add(task);
    return task;
  }

  private _abort(): void {
    this._aborting = true;
    for (const t of this._tasks) if (!t.done()) t.cancel();
  }

  private _onTaskDone(task: Task<unknown>): void {
    this._tasks.delete(task);
    if (this._onCompletedFut !== null && this._tasks.size === 0 && !this._onCompletedFut.done()) {
      this._onCompletedFut.setResult(true);
    }

    // A cancelled child is not an error (TG-06).
    if (task.cancelled() || !hasException(task)) return;
    const exc = task.exception();
    this._errors!.push(exc);

    const parent = this._parentTask!;
    if (parent.done()) {
      // Only reachable if the parent finished without leaving the block (e.g. __aenter__ awaited by hand).
      this._loop!.callExceptionHandler({
        message: `Task ${task.__repr__()} has errored out but its parent task ${parent.__repr__()} is already completed`,
        exception: exc,
        task,
      });
      return;
    }

    if (!this._aborting && !this._parentCancelRequested) {
      // The first failure: cancel the siblings, and the parent so that the body stops at its current
      // await; __aexit__ undoes that cancel with uncancel() (TG-02).
      this._abort();
      this._parentCancelRequested = true;
      parent.cancel();
    }
  }
}
