// inspect.getgeneratorstate / inspect.getgeneratorlocals for pycoro generators.
//
// Why this file exists: SURFACE.md §2 names these two functions as the public introspection API.
// The state is derived from the frame and its delegation stack (a delegator is GEN_RUNNING while
// its sub-generator runs, YF-13), never stored, so it is always consistent with the driver.

import { typeName } from "../core/errors.js";
import { CLOSED } from "../core/frame.js";
import { isRunning } from "../core/driver.js";
import { Generator, frameLocals } from "./generator.js";
import { Coroutine, coroutineState, type CoroutineState } from "./coroutine.js";
import { AsyncGenerator, asyncGenState, type AsyncGenState } from "./asyncgen.js";

export type { CoroutineState, AsyncGenState };

export type GeneratorState = "GEN_CREATED" | "GEN_RUNNING" | "GEN_SUSPENDED" | "GEN_CLOSED";

function asGenerator(g: unknown, fn: string): Generator {
  if (g instanceof Generator) return g;
  throw new TypeError(`${fn}() expects a pycoro generator, not ${typeName(g)}`);
}

/** The generator's state, as `inspect.getgeneratorstate`. */
export function getGeneratorState(g: object): GeneratorState {
  const f = asGenerator(g, "getGeneratorState");
  if (isRunning(f)) return "GEN_RUNNING";
  const s = f.$s;
  if (s > 0) return "GEN_SUSPENDED";
  if (s === CLOSED) return "GEN_CLOSED";
  return "GEN_CREATED";
}

/**
 * The generator's locals by the user's names, as `inspect.getgeneratorlocals` (`{}` once closed).
 * Locals that hold `undefined` (not yet assigned, or assigned None) are omitted.
 */
export function getGeneratorLocals(g: object): Record<string, unknown> {
  return frameLocals(asGenerator(g, "getGeneratorLocals"));
}

/** The coroutine's state, as `inspect.getcoroutinestate` (CO-03). */
export function getCoroutineState(c: object): CoroutineState {
  if (c instanceof Coroutine) return coroutineState(c);
  throw new TypeError(`getCoroutineState() expects a pycoro coroutine, not ${typeName(c)}`);
}

/**
 * The async generator's state: `AGEN_RUNNING` while its body runs or an asend/athrow/aclose
 * awaitable is in flight, `AGEN_SUSPENDED` at a yield, `AGEN_CLOSED` once finished (Python 3.12's
 * `inspect.getasyncgenstate`; 3.11 has none).
 */
export function getAsyncGenState(ag: object): AsyncGenState {
  if (ag instanceof AsyncGenerator) return asyncGenState(ag);
  throw new TypeError(`getAsyncGenState() expects a pycoro async generator, not ${typeName(ag)}`);
}
