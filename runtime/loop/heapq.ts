// Python's `heapq` (push, pop, heapify), step for step.
//
// Why this file exists: PriorityQueue is a heapq, and ties and failing comparisons must come
// out as CPython's do. (The loop's timers use the same algorithm on deadlines alone, written over
// parallel arrays: timer-heap.ts.) Reproducing CPython's tie order means reproducing its exact sift algorithm
// (Lib/heapq.py, identical to Modules/_heapqmodule.c): the "bottom-up" `_siftup` that walks to a
// leaf along the smaller children and then sifts the new item back down. Items move by swaps, as in
// the C module, so a comparison that throws (PriorityQueue's TypeError, Q-03) leaves the heap a
// permutation of its items with the new one in it, where CPython leaves it.

/** Anything with a `less than` test (PriorityQueue: Python's `<`). */
export type Less<T> = (a: T, b: T) => boolean;

/** heapq.heappush */
export function heappush<T>(heap: T[], item: T, lt: Less<T>): void {
  heap.push(item);
  siftdown(heap, 0, heap.length - 1, lt);
}

/** heapq.heappop (the heap must not be empty) */
export function heappop<T>(heap: T[], lt: Less<T>): T {
  const last = heap.pop() as T;
  if (heap.length > 0) {
    const top = heap[0];
    heap[0] = last;
    siftup(heap, 0, lt);
    return top;
  }
  return last;
}

/** heapq.heapify */
export function heapify<T>(heap: T[], lt: Less<T>): void {
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftup(heap, i, lt);
}

function siftdown<T>(heap: T[], start: number, pos: number, lt: Less<T>): void {
  const item = heap[pos];
  while (pos > start) {
    const parentPos = (pos - 1) >> 1;
    const parent = heap[parentPos];
    if (!lt(item, parent)) break;
    heap[parentPos] = item;
    heap[pos] = parent;
    pos = parentPos;
  }
}

function siftup<T>(heap: T[], pos: number, lt: Less<T>): void {
  const end = heap.length;
  const start = pos;
  const item = heap[pos];
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !lt(heap[child], heap[right])) child = right;
    heap[pos] = heap[child];
    heap[child] = item;
    pos = child;
    child = 2 * pos + 1;
  }
  siftdown(heap, start, pos, lt);
}
