// The TypeScript of the `programs` family: real programs in the style of CPython's
// test_generators.py (our own ports: conjoin-based N-Queens and Knight's tour, a recursive tree
// walk, a pipeline of generators driven with send) and asyncio programs (a crawler-like fan-out,
// a producer/consumer pipeline, a TaskGroup of timers, a contended Lock). The generator programs
// are built both by pycoro and as native V8 generators (markers = identity); bench/py/programsbench.py
// is the same in Python. Kept apart from programs.mjs so each source reads as a user would write it.

export const genSource = `import { generator } from "pycoro";

/** test_generators' conjoin: every combination of the values the generators gs[i]() produce, in order. */
export const conjoin = generator(function* (gs: (() => Iterable<number>)[]): Generator<number[], void, unknown> {
  const n = gs.length;
  const values: number[] = new Array(n).fill(0);
  const gen = generator(function* (i: number): Generator<number[], void, unknown> {
    if (i >= n) {
      yield values;
      return;
    }
    for (const v of gs[i]()) {
      values[i] = v;
      yield* gen(i + 1);
    }
  });
  yield* gen(0);
});

/** N-Queens as test_generators' Queens: one row generator per row over shared "used" masks. */
export function queens(n: number): number {
  const used = { cols: 0, d1: 0, d2: 0 };
  const rows: (() => Iterable<number>)[] = [];
  for (let i = 0; i < n; i++) {
    rows.push(generator(function* (): Generator<number, void, unknown> {
      for (let j = 0; j < n; j++) {
        const c = 1 << j, a = 1 << (i - j + n - 1), b = 1 << (i + j);
        if ((used.cols & c) === 0 && (used.d1 & a) === 0 && (used.d2 & b) === 0) {
          used.cols |= c; used.d1 |= a; used.d2 |= b;
          yield j;
          used.cols &= ~c; used.d1 &= ~a; used.d2 &= ~b;
        }
      }
    }));
  }
  let count = 0;
  for (const _ of conjoin(rows)) count++;
  return count;
}

/** Knight's tours of an m x n board from square 0 by conjoin, Warnsdorff order; the first \`limit\`. */
export function knights(m: number, n: number, limit: number): number {
  const N = m * n;
  const succs: number[][] = [];
  const jumps = [[1, 2], [2, 1], [2, -1], [1, -2], [-1, -2], [-2, -1], [-2, 1], [-1, 2]];
  for (let sq = 0; sq < N; sq++) {
    const r = Math.floor(sq / n), c = sq % n, out: number[] = [];
    for (const [dr, dc] of jumps) {
      const r2 = r + dr, c2 = c + dc;
      if (r2 >= 0 && r2 < m && c2 >= 0 && c2 < n) out.push(r2 * n + c2);
    }
    succs.push(out);
  }
  const visited: number[] = new Array(N).fill(0);
  const path: number[] = new Array(N).fill(0);
  const exits = (t: number): number => {
    let e = 0;
    for (const u of succs[t]) if (!visited[u]) e++;
    return e;
  };
  const gs: (() => Iterable<number>)[] = [];
  gs.push(generator(function* (): Generator<number, void, unknown> {
    visited[0] = 1;
    path[0] = 0;
    yield 0;
    visited[0] = 0;
  }));
  for (let k = 1; k < N; k++) {
    gs.push(generator(function* (): Generator<number, void, unknown> {
      const cands: number[] = [], keys: number[] = [];
      for (const t of succs[path[k - 1]]) {
        if (visited[t]) continue;
        const key = exits(t) * 64 + t;
        let i = keys.length;
        while (i > 0 && keys[i - 1] > key) i--;
        keys.splice(i, 0, key);
        cands.splice(i, 0, t);
      }
      for (const t of cands) {
        visited[t] = 1;
        path[k] = t;
        yield t;
        visited[t] = 0;
      }
    }));
  }
  let count = 0;
  for (const _ of conjoin(gs)) if (++count >= limit) break;
  return count;
}

interface Tree { v: number; l: Tree | null; r: Tree | null }

export function makeTree(depth: number, base = 0): Tree | null {
  if (depth === 0) return null;
  const half = 2 ** (depth - 1);
  return { v: base + half, l: makeTree(depth - 1, base), r: makeTree(depth - 1, base + half) };
}

/** Recursive in-order walk with yield* (PEP 380 delegation, depth = the tree's). */
const inorder = generator(function* (t: Tree | null): Generator<number, void, unknown> {
  if (t === null) return;
  yield* inorder(t.l);
  yield t.v;
  yield* inorder(t.r);
});

export function treeWalk(t: Tree | null): number {
  let s = 0;
  for (const v of inorder(t)) s += v;
  return s;
}

/** A push pipeline of generator coroutines: filter -> map -> sink, each value sent in. */
const sink = generator(function* (acc: { s: number }): Generator<void, void, number> {
  for (;;) acc.s += yield;
});
const mapper = generator(function* (target: Generator<void, void, number>): Generator<void, void, number> {
  for (;;) {
    const x = yield;
    target.next((x * x) % 1000);
  }
});
const filter = generator(function* (target: Generator<void, void, number>): Generator<void, void, number> {
  for (;;) {
    const x = yield;
    if (x % 3 !== 0) target.next(x);
  }
});

export function pipeline(n: number): number {
  const acc = { s: 0 };
  const s = sink(acc);
  s.next();
  const m = mapper(s);
  m.next();
  const f = filter(m);
  f.next();
  for (let i = 0; i < n; i++) f.next(i);
  f.return(undefined);
  m.return(undefined);
  s.return(undefined);
  return acc.s;
}

/**
 * Marker evaluation: a marked generator function defined once per iteration, closing over the
 * loop's variable (what queens and knights do per call), kept in a slot so that the engine cannot
 * drop it; the functions are never called. Natively: a \`function*\` expression per iteration.
 */
export const markerSink: unknown[] = new Array(1024);
export function markerEval(n: number): number {
  for (let i = 0; i < n; i++) {
    markerSink[i & 1023] = generator(function* (k: number): Generator<number, void, unknown> { yield k + i; });
  }
  return n;
}
`;

