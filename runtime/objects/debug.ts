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
// construct, and gets the compiled class itself back. In debug mode it gets a Proxy of it whose
// construct trap registers the new coroutine (and, in CPython's debug mode, where it was created:
// `cr_origin`); the first step, `close()` or `throw()` (wrapped on the class's prototype) unregisters it, since a coroutine that
// started, or was closed before starting, is not "never awaited" (CPython marks it that way too).

import { CREATED, type Frame } from "../core/frame.js";

type Env = { env?: Record<string, string | undefined>; emitWarning?(msg: string, o: object): void };
const proc = (globalThis as { process?: Env }).process;

/** asyncio's debug switch, read once at start-up. */
const DEBUG = !!(proc?.env?.PYTHONASYNCIODEBUG || proc?.env?.PYCORO_DEBUG);

interface Created {
  qualname: string;
  origin: string;
  /** Its key in `live`. */
  ref?: WeakRef<object>;
}

const registry = DEBUG ? new FinalizationRegistry<Created>((c) => {
  if (c.ref !== undefined) live.delete(c.ref);
  neverAwaited(c);
}) : null;

function neverAwaited(c: Created): void {
  const message = `coroutine '${c.qualname}' was never awaited`;
  const detail = `Coroutine created at (most recent call last)\n${c.origin}`;
  if (proc?.emitWarning) proc.emitWarning(message, { type: "RuntimeWarning", detail });
  else console.warn(`RuntimeWarning: ${message}\n${detail}`);
}

/** Debug mode: the coroutines created and not yet started, weakly, for `reportNeverAwaited`. */
const live = new Map<WeakRef<object>, Created>();
const liveRef = new WeakMap<object, WeakRef<object>>();

function track(c: object, info: Created): void {
  registry!.register(c, info, c);
  const ref = new WeakRef(c);
  info.ref = ref;
  liveRef.set(c, ref);
  live.set(ref, info);
}

function untrack(c: object): void {
  registry!.unregister(c);
  const ref = liveRef.get(c);
  if (ref !== undefined) {
    liveRef.delete(c);
    live.delete(ref);
  }
}

/**
 * A loop is closing (asyncio.run's end): in debug mode, warn now about every coroutine still
 * never awaited instead of at a collection a short program never reaches (issue 10); each is
 * reported once.
 */
export function reportNeverAwaited(): void {
  if (registry === null || live.size === 0) return;
  for (const [ref, info] of [...live]) {
    live.delete(ref);
    const c = ref.deref();
    if (c === undefined) continue; // collected: the registry reports it
    registry.unregister(c);
    liveRef.delete(c);
    neverAwaited(info);
  }
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
  const proto = C.prototype as { $step: Step; close(): undefined; throw(...a: unknown[]): unknown };
  const step = proto.$step;
  const close = proto.close;
  const thrw = proto.throw;
  // The instances stay instances of C itself (not of a subclass), so that V8 names their step
  // frames `C.$step` and tracebacks show the function's name; the wrappers below sit in this file,
  // which tracebacks leave out.
  // A marked closure's class (markers.ts `defineClosure`) has no `$step` on its prototype: each
  // frame holds its own, a closure over the scope of its marker; the construct trap wraps that one.
  const ownStep = typeof step !== "function";
  if (!ownStep) Object.defineProperty(proto, "$step", { value: function $step(this: Frame, s: number, v: unknown, m: number): unknown {
    if (s === CREATED) untrack(this);
    return step.call(this, s, v, m);
  }, writable: true, configurable: true });
  Object.defineProperties(proto, {
    close: { value: function trackedClose(this: Frame): undefined {
      untrack(this);
      return close.call(this);
    }, writable: true, configurable: true },
    throw: { value: function (this: Frame, ...args: unknown[]): unknown {
      untrack(this);
      return thrw.apply(this, args);
    }, writable: true, configurable: true },
  });
  return new Proxy(C, {
    construct(target, args, newTarget) {
      const c = Reflect.construct(target, args, newTarget) as object;
      if (ownStep) {
        const f = c as { $step: Step };
        const own = f.$step;
        f.$step = function $step(this: Frame, s: number, v: unknown, m: number): unknown {
          if (s === CREATED) untrack(this);
          return own.call(this, s, v, m);
        };
      }
      track(c, { qualname: meta.qualname, origin: origin() });
      return c;
    },
  });
}
