// Family "peers": the pycoro event loop against what a user would pick instead, per workload —
// plain async/await (`await null`, Promise.all, a Promise queue, p-limit, setTimeout), Effection 4,
// CPython asyncio and asyncio on uvloop, tinypool/piscina for the worker pool — and against the
// floor (bench/lib/floor.mjs: a minimal loop with asyncio's observable order for the workload,
// allocating nothing per switch), so the report shows pycoro ÷ floor. Targets: issue 12.
//
// Timing: each implementation runs all its workloads in one fresh process per round; pycoro and
// CPython time the workload inside one run() / asyncio.run() after a warm-up (steady state; every implementation: 10 runs or 200 ms, timeJs); the
// set-up and tear-down of an empty run() is its own row. Memory: bytes allocated per sleep(0)
// switch (heap growth with a 64 MB young generation and no GC during the window), bytes per parked
// task (100,000 held; CPython by tracemalloc), RSS of an empty run() program.
import { pathToFileURL } from "node:url";
import { buildVariants } from "./build.mjs";
import { runNodeChild, runNodeEval, runPython } from "./spawn.mjs";
import { fmt, fmtRatios, median, table } from "./stats.mjs";
import { source } from "./peers-src.mjs";
import { target } from "./variants.mjs";

export const id = "peers";
export const title = "Peers: the loop against native async/await, Effection, asyncio, uvloop and the floor";

const SWITCHES = 200_000, SPAWN = 50_000, QUEUE = 100_000, SEM = 100_000, TIMERS = 100_000, POOL = 2_000, PARKED = 100_000;
const KS = [1, 100, 10_000];

/** Workloads: key, label, unit, what the native column is. */
const WORKLOADS = [
  ...KS.map((k) => ({ key: `switch${k}`, label: `switch, K = ${k.toLocaleString("en")} tasks`, unit: "ns/switch", native: "`await null`" })),
  { key: "spawn", label: `spawn+complete (${SPAWN.toLocaleString("en")} tasks, gathered)`, unit: "ns/task", native: "`Promise.all`" },
  { key: "queue", label: `bounded queue (Queue(10), 4+4 tasks, ${QUEUE.toLocaleString("en")} items)`, unit: "ns/item", native: "Promise queue" },
  { key: "semaphore", label: `Semaphore(100), ${SEM.toLocaleString("en")} jobs`, unit: "ns/job", native: "p-limit" },
  { key: "timers", label: `${TIMERS.toLocaleString("en")} timers in [0, 20) ms`, unit: "ms wall", native: "setTimeout" },
  { key: "pool", label: `worker pool round trip (${POOL.toLocaleString("en")} tiny jobs in flight)`, unit: "µs/job", native: "tinypool" },
  { key: "piscina", label: "worker pool round trip, piscina", unit: "µs/job", native: "piscina" },
  { key: "empty", label: "empty `run()`: set-up + tear-down", unit: "µs/run", native: "—" },
];

const IMPLS = ["pycoro", "native", "effection", "floor", "cpython", "uvloop"];
const LABEL = { pycoro: "pycoro", native: "native JS", effection: "Effection 4", floor: "floor", cpython: "asyncio", uvloop: "uvloop" };

export async function run(ctx) {
  const built = await buildVariants(id, source, ["pycoro"]);
  const errors = {};
  const perRound = {};
  const file = built.pycoro?.file;
  if (!file) errors.pycoro = built.pycoro?.error ?? "not built";
  for (let r = 0; r < ctx.rounds; r++) {
    const order = r % 2 ? [...IMPLS].reverse() : IMPLS;
    for (const impl of order) {
      if (errors[impl]) continue;
      const t0 = Date.now();
      const args = { mode: "time", impl, file, quick: ctx.quick };
      const res = impl === "cpython" || impl === "uvloop"
        ? await runPython("peersbench.py", { ...args, loop: impl }, { timeoutMs: 600_000 })
        : await runNodeChild(id, args, { timeoutMs: 600_000 });
      if (!res.ok) {
        errors[impl] = res.error;
        ctx.log(`  peers round ${r + 1}: ${impl} failed: ${res.error}`);
        continue;
      }
      const meds = Object.fromEntries(Object.entries(res.samples).map(([k, xs]) => [k, median(xs)]));
      (perRound[impl] ??= []).push(meds);
      ctx.log(`  peers round ${r + 1}: ${impl} (${((Date.now() - t0) / 1000).toFixed(1)} s) ${Object.entries(meds).map(([k, x]) => `${k}=${x.toFixed(1)}`).join(" ")}`);
    }
  }
  const mem = await memory(ctx, file, errors);
  return { id, perRound: { ...perRound, mem }, errors, markdown: report(perRound, mem, errors) };
}

