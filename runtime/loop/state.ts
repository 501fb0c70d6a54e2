// Process-wide loop state: the running loop, the current (policy) loop, task names. (The
// async-generator hooks are sys-level state: objects/host.ts.)
//
// Why this file exists: several modules need "the running loop" (futures created without a loop,
// tasks, sleep, gather) and the event-loop policy's current loop, and they must not import the
// EventLoop class to get them (that would make every module depend on every other one). CPython
// keeps these as thread-locals; JavaScript has one thread, so they are module variables here.
//
// Unlike CPython, a pycoro loop does not hold the thread while it runs: between two batches of
// iterations it returns to Node's event loop (it is "running" but parked). The running loop is set
// only while a batch executes, so code outside the loop (a plain async function awaiting a task,
// a timer callback of Node's) sees no running loop, exactly as another thread would in CPython.

import { RuntimeError } from "../core/errors.js";
import { host } from "../objects/host.js";
import type { EventLoop } from "./events.js";

let running: EventLoop | null = null;
/**
 * The loop that ran most recently (it may be parked between batches, still "running"). Weak: a
 * finished program's loop, and the tasks and futures it can reach, must be collectable (ERR-01).
 */
let lastRunning: WeakRef<EventLoop> | null = null;
/**
 * Each loop's WeakRef, so that `_setRunningLoop` (every batch) compares refs instead of calling
 * deref(): V8 keeps a dereferenced target alive until the microtask checkpoint, in a table it
 * allocates, 206 bytes per batch in the net family's echo (issue 12, heap sampling).
 */
const weakRefs = new WeakMap<EventLoop, WeakRef<EventLoop>>();

/** asyncio._get_running_loop(): the loop executing callbacks right now, or null. */
export function _getRunningLoop(): EventLoop | null {
  return running;
}

/** asyncio._set_running_loop(); returns the previous one (restored by the loop after a batch). */
export function _setRunningLoop(loop: EventLoop | null): EventLoop | null {
  const prev = running;
  running = loop;
  if (loop !== null) {
    let ref = weakRefs.get(loop);
    if (ref === undefined) weakRefs.set(loop, (ref = new WeakRef(loop)));
    lastRunning = ref;
  }
  return prev;
}

/**
 * The loop a coroutine awaited from plain JavaScript should run on: the running loop, else the
 * one that ran last if it is still running (parked between two batches), else null.
 */
export function _activeLoop(): EventLoop | null {
  if (running !== null) return running;
  const last = lastRunning?.deref();
  if (last !== undefined && last.isRunning() && !last.isClosed()) return last;
  return null;
}

/** asyncio.get_running_loop(): the running loop, or RuntimeError('no running event loop'). */
export function getRunningLoop(): EventLoop {
  const loop = running;
  if (loop === null) throw new RuntimeError("no running event loop");
  return loop;
}

/** What a primitive needs to be bound to a loop (asyncio's `mixins._LoopBoundMixin`). */
export interface LoopBound {
  _loop: EventLoop | null;
  __repr__(): string;
}

/**
 * `_LoopBoundMixin._get_loop` (locks, queues): the running loop. The first use that needs a future
 * binds the primitive to it; a use from another loop is an error. (Outside a loop CPython fails with
 * an AttributeError on None; here it is getRunningLoop()'s `no running event loop`.)
 */
export function boundLoop(prim: LoopBound): EventLoop {
  const loop = getRunningLoop();
  if (prim._loop === null) prim._loop = loop;
  if (loop !== prim._loop) throw new RuntimeError(`${prim.__repr__()} is bound to a different event loop`);
  return loop;
}

// ---- the event loop policy (BaseDefaultEventLoopPolicy, main thread) ----

let current: EventLoop | null = null;
let setCalled = false;

/**
 * asyncio.get_event_loop(): the running loop; else the policy's current loop, created on first use
 * unless set_event_loop() was ever called (after asyncio.run it is reset to None, LOOP-11).
 */
export function getEventLoop(): EventLoop {
  if (running !== null) return running;
  // (the factory is events.ts's, installed in the host seam: this module is below events.ts)
  const factory = host.newEventLoop;
  if (current === null && !setCalled && factory !== null) setEventLoop(factory() as EventLoop);
  if (current === null) throw new RuntimeError("There is no current event loop in thread 'MainThread'.");
  return current;
}

/** asyncio.set_event_loop(loop | null). */
export function setEventLoop(loop: EventLoop | null): void {
  setCalled = true;
  if (loop !== null && (typeof loop !== "object" || typeof (loop as { callSoon?: unknown }).callSoon !== "function")) {
    throw new TypeError(`loop must be an instance of AbstractEventLoop or None, not '${(loop as object)?.constructor?.name ?? typeof loop}'`);
  }
  current = loop;
}

// ---- task names ----

let taskCounter = 0;

/** The next default task name number (process-wide, as `itertools.count(1)` in tasks.py). */
export function _nextTaskNumber(): number {
  return ++taskCounter;
}

/** The last default task name number given out (0: none yet; task-list.ts orders named tasks by it). */
export function _lastTaskNumber(): number {
  return taskCounter;
}
