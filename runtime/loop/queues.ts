// asyncio.Queue, PriorityQueue and LifoQueue (CPython 3.11's asyncio/queues.py, step for step).
//
// Why this file exists: producer/consumer code coordinates through queues, and its traces depend
// on exactly how a queue wakes its waiters (python-semantics.md §14, Q-01..07). As in CPython, a
// blocked `get()`/`put()` waits in line (its own frame stands for CPython's future: waiters.ts
// ParkingCoroutine); `putNowait`/`getNowait` wake the first waiter that is not done (its future's
// `set_result(None)`), so every woken task runs one iteration later
// and takes its item only then. A waiter cancelled after it was woken passes the wake-up
// to the next one, so no item and no free slot is lost. `get`, `put` and `join` are
// coroutines written as frames (frame-coroutine.ts, like `sleep`): `await q.get()` in a compiled
// coroutine runs inline and costs no iteration when the queue is not empty, and a task can
// be created from them.
//
// Surface (SURFACE.md §2): `new Queue<T>(maxsize = 0)` (a Python positional stays positional;
// `maxsize <= 0` is unbounded), `put`, `get`, `join` (coroutines), `putNowait`, `getNowait`,
// `taskDone`, `qsize`, `empty`, `full`, `maxsize` (read-only). `_init`/`_put`/`_get` can be
// overridden as in CPython. There is no `shutdown` (added in 3.13, Q-07).
//
// PriorityQueue orders with Python's `<` (heapq), translated to JavaScript values by `pyLt`:
//   - numbers, bigints and booleans compare numerically (Python's bool is an int);
//   - strings compare by code point (not UTF-16 unit: astral characters sort after U+FFFF);
//   - arrays compare like tuples: the first pair of items that are not equal (`pyEq`) decides by
//     `<`, else the shorter array is less, so `[priority, payload]` entries only compare payloads
//     on equal priorities;
//   - other objects through `a.__lt__(b)`, else the reflected `b.__gt__(a)`;
//   - anything else is CPython's TypeError, with JavaScript type names (SURFACE §2):
//     `'<' not supported between instances of 'Object' and 'Object'` (Python: 'dict').
// The failing comparison can come after the new entry moved in the heap: it stays there (qsize
// counts it) and the unfinished-task count is not incremented, exactly as in CPython.

import { QueueEmpty, QueueFull, ValueError, notOrderable, typeName } from "../core/errors.js";
import type { EventLoop } from "./events.js";
import { heappop, heappush } from "./heapq.js";
import { FrameCoroutine, PRE, deferYield } from "./frame-coroutine.js";
import { frameClass } from "../core/frame.js";
import { HAND, PARKED, ParkQueue, ParkingCoroutine, WOKEN, cancelHand, handReturned, parkedAgain, parkedOutcome } from "./waiters.js";
import { isPlainObject, pseudoAddress, pyRepr, showRepr } from "../core/repr.js";
import { boundLoop } from "./state.js";

/** A queue of items, for coordinating producer and consumer coroutines (FIFO). */
export class Queue<T = unknown> {
  /** @internal */ _maxsize: number;
  /** The storage, for subclasses: `_init` makes it, `_put` / `_get` use it, the rest counts and lists it. */
  declare _queue: Storage<T>;
  /** @internal blocked getters, FIFO: their get()s' frames (waiters.ts ParkingCoroutine) */ _getters = new ParkQueue();
  /** @internal blocked putters, FIFO: their put()s' frames */ _putters = new ParkQueue();
  /** @internal */ _unfinishedTasks = 0;
  /**
   * @internal `join()` waiters. CPython keeps an `Event` (`_finished`) that is set exactly when
   * `_unfinished_tasks` is 0; its `wait()` is one waiter each, woken by `set()`, so the counter plus
   * these waits behave the same, iteration for iteration. Each is the join's own frame, as
   * Event.wait's is (waiters.ts ParkingCoroutine). (They bind to the queue's loop, where the Event
   * would bind on its own: only a misuse across loops could tell.)
   */
  _joinWaiters = new ParkQueue();
  /** @internal bound on first use by a blocking call (mixins._LoopBoundMixin) */ _loop: EventLoop | null = null;
  /** @internal stands in for CPython's `id(queue)` in `__repr__` */ _addr: string | null = null;