async function memory(ctx, file, errors) {
  const mem = {};
  // Allocation per switch needs a young generation large enough that the window sees no scavenge;
  // parked sizes are measured with V8's default heap flags.
  const big = ["--expose-gc", "--min-semi-space-size=64", "--max-semi-space-size=64"];
  for (const impl of ["pycoro", "native", "floor"]) {
    if (impl === "pycoro" && !file) continue;
    // pycoro's two parked cases each in a fresh process: a finished run() stays reachable through
    // the loop's WeakRef (state.ts), which gc({ type: "major" }) keeps in Node 20, until some later
    // memory-reducing GC; measured after the other case in one process, the second case's
    // baseline held the first's 100,000 tasks or lost them mid-window (Event: 315, 713 or -370 B
    // per task from one build, depending on when that GC came).
    const runs = impl === "pycoro" ? [["alloc", big], ["mem", ["--expose-gc"], "future"], ["mem", ["--expose-gc"], "event"]] : [["alloc", big], ["mem", ["--expose-gc"]]];
    for (const [mode, flags, kind] of runs) {
      const res = await runNodeChild(id, { mode, impl, file, kind }, { nodeFlags: flags, timeoutMs: 300_000 });
      if (!res.ok) {
        ctx.log(`  peers ${mode}: ${impl} failed: ${res.error}`);
        errors[`${impl} ${mode}`] = res.error;
        continue;
      }
      mem[impl] = { ...mem[impl], ...res.mem };
    }
    ctx.log(`  peers memory: ${impl} ${JSON.stringify(mem[impl])}`);
  }
  // RSS: a program that does nothing (node -e) against one that imports pycoro and runs an empty main.
  for (const [key, code] of [
    ["rss-node", "console.log(JSON.stringify({ ok: true, rss: process.memoryUsage().rss }))"],
    ["rss-pycoro", `import(${JSON.stringify(pathToFileURL(file ?? "").href)}).then((m) => m.run(m.empty())).then(() => console.log(JSON.stringify({ ok: true, rss: process.memoryUsage().rss })))`],
  ]) {
    const res = await runNodeEval(code);
    if (res.ok) (mem.rss ??= {})[key] = res.rss;
    else errors[key] = res.error;
  }
  const py = await runPython("peersbench.py", { mode: "mem", count: PARKED });
  if (py.ok) mem.cpython = py.mem;
  else errors["cpython memory"] = py.error;
  ctx.log(`  peers memory: rss ${JSON.stringify(mem.rss)} cpython ${JSON.stringify(mem.cpython)}`);
  return mem;
}

const val = (perRound, impl, key) => median((perRound[impl] ?? []).map((m) => m[key]));
function ratio(perRound, a, b, key) {
  const xs = perRound[a] ?? [], ys = perRound[b] ?? [];
  const out = [];
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) out.push(xs[i][key] / ys[i][key]);
  return out.filter(Number.isFinite);
}

