// The loop's clocks: real (monotonic, waits with setTimeout) and virtual (jumps instantly).
//
// Why this file exists: `loop.time()` is asyncio's only notion of time, in seconds. Tests and
// fixtures need runs that are deterministic and instant, so a loop can use a virtual clock that
// never waits: when nothing is ready, the loop moves it straight to the next timer. To keep the
// order CPython shows with a real clock, every read of the virtual clock advances it by one
// nanosecond, as a real monotonic clock does between two calls: two `call_later(d)` made one after
// the other get increasing deadlines and fire FIFO (LOOP-02), while `call_at(t)` with one shared `t`
// keeps heapq's tie order. Its resolution (asyncio's `_clock_resolution`: a timer is due when
// `when < now + resolution`) is one microsecond, so timers armed a few reads apart fire in the same
// iteration, as they do in CPython, whose selector wakes up late enough to find them all due.

/** A time source for an event loop. Times are seconds. */
export interface Clock {
  /** "real" or "virtual" */
  readonly kind: "real" | "virtual";
  /** Current time, seconds (asyncio's `loop.time()`). */
  now(): number;
  /** Smallest distinguishable step (asyncio's `_clock_resolution`). */
  readonly resolution: number;
  /** Virtual clocks only: move time forward to `t` (never backwards). */
  advanceTo?(t: number): void;
}

/** `time.monotonic()`: seconds since an arbitrary origin, from `performance.now()`. */
export class RealClock implements Clock {
  readonly kind = "real" as const;
  readonly resolution = 1e-9;
  now(): number {
    return performance.now() / 1000;
  }
}

/** A clock that only moves when told to (plus 1 ns per read, see the header). Starts at `start`. */
export class VirtualClock implements Clock {
  readonly kind = "virtual" as const;
  readonly resolution = 1e-6;
  private t: number;
  constructor(start = 0) {
    this.t = start;
  }
  now(): number {
    const t = this.t;
    this.t = t + 1e-9;
    return t;
  }
  advanceTo(t: number): void {
    if (t > this.t) this.t = t;
  }
}

export type ClockOption = "real" | "virtual" | Clock;

export function makeClock(opt: ClockOption | undefined): Clock {
  if (opt === undefined || opt === "real") return new RealClock();
  if (opt === "virtual") return new VirtualClock();
  if (typeof opt === "object" && opt !== null && typeof opt.now === "function") return opt;
  throw new TypeError(`clock must be "real", "virtual" or a Clock object, not ${String(opt)}`);
}
