// The pycoro side of the `peers` family: the loop workloads as pycoro TypeScript (compiled by
// bench/lib/build.mjs). Kept apart from peers.mjs so the source reads as a user would write it.
export const source = `import { coroutine, sleep, createTask, gather, Queue, Semaphore, Event, run, toThread, getRunningLoop } from "pycoro";

const switcher = coroutine(async function (n: number): Promise<number> {
  for (let i = 0; i < n; i++) await sleep(0);
  return n;
});

/** K tasks each awaiting sleep(0) n times. */
export const switching = coroutine(async function (k: number, n: number): Promise<number> {
  const ts = [];
  for (let i = 0; i < k; i++) ts.push(createTask(switcher(n)));
  let s = 0;
  for (const t of ts) s += await t;
  return s;
});

const nop = coroutine(async function (i: number): Promise<number> {
  return i;
});

/** n tasks created, each completing at its first step, gathered. */
export const spawn = coroutine(async function (n: number): Promise<number> {
  const ts = [];
  for (let i = 0; i < n; i++) ts.push(createTask(nop(i)));
  const rs = await gather(...ts);
  return rs.length;
});

const producer = coroutine(async function (q: Queue<number>, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await q.put(i);
});

const consumer = coroutine(async function (q: Queue<number>): Promise<number> {
  let s = 0;
  for (;;) {
    const x = await q.get();
    if (x < 0) return s;
    s += 1;
  }
});

/** 4 producers and 4 consumers over Queue(10); n items in all. */
export const queue = coroutine(async function (n: number): Promise<number> {
  const q = new Queue<number>(10);
  const cs = [];
  for (let i = 0; i < 4; i++) cs.push(createTask(consumer(q)));
  const ps = [];
  for (let i = 0; i < 4; i++) ps.push(createTask(producer(q, n / 4)));
  for (const p of ps) await p;
  for (let i = 0; i < 4; i++) await q.put(-1);
  let s = 0;
  for (const c of cs) s += await c;
  return s;
});

const job = coroutine(async function (sem: Semaphore): Promise<number> {
  await sem.acquire();
  try {
    await sleep(0);
  } finally {
    sem.release();
  }
  return 1;
});

/** n jobs (one task each) through Semaphore(100); each holds it across one sleep(0). */
export const semaphore = coroutine(async function (n: number): Promise<number> {
  const sem = new Semaphore(100);
  const ts = [];
  for (let i = 0; i < n; i++) ts.push(createTask(job(sem)));
  let s = 0;
  for (const t of ts) s += await t;
  return s;
});

const timer = coroutine(async function (d: number): Promise<number> {
  await sleep(d);
  return 1;
});

/** n tasks each sleeping a pseudo-random delay in [0, 20) ms. */
export const timers = coroutine(async function (n: number): Promise<number> {
  const ts = [];
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    ts.push(createTask(timer((x % 20000) / 1e6)));
  }
  let s = 0;
  for (const t of ts) s += await t;
  return s;
});

const inc = (x: number): number => x + 1;

/** n tiny jobs through toThread (the loop's default pool), all in flight at once. */
export const pool = coroutine(async function (n: number): Promise<number> {
  const ts = [];
  for (let i = 0; i < n; i++) ts.push(createTask(toThread(inc, i)));
  let s = 0;
  for (const t of ts) s += (await t) - 0;
  return s;
});

const parkedOn = coroutine(async function (a: number, w: any): Promise<number> {
  const x = a + 1;
  await w;
  return x;
});

/** Start n tasks parked on a Future or Event.wait(); measure() before and once all are parked. */
export const parked = coroutine(async function (n: number, kind: string, measure: () => void): Promise<number> {
  const loop = getRunningLoop();
  const fut = loop.createFuture();
  const ev = new Event();
  const ts = new Array(n).fill(null);
  await sleep(0);
  measure();
  for (let i = 0; i < n; i++) ts[i] = createTask(parkedOn(i, kind === "event" ? ev.wait() : fut));
  await sleep(0);
  await sleep(0);
  measure();
  fut.setResult(0);
  ev.set();
  for (const t of ts) await t;
  return n;
});

export const empty = coroutine(async function (): Promise<number> {
  return 0;
});

/** Time body() reps times inside this one run(): ns per unit for each sample (steady state). */
export const timed = coroutine(async function (body: () => any, units: number, reps: number, warmRuns: number, warmMs: number): Promise<number[]> {
  // warm-up as peers.mjs timeJs: warmRuns runs or warmMs, whichever ends first, at least one
  const w0 = performance.now();
  for (let i = 0; i < warmRuns && (i === 0 || performance.now() - w0 < warmMs); i++) await body();
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
