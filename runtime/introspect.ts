// inspect.getgeneratorstate / inspect.getgeneratorlocals for pycoro generators.
//
// Why this file exists: SURFACE.md §2 names these two functions as the public introspection API.
// The state is derived from the frame and its delegation stack (a delegator is GEN_RUNNING while
// its sub-generator runs, YF-13), never stored, so it is always consistent with the driver.

import { typeName } from "./errors.js";
import { CLOSED } from "./frame.js";
import { isRunning } from "./driver.js";
import { Generator, frameLocals } from "./generator.js";

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
