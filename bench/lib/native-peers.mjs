// What a JavaScript user would write instead of the pycoro loop, for the `peers` family: plain
// async/await (`await null`, Promise.all, a Promise-based bounded queue, p-limit, setTimeout,
// tinypool/piscina) and Effection 4 (structured concurrency on generators). Same workloads and
// sizes as bench/lib/peers-src.mjs.

const switcher = async (n) => {
  for (let i = 0; i < n; i++) await null;
  return n;
};

export const native = {
  async switching(k, n) {
    const ps = [];
    for (let i = 0; i < k; i++) ps.push(switcher(n));
    let s = 0;
    for (const p of ps) s += await p;
    return s;
  },
  async spawn(n) {
    const nop = async (i) => i;
    const ps = [];
    for (let i = 0; i < n; i++) ps.push(nop(i));
    return (await Promise.all(ps)).length;
  },
  async queue(n) {
    const q = new PromiseQueue(10);
    const consumer = async () => {
      let s = 0;
      for (;;) {
        const x = await q.get();
        if (x < 0) return s;
        s += 1;
      }
    };
    const producer = async (m) => {
      for (let i = 0; i < m; i++) await q.put(i);
    };
    const cs = [], ps = [];
    for (let i = 0; i < 4; i++) cs.push(consumer());
    for (let i = 0; i < 4; i++) ps.push(producer(n / 4));
    await Promise.all(ps);
    for (let i = 0; i < 4; i++) await q.put(-1);
    let s = 0;
    for (const c of cs) s += await c;
    return s;
  },
  async semaphore(n) {
    const { default: pLimit } = await import("p-limit");
    const limit = pLimit(100);
    const job = async () => {
      await null;
      return 1;
    };
    const ps = [];
    for (let i = 0; i < n; i++) ps.push(limit(job));
    let s = 0;
    for (const p of ps) s += await p;
    return s;
  },
  async timers(n) {
    const ps = [];
    let x = 12345;
    for (let i = 0; i < n; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      const d = (x % 20000) / 1e3;
      ps.push(new Promise((r) => setTimeout(r, d, 1)));
    }
    let s = 0;
    for (const p of ps) s += await p;
    return s;
  },
};

/** The usual JS bounded queue: items in an array deque, waiting getters/putters as resolve functions. */
class PromiseQueue {
  constructor(max) {
    this.max = max;
    this.items = [];
    this.ih = 0;
    this.getters = [];
    this.gh = 0;
    this.putters = [];
    this.ph = 0;
  }
  get size() {
    return this.items.length - this.ih;
  }
  async put(x) {
    while (this.size >= this.max) await new Promise((r) => this.putters.push(r));
    this.items.push(x);
    if (this.gh < this.getters.length) this.getters[this.gh++]();
    compact(this, "getters", "gh");
  }
  async get() {
    while (this.size === 0) await new Promise((r) => this.getters.push(r));
    const x = this.items[this.ih++];
    compact(this, "items", "ih");
    if (this.ph < this.putters.length) this.putters[this.ph++]();
    compact(this, "putters", "ph");
    return x;
  }
}

function compact(o, arr, head) {
  if (o[head] > 1024 && o[head] * 2 > o[arr].length) {
    o[arr] = o[arr].slice(o[head]);
    o[head] = 0;
  }
}

/** Effection 4: `yield* action(resolve => resolve())` is its cheapest switch; spawn + all; sleep(ms). */
export async function effection() {
  const E = await import("effection");
  const tick = () => E.action((resolve) => {
    resolve();
    return () => {};
  });
  return {
    switching(k, n) {
      return E.run(function* () {
        const ts = [];
        for (let i = 0; i < k; i++) {
          ts.push(yield* E.spawn(function* () {
            for (let j = 0; j < n; j++) yield* tick();
            return n;
          }));
        }
        let s = 0;
        for (const t of ts) s += yield* t;
        return s;
      });
    },
    spawn(n) {
      return E.run(function* () {
        const ts = [];
        for (let i = 0; i < n; i++) ts.push(yield* E.spawn(function* () {
          return i;
        }));
        return (yield* E.all(ts)).length;
      });
    },
    timers(n) {
      return E.run(function* () {
        const ts = [];
        let x = 12345;
        for (let i = 0; i < n; i++) {
          x = (x * 1103515245 + 12345) % 2147483648;
          const d = (x % 20000) / 1e3;
          ts.push(yield* E.spawn(function* () {
            yield* E.sleep(d);
            return 1;
          }));
        }
        let s = 0;
        for (const t of ts) s += yield* t;
        return s;
      });
    },
    empty() {
      return E.run(function* () {
        return 0;
      });
    },
  };
}
