// The loop's timer heap: asyncio's `_scheduled` (a heapq of TimerHandles ordered by `when`), kept
// as two parallel arrays — the deadlines in a Float64Array, the handles in a plain array — that
// keep their storage.
//
// Why this file exists: with the handles in a JavaScript array and `heapq.ts` comparing
// `a._when < b._when`, every comparison of a sift loaded two handles scattered over the heap: with
// 100,000 timers pending, popping them was cache misses (the bench's "bare" program, 100,000
// `callLater`s in [0, 20) ms and nothing else: 65% of its profile in `_runOnce` on the comparator
// line; the peers `timers` workload: 605 ms wall against 81 for the floor). Here a comparison reads
// two doubles from one contiguous array, the handles only move. The arrays grow by doubling and
// never shrink (a heap that empties and fills again allocates nothing); vacated slots are cleared
// so that handles can be collected.
//
// The order is CPython's, tie for tie (LOOP-02): the same algorithm as Lib/heapq.py's `heappush`,
// `heappop` and `heapify` (`_siftdown`, the bottom-up `_siftup`), on `when` alone; items move into
// a hole instead of by swaps, which ends in the same arrangement (a comparison of numbers cannot
// throw, so heapq.ts's swap-by-swap exception safety is not needed here).
//
// Cancelled timers stay in the heap until the loop drops them (LOOP-04): `dropCancelled` is
// CPython's rebuild (`[h for h in heap if not h._cancelled]` + heapify), done in place.

import type { TimerHandle } from "./handles.js";

/** The loop's heap of TimerHandles, smallest `when` first. */
export class TimerHeap {
  /** `when` of each entry, parallel to `h` (entries 0..n-1). */
  private w: Float64Array;
  /** the handles; slots n.. are null */
  private h: (TimerHandle | null)[];
  private n: number;

  constructor() {
    this.w = new Float64Array(16);
    this.h = new Array(16).fill(null);
    this.n = 0;
  }

  /** Number of timers in the heap (cancelled ones included). */
  get length(): number {
    return this.n;
  }

  /** The handle with the smallest deadline (heap[0]); the heap must not be empty. */
  first(): TimerHandle {
    return this.h[0]!;
  }

  /** Its deadline, from the contiguous array. */
  firstWhen(): number {
    return this.w[0];
  }

  /** heapq.heappush(heap, handle) */
  push(handle: TimerHandle): void {
    const n = this.n;
    if (n === this.w.length) this.grow();
    // A deadline that is not a number (callAt("5")) is compared as JavaScript's `<` would have
    // compared it with numbers.
    const when = handle._when;
    this.n = n + 1;
    this.siftdown(0, n, handle, typeof when === "number" ? when : Number(when));
  }

  /** heapq.heappop(heap): the handle with the smallest deadline; the heap must not be empty. */
  pop(): TimerHandle {
    const h = this.h;
    const top = h[0]!;
    const last = --this.n;
    const item = h[last]!;
    const when = this.w[last];
    h[last] = null;
    if (last > 0) this.siftup(0, item, when);
    return top;
  }

  /**
   * Remove every cancelled handle (marking it unscheduled) and re-heapify what is left, keeping
   * the survivors' relative positions first (CPython's list comprehension, then `heapify`).
   */
  dropCancelled(): void {
    const h = this.h;
    const w = this.w;
    const n = this.n;
    let k = 0;
    for (let i = 0; i < n; i++) {
      const x = h[i]!;
      if (x._cancelled) {
        x._scheduled = false;
        continue;
      }
      h[k] = x;
      w[k] = w[i];
      k++;
    }
    for (let i = k; i < n; i++) h[i] = null;
    this.n = k;
    // heapq.heapify: _siftup every parent, from the last one up.
    for (let i = (k >> 1) - 1; i >= 0; i--) this.siftup(i, h[i]!, w[i]);
  }

  /** Forget every timer (loop.close()); the storage shrinks back. */
  clear(): void {
    this.w = new Float64Array(16);
    this.h = new Array(16).fill(null);
    this.n = 0;
  }

  /** The handles in heap order (for tests and reprs). */
  *[Symbol.iterator](): Iterator<TimerHandle> {
    for (let i = 0; i < this.n; i++) yield this.h[i]!;
  }

  /** The handles in heap order, as an array. */
  toArray(): TimerHandle[] {
    return [...this];
  }

  private grow(): void {
    const cap = this.w.length * 2;
    const w = new Float64Array(cap);
    w.set(this.w);
    this.w = w;
    const h = this.h;
    for (let i = h.length; i < cap; i++) h.push(null);
  }

  /**
   * heapq._siftdown: the hole at `pos` moves up while `when` is smaller than its parent's (strict
   * `<`: an equal parent stays above), then `item` fills it.
   */
  private siftdown(start: number, pos: number, item: TimerHandle, when: number): void {
    const h = this.h;
    const w = this.w;
    while (pos > start) {
      const parent = (pos - 1) >> 1;
      const pw = w[parent];
      if (!(when < pw)) break;
      h[pos] = h[parent];
      w[pos] = pw;
      pos = parent;
    }
    h[pos] = item;
    w[pos] = when;
  }

  /**
   * heapq._siftup (bottom-up): the hole at `pos` sinks to a leaf along the smaller child (the
   * right one unless the left is strictly smaller), then `item` sifts back up from there.
   */
  private siftup(pos: number, item: TimerHandle, when: number): void {
    const h = this.h;
    const w = this.w;
    const end = this.n;
    const start = pos;
    let child = 2 * pos + 1;
    while (child < end) {
      const right = child + 1;
      if (right < end && !(w[child] < w[right])) child = right;
      h[pos] = h[child];
      w[pos] = w[child];
      pos = child;
      child = 2 * pos + 1;
    }
    this.siftdown(start, pos, item, when);
  }
}
