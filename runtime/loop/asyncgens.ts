// The event loop's side of PEP 525: async generators register with the running loop, which closes
// the unfinished ones when asyncio.run ends.
//
// Why this file exists: CPython's loop installs `sys.set_asyncgen_hooks(firstiter, finalizer)` while
// it runs; an async generator calls firstiter on its first iteration (the loop remembers it) and the
// finalizer when it is garbage collected unfinished (the loop schedules its aclose()). At the end of
// asyncio.run, shutdown_asyncgens() acloses every generator still remembered, reporting failures to
// the exception handler (AG-19/20, LOOP-10). The hooks are sys-level state in objects/host.ts (getAsyncgenHooks), set by
// the loop around every batch of iterations; pycoro's async generators call them.

import type { EventLoop } from "./events.js";
import { LoopCoroutine } from "./loop-coroutine.js";
import { gather } from "./gather.js";
import { logSink } from "./report.js";
import { pyRepr } from "../core/repr.js";
import { ensureFuture } from "./tasks.js";

/** firstiter hook: remember the generator (warn if the loop already shut its generators down). */
export function asyncgenFirstiter(loop: EventLoop, agen: object): void {
  if (loop._asyncgensShutdownCalled) {
    logSink(`ResourceWarning: asynchronous generator ${pyRepr(agen)} was scheduled after loop.shutdown_asyncgens() call`);
  }
  loop._asyncgens.add(agen);
}

/** finalizer hook: forget the generator and close it in a task (if the loop is still open). */
export function asyncgenFinalizer(loop: EventLoop, agen: object): void {
  loop._asyncgens.delete(agen);
  if (!loop._closed) {
    loop.callSoonThreadsafe(() => ensureFuture((agen as { aclose(): unknown }).aclose(), { loop }));
  }
}

/** loop.shutdown_asyncgens(): aclose() every remembered generator, concurrently. */
export function shutdownAsyncgens(loop: EventLoop): LoopCoroutine<void> {
  return new LoopCoroutine(
    (function* (): Generator<unknown, void, unknown> {
      loop._asyncgensShutdownCalled = true;
      if (loop._asyncgens.size === 0) return;
      const closing = [...loop._asyncgens];
      loop._asyncgens.clear();
      const g = gather(...closing.map((ag) => (ag as { aclose(): PromiseLike<unknown> }).aclose()), { returnExceptions: true });
      const results = (yield* g.__await__()) as unknown[];
      results.forEach((result, i) => {
        // isinstance(result, Exception): CancelledError is a BaseException and is not reported
        if (result instanceof Error && result.name !== "CancelledError") {
          loop.callExceptionHandler({
            message: `an error occurred during closing of asynchronous generator ${pyRepr(closing[i])}`,
            exception: result,
            asyncgen: closing[i],
          });
        }
      });
    })(),
    "BaseEventLoop.shutdown_asyncgens",
  );
}