  constructor(maxsize: number = 0) {
    this._maxsize = maxsize;
    this._init(maxsize);
  }

  // The three overridable methods (CPython's subclassing hooks).

  /** Create the storage (a deque, as CPython's). */
  protected _init(_maxsize: number): void {
    this._queue = new Deque<T>();
  }

  /** Remove and return the next item (FIFO: the oldest). */
  protected _get(): T {
    return (this._queue as Deque<T>).shift();
  }

  /** Store an item. */
  protected _put(item: T): void {
    (this._queue as Deque<T>).push(item);
  }

  /** @internal Wake the first waiter that is not done (cancelled ones are dropped on the way). */
  _wakeupNext(waiters: ParkQueue): void {
    for (let w = waiters.head; w !== null; w = waiters.head) {
      waiters.remove(w); // (popleft)
      if (w.$s < WOKEN) {
        w.$wake(); // (its future's set_result(None))
        break;
      }
    }
  }

  /** Number of items allowed in the queue (0 or less: unbounded). */
  get maxsize(): number {
    return this._maxsize;
  }

  /** Number of items in the queue. */
  qsize(): number {
    return this._queue.length;
  }

  empty(): boolean {
    return this._queue.length === 0;
  }

  /** True if there are maxsize items in the queue; never with maxsize <= 0. */
  full(): boolean {
    const max = this._maxsize;
    // CPython stores any maxsize and fails here, at `maxsize <= 0`; JavaScript would coerce "2".
    if (typeof max !== "number") throw notOrderable("<=", max);
    return max <= 0 ? false : this.qsize() >= max;
  }

  /** Put an item into the queue, waiting (a coroutine) while it is full. */
  put(item: T): FrameCoroutine<undefined> {
    return new QueuePut(this, item) as unknown as FrameCoroutine<undefined>;
  }

  /** Put an item without blocking; QueueFull if there is no free slot. */
  putNowait(item: T): void {
    if (this.full()) throw new QueueFull();
    this._put(item);
    this._unfinishedTasks += 1;
    this._wakeupNext(this._getters);
  }

  /** Remove and return an item, waiting (a coroutine) while the queue is empty. */
  get(): FrameCoroutine<T> {
    return new QueueGet(this) as unknown as FrameCoroutine<T>;
  }

  /** Remove and return an item if one is available, else QueueEmpty. */
  getNowait(): T {
    if (this.empty()) throw new QueueEmpty();
    const item = this._get();
    this._wakeupNext(this._putters);
    return item;
  }

  /** A consumer's "done with one item fetched by get()"; join() returns when all are done. */
  taskDone(): void {
    if (this._unfinishedTasks <= 0) throw new ValueError("task_done() called too many times");
    this._unfinishedTasks -= 1;
    if (this._unfinishedTasks === 0) {
      // Event.set(): every waiter not woken yet is woken; they leave the list themselves.
      for (let w = this._joinWaiters.firstPending(); w !== null; w = w.$next) if (w.$s < WOKEN) w.$wake();
    }
  }

  /** Wait (a coroutine) until every item put has been matched by a taskDone(). */
  join(): FrameCoroutine<undefined> {
    return new QueueJoin(this) as unknown as FrameCoroutine<undefined>;
  }

  /** @internal `Queue._format`. */
  _format(): string {
    let result = `maxsize=${pyRepr(this._maxsize)}`;
    if (this._queue.length > 0) result += ` _queue=${pyRepr([...this._queue])}`;
    if (this._getters.length > 0) result += ` _getters[${this._getters.length}]`;
    if (this._putters.length > 0) result += ` _putters[${this._putters.length}]`;
    if (this._unfinishedTasks) result += ` tasks=${this._unfinishedTasks}`;
    return result;
  }

