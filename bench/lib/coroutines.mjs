// Family "coroutines": the two targets of the coroutine issue.
// 1. A call tree of coroutines ten levels deep in which no await suspends: pycoro runs the awaits
//    inline through the frame stack (Python's `await coro`); native async functions pay a
//    microtask per await. ns per tree (11 frames), the tree awaited in a loop by a main coroutine.
// 2. Bytes per coroutine parked on a pending future (one argument, one local live across the
//    await), 100,000 held alive: pycoro awaiting a pending pycoro Future, driven by send(); V8 an
//    async function awaiting a never-resolved promise.
import { pathToFileURL } from "node:url";
import { buildVariants } from "./build.mjs";
import { runNodeChild, runPython } from "./spawn.mjs";
import { fmt, fmtRatios, median, table } from "./stats.mjs";
import { sampleNsAsync } from "./measure.mjs";
import { VARIANTS, ratios, target, timeRounds, unavailableLines, value } from "./variants.mjs";

export const id = "coroutines";
export const title = "Coroutines: a 10-level call tree with no suspension, and a parked coroutine's size";

export const source = `import { coroutine } from "pycoro";

export const leaf = coroutine(async function (x: number): Promise<number> {
  return x + 1;
});

export const level = coroutine(async function (d: number, x: number): Promise<number> {
  return d === 0 ? await leaf(x) : await level(d - 1, x);
});

export const main = coroutine(async function (n: number): Promise<number> {
  let s = 0;
  for (let i = 0; i < n; i++) s = await level(9, i & 1023);
  return s;
});

export const parked = coroutine(async function (a: number, fut: unknown): Promise<number> {
  const x = a + 1;
  await (fut as any);
  return x;
});
`;

const VARIANT_IDS = ["native", "pycoro", "regen", "tsc", "cpython"];
const COUNT = 100_000;

export async function run(ctx) {
  const built = await buildVariants(id, source, ["native", "pycoro", "regen", "tsc"]);
  const { perRound, errors } = await timeRounds(ctx, { family: id, variants: VARIANT_IDS, built, args: { mode: "tree" }, pyScript: "corobench.py", pyArgs: { mode: "tree" } });
  const bytes = {};
  for (let r = 0; r < ctx.rounds; r++) {
    for (const v of VARIANT_IDS) {
      if (errors[v]) continue;
      let b;
      if (VARIANTS[v].python) {
        const res = await runPython("corobench.py", { mode: "mem", count: COUNT });
        if (!res.ok) { errors[v] = res.error; continue; }
        b = res.bytes;
      } else {
        const out = built[VARIANTS[v].build];
        if (!out || out.error) continue;
        const res = await runNodeChild(id, { mode: "memory", file: out.file, protocol: VARIANTS[v].protocol, count: COUNT }, { nodeFlags: ["--expose-gc"] });
        if (!res.ok) { errors[v] = res.error; continue; }
        b = res.samples.bytes[0];
      }
      (bytes[v] ??= []).push(b);
      ctx.log(`  coroutines memory round ${r + 1}: ${v} ${b.toFixed(1)} bytes`);
    }
  }
  const speedup = median(ratios(perRound, "native", "pycoro", "tree"));
  const mem = Object.fromEntries(VARIANT_IDS.map((v) => [v, median(bytes[v] ?? [])]));
  const label = {
    native: "V8 native `async` functions",
    pycoro: "pycoro coroutines (inline `await`)",
    regen: "Babel 7.29 preset-env (IE 11): async → regenerator + Promise",
    tsc: "tsc 6.0 `--target ES5` (`__awaiter` + `__generator`)",
    cpython: "CPython 3.11 coroutines (`send(None)`, no event loop; bytes by tracemalloc)",
  };
  const rows = VARIANT_IDS.map((v) => [label[v], perRound[v] ? fmt(value(perRound, v, "tree")) : "unavailable",
    perRound[v] && perRound.pycoro ? fmtRatios(ratios(perRound, v, "pycoro", "tree")) : "", mem[v] === undefined || Number.isNaN(mem[v]) ? "—" : fmt(mem[v], 4)]);
  const md = [
    `### ${title}`,
    "",
    "Tree: `level(9)` awaits `level(8)` ... awaits `leaf()`, none of which suspends; a main coroutine awaits the tree in a loop (pycoro and CPython: one `send(None)` runs it all; native, regenerator, tsc: `await main(n)`, a microtask per await). ns per tree of 11 coroutine calls, in steady state (400 ms of warm-up, then 7 samples of ≥ 40 ms; median). Parked: bytes per coroutine suspended on a pending future (`heapUsed` delta after two `gc()`, 100,000 held).",
    "",
    table(["implementation", "ns per tree", "÷ pycoro", "bytes parked"], rows),
    "",
    ...unavailableLines(VARIANT_IDS, errors).map((l) => `- ${l}`),
    target(`pycoro call tree ≥ 5× faster than native async (measured ${fmt(speedup)}×)`, speedup, speedup >= 5),
    target(`pycoro parked coroutine ≤ 416 bytes (measured ${fmt(mem.pycoro, 4)}; V8 async function ${fmt(mem.native, 4)})`, mem.pycoro, mem.pycoro <= 416),
  ].join("\n");
  return { id, perRound: { ...perRound, bytes }, errors, markdown: md };
}

export async function child({ mode, file, protocol, quick, count }) {
  const m = await import(pathToFileURL(file).href);
  if (mode === "memory") return { samples: { bytes: [await parkedBytes(m, protocol, count)] } };
  const opts = quick ? { samples: 3, minMs: 20, warmupMs: 100 } : { samples: 7, minMs: 40, warmupMs: 400 };
  let tree;
  if (protocol === "py") {
    const runMain = (n) => {
      try {
        m.main(n).send(undefined);
      } catch (e) {
        if (e && e.name === "StopIteration") return e.value;
        throw e;
      }
      throw new Error("main() suspended: an await suspended in the tree");
    };
    if (runMain(3) !== 3) throw new Error("tree computed the wrong value");
    tree = await sampleNsAsync((n) => runMain(n), opts);
  } else {
    if ((await m.main(3)) !== 3) throw new Error("tree computed the wrong value");
    tree = await sampleNsAsync((n) => m.main(n), opts);
  }
  return { samples: { tree } };
}

async function parkedBytes(m, protocol, count) {
  if (typeof globalThis.gc !== "function") throw new Error("run with --expose-gc");
  const held = new Array(count).fill(null);
  let fut;
  if (protocol === "py") {
    const { newEventLoop } = await import("pycoro");
    fut = newEventLoop({ clock: "virtual" }).createFuture();
  } else {
    fut = new Promise(() => {});
  }
  const park = protocol === "py"
    ? (i) => { const c = m.parked(i, fut); const y = c.send(undefined); if (y !== fut) throw new Error("did not park on the future"); return c; }
    : (i) => { const p = m.parked(i, fut); return p; };
  for (let i = 0; i < 100; i++) park(i);
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < count; i++) held[i] = park(i & 127);
  gc();
  gc();
  const after = process.memoryUsage().heapUsed;
  if (held.length !== count) throw new Error("unreachable");
  return (after - before) / count;
}
