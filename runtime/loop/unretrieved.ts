// "Task exception was never retrieved" / "Future exception was never retrieved" (ERR-01, ERR-02).
//
// Why this file exists: a task that fails while nobody awaits it loses its exception silently
// unless someone is told. CPython reports it from the future's `__del__`: a future whose exception
// was set and never retrieved (by `result()`, `exception()`, or an await) calls the loop's
// exception handler when it is finalised. JavaScript sees finalisation only through a
// FinalizationRegistry: a future is registered when its exception is set (rare, so cheap) and
// unregistered when the exception is retrieved or the future cancelled. The report happens when
// the engine collects the future — as in CPython, at no time a program can rely on (Det: GC).
//
// The context passed to the handler is CPython's ({ message, exception, future }), except that the
// future itself is gone by then: `future` is a stand-in whose `__repr__()` is the future's repr at
// the time its exception was set (which is what CPython's default handler prints).
//
// A short program never reaches a collection, and CPython's refcounting reports there at once
// (issue 10: "reports that never vanish"). So each loop also remembers its unretrieved futures
// (weakly) and `reportAtClose` reports the live ones when the loop closes (asyncio.run's end),
// with the future itself in the context; each is reported once, at close or at collection.

import type { EventLoop } from "./events.js";
import { reportNeverAwaited } from "../objects/debug.js";
import { formatExceptionContext, logSink } from "./report.js";

interface Unretrieved {
  /** Weak: the loop can reach the future (a task's coroutine frame), and a registry's held values are strong. */
  loop: WeakRef<EventLoop>;
  message: string;
  exception: unknown;
  repr: string;
}

const registry = new FinalizationRegistry<Unretrieved>((u) => {
  const future = { __repr__: () => u.repr, toString: () => u.repr };
  const context = { message: u.message, exception: u.exception, future } as never;
  const loop = u.loop.deref();
  if (loop !== undefined) loop.callExceptionHandler(context);
  else logSink(formatExceptionContext(context)); // the loop went first: as its default handler would
});

/** Per loop: the futures with an unretrieved exception (weakly), in the order they failed. */
const byLoop = new WeakMap<EventLoop, Map<WeakRef<object>, Unretrieved>>();
/** The WeakRef under which a watched future is in its loop's map. */
const refs = new WeakMap<object, WeakRef<object>>();

/** The exception of `fut` was set: report it if `fut` is collected before it is retrieved. */
export function watchUnretrieved(fut: object, loop: EventLoop, isTask: boolean, exception: unknown, repr: string): void {
  // The held value is strong. An Error's not-yet-formatted stack keeps each call site's receiver
  // (coroutine frames, the task, the loop), which reach the future: format it now, to a string.
  if (exception instanceof Error) void exception.stack;
  const u: Unretrieved = { loop: new WeakRef(loop), message: `${isTask ? "Task" : "Future"} exception was never retrieved`, exception, repr };
  registry.register(fut, u, fut);
  let m = byLoop.get(loop);
  if (m === undefined) byLoop.set(loop, (m = new Map()));
  const ref = new WeakRef(fut);
  refs.set(fut, ref);
  m.set(ref, u);
}

/** The exception of `fut` was retrieved (or it does not count any more). */
export function retrieved(fut: object): void {
  registry.unregister(fut);
  const ref = refs.get(fut);
  if (ref === undefined) return;
  refs.delete(fut);
  const loop = (fut as { _loop?: EventLoop })._loop;
  const m = loop === undefined ? undefined : byLoop.get(loop);
  if (m !== undefined && m.delete(ref) && m.size === 0) byLoop.delete(loop!);
}

/**
 * `loop` is closing: report every future of it whose exception is still unretrieved, now rather
 * than at a collection that may never come; they are then never reported again.
 */
export function reportAtClose(loop: EventLoop): void {
  const m = byLoop.get(loop);
  if (m === undefined) return;
  byLoop.delete(loop);
  for (const [ref, u] of m) {
    const fut = ref.deref() as ({ _logTraceback?: boolean } & object) | undefined;
    if (fut === undefined) continue; // collected: its registry callback reports it
    registry.unregister(fut);
    refs.delete(fut);
    fut._logTraceback = false;
    loop.callExceptionHandler({ message: u.message, exception: u.exception, future: fut } as never);
  }
}

/**
 * `loop` is closing: what CPython's finalisers would report when its objects die, reported now —
 * unretrieved exceptions (ERR-01/02), tasks still pending (ERR-03: "Task was destroyed but it is
 * pending!"), and in debug mode the coroutines never awaited (CO-19).
 */
export function reportLost(loop: EventLoop): void {
  reportAtClose(loop);
  for (const task of [...loop._tasks]) {
    if (task.done()) continue;
    loop._tasks.delete(task);
    loop.callExceptionHandler({ message: "Task was destroyed but it is pending!", task });
  }
  reportNeverAwaited();
}
