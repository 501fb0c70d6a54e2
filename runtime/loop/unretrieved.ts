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

import type { EventLoop } from "./events.js";
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

/** The exception of `fut` was set: report it if `fut` is collected before it is retrieved. */
export function watchUnretrieved(fut: object, loop: EventLoop, isTask: boolean, exception: unknown, repr: string): void {
  // The held value is strong. An Error's not-yet-formatted stack keeps each call site's receiver
  // (coroutine frames, the task, the loop), which reach the future: format it now, to a string.
  if (exception instanceof Error) void exception.stack;
  registry.register(fut, { loop: new WeakRef(loop), message: `${isTask ? "Task" : "Future"} exception was never retrieved`, exception, repr }, fut);
}

/** The exception of `fut` was retrieved (or it does not count any more). */
export function retrieved(fut: object): void {
  registry.unregister(fut);
}
