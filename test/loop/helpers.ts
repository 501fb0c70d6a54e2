/**
 * Test helpers for the event loop: coroutine objects written by hand, before compiled coroutines
 * exist.
 *
 * - `co(function* () { ... })` makes a coroutine function from a JavaScript generator function
 *   (runtime/loop/loop-coroutine.ts's LoopCoroutine): inside, `yield* aw(x)` is Python's `await x`, and a bare
 *   `yield` is a bare yield to the task (what `sleep(0)` does).
 * - `StepCoro` is a minimal coroutine object driving a list of steps: each step gets the value sent
 *   (or the exception thrown) and returns what to yield next, or {return: v} to finish.
 * - `CountingLoop` counts iterations like the pysem snippets' CountingLoop (`tick` = number of
 *   `_runOnce` calls), for the ORD rules.
 */
import { EventLoop, type EventLoopOptions } from "../../runtime/loop/events.js";
import { LoopCoroutine, awaitValue } from "../../runtime/loop/loop-coroutine.js";
import { StopIteration } from "../../runtime/core/errors.js";
import { setLogSink } from "../../runtime/loop/report.js";

/** A coroutine function made from a generator function (`async def` stand-in). */
export function co<A extends unknown[], R>(
  body: (...args: A) => Generator<unknown, R, unknown>,
  name = body.name || "co",
): (...args: A) => LoopCoroutine<R> {
  return (...args: A) => new LoopCoroutine(body(...args), name);
}

/** `await x` inside a `co` body: `const v = yield* aw(x)`. */
export function aw<T = unknown>(x: unknown): Generator<unknown, T, unknown> {
  return awaitValue(x) as Generator<unknown, T, unknown>;
}

export type Step = (input: { sent?: unknown; thrown?: unknown; hasThrown: boolean }) => { yield: unknown } | { return: unknown };

/** A hand-written coroutine object: send/throw/close over a list of steps. */
export class StepCoro {
  private i = 0;
  closed = false;
  readonly log: string[] = [];
  constructor(private readonly steps: Step[]) {}
  private run(input: { sent?: unknown; thrown?: unknown; hasThrown: boolean }): unknown {
    if (this.closed || this.i >= this.steps.length) throw new Error("StepCoro exhausted");
    const r = this.steps[this.i++](input);
    if ("return" in r) {
      this.closed = true;
      throw new StopIteration(r.return);
    }
    return r.yield;
  }
  send(v?: unknown): unknown {
    return this.run({ sent: v, hasThrown: false });
  }
  throw(e: unknown): unknown {
    return this.run({ thrown: e, hasThrown: true });
  }
  close(): void {
    this.closed = true;
    this.log.push("closed");
  }
}

/** A loop that counts iterations: `tick` is the number of the iteration running now. */
export class CountingLoop extends EventLoop {
  tick = 0;
  readonly log: string[] = [];
  constructor(options: EventLoopOptions = { clock: "virtual" }) {
    super(options);
  }
  override _runOnce(): void {
    this.tick += 1;
    super._runOnce();
  }
  mark(what: string): void {
    this.log.push(`t${this.tick}:${what}`);
  }
  flush(): string {
    const s = this.log.join(" | ");
    this.log.length = 0;
    return s;
  }
}

/** Captures what the default exception handler prints (instead of stderr) until restore(). */
export function captureLog(): { lines: string[]; restore(): void } {
  const lines: string[] = [];
  const prev = setLogSink((t) => lines.push(t));
  return { lines, restore: () => void setLogSink(prev) };
}
