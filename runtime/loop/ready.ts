// The loop's ready queue (BaseEventLoop._ready, a collections.deque of Handles).
//
// Why this file exists: every task step and wake-up passes through it. As an array with a head
// index it was emptied with `length = 0` after each iteration, which frees V8's backing store, so
// the next iteration's pushes grew a new one (issue 12: ~29 bytes per `sleep(0)` switch at 100
// tasks). A ring buffer keeps its capacity (power of two, doubled when full, never shrunk), so a
// steady-state iteration allocates nothing here. FIFO, as the deque.

import type { Handle } from "./handles.js";

export class ReadyQueue {
  /** @internal */ _buf: (Handle | undefined)[];
  /** @internal */ _mask: number;
  /** @internal */ _head = 0;
  /** Number of handles queued. */
  size = 0;

  constructor() {
    this._buf = new Array<Handle | undefined>(16).fill(undefined);
    this._mask = 15;
  }

  push(h: Handle): void {
    if (this.size > this._mask) this._grow();
    this._buf[(this._head + this.size) & this._mask] = h;
    this.size++;
  }

  /** The oldest handle (the caller checked size > 0); its slot is cleared so it can be collected. */
  shift(): Handle {
    const i = this._head;
    const h = this._buf[i] as Handle;
    this._buf[i] = undefined;
    this._head = (i + 1) & this._mask;
    this.size--;
    return h;
  }

  /** The handles in order (for tests and debugging; allocates). */
  toArray(): Handle[] {
    const out: Handle[] = [];
    for (let i = 0; i < this.size; i++) out.push(this._buf[(this._head + i) & this._mask] as Handle);
    return out;
  }

  private _grow(): void {
    const old = this._buf;
    const n = old.length;
    const buf = new Array<Handle | undefined>(n * 2).fill(undefined);
    for (let i = 0; i < n; i++) buf[i] = old[(this._head + i) & this._mask];
    this._buf = buf;
    this._mask = n * 2 - 1;
    this._head = 0;
  }
}