function report(perRound, mem, errors) {
  const rows = WORKLOADS.map((w) => [
    w.label, w.unit, ...IMPLS.map((i) => fmt(val(perRound, i, w.key))), w.native,
    fmtRatios(ratio(perRound, "pycoro", "native", w.key)),
    fmtRatios(ratio(perRound, "pycoro", "floor", w.key)),
    fmtRatios(ratio(perRound, "cpython", "pycoro", w.key)),
  ]);
  const r = (a, b, k) => median(ratio(perRound, a, b, k));
  const t = [];
  for (const k of KS) {
    const x = r("pycoro", "native", `switch${k}`);
    t.push(target(`switch K = ${k}: pycoro ≥ 1.0× the speed of \`await null\` (pycoro ÷ native ${fmt(x)}×; ÷ floor ${fmt(r("pycoro", "floor", `switch${k}`))}×)`, x, x <= 1));
  }
  for (const [k, what] of [["spawn", "`Promise.all`"], ["queue", "a Promise queue"], ["semaphore", "p-limit"]]) {
    const x = r("pycoro", "native", k);
    t.push(target(`${k}: pycoro ≤ 1.5× ${what} (measured ${fmt(x)}×; ÷ floor ${fmt(r("pycoro", "floor", k))}×)`, x, x <= 1.5));
  }
  for (const k of [...KS.map((k) => `switch${k}`), "spawn", "queue", "semaphore", "timers"]) {
    const x = r("cpython", "pycoro", k);
    t.push(target(`${k}: pycoro ≥ 3× faster than CPython asyncio (measured ${fmt(x)}×)`, x, x >= 3));
  }
  const p = mem.pycoro ?? {}, n = mem.native ?? {}, f = mem.floor ?? {}, rss = mem.rss ?? {}, py = mem.cpython ?? {};
  t.push(target(`zero bytes allocated per sleep(0) switch in steady state (pycoro ${fmt(p.perSwitch)}; await null ${fmt(n.perSwitch)}; floor ${fmt(f.perSwitch)})`, p.perSwitch, p.perSwitch < 1));
  // Issue 12: "no larger than a parked native async function (408 bytes)" — 408 was that function
  // on the filer's machine; here it measures 416–429 B, so the bar is the native figure of this run.
  const parkedBar = Number.isFinite(n.parkedFuture) ? n.parkedFuture : 408;
  t.push(target(`parked task (on a Future) ≤ a parked native async function (pycoro ${fmt(p.parkedFuture, 4)}; parked native async function ${fmt(n.parkedFuture, 4)}; issue's figure 408; asyncio ${fmt(py.parkedFuture, 4)})`, p.parkedFuture, p.parkedFuture <= parkedBar));
  t.push(target(`Event waiter ≤ Future waiter (pycoro on Event ${fmt(p.parkedEvent, 4)} vs on Future ${fmt(p.parkedFuture, 4)}; asyncio ${fmt(py.parkedEvent, 4)} vs ${fmt(py.parkedFuture, 4)})`, p.parkedEvent, p.parkedEvent <= p.parkedFuture));
  const mb = (x) => fmt(x / 2 ** 20);
  t.push(target(`empty run() program RSS ≤ empty Node program + 10 MB (pycoro ${mb(rss["rss-pycoro"])} MB; Node ${mb(rss["rss-node"])} MB; CPython asyncio ${mb(py.rss)} MB)`, rss["rss-pycoro"], rss["rss-pycoro"] <= rss["rss-node"] + 10 * 2 ** 20));
  return [
    `### ${title}`,
    "",
    `Medians over rounds (each implementation in a fresh process per round, order reversed every other round); ratios per round, median (min–max). Switching: ${SWITCHES.toLocaleString("en")} \`sleep(0)\` switches per sample spread over K tasks. Every implementation is warmed up with the same workload (10 runs or 200 ms, whichever ends first); pycoro and CPython are timed inside one \`run()\` after their warm-up (steady state); the last row is the set-up and tear-down of an empty \`run()\` alone. Native JS: what the "native" column names; Effection 4: \`action(resolve => resolve())\` per switch, \`spawn\` + \`all\`, \`sleep\`; floor: bench/lib/floor.mjs. Worker pool: pycoro \`toThread\`, asyncio \`to_thread\` (threads), native = the named pool (default sizes).`,
    "",
    table(["workload", "unit", ...IMPLS.map((i) => LABEL[i]), "native is", "pycoro ÷ native", "pycoro ÷ floor", "asyncio ÷ pycoro"], rows),
    "",
    `Memory (one fresh process each): bytes allocated per \`sleep(0)\` switch (K = 100, the heap's growth between 100 and 600 switches per task, no GC in the window): pycoro ${fmt(p.perSwitch)}, \`await null\` ${fmt(n.perSwitch)}, floor ${fmt(f.perSwitch)}. Bytes per parked task with its coroutine (${PARKED.toLocaleString("en")} held): pycoro on a Future ${fmt(p.parkedFuture, 4)}, on an \`Event\` ${fmt(p.parkedEvent, 4)}; a parked native async function ${fmt(n.parkedFuture, 4)}; floor task ${fmt(f.parkedFuture, 4)}; asyncio (tracemalloc) on a Future ${fmt(py.parkedFuture, 4)}, on an Event ${fmt(py.parkedEvent, 4)}. RSS: empty Node ${mb(rss["rss-node"])} MB, empty pycoro \`run()\` ${mb(rss["rss-pycoro"])} MB, CPython \`asyncio.run\` ${mb(py.rss)} MB.`,
    "",
    ...Object.entries(errors).map(([k, e]) => `- ${k}: unavailable (${e})`),
    ...t,
  ].join("\n");
}

