// Debug mode: `coroutine 'f' was never awaited` (CO-19), reported when a coroutine that never
// started is garbage-collected.
//
// Why this file exists: CPython warns about a coroutine object finalised in the created state, a
// mistake that is otherwise silent (`f()` where `await f()` was meant). JavaScript can only see the
// collection through a FinalizationRegistry, and registering every coroutine costs more than
// creating it, so pycoro does it in debug mode only, as the issue asks; the compiler's PYC3001
// catches the same mistake statically where it can. Debug mode is asyncio's switch:
// PYTHONASYNCIODEBUG=1 (or PYCORO_DEBUG=1) in the environment when the program starts.
//
// Nothing here runs outside debug mode: `frameClass` asks `trackedClass` for the class to
// construct, and gets the compiled class itself back. In debug mode it gets a subclass whose
// constructor registers the new coroutine (and, in CPython's debug mode, where it was created:
// `cr_origin`); the first step, `close()` or `throw()` unregisters it, since a coroutine that
// started, or was closed before starting, is not "never awaited" (CPython marks it that way too).

import { CREATED, type Frame } from "../core/frame.js";

type Env = { env?: Record<string, string | undefined>; emitWarning?(msg: string, o: object): void };
const proc = (globalThis as { process?: Env }).process;

/** asyncio's debug switch, read once at start-up. */
const DEBUG = !!(proc?.env?.PYTHONASYNCIODEBUG || proc?.env?.PYCORO_DEBUG);

interface Created {
  qualname: string;
  origin: string;
}

const registry = DEBUG ? new FinalizationRegistry<Created>(neverAwaited) : null;

function neverAwaited(c: Created): void {
  const message = `coroutine '${c.qualname}' was never awaited`;
  const detail = `Coroutine created at (most recent call last)\n${c.origin}`;
  if (proc?.emitWarning) proc.emitWarning(message, { type: "RuntimeWarning", detail });
  else console.warn(`RuntimeWarning: ${message}\n${detail}`);
}

/** The JavaScript stack of the caller, oldest frame first, without pycoro's own frames. */
function origin(): string {
  const lines = (new Error().stack ?? "").split("\n").slice(1).filter((l) => !/[\\/](runtime|dist[\\/]runtime)[\\/]|\(node:/.test(l));
  return lines.reverse().join("\n");
}

type Step = (s: number, v: unknown, m: number) => unknown;
type CoroutineClass = abstract new (...a: never[]) => object;

/**
 * The class to construct for the compiled coroutine class `C`: `C` itself, or in debug mode a
 * subclass that reports its instances when they are collected without having started.
 */
export function trackedClass<C extends CoroutineClass>(C: C): C {
  if (registry === null) return C;
  const meta = (C as unknown as { $meta: { qualname: string } }).$meta;
  // (C is linked under Coroutine already: these are its step and Coroutine's close/throw)
  const step = C.prototype.$step as Step;
  const close = C.prototype.close as () => undefined;
  const thrw = C.prototype.throw as (...a: unknown[]) => unknown;
  const Base = C as unknown as new (...a: unknown[]) => Frame;
  class Tracked extends Base {
    constructor(...args: unknown[]) {
      super(...args);
      registry!.register(this, { qualname: meta.qualname, origin: origin() }, this);
    }
    $step(s: number, v: unknown, m: number): unknown {
      if (s === CREATED) registry!.unregister(this);
      return step.call(this, s, v, m);
    }
    close(): undefined {
      registry!.unregister(this);
      return close.call(this);
    }
    throw(...args: unknown[]): unknown {
      registry!.unregister(this);
      return thrw.apply(this, args);
    }
  }
  Object.defineProperty(Tracked, "name", { value: (C as { name: string }).name });
  return Tracked as unknown as C;
}
