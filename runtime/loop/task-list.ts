// The loop's pending tasks (asyncio's `_all_tasks`), as a list threaded through the tasks.
//
// Why this file exists: every task is registered when created and unregistered when done. In a
// Set that was 15% of spawning and completing a task (issue 12, `createTask` + `gather` of 50,000:
// `_registerTask` 5.2%, `_unregisterTask` 9.4% of the profile, with the Set's hash table growing
// and rehashing under the garbage collector's eyes), and ~33 bytes per parked task for the table.
// Here a task is linked in with two fields of its own (`_prevTask`, `_nextTask`; `_prevTask` is
// undefined while the task is not in the list): no allocation, O(1) both ways. It offers what the loop's users of a Set called: add, delete, has, size and
// iteration in insertion order — and, as a Set's iterator does, iteration survives the removal
// of any task meanwhile (a removed task keeps its forward link, and removed tasks are skipped).

/** What the list needs of a task. */
export interface Listed {
  /** The task before it; null for the first; undefined: not in the list. */
  _prevTask: Listed | null | undefined;
  /** The task after it (a removed task keeps it, for an iterator standing on it). */
  _nextTask: Listed | null;
}

export class TaskList<T extends Listed> implements Iterable<T> {
  /** @internal */ _head: T | null = null;
  /** @internal */ _tail: T | null = null;
  /** Number of tasks in the list. */
  size = 0;

  add(t: T): this {
    if (t._prevTask !== undefined) return this;
    t._prevTask = this._tail;
    t._nextTask = null;
    if (this._tail === null) this._head = t;
    else this._tail._nextTask = t;
    this._tail = t;
    this.size++;
    return this;
  }

  delete(t: T): boolean {
    if (t._prevTask === undefined) return false;
    const p = t._prevTask as T | null;
    const n = t._nextTask as T | null;
    if (p === null) this._head = n;
    else p._nextTask = n;
    if (n === null) this._tail = p;
    else n._prevTask = p;
    t._prevTask = undefined; // (its forward link stays, for an iterator standing on it)
    this.size--;
    return true;
  }

  has(t: T): boolean {
    return t._prevTask !== undefined;
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let t = this._head; t !== null; ) {
      if (t._prevTask !== undefined) yield t;
      let n = t._nextTask as T | null;
      while (n !== null && n._prevTask === undefined) n = n._nextTask as T | null;
      t = n;
    }
  }
}
