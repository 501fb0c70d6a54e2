// The loop's driver in Node: when iterations run, and how the loop waits.
//
// Why this file exists: CPython's run_forever is `while True: _run_once()` on a thread that may
// block in select(). Node cannot block, so the loop runs iterations synchronously in batches, with
// itself set as the running loop, and between batches returns to Node's event loop ("parked", still
// running). When nothing is ready and the next timer is in the future it parks: with the real clock
// on a setTimeout until that timer; with a virtual clock it moves time straight to the deadline,
// after yielding to Node once so that JavaScript work in flight (promise callbacks, bridged
// promises) can schedule something first. With nothing scheduled at all it parks until something
// is scheduled from outside (a promise bridged with wrapFuture settling, user code calling
// callSoon), which wakes it; a virtual clock also waits, instead of jumping, while executor jobs
// it awaits are in flight (their results arrive with callSoonThreadsafe, which wakes it). Every
// ~10 ms of work it yields to Node, and while bridged promises are in flight it yields a
// microtask between iterations, so promise callbacks and I/O get their turn
// the way a CPython loop polls its selector every iteration. None of this changes what happens
// inside the loop: iteration counts and orders are CPython's.

import type { EventLoop } from "./events.js";
import { _setRunningLoop } from "./state.js";
import { _restoreAsyncgenHooks, setAsyncgenHooks } from "../objects/host.js";

/** asyncio's MAXIMUM_SELECT_TIMEOUT (one day). */
const MAXIMUM_SELECT_TIMEOUT = 24 * 3600;
/** Wall-clock milliseconds of uninterrupted work before the driver yields to Node. */
const SLICE_MS = 10;
/**
 * The same while sockets or servers are open (io/): their events wait for the loop to yield, as a
 * CPython loop polls its selector every iteration. Checked every 8 iterations.
 */
const IO_SLICE_MS = 1;

/** Run iterations until the loop must wait, stops, or should yield to Node. */
export function runBatch(loop: EventLoop): void {
  loop._parked = false;
  loop._parkTimer = null;
  loop._ioWake = false;
  if (!loop._running || loop._inBatch) return;
  loop._inBatch = true;
  const prevLoop = _setRunningLoop(loop);
  const prevHooks = setAsyncgenHooks(loop._hooks);
  try {
    const start = performance.now();
    let n = 0;
    let next = 32; // the iteration count at which the slice's clock is read next
    for (;;) {
      if (!loop._stopping && loop._ready.size === 0) {
        loop._cleanupTimers();
        const sched = loop._scheduled;
        if (sched.length === 0) {
          park(loop, -1); // nothing to do until something is scheduled from outside
          return;
        }
        const when = sched.firstWhen();
        const clock = loop._clock;
        const delay = when - clock.now();
        if (delay > 0) {
          if (clock.advanceTo === undefined) {
            park(loop, Math.min(delay, MAXIMUM_SELECT_TIMEOUT));
            return;
          }
          if (loop._threadJobs > 0) {
            // Work in worker threads takes no virtual time: wait for it before time jumps.
            park(loop, -1);
            return;
          }
          if (!loop._jumpYielded) {
            // Before time jumps, let JavaScript work in flight run once: it may schedule
            // something earlier than the next timer.
            loop._jumpYielded = true;
            park(loop, 0);
            return;
          }
          clock.advanceTo(when);
        }
      }
      loop._jumpYielded = false;
      loop._runOnce();
      if (loop._stopping) {
        finishRun(loop, null, false);
        return;
      }
      if (loop._pendingBridges > 0) {
        // Let settled promises deliver between iterations.
        loop._parked = true;
        queueMicrotask(loop._drive);
        return;
      }
      const r = loop._resteps; // iterations a lone task ran inside its step (tasks.ts restepAlone)
      if (r !== 0) {
        loop._resteps = 0;
        n += r;
      }
      if (loop._ioActive > 0 ? (++n & 7) === 0 && performance.now() - start >= IO_SLICE_MS : ++n >= next && ((next = n + 32), performance.now() - start >= SLICE_MS)) {
        park(loop, 0);
        return;
      }
    }
  } catch (e) {
    finishRun(loop, e, true); // only a bug gets here: callbacks' errors are reported, not raised
  } finally {
    loop._inBatch = false;
    _setRunningLoop(prevLoop);
    _restoreAsyncgenHooks(prevHooks);
  }
}

/** Wait: -1 until woken, 0 for one macrotask, else `seconds` on a real timer. */
function park(loop: EventLoop, seconds: number): void {
  loop._parked = true;
  if (seconds < 0) {
    // A loop waiting for a signal (io/signals.ts) keeps Node alive, as CPython's blocks in select().
    const sigs = loop._signalHandlers;
    loop._parkTimer = sigs !== null && sigs.size > 0 ? setTimeout(loop._drive, MAXIMUM_SELECT_TIMEOUT * 1000) : null;
  } else if (seconds === 0) loop._parkTimer = setImmediate(loop._drive);
  else loop._parkTimer = setTimeout(loop._drive, Math.ceil(seconds * 1000));
}

/** Something was scheduled on a parked loop: run it again soon. */
export function wake(loop: EventLoop): void {
  if (!loop._parked || loop._inBatch) return;
  const t = loop._parkTimer;
  if (t !== null) {
    clearTimeout(t as ReturnType<typeof setTimeout>);
    clearImmediate(t as ReturnType<typeof setImmediate>);
  }
  loop._parkTimer = null;
  loop._parked = false;
  queueMicrotask(loop._drive);
}

/**
 * An exception raised "into" the running loop from outside its callbacks (a second SIGINT raises
 * KeyboardInterrupt wherever CPython's loop is, usually in select()): run_forever ends with it.
 * Called between Node's callbacks, so never inside a batch. False if the loop is not running.
 */
export function interruptLoop(loop: EventLoop, error: unknown): boolean {
  if (!loop._running || loop._inBatch) return false;
  const t = loop._parkTimer;
  if (t !== null) {
    clearTimeout(t as ReturnType<typeof setTimeout>);
    clearImmediate(t as ReturnType<typeof setImmediate>);
  }
  loop._parkTimer = null;
  finishRun(loop, error, true);
  return true;
}

/**
 * An I/O event (io/) scheduled a callback on a parked loop: run it at Node's check phase, after
 * the other I/O events of the same poll have been queued too, so that one batch handles them all
 * as one selector poll does in CPython (a microtask would run a batch per socket event).
 */
export function wakeForIo(loop: EventLoop): void {
  if (!loop._parked || loop._inBatch || loop._ioWake) return;
  const t = loop._parkTimer;
  if (t !== null) {
    clearTimeout(t as ReturnType<typeof setTimeout>);
    clearImmediate(t as ReturnType<typeof setImmediate>);
  }
  loop._ioWake = true;
  loop._parkTimer = setImmediate(loop._drive);
}

/** run_forever returns: reset the running state, settle its promise. */
function finishRun(loop: EventLoop, error: unknown, failed: boolean): void {
  loop._stopping = false;
  loop._running = false;
  loop._parked = false;
  const resolve = loop._runResolve;
  const reject = loop._runReject;
  loop._runResolve = loop._runReject = null;
  if (failed) reject?.(error);
  else resolve?.();
}
