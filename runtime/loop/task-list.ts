// The loop's pending tasks (asyncio's `_all_tasks`), found by their task number.
//
// Why this file exists: every task is registered when created and unregistered when done. In a
// Set that was 15% of spawning and completing a task (issue 12, `createTask` + `gather` of 50,000:
// `_registerTask` 5.2%, `_unregisterTask` 9.4% of the profile, with the Set's hash table growing
// and rehashing under the garbage collector's eyes), and ~33 bytes per parked task for the table.
// A list threaded through the tasks (two link fields in each) replaced it; it cost 16 bytes of every
// task for as long as the task lived, done or not, and its chain through the young tasks was the
// one path the scavenger had to follow one task at a time. Here a task needs no field of its own:
// it is found by the number N of its default name `Task-N` (`_name`, a process-wide counter that
// grows in creation order, tasks.ts), in pages of 256 slots (page N / 256, slot N % 256). Issue 12,
// peers "spawn" (50,000 tasks live until gathered): CPU per task 315 -> 229 ns (fresh processes,
// runs of 40,000-60,000 tasks, median of 4; bytes allocated per task 193 -> 187: the Task is 16
// bytes smaller, and a pending task has a slot in a page); a parked task 367 -> 359 bytes.
// (Slots and page numbers come from shifts while N is an int32: with Math.floor and % the list's
// upkeep cost 30 of those ns.)
// A task joins the list only once its first step has left it pending (tasks.ts `_stepNow`; its
// number is negative until then): before that it is found where it is — in the loop's ready queue,
// or running its first step — so a task that finishes in its first step (a spawned task) never
// touches the list (issue 12, peers "spawn": CPU per task 327 -> 226 ns, measured as above but
// with the machine loaded (load 11); bytes allocated per task 187 -> 177).
// Iteration merges those tasks in, in creation order (the ready queue runs first steps in it).
// It offers what the loop's users of a Set called: add, delete, has, size (of the tasks in the
// list itself) and iteration in creation order — and, as a Set's iterator does, iteration survives
// the removal of any task meanwhile.
// A task named when constructed (`new Task(coro, { name })`, `loop.createTask(coro, { name })`) has
// no number (CPython's counter does not move for it either): it is kept aside, with the last number
// given out when it was made, which is its place in creation order. A pending task renamed later
// (`set_name`, `create_task(coro, name=...)`) moves there too, keeping its place: while pending it
// costs a Map entry, and once done nothing more than its name.

import { _lastTaskNumber } from "./state.js";

/**
 * What the list needs of a task: its number (`Task-N`), negated until it joins the list; or the
 * name it was made with.
 */
export interface Listed {
  readonly _name: number | string;
}

const NONE: never[] = [];

/** Slots per page (a power of two): 2 KB pages, a fresh one every 256 tasks. */
const SIZE = 256;
const SHIFT = 8;
/** A page's count of pending tasks is its last slot (one array load less than a separate array). */
const COUNT = SIZE;

/** Page number of task number `n` (shifts while `n` is an int32, as for the first 2^31 tasks). */
function pageOf(n: number): number {
  return n <= 0x7fffffff ? n >> SHIFT : Math.floor(n / SIZE);
}
/** Slot of task number `n` in its page. */
function slotOf(n: number): number {
  return n <= 0x7fffffff ? n & (SIZE - 1) : n % SIZE;
}

/** A page: SIZE slots, then the count of tasks in them. */
type Page<T> = (T | undefined | number)[];

function newPage<T>(): Page<T> {
  const page = new Array<T | undefined | number>(SIZE + 1).fill(undefined);
  page[COUNT] = 0;
  return page;
}

export class TaskList<T extends Listed> implements Iterable<T> {
  /** @internal pages[i] holds the tasks numbered (base + i) * SIZE ... + SIZE - 1; null: none pending */
  _pages: (Page<T> | null)[] = [];
  /** @internal the page number of pages[0] */
  _base = 0;
  /**
   * @internal the tasks without a number, each with its place: the last number given out when it
   * was made (it comes after that task), or its own number less a half (renamed)
   */
  _named: Map<T, number> | null = null;
  /** Number of tasks in the list (not counting those not in it yet). */
  size = 0;
  /**
   * @internal The tasks not in the list yet (negative numbers), in creation order, looked up when
   * an iteration starts (the loop's: events.ts `_unlistedTasks`).
   */
  readonly _unlisted: (() => readonly T[]) | null;

  constructor(unlisted: (() => readonly T[]) | null = null) {
    this._unlisted = unlisted;
  }

  add(t: T): this {
    const n = t._name;
    if (typeof n !== "number") {
      const m = (this._named ??= new Map<T, number>());
      if (!m.has(t)) {
        m.set(t, _lastTaskNumber());
        this.size++;
      }
      return this;
    }
    if (n < 0) return this; // (not stepped yet: found where it is, see `_unlisted`)
    const pages = this._pages;
    let i = pageOf(n) - this._base;
    if (i < 0 || i >= pages.length) i = this._room(n);
    let page = pages[i];
    if (page === null) page = pages[i] = newPage<T>();
    const j = slotOf(n);
    if (page[j] !== t) {
      page[j] = t;
      (page[COUNT] as number)++;
      this.size++;
    }
    return this;
  }

