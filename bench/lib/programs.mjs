// Family "programs": real programs rather than micro-benchmarks (issue 12). Generator programs
// in the style of CPython's test_generators.py — conjoin-based N-Queens and Knight's tour, a
// recursive tree walk with yield*, a pipeline of generators driven by send — written once in
// TypeScript and run by pycoro and by V8's native generators (markers = identity), and in Python
// (bench/py/programsbench.py). Asyncio programs — a crawler-like fan-out (Semaphore +
// asCompleted over sleep(0)-simulated requests), a producer/consumer pipeline over queues, a
// TaskGroup of timers, a contended Lock — by pycoro, CPython asyncio and uvloop (JavaScript has
// no asyncio to run them on; bench/lib/peers.mjs compares the loop's primitives with JS peers).
// Steady state (warm, many runs) and the first run in a fresh process (set-up, JIT and tear-down
// included) are reported separately.
import { pathToFileURL } from "node:url";
import { buildVariants } from "./build.mjs";
import { sampleNs } from "./measure.mjs";
import { runNodeChild, runPython } from "./spawn.mjs";
import { fmt, fmtRatios, median, table } from "./stats.mjs";
import { genSource, aioSource } from "./programs-src.mjs";
import { target } from "./variants.mjs";

export const id = "programs";
export const title = "Programs: test_generators-style generator programs and asyncio programs";

const GEN = { queens: 8, knightsM: 6, knightsN: 6, knightsLimit: 100, treeDepth: 14, pipelineN: 100_000, markerN: 10_000 };
const AIO = { crawler: 5_000, prodcons: 20_000, timerGroup: 10_000, lockTasks: 100, lockTimes: 200 };
const GEN_PROGS = [
  ["queens", `N-Queens, N = ${GEN.queens}, all solutions (conjoin)`],
  ["knights", `Knight's tours ${GEN.knightsM}×${GEN.knightsN}, first ${GEN.knightsLimit} (conjoin, Warnsdorff order)`],
  ["tree", `in-order walk of a ${2 ** GEN.treeDepth - 1}-node tree (recursive yield*)`],
  ["pipeline", `filter → map → sink pipeline, ${GEN.pipelineN.toLocaleString("en")} values sent`],
];
const AIO_PROGS = [
  ["crawler", `crawler: ${AIO.crawler.toLocaleString("en")} requests, Semaphore(20), asCompleted`],
  ["prodcons", `producer → Queue(100) → 4 workers → Queue(100) → collector, ${AIO.prodcons.toLocaleString("en")} items`],
  ["timerGroup", `TaskGroup of ${AIO.timerGroup.toLocaleString("en")} timers of 0–9 ms`],
  ["lockHeavy", `${AIO.lockTasks} tasks × ${AIO.lockTimes} acquisitions of one Lock (held across sleep(0))`],
];

export async function run(ctx) {
  const gen = await buildVariants("programs-gen", genSource, ["pycoro", "native"]);
  const aio = await buildVariants("programs-aio", aioSource, ["pycoro"]);
  const perRound = {}, errors = {}, cold = {};
  const jobs = [
    ["gen:pycoro", () => (gen.pycoro.file ? runNodeChild(id, { mode: "gen", file: gen.pycoro.file, quick: ctx.quick, ...GEN }) : { ok: false, error: gen.pycoro.error })],
    ["gen:native", () => (gen.native.file ? runNodeChild(id, { mode: "gen", file: gen.native.file, quick: ctx.quick, ...GEN }) : { ok: false, error: gen.native.error })],
    ["gen:cpython", () => runPython("programsbench.py", { mode: "gen", quick: ctx.quick, ...GEN }, { timeoutMs: 600_000 })],
    ["aio:pycoro", () => (aio.pycoro.file ? runNodeChild(id, { mode: "aio", file: aio.pycoro.file, quick: ctx.quick, ...AIO }, { timeoutMs: 600_000 }) : { ok: false, error: aio.pycoro.error })],
    ["aio:cpython", () => runPython("programsbench.py", { mode: "aio", quick: ctx.quick, ...AIO }, { timeoutMs: 600_000 })],
    ["aio:uvloop", () => runPython("programsbench.py", { mode: "aio", loop: "uvloop", quick: ctx.quick, ...AIO }, { timeoutMs: 600_000 })],
  ];
  for (let r = 0; r < ctx.rounds; r++) {
    for (const [v, go] of r % 2 ? [...jobs].reverse() : jobs) {
      if (errors[v]) continue;
      const t0 = Date.now();
      const res = await go();
      if (!res.ok) {
        errors[v] = res.error;
        ctx.log(`  programs round ${r + 1}: ${v} failed: ${res.error}`);
        continue;
      }
      const meds = Object.fromEntries(Object.entries(res.samples).map(([k, xs]) => [k, median(xs)]));
      (perRound[v] ??= []).push(meds);
      (cold[v] ??= []).push(res.cold);
      ctx.log(`  programs round ${r + 1}: ${v} (${((Date.now() - t0) / 1000).toFixed(1)} s) ${Object.entries(meds).map(([k, x]) => `${k}=${(x / 1e3).toFixed(0)}µs`).join(" ")} check=${JSON.stringify(res.check)}`);
    }
  }
  return { id, perRound: { ...perRound, cold }, errors, markdown: report(perRound, cold, errors) };
}