  /** `<Queue at 0x7f0000001040 maxsize=1 _queue=['a'] tasks=1>` (a pseudo-address, see repr.ts). */
  __repr__(): string {
    return `<${this.constructor.name} at ${(this._addr ??= pseudoAddress())} ${this._format()}>`;
  }

  /** `<Queue maxsize=1 _queue=['a'] tasks=1>` */
  __str__(): string {
    return `<${this.constructor.name} ${this._format()}>`;
  }
}
showRepr(Queue.prototype, "__str__");

/** A Queue that retrieves entries in priority order, lowest first (a heap ordered by Python's `<`). */
export class PriorityQueue<T = unknown> extends Queue<T> {
  declare _queue: T[];

  protected override _init(_maxsize: number): void {
    this._queue = [];
  }

  protected override _put(item: T): void {
    heappush(this._queue, item, pyLt);
  }

  protected override _get(): T {
    return heappop(this._queue, pyLt);
  }
}

/** A Queue that retrieves the most recently added entry first. */
export class LifoQueue<T = unknown> extends Queue<T> {
  declare _queue: T[];

  protected override _init(_maxsize: number): void {
    this._queue = [];
  }

  protected override _put(item: T): void {
    this._queue.push(item);
  }

  protected override _get(): T {
    return this._queue.pop() as T;
  }
}

/** What Queue itself needs of a storage: its size, and its items in order for the repr. */
interface Storage<T> extends Iterable<T> {
  readonly length: number;
}

/**
 * The FIFO storage, `collections.deque` as Queue uses it: push at the end, shift at the front, both
 * O(1) amortised (Array#shift copies the array once it is large: a backlog of 10^5 items took
 * seconds to drain). Taken slots are cleared so that the items can be collected.
 */
class Deque<T> implements Storage<T> {
  private items: (T | undefined)[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  shift(): T {
    const item = this.items[this.head] as T;
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items.length = 0;
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = this.head; i < this.items.length; i++) yield this.items[i] as T;
  }
}

/**
 * The cleanup of `put` / `get` when the wait ends by an exception (cancellation) or by close():
 * CPython's bare `except:`, which sees GeneratorExit too:
 *
 *     getter.cancel()  # Just in case getter is not done yet.
 *     try: self._getters.remove(getter)
 *     except ValueError: pass
 *     if not self.empty() and not getter.cancelled(): self._wakeup_next(self._getters)
 *
 * with the waiter's frame for its future, resumed from state `s`: `cancel()` of a waiter still
 * PARKED cancels it (and its future, if it was handed out by hand: waiters.ts `$handOut`), so only
 * a done one that is not cancelled (WOKEN; HAND: its future finished by hand) hands the wake-up on.
 */
function abandon(q: Queue<unknown>, w: ParkingCoroutine, waiters: ParkQueue, isPut: boolean, s: number): void {
  if (s === PARKED) cancelHand(w);
  waiters.remove(w); // (if not already popped by the wake-up)
  if ((isPut ? !q.full() : !q.empty()) && (s === WOKEN || s === HAND)) q._wakeupNext(waiters);
}

/**
 * The waiter resumed (from state `s`, by a throw if `m !== 0`) other than by its wake-up: it leaves
 * the line as `abandon` says and raises; or, its future's result set by hand (`await getter`
 * returned without a wake-up), it leaves a done node in its place, as CPython leaves the future
 * (waiters.ts DoneWaiter), and the loop goes on.
 */
function resumedOtherwise(q: Queue<unknown>, w: ParkingCoroutine, waiters: ParkQueue, isPut: boolean, s: number, v: unknown, m: number): void {
  if (m === 0 && s === HAND && handReturned(w)) {
    waiters.leaveDone(w);
    return;
  }
  abandon(q, w, waiters, isPut, s);
  if (m !== 0) throw v;
  parkedOutcome(s, w); // (a send by hand too early, after a cancel, or of an exception: raises)
}

