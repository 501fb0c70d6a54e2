// Unix signals on the event loop: loop.addSignalHandler / removeSignalHandler, and asyncio.run's
// SIGINT behaviour (KeyboardInterrupt).
//
// Why this file exists: asyncio's unix_events.py lets a program react to a signal with a callback
// run by the loop (never inside the signal handler itself), and asyncio.Runner turns the first
// Ctrl-C into a cancellation of the main task so that its `finally` blocks and awaiting cleanup
// run. Node delivers signals as `process` events between its own callbacks, which is where CPython's
// C-level handler would write to the loop's self-pipe; this file turns those events into asyncio's
// behaviour:
//
// - Signals are named as Node names them ("SIGUSR1"); a number is accepted too (Python's
//   `signal.SIGUSR1` is an int). Errors are CPython's: `invalid signal number 0`,
//   `sig 9 cannot be caught` (SIGKILL, SIGSTOP), `coroutines cannot be used with add_signal_handler()`.
// - The callback is a Handle pushed on the ready queue when the signal arrives (as
//   `_add_callback_signalsafe`); a second add for the same signal replaces the first.
// - While a loop with signal handlers is parked with nothing scheduled, drive.ts keeps a ref'd
//   timer so that Node stays alive to receive the signal (CPython blocks in select()).
// - Runner.run (run.ts) installs `installRunnerSigint` when nobody else listens to SIGINT: the first
//   SIGINT cancels the main task, a second one raises KeyboardInterrupt out of the running loop
//   (asyncio/runners.py 3.11 `_on_sigint`). A KeyboardInterrupt that nobody catches ends the process
//   as CPython's does: `KeyboardInterrupt` on stderr, then death by SIGINT (exit status 130 in a shell).

import { RuntimeError, ValueError } from "../../core/errors.js";
import { isCoroutine } from "../loop-coroutine.js";
import type { EventLoop } from "../events.js";
import { Handle } from "../handles.js";
import { pyRepr } from "../../core/repr.js";
import type { Task } from "../tasks.js";
import { interruptLoop } from "../batches.js";

type NodeProcess = {
  on(ev: string, f: (...a: never[]) => void): unknown;
  removeListener(ev: string, f: (...a: never[]) => void): unknown;
  listenerCount(ev: string): number;
  kill(pid: number, sig?: string | number): unknown;
  pid: number;
  stderr: { write(s: string): unknown };
  getBuiltinModule?: (m: string) => unknown;
};

function nodeProcess(): NodeProcess | null {
  const p = (globalThis as unknown as { process?: NodeProcess }).process;
  return p !== undefined && typeof p.on === "function" ? p : null;
}

let signalNumbers: Record<string, number> | null = null;
/** Node's signal table (os.constants.signals): name -> number. */
function signalTable(): Record<string, number> {
  if (signalNumbers === null) {
    const os = nodeProcess()?.getBuiltinModule?.("node:os") as { constants: { signals: Record<string, number> } } | undefined;
    signalNumbers = os?.constants.signals ?? {};
  }
  return signalNumbers;
}

/** The numbers CPython's `_check_signal` accepts: 1 .. NSIG-1 (65 on Linux). */
const NSIG = 65;

/** A signal's Node name from a name or number; CPython's TypeError/ValueError otherwise. */
export function signalName(sig: unknown): string {
  const table = signalTable();
  if (typeof sig === "string") {
    if (Object.prototype.hasOwnProperty.call(table, sig)) return sig;
    throw new ValueError(`invalid signal name ${pyRepr(sig)}`);
  }
  if (typeof sig !== "number" || !Number.isInteger(sig)) throw new TypeError(`sig must be an int, not ${pyRepr(sig)}`);
  if (!(sig >= 1 && sig < NSIG)) throw new ValueError(`invalid signal number ${sig}`);
  for (const name of Object.keys(table)) if (table[name] === sig) return name;
  // A real-time signal Node has no name for: Node cannot listen to it.
  throw new ValueError(`invalid signal number ${sig}`);
}

/** Python's KeyboardInterrupt (a BaseException: `except Exception` does not catch it in Python). */
export class KeyboardInterrupt extends Error {
  constructor(message?: string) {
    super(message ?? "");
  }
}
Object.defineProperty(KeyboardInterrupt.prototype, "name", { value: "KeyboardInterrupt", writable: true, configurable: true });

/**
 * A KeyboardInterrupt raised by a SIGINT carries this method: the program ends as CPython's does
 * when the interrupt is not caught — `KeyboardInterrupt` (the last line of Python's report) on
 * stderr, then the process kills itself with SIGINT, so that its parent sees a death by SIGINT
 * (status 130 in a shell). The CLI (bin/pycoro.mjs) and an uncaughtExceptionMonitor call it.
 */
export const EXIT_AS_PYTHON = Symbol.for("pycoro.exitAsPython");

function dieOfSigint(): void {
  const p = nodeProcess();
  if (p === null) return;
  p.stderr.write("KeyboardInterrupt\n");
  // No SIGINT listener is left once run() has restored the previous handler, so this is the
  // default action: the process ends here, before anything else prints.
  p.kill(p.pid, "SIGINT");
}

let monitorInstalled = false;
/** An uncaught KeyboardInterrupt from run() (plain `node`, `--import pycoro/register`) ends the process as Python's does. */
function installExitMonitor(p: NodeProcess): void {
  if (monitorInstalled) return;
  monitorInstalled = true;
  p.on("uncaughtExceptionMonitor", ((err: unknown) => {
    const exit = (err as { [EXIT_AS_PYTHON]?: () => void } | null)?.[EXIT_AS_PYTHON];
    if (typeof exit === "function") exit();
  }) as never);
}

