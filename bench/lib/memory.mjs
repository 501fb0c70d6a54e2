// Family "memory": bytes per suspended generator (one small-int argument, one local live across
// the yield (returned after it), suspended at its first yield), 100,000 held alive in a preallocated array.
// JS: heapUsed delta after two gc() calls in a fresh `node --expose-gc` child; CPython:
// tracemalloc delta. One fresh process per variant per round; median over rounds.
import { pathToFileURL } from "node:url";
import { buildVariants } from "./build.mjs";
import { runNodeChild, runPython } from "./spawn.mjs";
import { fmt, median, table } from "./stats.mjs";
import { BUILDS, VARIANTS, target, unavailableLines } from "./variants.mjs";

export const id = "memory";
export const title = "Memory per suspended generator (100,000 held alive)";

export const source = `import { generator } from "pycoro";

export const holder = generator(function* (a: number): Generator<number, number, unknown> {
  let x = a + 1;
  yield x;
  return x;
});
`;

const VARIANT_IDS = ["native", "pycoro", "regen", "tsc", "cpython"];
const COUNT = 100_000;

export async function run(ctx) {
  const built = await buildVariants(id, source, BUILDS(VARIANT_IDS));
  const bytes = {}, errors = {}, extra = {};
  for (let r = 0; r < ctx.rounds; r++) {
    for (const v of r % 2 ? [...VARIANT_IDS].reverse() : VARIANT_IDS) {
      if (errors[v]) continue;
      const spec = VARIANTS[v];
      let res;
      if (spec.python) res = await runPython("genbench.py", { mode: "mem", count: COUNT });
      else {
        const b = built[spec.build];
        if (!b || b.error) {
          errors[v] = b ? b.error : "not built";
          continue;
        }
        res = await runNodeChild(id, { file: b.file, protocol: spec.protocol, count: COUNT }, { nodeFlags: ["--expose-gc"] });
      }
      if (!res.ok) {
        errors[v] = res.error;
        ctx.log(`  memory round ${r + 1}: ${v} failed: ${res.error}`);
        continue;
      }
      (bytes[v] ??= []).push(res.bytes);
      if (res.getsizeof !== undefined) extra[v] = res.getsizeof;
      ctx.log(`  memory round ${r + 1}: ${v} ${res.bytes.toFixed(1)} bytes`);
    }
  }
  const med = Object.fromEntries(Object.entries(bytes).map(([v, xs]) => [v, median(xs)]));
  const rows = VARIANT_IDS.map((v) =>
    med[v] === undefined
      ? [VARIANTS[v].label, "unavailable", ""]
      : [VARIANTS[v].label, fmt(med[v], 4), med.native ? `${fmt(med[v] / med.native)}×` : "—"],
  );
  const md = [
    `### ${title}`,
    "",
    "`holder(a)`: one argument, one local live across the yield, suspended at its first yield. JS: `process.memoryUsage().heapUsed` delta after two `gc()` (array preallocated, `--expose-gc`); CPython: `tracemalloc` delta (for reference; `sys.getsizeof` " +
      (extra.cpython ?? "—") +
      "). Median of fresh processes.",
    "",
    table(["implementation", "bytes each", "÷ native"], rows),
    "",
    ...unavailableLines(VARIANT_IDS, errors).map((l) => `- ${l}`),
    target(`pycoro ≤ 136 bytes per suspended generator (measured ${fmt(med.pycoro, 4)}; native ${fmt(med.native, 4)})`, med.pycoro, med.pycoro <= 136),
  ].join("\n");
  return { id, perRound: bytes, errors, markdown: md };
}

export async function child({ file, protocol, count }) {
  if (typeof globalThis.gc !== "function") throw new Error("run with --expose-gc");
  const m = await import(pathToFileURL(file).href);
  const held = new Array(count).fill(null);
  // Warm the code paths (and any lazily created prototypes/maps) before the baseline.
  for (let i = 0; i < 100; i++) {
    const g = m.holder(i);
    protocol === "py" ? g.send(undefined) : g.next();
  }
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < count; i++) {
    const g = m.holder(i & 127);
    const y = protocol === "py" ? g.send(undefined) : g.next().value;
    if (y !== (i & 127) + 1) throw new Error(`holder(${i & 127}) yielded ${y}`);
    held[i] = g;
  }
  gc();
  gc();
  const after = process.memoryUsage().heapUsed;
  if (held.length !== count) throw new Error("unreachable");
  return { bytes: (after - before) / count };
}