/**
 * `Queue.get()` and `Queue.put(item)` as frames that are their own waiters (waiters.ts
 * ParkingCoroutine; they were LoopCoroutines over JavaScript generators, then frames waiting on a
 * future each). CPython's bodies, step by step:
 *
 *     while self.empty():                      # put: while self.full():
 *         getter = self._get_loop().create_future()
 *         self._getters.append(getter)
 *         try:
 *             await getter
 *         except:
 *             ...abandon()...; raise
 *     return self.get_nowait()                 # put: self.put_nowait(item)
 *
 * A wake-up pops the waiter (`_wakeupNext`); the loop may park it again. So its wake-up is not
 * final (`$finalWake`): the driver resumes it. Fields set in the constructor (no super() chain),
 * linked under ParkingCoroutine by frameClass. Measured against the frames waiting on a future
 * each, both builds in one process (load 14): bytes per task parked on `get()` (100,000 held,
 * fresh process per case) 681 -> 360; CPU per item of the peers queue workload (4 producers,
 * 4 consumers, Queue(10), 100,000 items) 150 -> 110 ns, ratio 0.76 (0.70-1.03, 9 pairs).
 */
class QueueGet {
  static $name = "get";
  static $qualname = "Queue.get";
  static $wokenResult = undefined;
  $s: number;
  $yf: null;
  $own: null;
  $task: null;
  $prev: null;
  $next: null;
  q: Queue<unknown>;

  constructor(q: Queue<unknown>) {
    this.$s = 0;
    this.$yf = null;
    this.$own = null;
    this.$task = null;
    this.$prev = null;
    this.$next = null;
    this.q = q;
  }

  $step(s: number, v: unknown, m: number): unknown {
    const q = this.q;
    if (s === PRE) return (this as unknown as ParkingCoroutine).$park();
    if (s === PARKED && parkedAgain(this as unknown as ParkingCoroutine, m)) return (this as unknown as ParkingCoroutine).$park(); // (a send by hand, waiters.ts)
    if (s >= PARKED) {
      this.$task = null;
      if (m !== 0 || s !== WOKEN) resumedOtherwise(q, this as unknown as ParkingCoroutine, q._getters, false, s, v, m);
      m = 0; // (resumed by the driver: a wait from here is not an inline run)
    }
    if (q.empty()) {
      boundLoop(q); // (create_future's loop)
      q._getters.push(this as unknown as ParkingCoroutine);
      const d = deferYield(this as unknown as FrameCoroutine, m);
      if (d !== undefined) return d;
      return (this as unknown as ParkingCoroutine).$park();
    }
    return q.getNowait();
  }
}
frameClass(QueueGet, ParkingCoroutine);
(QueueGet.prototype as unknown as { $finalWake: boolean }).$finalWake = false;

/** `Queue.put(item)` as a frame (see QueueGet). */
class QueuePut {
  static $name = "put";
  static $qualname = "Queue.put";
  static $wokenResult = undefined;
  $s: number;
  $yf: null;
  $own: null;
  $task: null;
  $prev: null;
  $next: null;
  q: Queue<unknown>;
  item: unknown;

  constructor(q: Queue<unknown>, item: unknown) {
    this.$s = 0;
    this.$yf = null;
    this.$own = null;
    this.$task = null;
    this.$prev = null;
    this.$next = null;
    this.q = q;
    this.item = item;
  }

  $step(s: number, v: unknown, m: number): unknown {
    const q = this.q;
    if (s === PRE) return (this as unknown as ParkingCoroutine).$park();
    if (s === PARKED && parkedAgain(this as unknown as ParkingCoroutine, m)) return (this as unknown as ParkingCoroutine).$park(); // (a send by hand, waiters.ts)
    if (s >= PARKED) {
      this.$task = null;
      if (m !== 0 || s !== WOKEN) resumedOtherwise(q, this as unknown as ParkingCoroutine, q._putters, true, s, v, m);
      m = 0;
    }
    if (q.full()) {
      boundLoop(q);
      q._putters.push(this as unknown as ParkingCoroutine);
      const d = deferYield(this as unknown as FrameCoroutine, m);
      if (d !== undefined) return d;
      return (this as unknown as ParkingCoroutine).$park();
    }
    const item = this.item;
    this.item = undefined; // (the queue holds it now; a finished coroutine need not)
    q.putNowait(item);
    return undefined;
  }
}
frameClass(QueuePut, ParkingCoroutine);
(QueuePut.prototype as unknown as { $finalWake: boolean }).$finalWake = false;