// ---- child side ----

/** Warm-up of every timed workload, for every implementation (see timeJs). */
const WARMUP_RUNS = 10, WARMUP_MS = 200;

const SIZES = (quick) => ({ switches: quick ? 50_000 : SWITCHES, reps: quick ? 2 : 5 });

export async function child(args) {
  if (args.mode === "mem") return { mem: await parkedChild(args) };
  if (args.mode === "alloc") return { mem: await allocChild(args) };
  const { switches: sw, reps } = SIZES(args.quick);
  const samples = {};
  const impl = await loadImpl(args);
  // Effection is 10-1000x slower per operation (and super-linear in spawned tasks): a tenth of the work.
  const div = args.impl === "effection" ? 10 : 1;
  const switches = sw / div;
  for (const k of KS) {
    const n = Math.max(1, switches / k);
    samples[`switch${k}`] = await impl.time(() => impl.switching(k, n), k * (n + 1), reps);
  }
  if (impl.spawn) samples.spawn = await impl.time(() => impl.spawn(SPAWN / div), SPAWN / div, reps);
  if (impl.queue) samples.queue = await impl.time(() => impl.queue(QUEUE), QUEUE, reps);
  if (impl.semaphore) samples.semaphore = await impl.time(() => impl.semaphore(SEM), SEM, reps);
  if (impl.timers) samples.timers = (await impl.time(() => impl.timers(TIMERS / div), div, Math.min(reps, 3))).map((ns) => ns / 1e6);
  if (impl.pool) samples.pool = (await impl.time(() => impl.pool(POOL), POOL, reps)).map((ns) => ns / 1e3);
  if (impl.piscina) samples.piscina = (await impl.time(() => impl.piscina(POOL), POOL, reps)).map((ns) => ns / 1e3);
  if (impl.empty) samples.empty = await emptyRuns(impl.empty, reps);
  if (impl.close) await impl.close();
  return { samples };
}

/**
 * Time JS promise-returning bodies: warm-up (WARMUP_RUNS runs or WARMUP_MS, whichever ends first,
 * at least one run), then reps samples (ns per unit). Why more than one warm-up run: s6-spawn found
 * that after a single one the floor's spawn samples still paid for growing the young generation
 * (the switch workloads before it allocate nothing): floor spawn 112-156 ns per task after 1 warm-up,
 * 57-64 ns after 10 (Promise.all 190 either way). Every implementation gets the same rule
 * (peers-src.mjs `timed`, py/peersbench.py `timed`).
 */
async function timeJs(body, units, reps) {
  for (let i = 0, t0 = performance.now(); i < WARMUP_RUNS && (i === 0 || performance.now() - t0 < WARMUP_MS); i++) await body();
  const out = [];
  for (let i = 0; i < reps; i++) {
    const t0 = process.hrtime.bigint();
    await body();
    out.push(Number(process.hrtime.bigint() - t0) / units);
  }
  return out;
}

/** µs per empty run: 200 runs per sample. */
async function emptyRuns(empty, reps) {
  for (let i = 0; i < 50; i++) await empty();
  const out = [];
  for (let r = 0; r < reps; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < 200; i++) await empty();
    out.push(Number(process.hrtime.bigint() - t0) / 200 / 1e3);
  }
  return out;
}

