// asyncio.sleep.
//
// Why this file exists: sleep is the loop's most used coroutine and its cost in iterations is part
// of the contract (LOOP-12, ORD-12): `sleep(d <= 0)` is a single bare yield (CPython's `__sleep0`),
// one iteration; `sleep(d > 0)` arms a timer that sets a future, so the task wakes one iteration
// after the timer fires. Cancelling the sleeping task cancels that future, and the timer is
// cancelled on the way out.

import { LoopCoroutine } from "./loop-coroutine.js";
import { notOrderable } from "../core/errors.js";
import { setResultUnlessCancelled } from "./futures.js";
import { getRunningLoop } from "./state.js";

function* sleepBody<T>(delay: number, result: T): Generator<unknown, T, unknown> {
  if (typeof delay !== "number") {
    // CPython fails the same way, when the coroutine first runs: `delay <= 0` is a TypeError.
    throw notOrderable("<=", delay);
  }
  if (delay <= 0) {
    yield undefined; // a bare yield: the task reschedules itself for the next iteration
    return result;
  }
  const loop = getRunningLoop();
  const future = loop.createFuture<T>();
  const h = loop.callLater(delay, setResultUnlessCancelled, future, result);
  try {
    return (yield* future.__await__()) as T;
  } finally {
    h.cancel();
  }
}

/** asyncio.sleep(delay, result?): a coroutine that completes after `delay` seconds with `result`. */
export function sleep(delay: number): LoopCoroutine<undefined>;
export function sleep<T>(delay: number, result: T): LoopCoroutine<T>;
export function sleep<T>(delay: number, result?: T): LoopCoroutine<T | undefined> {
  return new LoopCoroutine(sleepBody(delay, result), "sleep");
}
