// Family "delegation": ns per value resumed through a chain of D generators (D−1 `yield*` /
// `yield from` hops over a leaf that yields N values; D=1 is a lone generator).
// N = max(2e6/D, 10·D) for JS, max(1e6/D, 10·D) for CPython; each sample repeats the drain
// (chain construction included) for ≥ 20 ms. The *floor* row is delegation-floor.mjs, a
// hand-written minimal O(1) delegation with pycoro's frames and stack: how low pycoro's design can
// go on this workload (issue 12 asks for the floor where a target is not met).
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildVariants } from "./build.mjs";
import { sampleNs } from "./measure.mjs";
import { fmt, fmtRatios, median, table } from "./stats.mjs";
import { BUILDS, VARIANTS, ratios, target, timeRounds, unavailableLines, value } from "./variants.mjs";

export const id = "delegation";
export const title = "Delegation depth: ns per value resumed through a chain of D generators";

export const source = `import { generator } from "pycoro";

export const leaf = generator(function* (n: number): Generator<number, number, unknown> {
  for (let i = 0; i < n; i++) yield i;
  return n;
});

export const wrap = generator(function* (it: Generator<number, number, unknown>): Generator<number, number, unknown> {
  return yield* it;
});

export function chain(d: number, n: number): Generator<number, number, unknown> {
  let g = leaf(n);
  for (let k = 1; k < d; k++) g = wrap(g);
  return g;
}

export const endless = generator(function* (): Generator<number, number, unknown> {
  let i = 0;
  for (;;) {
    yield i;
    i = (i + 1) & 127;
  }
});

export function endlessChain(d: number): Generator<number, number, unknown> {
  let g = endless();
  for (let k = 1; k < d; k++) g = wrap(g);
  return g;
}
`;

const VARIANT_IDS = ["native", "pycoro", "pycoro-next", "deleg-floor", "regen", "tsc", "cpython"];
const DEPTHS = [1, 10, 100, 1000];
const JS_VALUES = 2e6, PY_VALUES = 1e6;

export async function run(ctx) {
  const built = await buildVariants(id, source, BUILDS(VARIANT_IDS));
  built.delegFloor = { file: fileURLToPath(new URL("./delegation-floor.mjs", import.meta.url)) };
  // One fresh process per depth, so that what the JIT learnt at one depth (e.g. the deep-stack
  // paths) cannot slow down or speed up another; rounds alternate the variants' order per depth.
  const perRound = {}, errors = {};
  for (const d of DEPTHS) {
    const res = await timeRounds(ctx, {
      family: id,
      variants: VARIANT_IDS.filter((v) => !errors[v]),
      built,
      args: { depths: [d], values: ctx.quick ? JS_VALUES / 10 : JS_VALUES },
      pyScript: "genbench.py",
      pyArgs: { mode: "chain", depths: [d], py_values: ctx.quick ? PY_VALUES / 10 : PY_VALUES },
    });
    Object.assign(errors, res.errors);
    for (const [v, rounds] of Object.entries(res.perRound)) {
      perRound[v] ??= [];
      rounds.forEach((m, r) => (perRound[v][r] = { ...perRound[v][r], ...m }));
    }
  }
  for (const v of Object.keys(errors)) delete perRound[v];
  const rows = [];
  const growth = {};
  for (const v of VARIANT_IDS) {
    if (!perRound[v]) {
      rows.push([VARIANTS[v].label, "unavailable", ...DEPTHS.map(() => ""), "", "", ""]);
      continue;
    }
    // t(1000)/t(1) of the medians (each depth runs in its own processes).
    const g = value(perRound, v, "D1000") / value(perRound, v, "D1");
    growth[v] = g;
    const t1 = value(perRound, v, "D1"), t1000 = value(perRound, v, "D1000");
    rows.push([
      VARIANTS[v].label,
      ...DEPTHS.map((d) => fmt(value(perRound, v, `D${d}`))),
      `${fmt(g)}×`,
      fmt((t1000 - t1) / 999),
      fmtRatios(ratios(perRound, v, "native", "D1")),
      fmtRatios(ratios(perRound, v, "native", "D1000")),
    ]);
  }
  const steadyRows = [];
  const steady = {};
  for (const v of VARIANT_IDS) {
    if (!perRound[v] || perRound[v][0].S1 === undefined) continue;
    steady[v] = value(perRound, v, "S1000") / value(perRound, v, "S1");
    steadyRows.push([VARIANTS[v].label, ...DEPTHS.map((d) => fmt(value(perRound, v, `S${d}`))), `${fmt(steady[v])}×`, fmtRatios(ratios(perRound, v, "native", "S1000"))]);
  }
  const md = [
    `### ${title}`,
    "",
    "ns per value, each depth measured in its own fresh process; growth = t(1000)/t(1) of the medians (≈1000× means O(D) per value, ≈1× means O(1)); ns/level = (t(1000) − t(1)) / 999; ratios against V8 native in the same round, median (min–max).",
    "",
    table(["implementation", ...DEPTHS.map((d) => `D=${d}`), "t(1000)/t(1)", "ns/level", "÷native D=1", "÷native D=1000"], rows),
    "",
    "Steady state: the same chain over an endless leaf, built and primed once, then only resumes are timed (no chain construction or unwinding amortised into the numbers; N = 10·D values per drain makes those worth ~10% of a level's set-up cost per value at D=1000).",
    "",
    table(["implementation", ...DEPTHS.map((d) => `D=${d}`), "t(1000)/t(1)", "÷native D=1000"], steadyRows),
    "",
    ...unavailableLines(VARIANT_IDS, errors).map((l) => `- ${l}`),
    target(`pycoro t(1000)/t(1) ≤ 2× (measured ${fmt(growth.pycoro)}×; floor ${fmt(growth["deleg-floor"])}×; native ${fmt(growth.native)}×)`, growth.pycoro, growth.pycoro <= 2),
    target(`pycoro steady-state t(1000)/t(1) ≤ 2× (measured ${fmt(steady.pycoro)}×; floor ${fmt(steady["deleg-floor"])}×; native ${fmt(steady.native)}×)`, steady.pycoro, steady.pycoro <= 2),
  ].join("\n");
  return { id, perRound, errors, markdown: md };
}