async function loadImpl({ impl, file }) {
  if (impl === "pycoro") {
    const m = await import(pathToFileURL(file).href);
    // One run() per workload: the warm-up and samples run inside it (steady state).
    return {
      time: (body, units, reps) => m.run(m.timed(body, units, reps, WARMUP_RUNS, WARMUP_MS)),
      switching: m.switching, spawn: m.spawn, queue: m.queue, semaphore: m.semaphore, timers: m.timers, pool: m.pool,
      empty: () => m.run(m.empty()),
    };
  }
  if (impl === "native") {
    const { native } = await import("./native-peers.mjs");
    const worker = new URL("./peers-worker.mjs", import.meta.url).href;
    const { default: Tinypool } = await import("tinypool");
    const { Piscina } = await import("piscina");
    const tp = new Tinypool({ filename: worker });
    const pi = new Piscina({ filename: worker });
    const through = (p) => async (n) => {
      const ps = [];
      for (let i = 0; i < n; i++) ps.push(p.run(i));
      let s = 0;
      for (const x of ps) s += await x;
      return s;
    };
    return { ...native, time: timeJs, pool: through(tp), piscina: through(pi), close: async () => { await tp.destroy(); await pi.destroy(); } };
  }
  if (impl === "effection") {
    const { effection } = await import("./native-peers.mjs");
    return { ...(await effection()), time: timeJs };
  }
  if (impl === "floor") {
    const f = await import("./floor.mjs");
    return { switching: f.switching, spawn: f.spawn, queue: f.queue, semaphore: f.semaphore, timers: f.timers, time: timeJs };
  }
  throw new Error(`unknown implementation ${impl}`);
}

// Memory: allocation per switch (run with --expose-gc and a 64 MB young generation, so that a
// window of 50,000 switches normally sees no scavenge; a window that did is retried) and the size
// of a parked task (default heap flags).
const major = () => globalThis.gc({ type: "major", execution: "sync" });

async function allocChild({ impl, file }) {
  const { PerformanceObserver } = await import("node:perf_hooks");
  let gcs = 0;
  const obs = new PerformanceObserver((l) => (gcs += l.getEntries().length));
  obs.observe({ entryTypes: ["gc"] });
  // GC entries are delivered asynchronously: a few ms lets those of the last collection arrive.
  const flush = () => new Promise((r) => setTimeout(r, 5));
  let switching;
  if (impl === "pycoro") {
    const m = await import(pathToFileURL(file).href);
    switching = (k, n) => m.run(m.switching(k, n));
  } else if (impl === "native") {
    switching = (await import("./native-peers.mjs")).native.switching;
  } else {
    switching = (await import("./floor.mjs")).switching;
  }
  // Heap growth of (K = 100, 600 steps) minus (K = 100, 100 steps): set-up and tear-down cancel out.
  const grow = async (n) => {
    for (let attempt = 0; attempt < 10; attempt++) {
      major();
      await flush();
      const g0 = gcs;
      const before = process.memoryUsage().heapUsed;
      await switching(100, n);
      const after = process.memoryUsage().heapUsed;
      await flush();
      if (gcs === g0) return after - before;
    }
    return NaN;
  };
  for (let i = 0; i < 3; i++) await switching(100, 600); // warm-up
  const per = [];
  for (let i = 0; i < 3; i++) per.push(((await grow(600)) - (await grow(100))) / (100 * 500));
  obs.disconnect();
  return { perSwitch: Math.max(0, median(per)) };
}

async function parkedChild({ impl, file, kind: only }) {
  const out = {};
  if (impl === "pycoro") {
    const m = await import(pathToFileURL(file).href);
    for (const kind of only ? [only] : ["future", "event"]) {
      const used = [];
      await m.run(m.parked(PARKED, kind, () => {
        major();
        used.push(process.memoryUsage().heapUsed);
      }));
      out[kind === "future" ? "parkedFuture" : "parkedEvent"] = (used[1] - used[0]) / PARKED;
    }
  } else if (impl === "native") {
    // The pending promise must stay reachable, or V8 collects the parked functions with it.
    const p = (globalThis.__peersPending = new Promise(() => {}));
    const park = async (a, w) => {
      const x = a + 1;
      await w;
      return x;
    };
    const held = (globalThis.__peersHeld = new Array(PARKED).fill(null));
    major();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < PARKED; i++) held[i] = park(i, p);
    major();
    out.parkedFuture = (process.memoryUsage().heapUsed - before) / PARKED;
  }
  return out;
}
