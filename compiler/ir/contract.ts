/**
 * contract.ts — the numbers emitted code and the runtime must agree on (docs/DESIGN.md §1, §6).
 *
 * The compiler writes these numbers into every `$step` method; the runtime reads and writes the same
 * fields. Both sides import them from this one file (the runtime through runtime/core/frame.ts and
 * runtime/objects/await.ts), so they cannot drift. It imports nothing: the runtime loads it without the
 * compiler or TypeScript.
 */

/** `$s` of a frame: 0 created, N > 0 suspended at resume point N, -1 closed, -2 running (its step is on the JS stack). */
export const CREATED = 0;
export const CLOSED = -1;
export const RUNNING = -2;

/**
 * `$cB`, the pending completion of the B-th lowered `finally`: a state N >= 1 to continue at, or
 * one of these, with the exception or return value in `$xB`.
 */
export const COMPLETION_THROW = -1;
export const COMPLETION_RETURN = -2;

/**
 * How many inline runs may nest on the JavaScript stack under `await` before it hands over to the
 * driver. `$step($s, $v, $m)`: `$m > 0` throws `$v` in at the resume point; `$m <= 0` is a send,
 * and `-$m` is the inline depth; an await site runs a new coroutine inline only while
 * `$m > -INLINE_DEPTH`.
 */
export const INLINE_DEPTH = 64;
