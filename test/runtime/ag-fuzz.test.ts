// Differential fuzz of async generators against CPython: random async generators (coframes.ts),
// asend / __anext__ / athrow / athrow(GeneratorExit) / aclose awaitables made at random moments and
// driven step by step (send, throw, close on the awaitable, interleaved across awaitables), here on
// the hand-lowered frames and in python3 on their twins (py/ag_fuzz.py); the traces (results,
// ag_running, ag_frame, ag_await, the generators' logs) must match. PYCORO_FUZZ_SEEDS=N runs N seeds.

import { describe, it } from "vitest";
import { fileURLToPath } from "node:url";
import { GeneratorExit, StopIteration, ValueError } from "../../runtime/index.js";
import { items, awaitInBody, catchFinally, onGeneratorExit, yieldInFinally, awaitFirst, suspend, type AG } from "./coframes.js";
import { prng, sameTracesAsCPython } from "./helpers.js";

interface Scenario {
  gens: unknown[][];
  ops: unknown[][];
}

function scenarios(seed: number, count: number): Scenario[] {
  const r = prng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const out: Scenario[] = [];
  for (let n = 0; n < count; n++) {
    const gens: unknown[][] = [];
    const ngens = 1 + Math.floor(r() * 2);
    for (let k = 0; k < ngens; k++) {
      const kind = pick(["items", "awaitInBody", "catchFinally", "onGE", "yieldInFinally", "awaitFirst"]);
      if (kind === "items") gens.push(["items", Array.from({ length: Math.floor(r() * 3) }, (_, i) => `i${i}`)]);
      else if (kind === "onGE") gens.push(["onGE", pick(["yield", "raise", "stop", "return"])]);
      else gens.push([kind]);
    }
    const ops: unknown[][] = [];
    let naws = 0;
    const nops = 2 + Math.floor(r() * 12);
    for (let i = 0; i < nops; i++) {
      if (naws === 0 || r() < 0.35) {
        const how = pick(["anext", "anext", "asend", "athrowV", "athrowGE", "aclose"]);
        ops.push(["make", Math.floor(r() * ngens), how, how === "asend" ? (r() < 0.5 ? null : `a${i}`) : null]);
        naws++;
      } else {
        // mostly the most recent awaitable
        const j = r() < 0.7 ? naws - 1 : Math.floor(r() * naws);
        const what = pick(["send", "send", "send", "send", "throw", "close"]);
        ops.push([what, j, what === "send" && r() < 0.3 ? `v${i}` : null]);
      }
    }
    out.push({ gens, ops });
  }
  return out;
}

type Awaitable = { send(v?: unknown): unknown; throw(e: unknown): unknown; close(): unknown };

function run(sc: Scenario): string[] {
  const log: string[] = [];
  const io = (tag: string) => suspend(tag);
  const gens: AG[] = sc.gens.map((spec) => {
    const k = spec[0];
    if (k === "items") return items(spec[1], log);
    if (k === "awaitInBody") return awaitInBody(io, log);
    if (k === "catchFinally") return catchFinally(io, log);
    if (k === "onGE") return onGeneratorExit(spec[1], log);
    if (k === "yieldInFinally") return yieldInFinally();
    return awaitFirst(io);
  });
  const aws: Awaitable[] = [];
  const out: string[] = [];
  const fmt = (v: unknown) => (v === undefined || v === null ? "None" : String(v));
  const state = (g: AG) => (g.ag_running ? "R" : "-") + (g.ag_frame === null ? "X" : "L") + (g.ag_await === null ? "-" : "a");
  for (const op of sc.ops) {
    const kind = op[0] as string;
    let r: string;
    try {
      if (kind === "make") {
        const g = gens[op[1] as number];
        const how = op[2];
        const a =
          how === "anext"
            ? g.__anext__()
            : how === "asend"
              ? g.asend(op[3] ?? undefined)
              : how === "athrowV"
                ? g.athrow(new ValueError("v"))
                : how === "athrowGE"
                  ? g.athrow(GeneratorExit)
                  : g.aclose();
        aws.push(a as unknown as Awaitable);
        r = `made ${aws.length - 1}`;
      } else {
        const a = aws[op[1] as number];
        if (kind === "send") r = `-> ${fmt(a.send(op[2] ?? undefined))}`;
        else if (kind === "throw") r = `-> ${fmt(a.throw(new ValueError("t")))}`;
        else r = `-> ${fmt(a.close())}`;
      }
    } catch (e) {
      if (e instanceof StopIteration) r = `StopIteration ${fmt(e.value)}`;
      else r = `raised ${(e as Error).name}: ${(e as Error).message}`;
    }
    out.push(`${op[0]} ${op[1]} ${r} | ${gens.map(state).join(" ")}`);
  }
  out.push(`log: ${log.join(", ")}`);
  return out;
}

const here = fileURLToPath(new URL("./py/ag_fuzz.py", import.meta.url));
const SEEDS = Number(process.env.PYCORO_FUZZ_SEEDS ?? 3);

describe("differential fuzz of async generators against CPython 3.11", () => {
  for (let seed = 1; seed <= SEEDS; seed++) sameTracesAsCPython(here, seed, scenarios(seed, 150), run);
});
