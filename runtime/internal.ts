// What emitted code imports: `import * as __pycoro from "pycoro/internal"` (DESIGN.md §2).
//
// Why this file exists: the compiler's output depends on exactly these names, and nothing else in
// the runtime, so this list is the runtime half of the compiler/runtime contract. Users should not
// import it.

export { Generator, GeneratorCoroutine } from "./objects/generator.js";
// The per-class `$next` of a generator frame (compiler/passes/emit.ts `nextMethod`) and its slow paths.
export { resumeFrame as resume, stepError, delegated } from "./objects/generator.js";
export { yieldFrom } from "./core/yield-from.js";
export { DELEGATE, type FrameMeta } from "./core/frame.js";
export { frameClass, defineGenerator, defineGeneratorCoroutine, defineCoroutine, defineAsyncGenerator, defineClosure } from "./objects/markers.js";
// Native coroutines and async generators (DESIGN.md §6, §7).
export { Coroutine } from "./objects/coroutine.js";
export { AsyncGenerator } from "./objects/asyncgen.js";
export { awaitValue, awaitRaised, awaitOther, INLINE_DEPTH, SLEEP, sleep0 } from "./objects/await.js";
// `for await` (async for) and `await using` (async with) lowerings (DESIGN.md §8).
export { forAwaitIter as aiter, forAwaitNext as anext, aexitOf, aenter, aexit } from "./objects/async-helpers.js";
// Helpers lowered for-of / for-in / destructuring / rejected functions call (lowering-helpers.ts).
export * from "./core/lowering-helpers.js";
// Errors emitted code may raise or test for (e.g. `instanceof GeneratorExit` in lowered handlers).
export { StopIteration, StopAsyncIteration, GeneratorExit, RuntimeError, ValueError } from "./core/errors.js";
// `pycoro build --emit ts` (compiler/emit-ts.ts): the compiled function, typed as the source was.
// `source` is the original marked function, kept only as a type witness and never called.
export function typed<T>(compiled: unknown, _source: () => T): T {
  return compiled as T;
}
export function typedReturn<F extends (...args: never[]) => unknown>(compiled: unknown, _source: F): ReturnType<F> {
  return compiled as ReturnType<F>;
}