const val = (perRound, v, k) => median((perRound[v] ?? []).map((m) => m[k]));
const coldVal = (cold, v, k) => median((cold[v] ?? []).map((m) => m[k]));
function ratio(perRound, a, b, k) {
  const xs = perRound[a] ?? [], ys = perRound[b] ?? [];
  const out = [];
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) out.push(xs[i][k] / ys[i][k]);
  return out.filter(Number.isFinite);
}
const ms = (ns) => fmt(ns / 1e6);
const us = (ns) => fmt(ns / 1e3);

function report(perRound, cold, errors) {
  const genRows = GEN_PROGS.map(([k, label]) => [label,
    us(val(perRound, "gen:pycoro", k)), us(val(perRound, "gen:native", k)), us(val(perRound, "gen:cpython", k)),
    fmtRatios(ratio(perRound, "gen:pycoro", "gen:native", k)), fmtRatios(ratio(perRound, "gen:cpython", "gen:pycoro", k)),
    `${ms(coldVal(cold, "gen:pycoro", k))} / ${ms(coldVal(cold, "gen:native", k))} / ${ms(coldVal(cold, "gen:cpython", k))}`]);
  const aioRows = AIO_PROGS.map(([k, label]) => [label,
    ms(val(perRound, "aio:pycoro", k)), ms(val(perRound, "aio:cpython", k)), ms(val(perRound, "aio:uvloop", k)),
    fmtRatios(ratio(perRound, "aio:cpython", "aio:pycoro", k)), fmtRatios(ratio(perRound, "aio:uvloop", "aio:pycoro", k)),
    `${ms(coldVal(cold, "aio:pycoro", k))} / ${ms(coldVal(cold, "aio:cpython", k))} / ${ms(coldVal(cold, "aio:uvloop", k))}`]);
  const perMarker = (v) => val(perRound, v, "markers") / GEN.markerN;
  const markerRow = [[`\`generator(function* ...)\` evaluated in a loop, closing over the loop variable (${GEN.markerN.toLocaleString("en")} per run)`,
    fmt(perMarker("gen:pycoro")), fmt(perMarker("gen:native")), fmt(perMarker("gen:cpython")),
    fmtRatios(ratio(perRound, "gen:pycoro", "gen:native", "markers")), fmtRatios(ratio(perRound, "gen:cpython", "gen:pycoro", "markers"))]];
  const t = [];
  {
    // Target 2×, not 1×: an evaluation creates two closures (the frame's step, a closure over the
    // marker's scope, and the function) and tags the function; a native expression creates one
    // closure (compiler/transformer.ts, objects/markers.ts defineClosure).
    const x = median(ratio(perRound, "gen:pycoro", "gen:native", "markers"));
    t.push(target(`markers: marker evaluation ≤ 2× a native generator function expression (measured ${fmt(x)}×)`, x, x <= 2));
  }
  for (const [k] of GEN_PROGS) {
    const x = median(ratio(perRound, "gen:pycoro", "gen:native", k));
    t.push(target(`${k}: pycoro ≤ 1.0× native generators (measured ${fmt(x)}×)`, x, x <= 1));
    const y = median(ratio(perRound, "gen:cpython", "gen:pycoro", k));
    t.push(target(`${k}: pycoro ≥ 3× faster than CPython (measured ${fmt(y)}×)`, y, y >= 3));
  }
  for (const [k] of AIO_PROGS) {
    const y = median(ratio(perRound, "aio:cpython", "aio:pycoro", k));
    t.push(target(`${k}: pycoro ≥ 3× faster than CPython asyncio (measured ${fmt(y)}×)`, y, y >= 3));
  }
  return [
    `### ${title}`,
    "",
    "Generator programs: µs per complete run in steady state (calibrated samples ≥ 40 ms after a warm-up; median of samples, then of rounds); cold = the first run in a fresh process (module loaded, nothing compiled yet), ms. The same TypeScript for pycoro and native; the Python twin in bench/py/programsbench.py (the pipeline sends with `g.next(v)` in TypeScript, `g.send(v)` in Python). Every variant checks the same result.",
    "",
    table(["program", "pycoro µs", "native µs", "CPython µs", "pycoro ÷ native", "CPython ÷ pycoro", "cold ms (pycoro / native / CPython)"], genRows),
    "",
    "Marker evaluation: ns per evaluation of a marker inside a loop (a marked closure: one frame class per source function, created once; native: a `function*` expression; CPython: a nested `def` with `yield`).",
    "",
    table(["what", "pycoro ns", "native ns", "CPython ns", "pycoro ÷ native", "CPython ÷ pycoro"], markerRow),
    "",
    "Asyncio programs: ms per program inside one `run()` / `asyncio.run()` after a warm-up (steady state); cold = the first `run(program())` in a fresh process including the loop's set-up and tear-down, ms. Requests are simulated with `sleep(0)` (the loop's cost, not a network's); the TaskGroup's timers are real 0–9 ms sleeps (wall time).",
    "",
    table(["program", "pycoro ms", "asyncio ms", "uvloop ms", "asyncio ÷ pycoro", "uvloop ÷ pycoro", "cold ms (pycoro / asyncio / uvloop)"], aioRows),
    "",
    ...Object.entries(errors).map(([k, e]) => `- ${k}: unavailable (${e})`),
    ...t,
  ].join("\n");
}

