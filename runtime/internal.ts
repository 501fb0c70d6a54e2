// What emitted code imports: `import * as __pycoro from "pycoro/internal"` (DESIGN.md §2).
//
// Why this file exists: the compiler's output depends on exactly these names, and nothing else in
// the runtime, so this list is the runtime half of the compiler/runtime contract. Users should not
// import it.

export { Generator, GeneratorCoroutine } from "./generator.js";
export { yieldFrom } from "./delegate.js";
export { DELEGATE, type FrameMeta } from "./frame.js";
export { defineGenerator } from "./markers.js";
// Helpers lowered for-of / for-in / destructuring / rejected functions call (lowering-helpers.ts).
export * from "./lowering-helpers.js";
// Errors emitted code may raise or test for (e.g. `instanceof GeneratorExit` in lowered handlers).
export { StopIteration, GeneratorExit, RuntimeError, ValueError } from "./errors.js";
export { iter, iterClose, forIn, objectCoercible, objectRest, destructureIter, compileError } from "./lowering-helpers.js";
