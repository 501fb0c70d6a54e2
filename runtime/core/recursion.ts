// sys.setrecursionlimit / sys.getrecursionlimit for pycoro's delegation chains.
//
// Why this file exists: a chain of `await`s or `yield*`s lives in the driver's explicit stack on
// the heap, not on the JavaScript stack (DESIGN.md §3), so runaway recursion through it never hits
// V8's RangeError: it grew the heap until the process aborted (5 GB, exit 134). The driver refuses
// to make a chain longer than this limit and raises RecursionError in the delegating frame.
// The default is far above CPython's 1,000: deep chains are a feature (100,000-deep chains are
// tested), and 1,000,000 frames of ~250 bytes stay well inside V8's default heap.

import { ValueError } from "./errors.js";

export const DEFAULT_RECURSION_LIMIT = 1_000_000;

/** The current limit (a box, so that the driver reads one field on the slow path that pushes frames). */
export const recursionLimit = { value: DEFAULT_RECURSION_LIMIT };

/** `sys.setrecursionlimit(n)`: the deepest delegation chain allowed (frames, the base included). */
export function setRecursionLimit(n: number): void {
  if (typeof n !== "number" || !Number.isInteger(n)) {
    throw new TypeError(`'${n === null ? "null" : typeof n}' object cannot be interpreted as an integer`);
  }
  if (n < 1) throw new ValueError("recursion limit must be greater or equal than 1");
  recursionLimit.value = n;
}

/** `sys.getrecursionlimit()`. */
export function getRecursionLimit(): number {
  return recursionLimit.value;
}
