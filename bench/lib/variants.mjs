// The implementations compared, and the round runner shared by the timing families.
import { runNodeChild, runPython } from "./spawn.mjs";
import { median } from "./stats.mjs";

/**
 * build: which bench/lib/build.mjs builder makes its module; protocol: how the child drives it
 * (measure.mjs); python: runs bench/py/ instead of a Node child.
 */
export const VARIANTS = {
  pycoro: { label: "pycoro (compiled state machine; `send`)", build: "pycoro", protocol: "py" },
  "pycoro-next": { label: "*extra:* pycoro driven by `next()` (JS iterator protocol)", build: "pycoro", protocol: "js" },
  native: { label: "V8 native generators", build: "native", protocol: "js" },
  regen: { label: "Babel 7.29 preset-env (IE 11) → regenerator, inline `_regenerator` helper", build: "regen", protocol: "js" },
  tsc: { label: "tsc 6.0 `--target ES5 --downlevelIteration` (`__generator`)", build: "tsc", protocol: "js" },
  cpython: { label: "CPython 3.11 generators", python: true },
  // A hand-written module, not a build of the family's source (delegation.mjs adds its file).
  "deleg-floor": { label: "*floor:* minimal hand-written O(1) delegation (`delegation-floor.mjs`; `send`)", build: "delegFloor", protocol: "py" },
};

export const BUILDS = (variants) => [...new Set(variants.map((v) => VARIANTS[v].build).filter(Boolean))];

/**
 * Run `rounds` rounds; in each, every variant once in a fresh process (order reversed on odd
 * rounds, so no variant always runs first). A child reports { samples: { key: [ns...] } }.
 * Returns { perRound: { variant: [ { key: median } per round ] }, errors: { variant: reason } }.
 */
export async function timeRounds(ctx, { family, variants, built, args = {}, pyScript, pyArgs = {}, nodeFlags = [] }) {
  const perRound = {};
  const errors = {};
  for (let r = 0; r < ctx.rounds; r++) {
    const order = r % 2 ? [...variants].reverse() : variants;
    for (const v of order) {
      if (errors[v]) continue;
      const spec = VARIANTS[v];
      let res;
      const t0 = Date.now();
      if (spec.python) {
        res = await runPython(pyScript, { ...pyArgs, quick: ctx.quick });
      } else {
        const b = built[spec.build];
        if (!b || b.error) {
          errors[v] = b ? b.error : "not built";
          continue;
        }
        res = await runNodeChild(family, { ...args, file: b.file, protocol: spec.protocol, quick: ctx.quick }, { nodeFlags });
      }
      if (!res.ok) {
        errors[v] = res.error;
        ctx.log(`  ${family} round ${r + 1}: ${v} failed: ${res.error}`);
        continue;
      }
      const meds = Object.fromEntries(Object.entries(res.samples).map(([k, xs]) => [k, median(xs)]));
      (perRound[v] ??= []).push(meds);
      ctx.log(`  ${family} round ${r + 1}: ${v} (${((Date.now() - t0) / 1000).toFixed(1)} s) ${Object.entries(meds).map(([k, x]) => `${k}=${x.toFixed(1)}`).join(" ")}`);
    }
  }
  return { perRound, errors };
}

/** Median over rounds of the per-round medians of `key`. */
export const value = (perRound, v, key) => median((perRound[v] ?? []).map((m) => m[key]));

/** Per-round ratios of v's `key` to base's `key` (same round). */
export function ratios(perRound, v, base, key, baseKey = key) {
  const a = perRound[v] ?? [], b = perRound[base] ?? [];
  const out = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) out.push(a[i][key] / b[i][baseKey]);
  return out;
}

export function unavailableLines(variants, errors) {
  return variants.filter((v) => errors[v]).map((v) => `${v}: unavailable (${errors[v]})`);
}

/** "PASS"/"FAIL"/"n/a" line for a target. */
export function target(label, actual, ok) {
  if (actual === undefined || Number.isNaN(actual)) return `- [n/a] ${label}`;
  return `- [${ok ? "PASS" : "FAIL"}] ${label}`;
}
