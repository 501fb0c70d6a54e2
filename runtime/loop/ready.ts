// The loop's ready queue (BaseEventLoop._ready, a collections.deque of Handles).
//
// Why this file exists: every task step and wake-up passes through it. As an array with a head
// index it was emptied with `length = 0` after each iteration, which frees V8's backing store, so
// the next iteration's pushes grew a new one (issue 12: ~29 bytes per `sleep(0)` switch at 100
// tasks). A ring buffer keeps its capacity (power of two, doubled when full, never shrunk), so a
// steady-state iteration allocates nothing here. FIFO, as the deque.

/**
 * What the queue holds: a Handle, or a Task standing for its own step (tasks.ts `_run`: no Handle
 * per task; issue 12). The loop skips a cancelled entry and runs the others.
 */
export interface ReadyEntry {
  readonly _cancelled: boolean;
  _run(): void;
}

export class ReadyQueue {
  /** @internal */ _buf: (ReadyEntry | undefined)[];
  /** @internal */ _mask: number;
  /** @internal */ _head = 0;
  /** Number of handles queued. */
  size = 0;

  constructor() {
    this._buf = new Array<ReadyEntry | undefined>(16).fill(undefined);
    this._mask = 15;
  }

  push(h: ReadyEntry): void {
    if (this.size > this._mask) this._grow();
    this._buf[(this._head + this.size) & this._mask] = h;
    this.size++;
  }

  /** The oldest handle (the caller checked size > 0); its slot is cleared so it can be collected. */
  shift(): ReadyEntry {
    const i = this._head;
    const h = this._buf[i] as ReadyEntry;
    this._buf[i] = undefined;
    this._head = (i + 1) & this._mask;
    this.size--;
    return h;
  }

  /** The handles in order (for tests and debugging; allocates). */
  toArray(): ReadyEntry[] {
    const out: ReadyEntry[] = [];
    for (let i = 0; i < this.size; i++) out.push(this._buf[(this._head + i) & this._mask] as ReadyEntry);
    return out;
  }

  private _grow(): void {
    const old = this._buf;
    const n = old.length;
    const buf = new Array<ReadyEntry | undefined>(n * 2).fill(undefined);
    for (let i = 0; i < n; i++) buf[i] = old[(this._head + i) & this._mask];
    this._buf = buf;
    this._mask = n * 2 - 1;
    this._head = 0;
  }
}