/** A KeyboardInterrupt that ends the program as Python's does when nobody catches it. */
export function keyboardInterrupt(context?: unknown): KeyboardInterrupt {
  const e = new KeyboardInterrupt();
  if (context !== undefined) (e as { __context__?: unknown }).__context__ = context;
  Object.defineProperty(e, EXIT_AS_PYTHON, { value: dieOfSigint, enumerable: false });
  return e;
}

interface SignalEntry {
  handle: Handle;
  listener: () => void;
}

/** loop.add_signal_handler(sig, callback, *args). */
export function addSignalHandler(loop: EventLoop, sig: unknown, callback: Function, args: readonly unknown[]): void {
  if (isCoroutine(callback) || isCoroutineFunctionLike(callback)) throw new TypeError("coroutines cannot be used with add_signal_handler()");
  const name = signalName(sig);
  loop._checkClosed();
  if (loop._debug) loop._checkCallback(callback, "add_signal_handler");
  const p = nodeProcess();
  if (p === null) throw new RuntimeError("add_signal_handler() needs Node's process object");
  if (name === "SIGKILL" || name === "SIGSTOP") throw new RuntimeError(`sig ${signalTable()[name]} cannot be caught`);
  const handlers = (loop._signalHandlers ??= new Map());
  const handle = new Handle(callback, args, loop, null);
  const old = handlers.get(name);
  if (old !== undefined) {
    // signal.signal() replaces the handler: keep one listener per signal and loop.
    old.handle = handle;
    return;
  }
  const entry: SignalEntry = { handle, listener: () => handleSignal(loop, name) };
  try {
    p.on(name, entry.listener);
  } catch (e) {
    throw new RuntimeError(`sig ${signalTable()[name]} cannot be caught`, { cause: e });
  }
  handlers.set(name, entry);
}

/** unix_events `_handle_signal`: schedule the handler's Handle (never run it here). */
function handleSignal(loop: EventLoop, name: string): void {
  const entry = loop._signalHandlers?.get(name);
  if (entry === undefined) return;
  if (entry.handle._cancelled) {
    removeSignalHandler(loop, name);
    return;
  }
  if (loop._closed) return;
  loop._ready.push(entry.handle);
  if (loop._parked) loop._wake();
}

/** loop.remove_signal_handler(sig): true if a handler was removed. */
export function removeSignalHandler(loop: EventLoop, sig: unknown): boolean {
  const name = signalName(sig);
  const handlers = loop._signalHandlers;
  const entry = handlers?.get(name);
  if (entry === undefined) return false;
  handlers!.delete(name);
  nodeProcess()?.removeListener(name, entry.listener);
  return true;
}

/** Every handler of `loop` removed (loop.close(), as unix_events' close()). */
export function removeAllSignalHandlers(loop: EventLoop): void {
  const handlers = loop._signalHandlers;
  if (handlers === null) return;
  for (const name of [...handlers.keys()]) removeSignalHandler(loop, name);
}

const coroutineFunctionTag = Symbol.for("pycoro.compiled");
/** A compiled `coroutine(async ...)` function: its tag is its frame class's `$meta` (objects/markers.ts). */
function isCoroutineFunctionLike(fn: unknown): boolean {
  if (typeof fn !== "function") return false;
  const meta = (fn as unknown as Record<symbol, unknown>)[coroutineFunctionTag] as { kind?: unknown } | undefined;
  return meta?.kind === "coroutine";
}

/** What Runner.run keeps while its SIGINT handler is installed. */
export interface RunnerSigint {
  /** How many SIGINTs arrived (asyncio.Runner._interrupt_count). */
  count: number;
  /** Put the previous handling back (Node's default: no listener). */
  restore(): void;
}

let workerThread: boolean | undefined;

/**
 * True in a worker thread. Node loads node:worker_threads while it starts a worker, so where the
 * module list says it is not loaded this is the main thread, known without loading it (1 MB of
 * RSS in every run(), issue 12: 41.0 -> 42.1 MB measured alone).
 */
function inWorkerThread(p: NodeProcess): boolean {
  if (workerThread !== undefined) return workerThread;
  const list = (p as { moduleLoadList?: unknown }).moduleLoadList;
  if (Array.isArray(list) && !list.includes("NativeModule worker_threads")) return (workerThread = false);
  const wt = p.getBuiltinModule?.("node:worker_threads") as { isMainThread: boolean } | undefined;
  return (workerThread = wt !== undefined && !wt.isMainThread);
}

/**
 * asyncio.Runner.run's SIGINT handler for `task` on `loop`, or null where CPython would not install
 * one (a SIGINT listener is already there — the analogue of a handler other than
 * default_int_handler — or this is not the main thread).
 */
export function installRunnerSigint(loop: EventLoop, task: Task<unknown>): RunnerSigint | null {
  const p = nodeProcess();
  if (p === null || p.listenerCount("SIGINT") > 0 || inWorkerThread(p)) return null;
  const state: RunnerSigint = { count: 0, restore: () => p.removeListener("SIGINT", onSigint) };
  function onSigint(): void {
    // loop.addSignalHandler("SIGINT") replaced this handler (signal.signal in CPython).
    if (loop._signalHandlers?.has("SIGINT")) return;
    state.count += 1;
    if (state.count === 1 && !task.done()) {
      task.cancel();
      // wake the loop if it waits (CPython: call_soon_threadsafe(lambda: None))
      loop.callSoonThreadsafe(() => {});
      return;
    }
    interruptLoop(loop, keyboardInterrupt());
  }
  p.on("SIGINT", onSigint);
  installExitMonitor(p);
  return state;
}
