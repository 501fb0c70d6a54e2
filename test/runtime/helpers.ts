// Helpers for the runtime tests: Python-like outcome strings, to compare with the "Observed:" lines
// of /work/shared/spec/python-semantics.md.

import { it, expect } from "vitest";
import { execFileSync } from "node:child_process";
import { StopIteration } from "../../runtime/index.js";

/** Python's repr() of a string. */
export function reprStr(s: string): string {
  if (s.includes("'") && !s.includes('"')) return `"${s.replaceAll("\\", "\\\\")}"`;
  return `'${s.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
}

/** Python's str() of the values the tests print: None, True/False, lists of repr'd strings. */
export function py(x: unknown): string {
  if (x === undefined || x === null) return "None";
  if (x === true) return "True";
  if (x === false) return "False";
  if (Array.isArray(x)) return `[${x.map((e) => (typeof e === "string" ? reprStr(e) : py(e))).join(", ")}]`;
  return String(x);
}

/** `-> value` or `raised Name: message`, as the pysem snippets print them. */
export function show(f: () => unknown): string {
  try {
    return `-> ${py(f())}`;
  } catch (e) {
    if (e instanceof Error) return `raised ${e.name}: ${e.message}`;
    return `raised ${String(e)}`;
  }
}

/** The exception `f` raises (fails the test if it returns). */
export function raises(f: () => unknown): Error & { context?: unknown; value?: unknown } {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected an exception");
}

/** Drive `g` with next() to the end: the values yielded and the return value (python's run()). */
export function run(g: { send(v?: unknown): unknown }): [unknown[], unknown] {
  const out: unknown[] = [];
  for (;;) {
    try {
      out.push(g.send(undefined));
    } catch (e) {
      if (e instanceof StopIteration) return [out, e.value];
      throw e;
    }
  }
}

/** mulberry32: a small seeded PRNG, so a fuzz failure reproduces from its seed. */
export function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One differential test: `scenarios` run here through `run` and in python3 `script` (which reads
 * them as JSON on stdin and prints one trace per scenario); every trace must be CPython's.
 */
export function sameTracesAsCPython<S>(script: string, seed: number, scenarios: S[], run: (s: S) => string[]): void {
  it(`seed ${seed}: ${scenarios.length} scenarios`, () => {
    const py: string[][] = JSON.parse(execFileSync("python3", [script], { input: JSON.stringify(scenarios), encoding: "utf8", maxBuffer: 1 << 26 }));
    for (let n = 0; n < scenarios.length; n++) {
      const ours = run(scenarios[n]);
      if (ours.join("\n") !== py[n].join("\n")) {
        expect({ scenario: scenarios[n], trace: ours }).toEqual({ scenario: scenarios[n], trace: py[n] });
      }
    }
  }, 120_000);
}