/**
 * `Queue.join()`: `if unfinished: await self._finished.wait()`, as a frame that is its own waiter
 * in `_joinWaiters` (locks.ts EventWait's body), removed however the wait ends.
 */
class QueueJoin {
  static $name = "join";
  static $qualname = "Queue.join";
  $s: number;
  $yf: null;
  $own: null;
  $task: null;
  $prev: null;
  $next: null;
  q: Queue<unknown>;

  constructor(q: Queue<unknown>) {
    this.$s = 0;
    this.$yf = null;
    this.$own = null;
    this.$task = null;
    this.$prev = null;
    this.$next = null;
    this.q = q;
  }

  $step(s: number, v: unknown, m: number): unknown {
    const q = this.q;
    if (s === 0) {
      if (q._unfinishedTasks <= 0) return undefined;
      boundLoop(q); // (the Event's create_future)
      q._joinWaiters.push(this as unknown as ParkingCoroutine);
      const d = deferYield(this as unknown as FrameCoroutine, m);
      if (d !== undefined) return d;
      return (this as unknown as ParkingCoroutine).$park();
    }
    if (s === PRE) return (this as unknown as ParkingCoroutine).$park();
    if (s === PARKED && parkedAgain(this as unknown as ParkingCoroutine, m)) return (this as unknown as ParkingCoroutine).$park(); // (a send by hand, waiters.ts)
    q._joinWaiters.remove(this as unknown as ParkingCoroutine);
    this.$task = null;
    if (m !== 0) throw v;
    parkedOutcome(s, this as unknown as ParkingCoroutine);
    return undefined;
  }
}
frameClass(QueueJoin, ParkingCoroutine);

// ---- Python's `<` and `==` for PriorityQueue entries (the rules are in the header) ----

type Num = number | bigint | boolean;

function isNum(x: unknown): x is Num {
  return typeof x === "number" || typeof x === "bigint" || typeof x === "boolean";
}

/** UTF-16 code units reordered so that surrogates (astral code points) sort after U+E000..U+FFFF. */
function codePointOrder(c: number): number {
  return c < 0xd800 ? c : c < 0xe000 ? c + 0x2000 : c - 0x800;
}

function strLt(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointOrder(x) < codePointOrder(y);
  }
  return a.length < b.length;
}

/** Python's `==` as a tuple comparison uses it: identity first, then numbers, sequences, `__eq__`, dicts. */
function pyEq(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isNum(a) && isNum(b)) return a == b; // 1 == 1n == true, as 1 == True in Python
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => pyEq(x, b[i]));
  const eq = a === null || typeof a !== "object" ? undefined : (a as { __eq__?: unknown }).__eq__;
  if (typeof eq === "function") return Boolean(eq.call(a, b));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && pyEq(a[k], b[k]));
  }
  return false;
}

/** Python's `a < b` for PriorityQueue entries; TypeError for values Python would not order. */
export function pyLt(a: unknown, b: unknown): boolean {
  if (isNum(a) && isNum(b)) return (a as number) < (b as number); // JS's `<` mixes number, bigint, boolean
  if (typeof a === "string" && typeof b === "string") return strLt(a, b);
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) if (!pyEq(a[i], b[i])) return pyLt(a[i], b[i]);
    return a.length < b.length;
  }
  const lt = a === null || typeof a !== "object" ? undefined : (a as { __lt__?: unknown }).__lt__;
  if (typeof lt === "function") return Boolean(lt.call(a, b));
  const gt = b === null || typeof b !== "object" ? undefined : (b as { __gt__?: unknown }).__gt__;
  if (typeof gt === "function") return Boolean(gt.call(b, a));
  throw new TypeError(`'<' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}