export const aioSource = `import { coroutine, sleep, createTask, Queue, Semaphore, Lock, TaskGroup, asCompleted, run } from "pycoro";

const fetch = coroutine(async function (sem: Semaphore, url: number): Promise<number> {
  await sem.acquire();
  try {
    await sleep(0); // connect
    await sleep(0); // request
    await sleep(0); // response
    return url % 7;
  } finally {
    sem.release();
  }
});

/** A crawler-like fan-out: n requests, at most 20 in flight, results taken as they complete. */
export const crawler = coroutine(async function (n: number): Promise<number> {
  const sem = new Semaphore(20);
  const ts = [];
  for (let i = 0; i < n; i++) ts.push(createTask(fetch(sem, i)));
  let s = 0;
  for (const f of asCompleted(ts)) s += await f;
  return s;
});

const stage = coroutine(async function (inq: Queue<number>, outq: Queue<number>): Promise<void> {
  for (;;) {
    const x = await inq.get();
    if (x < 0) return;
    await outq.put(x * 2);
  }
});

const collect = coroutine(async function (q: Queue<number>, n: number): Promise<number> {
  let s = 0;
  for (let i = 0; i < n; i++) s += await q.get();
  return s;
});

/** producer -> Queue(100) -> 4 workers -> Queue(100) -> collector, n items. */
export const prodcons = coroutine(async function (n: number): Promise<number> {
  const q1 = new Queue<number>(100), q2 = new Queue<number>(100);
  const ws = [];
  for (let i = 0; i < 4; i++) ws.push(createTask(stage(q1, q2)));
  const collector = createTask(collect(q2, n));
  for (let i = 0; i < n; i++) await q1.put(i);
  for (let i = 0; i < 4; i++) await q1.put(-1);
  for (const w of ws) await w;
  return await collector;
});

const tick = coroutine(async function (d: number): Promise<void> {
  await sleep(d);
});

/** A TaskGroup of n timers of 0..9 ms. */
export const timerGroup = coroutine(async function (n: number): Promise<number> {
  {
    await using tg = new TaskGroup();
    for (let i = 0; i < n; i++) tg.createTask(tick((i % 10) / 1000));
  }
  return n;
});

const locker = coroutine(async function (lock: Lock, box: { n: number }, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    await lock.acquire();
    try {
      box.n++;
      await sleep(0);
    } finally {
      lock.release();
    }
  }
});

/** tasks tasks each taking one Lock times times, holding it across a sleep(0). */
export const lockHeavy = coroutine(async function (tasks: number, times: number): Promise<number> {
  const lock = new Lock();
  const box = { n: 0 };
  const ts = [];
  for (let i = 0; i < tasks; i++) ts.push(createTask(locker(lock, box, times)));
  for (const t of ts) await t;
  return box.n;
});

/** Time body() reps times inside this one run(): ns per unit for each sample (steady state). */
export const timed = coroutine(async function (body: () => any, units: number, reps: number): Promise<number[]> {
  await body();
  const out = [];
  for (let i = 0; i < reps; i++) {
    const t0 = process.hrtime.bigint();
    await body();
    out.push(Number(process.hrtime.bigint() - t0) / units);
  }
  return out;
});

export { run };
`;
