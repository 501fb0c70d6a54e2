// pycoro's public API (package entry "pycoro").
//
// Why this file exists: users import markers, errors, introspection and types from here only;
// the classes and helpers emitted code needs live in internal.ts ("pycoro/internal").

export { generator, coroutine } from "./markers.js";
export {
  StopIteration,
  StopAsyncIteration,
  GeneratorExit,
  RuntimeError,
  ValueError,
  CancelledError,
  InvalidStateError,
  TimeoutError,
  QueueEmpty,
  QueueFull,
  ExceptionGroup,
} from "./errors.js";
export { getGeneratorState, getGeneratorLocals, type GeneratorState } from "./introspect.js";
export { isGenerator } from "./delegate.js";
export type { PyGenerator, PyIterator, PyCoroutine, PyAsyncGenerator, ErrorClass, GeneratorFrameInfo } from "./types.js";
export * from "./loop/index.js";
