// The FIFO of waiting futures behind Lock, Event, Condition, Semaphore, Queue.get/put/join.
//
// Why this file exists: asyncio keeps these waiters in a `collections.deque` and a waiter leaves
// it with `deque.remove(fut)` when its wait ends, woken or cancelled. Over a JavaScript array that
// was `indexOf` + `splice`: O(n) per wake-up, and with 100,000 tasks queued on a Semaphore(100)
// it was 80% of the time (issue 12: 38 µs per job; 5.2 µs with an O(1) queue in a prototype). Here
// each waiter is a node of a doubly linked list, so push, shift and remove are O(1) while the
// order stays the deque's (FIFO; iteration from the oldest). The node is what `push` returns; its
// owner keeps it to leave the line, and removing a node twice (popped by a wake-up, then removed
// by the waiter's own clean-up) is a no-op, as `remove` after a `popleft` was in the array version.
//
// `firstPending()` is asyncio's `for fut in waiters: if not fut.done(): ...` (Semaphore's
// `_wake_up_next`, Condition.notify, Event.set) without rescanning the waiters already woken: a
// woken waiter stays in line until its task runs, so k releases in one iteration walked
// 1 + 2 + ... + k done futures (Semaphore(100): up to 100 per release; 100,000 releases of a
// Semaphore(0) with 100,000 waiters did not finish in 6 minutes). A future never stops being done,
// so the queue keeps where the first not-done future may be (`pending`: every node before it is
// done) and resumes from there; the answer is the same node, found in O(1) amortised.

import type { Future } from "./futures.js";

/** One place in line. `queue` is null once the node has left it. */
export class WaiterNode<T> {
  prev: WaiterNode<T> | null = null;
  next: WaiterNode<T> | null = null;
  queue: WaiterQueue<T> | null = null;
  constructor(readonly fut: Future<T>) {}
}

/** A FIFO of futures with O(1) push, shift and removal of any node. */
export class WaiterQueue<T> {
  head: WaiterNode<T> | null = null;
  tail: WaiterNode<T> | null = null;
  length = 0;
  /** Every node before this one has a done future; null: every node has (see the header). */
  private pending: WaiterNode<T> | null = null;

  /** deque.append(fut): join the line at the end. */
  push(fut: Future<T>): WaiterNode<T> {
    const node = new WaiterNode(fut);
    node.queue = this;
    node.prev = this.tail;
    if (this.tail === null) this.head = node;
    else this.tail.next = node;
    this.tail = node;
    this.length++;
    if (this.pending === null) this.pending = node;
    return node;
  }

  /** deque.popleft(): the oldest waiter's future, or undefined when nobody waits. */
  shift(): Future<T> | undefined {
    const node = this.head;
    if (node === null) return undefined;
    this.remove(node);
    return node.fut;
  }

  /** deque.remove(fut) given its node; a node that already left is ignored. */
  remove(node: WaiterNode<T>): void {
    if (node.queue !== this) return;
    const { prev, next } = node;
    if (node === this.pending) this.pending = next;
    if (prev === null) this.head = next;
    else prev.next = next;
    if (next === null) this.tail = prev;
    else next.prev = prev;
    node.prev = node.next = null;
    node.queue = null;
    this.length--;
  }

  /** The oldest node whose future is not done (woken or cancelled), or null. */
  firstPending(): WaiterNode<T> | null {
    let n = this.pending;
    while (n !== null && n.fut.done()) n = n.next;
    this.pending = n;
    return n;
  }

  /** The oldest waiter's future (deque[0]), or undefined. */
  first(): Future<T> | undefined {
    return this.head === null ? undefined : this.head.fut;
  }

  /** The futures, oldest first (for reprs and tests; hot paths walk the nodes). */
  *[Symbol.iterator](): Iterator<Future<T>> {
    for (let n = this.head; n !== null; n = n.next) yield n.fut;
  }
}