export async function child({ file, protocol, quick, depths, values }) {
  const m = await import(pathToFileURL(file).href);
  // Eight warm-up samples (≥ 160 ms): at D=1 one drain is 2e6 values (~13–25 ms), and in every
  // fresh process the first two drains ran at 10–12 ns/value (CPU time) before V8's optimized code
  // for the drain loop arrived, then 5–6.5: with one warm-up sample the median fell on either side
  // of that tier-up from one process to the next (6.5 vs 12.4 ns; gen-iter, issue 12).
  const opts = { samples: quick ? 3 : 5, warmup: 8 };
  let drain;
  if (protocol === "py") {
    drain = (g) => {
      let k = 0;
      try {
        for (;;) {
          g.send(undefined);
          k++;
        }
      } catch (e) {
        if (!e || e.name !== "StopIteration") throw e;
      }
      return k;
    };
  } else {
    drain = (g) => {
      let k = 0;
      while (!g.next().done) k++;
      return k;
    };
  }
  const samples = {};
  // Steady state: one chain over an endless leaf, built and primed once; only resumes are timed.
  for (const d of depths) {
    const g = m.endlessChain(d);
    let sink = 0;
    const body =
      protocol === "py"
        ? (reps) => {
            for (let r = 0; r < reps; r++) sink = g.send(undefined);
          }
        : (reps) => {
            for (let r = 0; r < reps; r++) sink = g.next().value;
          };
    body(1);
    samples[`S${d}`] = sampleNs(body, opts);
    if (typeof sink !== "number") throw new Error(`endless chain yielded ${sink}`);
  }
  for (const d of depths) {
    const n = Math.max(Math.floor(values / d), 10 * d);
    samples[`D${d}`] = sampleNs(
      (reps) => {
        for (let r = 0; r < reps; r++) {
          const k = drain(m.chain(d, n));
          if (k !== n) throw new Error(`chain(${d}, ${n}) yielded ${k} values`);
        }
      },
      { unitsPerRep: n, ...opts },
    );
  }
  return { samples };
}
