// Differential fuzz of await chains against CPython: random forests of coroutines awaiting each
// other (shared awaitables, coroutines that drive others from inside, generator-based coroutines
// as the suspending leaves) and random send / throw / throw(GeneratorExit) / close on any of them,
// run here on the hand-lowered frames (coframes.ts: the inline fast path, the driver's stacks,
// CO-04/05/06/08 errors) and in python3 on their twins (py/co_fuzz.py); the traces must match.
// PYCORO_FUZZ_SEEDS=N runs N seeds.

import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { GeneratorExit, StopIteration, ValueError, getCoroutineState, getGeneratorState } from "../../runtime/index.js";
import { Coroutine } from "../../runtime/internal.js";
import { awaitOne, tryAwait, seq, ignores, body, suspend } from "./coframes.js";
import { prng, sameTracesAsCPython } from "./helpers.js";

type Spec = [string, ...unknown[]];
interface Scenario {
  objs: Spec[];
  ops: [string, number, string | null][];
}

const OPS = ["next", "send", "throwV", "throwK", "throwGE", "close"];
const WEIGHTED = ["next", "next", "next", "next", "send", "send", "throwV", "throwK", "throwGE", "close"];

function scenarios(seed: number, count: number): Scenario[] {
  const r = prng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const out: Scenario[] = [];
  for (let n = 0; n < count; n++) {
    const objs: Spec[] = [];
    const nobj = 2 + Math.floor(r() * 8);
    for (let k = 0; k < nobj; k++) {
      const below = () => Math.floor(r() * k);
      if (k === 0 || r() < 0.3) {
        objs.push(r() < 0.8 ? ["leaf", `y${k}`] : ["ret", `r${k}`]);
      } else if (r() < 0.08) {
        objs.push(["op", pick(OPS.filter((o) => o !== "send")), Math.floor(r() * nobj)]);
      } else {
        const kind = pick(["aw", "aw", "try", "seq", "ign"]);
        if (kind === "seq") {
          const m = 1 + Math.floor(r() * 3);
          objs.push(["seq", Array.from({ length: m }, below)]);
        } else if (kind === "ign") objs.push(["ign", below(), below()]);
        else objs.push([kind, below()]);
      }
    }
    const ops: [string, number, string | null][] = [];
    const nops = 1 + Math.floor(r() * 10);
    // mostly drive the most recent (outermost) objects
    for (let i = 0; i < nops; i++) {
      const target = r() < 0.7 ? nobj - 1 - Math.floor(r() * Math.min(2, nobj)) : Math.floor(r() * nobj);
      const op = pick(WEIGHTED);
      ops.push([op, target, op === "send" ? `s${i}` : null]);
    }
    out.push({ objs, ops });
  }
  return out;
}

class KeyErr extends Error {
  override name = "KeyError";
}

function handler(e: unknown): unknown {
  if (e instanceof GeneratorExit) throw e;
  return `caught ${(e as Error).name}`;
}

function fmt(v: unknown): string {
  if (v === undefined || v === null) return "None";
  if (Array.isArray(v)) return `[${v.map(fmt).join(",")}]`;
  return String(v);
}

type Obj = { send(v?: unknown): unknown; throw(e: unknown): unknown; close(): unknown };

function run(sc: Scenario): string[] {
  const objs: Obj[] = [];
  const ref = (i: number) => objs[i];
  const out: string[] = [];
  const letters: Record<string, string> = {
    CORO_CREATED: "C", CORO_RUNNING: "R", CORO_SUSPENDED: "S", CORO_CLOSED: "X",
    GEN_CREATED: "C", GEN_RUNNING: "R", GEN_SUSPENDED: "S", GEN_CLOSED: "X",
  };
  const state = (o: Obj): string => {
    const co = o instanceof Coroutine;
    const s = co ? getCoroutineState(o) : getGeneratorState(o);
    const aw = co ? (o as unknown as { cr_await: unknown }).cr_await : (o as unknown as { gi_yieldfrom: unknown }).gi_yieldfrom;
    const at = aw === null || aw === undefined ? "-" : String(objs.indexOf(aw as Obj)).replace("-1", "?");
    return letters[s] + at;
  };
  const act = (op: string, i: number, arg: string | null): unknown => {
    const o = objs[i];
    if (op === "send") return o.send(arg);
    if (op === "next") return o.send(undefined);
    if (op === "throwV") return o.throw(new ValueError("v"));
    if (op === "throwK") return o.throw(new KeyErr("k"));
    if (op === "throwGE") return o.throw(GeneratorExit);
    if (op === "close") return o.close();
    throw new Error(op);
  };
  for (const spec of sc.objs) {
    const [k, a, b] = spec as [string, unknown, unknown];
    if (k === "leaf") objs.push(suspend(a));
    else if (k === "ret") objs.push(body(() => a));
    else if (k === "aw") objs.push(awaitOne(ref(a as number)));
    else if (k === "try") objs.push(tryAwait(ref(a as number), handler));
    else if (k === "seq") objs.push(seq((a as number[]).map((j) => () => ref(j))));
    else if (k === "ign") objs.push(ignores(ref(a as number), () => ref(b as number)));
    else if (k === "op") objs.push(body(() => act(a as string, b as number, null)));
  }
  for (const [op, i, arg] of sc.ops) {
    let r: string;
    try {
      r = `-> ${fmt(act(op, i, arg))}`;
    } catch (e) {
      if (e instanceof StopIteration) r = `StopIteration ${fmt(e.value)}`;
      else r = `raised ${(e as Error).name}: ${(e as Error).message}`;
    }
    out.push(`${op} ${i} ${r} | ${objs.map(state).join(" ")}`);
  }
  return out;
}

const here = fileURLToPath(new URL("./py/co_fuzz.py", import.meta.url));
const SEEDS = Number(process.env.PYCORO_FUZZ_SEEDS ?? 3);

describe("differential fuzz of await chains against CPython 3.11", () => {
  it("a hand-picked scenario (CO-04, CO-06, YF-06, closing from inside)", () => {
    const sc: Scenario = {
      objs: [["leaf", "y0"], ["aw", 0], ["aw", 1], ["aw", 1], ["op", "close", 2], ["ign", 0, 0], ["seq", [1, 0, 3]]],
      ops: [["next", 2, null], ["next", 3, null], ["send", 2, "s1"], ["next", 4, null], ["throwGE", 6, null], ["next", 5, null], ["close", 5, null], ["next", 6, null]],
    };
    expect(run(sc)).toEqual([
      "next 2 -> y0 | S- S0 S1 C- C- C- C-",
      "next 3 raised RuntimeError: coroutine is being awaited already | S- S0 S1 X- C- C- C-",
      "send 2 StopIteration s1 | X- X- X- X- C- C- C-",
      "next 4 StopIteration None | X- X- X- X- X- C- C-",
      "throwGE 6 raised GeneratorExit:  | X- X- X- X- X- C- X-",
      "next 5 StopIteration None | X- X- X- X- X- X- X-",
      "close 5 -> None | X- X- X- X- X- X- X-",
      "next 6 raised RuntimeError: cannot reuse already awaited coroutine | X- X- X- X- X- X- X-",
    ]);
  });

  for (let seed = 1; seed <= SEEDS; seed++) sameTracesAsCPython(here, seed, scenarios(seed, 150), run);
});
