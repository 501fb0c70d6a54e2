// pycoro's public API (package entry "pycoro").
//
// Why this file exists: users import markers, errors, introspection and types from here only;
// the classes and helpers emitted code needs live in internal.ts ("pycoro/internal").

export { generator, coroutine } from "./objects/markers.js";
export {
  StopIteration,
  StopAsyncIteration,
  GeneratorExit,
  RuntimeError,
  RecursionError,
  ValueError,
  LookupError,
  CancelledError,
  InvalidStateError,
  TimeoutError,
  QueueEmpty,
  QueueFull,
  ExceptionGroup,
} from "./core/errors.js";
export {
  getGeneratorState,
  getGeneratorLocals,
  getCoroutineState,
  getAsyncGenState,
  type GeneratorState,
  type CoroutineState,
  type AsyncGenState,
} from "./objects/introspect.js";
export { isGenerator } from "./objects/generator.js";
export { setRecursionLimit, getRecursionLimit } from "./core/recursion.js";
export { formatException, printException, extractTraceback, type TracebackEntry } from "./core/traceback.js";
export {
  aiter,
  anext,
  asyncList,
  aclosing,
  closing,
  AsyncContextManager,
  type AClosing,
  type Closing,
  type AwaitableLike,
  type PyAsyncIterator,
} from "./objects/async-helpers.js";
export type {
  PyGenerator,
  PyIterator,
  PyGeneratorCoroutine,
  PyCoroutine,
  PyCoroutineWrapper,
  PyAsyncGenerator,
  GeneratorMethod,
  GeneratorCoroutineMethod,
  AsyncGeneratorMethod,
  PyAsyncGenAwaitable,
  ErrorClass,
  GeneratorFrameInfo,
  CodeInfo,
} from "./types.js";
export { ContextVar, Token, Context, copyContext, type ContextVarOptions } from "./objects/contextvars.js";
export * from "./loop/index.js";
