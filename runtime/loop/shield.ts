// asyncio.shield.
//
// Why this file exists: shield lets a task be cancelled while what it awaits keeps running (WF-06).
// The awaiter waits on a fresh outer future that mirrors the inner one; cancelling the awaiter
// cancels only the outer future. Cancelling the inner cancels the outer too; an already-done inner
// is returned as is.

import { Future, getLoopOf, hasException } from "./futures.js";
import { ensureFuture } from "./tasks.js";
import type { Awaitable } from "./loop-coroutine.js";

/** asyncio.shield(aw): a future with aw's outcome that cancelling does not pass on to aw. */
export function shield<T>(arg: Awaitable<T>): Future<T> {
  const inner = ensureFuture<T>(arg);
  if (inner.done()) return inner; // shortcut
  const loop = getLoopOf(inner);
  const outer = loop.createFuture<T>();

  const innerDone = (inner: Future<T>): void => {
    if (outer.cancelled()) {
      if (!inner.cancelled()) inner.exception(); // mark the inner's outcome retrieved
      return;
    }
    if (inner.cancelled()) outer.cancel();
    else if (hasException(inner)) outer._setException(inner.exception());
    else outer.setResult(inner.result());
  };
  Object.defineProperty(innerDone, "__qualname__", { value: "shield.<locals>._inner_done_callback" });

  const outerDone = (_outer: Future<T>): void => {
    if (!inner.done()) inner.removeDoneCallback(innerDone);
  };
  Object.defineProperty(outerDone, "__qualname__", { value: "shield.<locals>._outer_done_callback" });

  inner.addDoneCallback(innerDone);
  outer.addDoneCallback(outerDone);
  return outer;
}
