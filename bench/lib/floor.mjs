// The floor for the `peers` family: a minimal hand-written event loop that keeps asyncio's
// observable order for each peers workload (a FIFO ready queue run one batch per iteration, tasks
// stepped by the loop, waiters woken in FIFO order through the ready queue, timers from a heap
// with ties in scheduling order) and allocates nothing per switch. It is what the loop could cost
// if nothing but the workload's semantics were paid for: the report divides pycoro by it.
// Tasks are hand-written state machines (objects with step()), not generators.

/** A ring-buffer FIFO of objects with step(); grows by doubling, never shrinks. */
class Ring {
  constructor() {
    this.buf = new Array(1024).fill(null);
    this.mask = 1023;
    this.head = 0;
    this.tail = 0;
  }
  get size() {
    return (this.tail - this.head) & this.mask;
  }
  push(x) {
    this.buf[this.tail] = x;
    this.tail = (this.tail + 1) & this.mask;
    if (this.tail === this.head) this.grow();
  }
  shift() {
    const x = this.buf[this.head];
    this.buf[this.head] = null;
    this.head = (this.head + 1) & this.mask;
    return x;
  }
  grow() {
    const old = this.buf, n = old.length, b = new Array(n * 2).fill(null);
    for (let i = 0; i < n; i++) b[i] = old[(this.head + i) & this.mask];
    this.buf = b;
    this.mask = n * 2 - 1;
    this.head = 0;
    this.tail = n;
  }
}

/** Ready queue + timer heap; run() returns a Promise resolved when `main.done` is set. */
export class FloorLoop {
  constructor() {
    this.ready = new Ring();
    this.heap = []; // [when, seq, task] triples flattened into objects reused per timer
    this.seq = 0;
  }
  callSoon(t) {
    this.ready.push(t);
  }
  callAt(when, t) {
    const h = this.heap, e = { when, seq: this.seq++, t };
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (less(h[p], e)) break;
      h[i] = h[p];
      i = p;
    }
    h[i] = e;
  }
  popTimer() {
    const h = this.heap, top = h[0], last = h.pop();
    if (h.length) {
      let i = 0;
      const n = h.length;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && less(h[c + 1], h[c])) c++;
        if (less(last, h[c])) break;
        h[i] = h[c];
        i = c;
      }
      h[i] = last;
    }
    return top;
  }
  /** One asyncio iteration: due timers to the ready queue, then run the batch that was ready. */
  runOnce() {
    if (this.heap.length) {
      // asyncio reads the clock only when timers are scheduled.
      const now = performance.now() / 1000;
      while (this.heap.length && this.heap[0].when <= now) this.ready.push(this.popTimer().t);
    }
    const r = this.ready;
    for (let n = r.size; n > 0; n--) r.shift().step();
  }
  run(main) {
    this.callSoon(main);
    return new Promise((resolve) => {
      const go = () => {
        for (;;) {
          if (main.done) return resolve(main.result);
          if (this.ready.size === 0) {
            if (this.heap.length === 0) throw new Error("floor: deadlock");
            const wait = this.heap[0].when * 1000 - performance.now();
            if (wait > 0) return setTimeout(go, wait);
          }
          this.runOnce();
        }
      };
      go();
    });
  }
}

const less = (a, b) => a.when < b.when || (a.when === b.when && a.seq < b.seq);

/** The main task: starts `kids` (each with a start(parent) method), is woken when all are done. */
class Join {
  constructor(loop, kids) {
    this.loop = loop;
    this.kids = kids;
    this.left = kids.length;
    this.started = false;
    this.done = false;
    this.result = 0;
  }
  step() {
    if (!this.started) {
      this.started = true;
      for (const k of this.kids) k.parent = this, this.loop.callSoon(k);
      if (this.left === 0) this.done = true;
      return;
    }
    this.done = true;
  }
  childDone(v) {
    this.result += v;
    if (--this.left === 0) this.loop.callSoon(this); // the gather's wake-up, one iteration later
  }
}

/** sleep(0) n times: each step reschedules itself (asyncio: Task.__step via call_soon). */
class Switcher {
  constructor(loop, n) {
    this.loop = loop;
    this.n = n;
    this.parent = null;
  }
  step() {
    if (this.n-- > 0) this.loop.callSoon(this);
    else this.parent.childDone(1);
  }
}