export async function child(args) {
  const m = await import(pathToFileURL(args.file).href);
  const cold = {}, check = {}, samples = {};
  if (args.mode === "gen") {
    const tree = m.makeTree(args.treeDepth);
    const progs = {
      queens: () => m.queens(args.queens),
      knights: () => m.knights(args.knightsM, args.knightsN, args.knightsLimit),
      tree: () => m.treeWalk(tree),
      pipeline: () => m.pipeline(args.pipelineN),
    };
    if (args.markerN && m.markerEval) progs.markers = () => m.markerEval(args.markerN);
    for (const [k, f] of Object.entries(progs)) {
      const t0 = process.hrtime.bigint();
      check[k] = f();
      cold[k] = Number(process.hrtime.bigint() - t0);
    }
    const opts = args.quick ? { samples: 3, minMs: 40 } : { samples: 5, minMs: 40, warmup: 3 };
    for (const [k, f] of Object.entries(progs)) samples[k] = sampleNs((reps) => { for (let i = 0; i < reps; i++) f(); }, opts);
    return { samples, cold, check };
  }
  const reps = args.quick ? 2 : 5;
  const progs = {
    crawler: () => m.crawler(args.crawler),
    prodcons: () => m.prodcons(args.prodcons),
    timerGroup: () => m.timerGroup(args.timerGroup),
    lockHeavy: () => m.lockHeavy(args.lockTasks, args.lockTimes),
  };
  for (const [k, f] of Object.entries(progs)) {
    const t0 = process.hrtime.bigint();
    check[k] = await m.run(f());
    cold[k] = Number(process.hrtime.bigint() - t0);
  }
  for (const [k, f] of Object.entries(progs)) samples[k] = await m.run(m.timed(f, 1, reps));
  return { samples, cold, check };
}
