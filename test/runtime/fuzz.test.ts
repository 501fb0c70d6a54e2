// Differential fuzz against CPython: random forests of delegating generators (shared
// sub-generators, generators driven from the middle of chains) and random send / throw /
// throw(GeneratorExit) / invalid throw / close operations, over pycoro generators and foreign
// iterators with and without throw / return, run here on the hand-lowered frames and
// in python3 on their twins (py/twins.py via py/yf_fuzz.py); the traces must be identical.

import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { appendFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { GeneratorExit, StopIteration, ValueError, getGeneratorState } from "../../runtime/index.js";
import {
  call1,
  seq,
  innerFin,
  onGE,
  guarded,
  outer2,
  deleg,
  midIgnore,
  yieldThenDelegate,
  twice,
  finallyDelegates,
  type G,
  type OnGE,
} from "./frames.js";
import { show, py, prng } from "./helpers.js";

type Spec = (string | number | string[] | null)[];
interface Scenario {
  gens: Spec[];
  ops: [string, number, string | null][];
}

function scenarios(seed: number, count: number): Scenario[] {
  const r = prng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const out: Scenario[] = [];
  for (let n = 0; n < count; n++) {
    const gens: Spec[] = [];
    const ngens = 2 + Math.floor(r() * 6);
    for (let k = 0; k < ngens; k++) {
      const sub = () => Math.floor(r() * k);
      if (k === 0 || r() < 0.35) {
        const leaf = pick(["seq", "innerFin", "onGE", "foreign", "reenter"]);
        if (leaf === "reenter") {
          // a generator whose body performs an operation on another generator (maybe a running one)
          const op = pick(["next", "send", "throwV", "throwGE", "close"]);
          gens.push(["reenter", op, Math.floor(r() * ngens), op === "send" ? `c${k}` : op === "throwV" ? `ct${k}` : null]);
          continue;
        }
        if (leaf === "foreign") {
          gens.push([
            "foreign",
            `f${k}`,
            Math.floor(r() * 4),
            r() < 0.5 ? null : `f${k}ret`,
            pick([null, "yield", "done", "raise"]),
            pick([null, "ok", "raise"]),
            pick(["py", "js"]),
          ]);
          continue;
        }
        if (leaf === "seq") {
          const len = Math.floor(r() * 4);
          gens.push(["seq", Array.from({ length: len }, (_, i) => `g${k}y${i}`), r() < 0.5 ? null : `g${k}ret`]);
        } else if (leaf === "onGE") {
          gens.push(["onGE", pick(["reraise", "return", "pass", "yield", "raiseValue", "raiseStop"])]);
        } else gens.push(["innerFin"]);
      } else {
        const d = pick(["guarded", "outer2", "deleg", "midIgnore", "ytd", "twice", "finDel"]);
        if (d === "guarded") gens.push(["guarded", `g${k}`, sub()]);
        else if (d === "twice") gens.push(["twice", sub(), sub()]);
        else gens.push([d, sub()]);
      }
    }
    // re-entering callbacks target generators only (a foreign iterator's send differs by design)
    const genIdx = gens.map((g, i) => (g[0] === "foreign" ? -1 : i)).filter((i) => i >= 0);
    for (const g of gens) if (g[0] === "reenter" && gens[g[2] as number][0] === "foreign") g[2] = pick(genIdx);
    const ops: Scenario["ops"] = [];
    const nops = 4 + Math.floor(r() * 14);
    for (let i = 0; i < nops; i++) {
      // mostly the outermost generators, sometimes the inner ones
      const targets = gens.map((g, i) => (g[0] === "foreign" ? -1 : i)).filter((i) => i >= 0);
      if (targets.length === 0) break;
      const t = r() < 0.6 ? targets[targets.length - 1 - Math.floor(r() * Math.min(2, targets.length))] : pick(targets);
      const op = pick(["next", "next", "next", "send", "send", "throwV", "throwGE", "throwBad", "close"]);
      ops.push([op, t, op === "send" ? `v${i}` : op === "throwV" ? `t${i}` : null]);
    }
    out.push({ gens, ops });
  }
  return out;
}

const ABBR: Record<string, string> = { GEN_CREATED: "C", GEN_RUNNING: "R", GEN_SUSPENDED: "S", GEN_CLOSED: "X" };

/**
 * The JavaScript twin of py/yf_fuzz.py's Foreign. Style "py": has send(); send and throw return
 * values and end by throwing StopIteration; close() closes it. Style "js": no send (sends go to
 * next(v)); throw returns IteratorResults; return() closes it.
 */
class Foreign {
  i = 0;
  constructor(
    readonly log: string[],
    readonly name: string,
    readonly n: number,
    readonly ret: string | null,
    throwMode: string | null,
    closeMode: string | null,
    style: string,
  ) {
    const self = this as unknown as Record<string, unknown>;
    const py = style === "py";
    if (py) {
      self.send = (v: unknown) => {
        log.push(`${name} send ${v}`);
        const r = this.step();
        if (r.done) throw new StopIteration(r.value);
        return r.value;
      };
    }
    if (throwMode !== null) {
      self.throw = (e: Error) => {
        log.push(`${name} throw ${e.name}`);
        if (throwMode === "yield") return py ? `${name} thrown` : { value: `${name} thrown`, done: false };
        if (throwMode === "done") {
          if (py) throw new StopIteration(`${name} throw-ret`);
          return { value: `${name} throw-ret`, done: true };
        }
        throw e;
      };
    }
    if (closeMode !== null) {
      self[py ? "close" : "return"] = () => {
        log.push(`${name} close`);
        if (closeMode === "raise") throw new ValueError("close failed");
        return { value: undefined, done: true };
      };
    }
  }
  [Symbol.iterator]() {
    return this;
  }
  step(): IteratorResult<string, string | undefined> {
    if (this.i < this.n) return { value: `${this.name}v${++this.i}`, done: false };
    return { value: this.ret ?? undefined, done: true };
  }
  next() {
    this.log.push(`${this.name} next`);
    return this.step();
  }
}

function build(spec: Spec, gens: G[], log: string[]): G {
  const [kind, a, b] = spec;
  switch (kind) {
    case "reenter": {
      const [, op, t, arg] = spec as [string, string, number, string | null];
      return call1(() => {
        const res = show(() => runOp(op, gens[t], arg));
        log.push(`cb ${op} ${t}: ${res}`);
        return res;
      });
    }
    case "foreign":
      return new Foreign(
        log,
        a as string,
        b as number,
        spec[3] as string | null,
        spec[4] as string | null,
        spec[5] as string | null,
        spec[6] as string,
      ) as unknown as G;
    case "seq":
      return seq(a as string[], b ?? undefined);
    case "innerFin":
      return innerFin(log);
    case "onGE":
      return onGE(log, a as OnGE);
    case "guarded":
      return guarded(a as string, log, gens[b as number]);
    case "outer2":
      return outer2(log, gens[a as number]);
    case "deleg":
      return deleg(gens[a as number]);
    case "midIgnore":
      return midIgnore(log, gens[a as number]);
    case "ytd":
      return yieldThenDelegate(gens[a as number]);
    case "twice":
      return twice(gens[a as number], gens[b as number]);
    case "finDel": {
      const sub = gens[a as number];
      return finallyDelegates(log, () => sub);
    }
  }
  throw new Error(`unknown ${kind}`);
}

function runOp(op: string, g: G, arg: string | null): unknown {
  switch (op) {
    case "next":
      return g.send(undefined);
    case "send":
      return g.send(arg);
    case "throwV":
      return g.throw(new ValueError(arg!));
    case "throwGE":
      return g.throw(GeneratorExit);
    case "throwBad":
      return g.throw(new ValueError("1"), "x");
    case "close":
      return g.close();
  }
  throw new Error(op);
}

function trace(scs: Scenario[]): string {
  const out: string[] = [];
  scs.forEach((sc, n) => {
    const log: string[] = [];
    const gens: G[] = [];
    for (const spec of sc.gens) gens.push(build(spec, gens, log));
    sc.ops.forEach(([op, t, arg], i) => {
      const res = show(() => runOp(op, gens[t], arg));
      const states = gens.map((g) => (g instanceof Foreign ? "F" : ABBR[getGeneratorState(g)])).join("");
      const yf = gens
        .map((g) => (g instanceof Foreign ? "f" : g.gi_yieldfrom === null ? "-" : String(gens.indexOf(g.gi_yieldfrom as G))))
        .join(",");
      const logs = py(log);
      out.push(`${n}.${i} ${op} ${t}: ${res} | ${states} | ${yf} | ${logs}`.replaceAll("undefined", "None"));
      log.length = 0;
    });
  });
  return out.join("\n");
}

const python = (() => {
  try {
    return execFileSync("python3", ["--version"], { encoding: "utf8" }).includes("3.11") ? "python3" : null;
  } catch {
    return null;
  }
})();

describe.skipIf(python === null)("differential fuzz against CPython 3.11", () => {
  const seeds = process.env.PYCORO_FUZZ_SEEDS ? Array.from({ length: Number(process.env.PYCORO_FUZZ_SEEDS) }, (_, i) => 1000 + i) : [1, 2, 3, 4];
  for (const seed of seeds) {
    it(`seed ${seed}: 150 random scenarios trace identically`, () => {
      const scs = scenarios(seed, 150);
      const file = fileURLToPath(new URL("./py/yf_fuzz.py", import.meta.url));
      const expected = execFileSync(python!, [file], { input: JSON.stringify(scs), encoding: "utf8", maxBuffer: 1 << 26 });
      const got = trace(scs);
      if (process.env.PYCORO_FUZZ_DUMP) appendFileSync(process.env.PYCORO_FUZZ_DUMP, got + "\n");
      const e = expected.trimEnd().split("\n");
      const g = got.split("\n");
      const first = e.findIndex((line, i) => line !== g[i]);
      if (first >= 0) {
        const n = Number(e[first].split(".")[0]);
        // show the whole failing scenario
        expect({ scenario: scs[n], got: g.filter((l) => l.startsWith(`${n}.`)) }).toEqual({
          scenario: scs[n],
          got: e.filter((l) => l.startsWith(`${n}.`)),
        });
      }
      expect(g.length).toBe(e.length);
    });
  }
});