class Nop {
  constructor(i) {
    this.i = i;
    this.parent = null;
  }
  step() {
    this.parent.childDone(1);
  }
}

/** Bounded FIFO queue with FIFO getter/putter waiters (asyncio.Queue's wake-up order). */
class BQueue {
  constructor(loop, max) {
    this.loop = loop;
    this.max = max;
    this.items = new Ring();
    this.getters = new Ring();
    this.putters = new Ring();
  }
  /** true if put now; else the task is parked and stepped again when there is room. */
  tryPut(task, x) {
    if (this.items.size >= this.max) {
      this.putters.push(task);
      return false;
    }
    this.items.push(x);
    if (this.getters.size) this.loop.callSoon(this.getters.shift());
    return true;
  }
  tryGet(task) {
    if (this.items.size === 0) {
      this.getters.push(task);
      return false;
    }
    const x = this.items.shift();
    if (this.putters.size) this.loop.callSoon(this.putters.shift());
    task.got = x;
    return true;
  }
}

class Producer {
  constructor(q, n) {
    this.q = q;
    this.i = 0;
    this.n = n;
    this.parent = null;
  }
  step() {
    while (this.i < this.n) {
      if (!this.q.tryPut(this, this.i)) return;
      this.i++;
    }
    this.parent.childDone(0);
  }
}

class Consumer {
  constructor(q, n) {
    this.q = q;
    this.left = n;
    this.got = 0;
    this.parent = null;
  }
  step() {
    while (this.left > 0) {
      if (!this.q.tryGet(this)) return;
      this.left--;
    }
    this.parent.childDone(1);
  }
}

/** Semaphore(value) with a FIFO waiter queue; release() hands the slot to the first waiter. */
class Sem {
  constructor(loop, value) {
    this.loop = loop;
    this.value = value;
    this.waiters = new Ring();
  }
  acquire(task) {
    if (this.value > 0 && this.waiters.size === 0) {
      this.value--;
      return true;
    }
    this.waiters.push(task);
    return false;
  }
  release() {
    if (this.waiters.size) this.loop.callSoon(this.waiters.shift());
    else this.value++;
  }
}

class Job {
  constructor(loop, sem) {
    this.loop = loop;
    this.sem = sem;
    this.state = 0;
    this.parent = null;
  }
  step() {
    switch (this.state) {
      case 0:
        this.state = 1;
        if (!this.sem.acquire(this)) return; // woken holding the slot
      // falls through
      case 1:
        this.state = 2;
        this.loop.callSoon(this); // sleep(0) while holding it
        return;
      default:
        this.sem.release();
        this.parent.childDone(1);
    }
  }
}

class Timer {
  constructor(loop, d) {
    this.loop = loop;
    this.d = d;
    this.armed = false;
    this.parent = null;
  }
  step() {
    if (!this.armed) {
      this.armed = true;
      this.loop.callAt(performance.now() / 1000 + this.d, this);
      return;
    }
    this.parent.childDone(1);
  }
}

export function switching(k, n) {
  const loop = new FloorLoop(), kids = [];
  for (let i = 0; i < k; i++) kids.push(new Switcher(loop, n));
  return loop.run(new Join(loop, kids));
}

export function spawn(n) {
  const loop = new FloorLoop(), kids = [];
  for (let i = 0; i < n; i++) kids.push(new Nop(i));
  return loop.run(new Join(loop, kids));
}

export function queue(n) {
  const loop = new FloorLoop(), q = new BQueue(loop, 10), kids = [];
  for (let i = 0; i < 4; i++) kids.push(new Consumer(q, n / 4));
  for (let i = 0; i < 4; i++) kids.push(new Producer(q, n / 4));
  return loop.run(new Join(loop, kids));
}

export function semaphore(n) {
  const loop = new FloorLoop(), sem = new Sem(loop, 100), kids = [];
  for (let i = 0; i < n; i++) kids.push(new Job(loop, sem));
  return loop.run(new Join(loop, kids));
}

export function timers(n) {
  const loop = new FloorLoop(), kids = [];
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    kids.push(new Timer(loop, (x % 20000) / 1e6));
  }
  return loop.run(new Join(loop, kids));
}
