// Python's exception classes, as JavaScript errors.
//
// Why this file exists: emitted code and users catch and compare exceptions by class, and messages
// must read as CPython's (`RuntimeError: generator ignored GeneratorExit`), so every Python
// exception the runtime raises gets a real `Error` subclass whose `name` is the Python name.
// Python's `BaseException` is JavaScript's `Error`; Python's `TypeError` is JavaScript's own
// `TypeError`. `__cause__` is the standard `cause`; `__context__` is a `context` property, set
// only where CPython itself sets it on an exception the runtime creates (PEP 479 conversion).
// `typeName` gives the type names that appear in messages (SURFACE.md §2).

/** Sets `name` on the prototype (non-enumerable, like `Error.prototype.name`), not per instance. */
function named<C extends abstract new (...a: never[]) => Error>(C: C, name: string): C {
  Object.defineProperty(C.prototype, "name", { value: name, writable: true, configurable: true });
  return C;
}

function str(v: unknown): string {
  try {
    return String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}

/** Raised by `send`/`next` when a generator returns; `value` is the return value. */
export class StopIteration extends Error {
  readonly value: unknown;
  /** Python's implicit exception context (`__context__`), where the runtime sets one. */
  declare context?: unknown;
  constructor(value?: unknown) {
    super(value === undefined ? "" : str(value));
    this.value = value;
  }
}
named(StopIteration, "StopIteration");

/** Raised by an async iterator's `__anext__` when it is exhausted. */
export class StopAsyncIteration extends Error {
  declare context?: unknown;
}
named(StopAsyncIteration, "StopAsyncIteration");

/** Raised inside a generator by `close()` (a BaseException in Python: `except Exception` misses it). */
export class GeneratorExit extends Error {
  declare context?: unknown;
}
named(GeneratorExit, "GeneratorExit");

export class RuntimeError extends Error {
  declare context?: unknown;
}
named(RuntimeError, "RuntimeError");

/** Python's RecursionError (a RuntimeError): a delegation chain deeper than the recursion limit (core/recursion). */
export class RecursionError extends RuntimeError {}
named(RecursionError, "RecursionError");

export class ValueError extends Error {
  declare context?: unknown;
}
named(ValueError, "ValueError");

/** Python's LookupError: `ContextVar.get()` with no value and no default (KeyError/IndexError's base). */
export class LookupError extends Error {
  declare context?: unknown;
}
named(LookupError, "LookupError");

/** asyncio.CancelledError (a BaseException since Python 3.8). */
export class CancelledError extends Error {
  declare context?: unknown;
}
named(CancelledError, "CancelledError");

/** asyncio.InvalidStateError. */
export class InvalidStateError extends Error {
  declare context?: unknown;
}
named(InvalidStateError, "InvalidStateError");

/** asyncio.TimeoutError (in 3.11 the builtin TimeoutError). Shadows no JS global: JS has none. */
export class TimeoutError extends Error {
  declare context?: unknown;
}
named(TimeoutError, "TimeoutError");

/** asyncio.QueueEmpty. */
export class QueueEmpty extends Error {
  declare context?: unknown;
}
named(QueueEmpty, "QueueEmpty");

/** asyncio.QueueFull. */
export class QueueFull extends Error {
  declare context?: unknown;
}
named(QueueFull, "QueueFull");

/**
 * Python's `ExceptionGroup(message, exceptions)`, as an `AggregateError` (whose `errors` are the
 * `exceptions`). As in Python the sequence must be non-empty.
 */
export class ExceptionGroup extends AggregateError {
  declare context?: unknown;
  constructor(message: string, exceptions: Iterable<unknown>, options?: ErrorOptions) {
    const list = Array.from(exceptions);
    if (list.length === 0) throw new ValueError("second argument (exceptions) must be a non-empty sequence");
    if (!groupingThrown) {
      for (const e of list) {
        if (!(e instanceof Error)) {
          throw new ValueError(`Item ${list.indexOf(e)} of second argument (exceptions) is not an exception`);
        }
      }
    }
    super(list, message, options);
  }

  /**
   * The group the runtime raises for what its tasks threw (a TaskGroup's failures): the values as
   * they were thrown, non-Error values included, as AggregateError holds them. Only a user's
   * `new ExceptionGroup(...)` checks its members as CPython does.
   */
  static ofThrown(message: string, thrown: unknown[]): ExceptionGroup {
    groupingThrown = true;
    try {
      return new ExceptionGroup(message, thrown);
    } finally {
      groupingThrown = false;
    }
  }
  /** Python's `eg.exceptions` (a tuple there; a frozen array here). */
  get exceptions(): readonly Error[] {
    return Object.freeze(this.errors.slice()) as readonly Error[];
  }
}
named(ExceptionGroup, "ExceptionGroup");
let groupingThrown = false;

/**
 * `new C(arg)` without capturing a stack trace (~10x cheaper in V8). For the control-flow signals
 * the runtime raises on its own behalf — the StopIteration that carries a return value out of
 * `send`, the GeneratorExit that `close()` raises — whose JavaScript stack would only show the
 * driver.
 */
export function signal<E extends Error>(C: new (arg?: never) => E, arg?: unknown): E {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return arg === undefined ? new C() : new C(arg as never);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * CPython's TypeError for an order comparison of `a` with a number (`delay <= 0`, `value < 0`), for a
 * value the types forbid but a JavaScript caller can pass (`sleep("1")`, `new Semaphore("x")`):
 * `'<=' not supported between instances of 'string' and 'number'`. JavaScript would coerce and go on.
 */
export function notOrderable(op: string, a: unknown): TypeError {
  return new TypeError(`'${op}' not supported between instances of '${a === null || a === undefined ? "NoneType" : typeName(a)}' and 'number'`);
}

/** Objects that report their own Python type name (pycoro's generators and coroutines). */
interface PyTyped {
  readonly $kind: string;
}

/**
 * The type name used in messages: `typeof` for primitives (`number`, `string`, ...), `null` for
 * null, Python's names for pycoro's objects (`generator`, `coroutine`, `async_generator`), else the
 * constructor's name (`Object` for plain and null-prototype objects).
 */
export function typeName(x: unknown): string {
  if (x === null) return "null";
  const t = typeof x;
  if (t !== "object") return t;
  const k = (x as Partial<PyTyped>).$kind;
  if (typeof k === "string") return k;
  let name: unknown;
  try {
    name = (x as { constructor?: { name?: unknown } }).constructor?.name;
  } catch {
    name = undefined;
  }
  return typeof name === "string" && name !== "" ? name : "Object";
}