  delete(t: T): boolean {
    const n = t._name;
    if (typeof n !== "number") {
      if (this._named === null || !this._named.delete(t)) return false;
      this.size--;
      return true;
    }
    if (n < 0) return false; // (never in it: a task that finished in its first step)
    const pages = this._pages;
    const i = pageOf(n) - this._base;
    if (i < 0 || i >= pages.length) return false;
    const page = pages[i];
    const j = slotOf(n);
    if (page === null || page[j] !== t) return false;
    page[j] = undefined;
    this.size--;
    // An emptied page is let go, unless it is the last one (the next tasks' numbers fall in it:
    // a loop making and finishing one task at a time reuses it).
    const left = (page[COUNT] as number) - 1;
    page[COUNT] = left;
    if (left === 0 && i !== pages.length - 1) {
      pages[i] = null;
      if (i === 0) this._trim();
    }
    return true;
  }

  /**
   * Give `t` (in the list, or not yet: a negative number) the name `name` in place of its number,
   * keeping its place in creation order.
   */
  rename(t: T, name: string): void {
    const n = t._name;
    if (typeof n === "number") {
      const listed = n > 0 && this.delete(t);
      if (listed || n < 0) {
        (this._named ??= new Map<T, number>()).set(t, Math.abs(n) - 0.5);
        this.size++;
      }
    }
    (t as { _name: number | string })._name = name;
  }

  has(t: T): boolean {
    const n = t._name;
    if (typeof n !== "number") return this._named !== null && this._named.has(t);
    if (n < 0) return false;
    const i = pageOf(n) - this._base;
    if (i < 0 || i >= this._pages.length) return false;
    const page = this._pages[i];
    return page !== null && page[slotOf(n)] === t;
  }

  /** Pages up to task number `n`'s (letting go of an emptied last page and leading empty ones); its index. */
  private _room(n: number): number {
    const pages = this._pages;
    const p = pageOf(n);
    const last = pages.length - 1;
    if (last >= 0 && pages[last] !== null && pages[last]![COUNT] === 0) pages[last] = null;
    this._trim();
    if (pages.length === 0) this._base = p;
    else if (p < this._base) {
      // (a number below the first page: not from the constructor, which registers in creation order)
      const k = this._base - p;
      pages.unshift(...new Array<null>(k).fill(null));
      this._base = p;
    }
    const i = p - this._base;
    while (pages.length <= i) pages.push(null);
    return i;
  }

  /** Drop the leading pages that hold no task. */
  private _trim(): void {
    const pages = this._pages;
    let k = 0;
    while (k < pages.length && pages[k] === null) k++;
    if (k === 0) return;
    pages.splice(0, k);
    this._base += k;
  }

  /** The first numbered task in the list numbered above `after`, or null. */
  private _next(after: number): T | null {
    let n = after + 1;
    for (;;) {
      const pages = this._pages;
      let i = pageOf(n) - this._base;
      if (i < 0) {
        n = this._base * SIZE;
        i = 0;
      }
      if (i >= pages.length) return null;
      const page = pages[i];
      if (page !== null) {
        for (let j = slotOf(n); j < SIZE; j++) {
          const t = page[j];
          if (t !== undefined) return t as T;
        }
      }
      n = (pageOf(n) + 1) * SIZE;
    }
  }

  /**
   * The tasks in creation order: those in the list, those made with a name (each after the
   * numbered task made before it), and those not in the list yet (as they were when the iteration
   * started; one that finished since may be among them, as the callers check `done()`).
   */
  *[Symbol.iterator](): Iterator<T> {
    const later = this._unlisted === null ? NONE : this._unlisted();
    let k = 0;
    let at = 0; // the last number taken from the pages
    let t: T | null | undefined = undefined; // the next task in the pages after `at` (undefined: look it up)
    // (the named ones in their places: a task renamed late may follow newer ones in the Map)
    const named = this._named === null ? NONE : [...this._named].sort((x, y) => x[1] - y[1]);
    let m = 0;
    for (;;) {
      if (t === undefined) t = this._next(at);
      const a = t === null ? Infinity : (t._name as number);
      const peeked: [T, number] | null = m < named.length ? named[m] : null;
      const b = peeked === null ? Infinity : peeked[1] + 0.5; // made after task peeked[1]
      let c = Infinity;
      while (k < later.length) {
        const n = later[k]._name;
        if (typeof n === "number" && n < 0) {
          c = -n;
          break;
        }
        k++; // (in the list since: the pages have it)
      }
      if (a === Infinity && b === Infinity && c === Infinity) return;
      if (a <= b && a <= c) {
        at = a;
        const u = t!;
        t = undefined;
        if (this.has(u)) yield u; // (unless removed while the ones before it were looked at)
      } else if (b <= c) {
        const u = peeked![0];
        m++;
        if (this._named !== null && this._named.has(u)) yield u;
      } else yield later[k++];
    }
  }
}
