// A finished gather does not keep its children alive (issue 12): once every child is done and the
// gather has its result, the future forgets them, so a program that keeps the gather (or is still
// inside the step its wake-up started, where the future is the wake-up's argument) does not keep
// every child task, its coroutine and its result with it. Without this, gathering 50,000 tasks in
// a loop kept the previous 50,000 alive through the next spawn (bench/lib/peers.mjs "spawn": CPU
// per task 519 -> 341 ns). A gather that failed while children still run keeps them (they are
// still awaited through it, and cancel() reaches them). A child `node --expose-gc` counts, through
// WeakRefs, the tasks still alive after a collection; the loop runs on the real clock so that a
// sleep ends the JavaScript job (WeakRef targets are kept until then).
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dir = path.join(root, ".pycoro-cache", "gather-memory");

const PROGRAM = `import { coroutine, run, createTask, gather, sleep, ValueError } from "pycoro";

const one = coroutine(async function one(i: number) { return { i }; });
const slow = coroutine(async function slow() { await sleep(0.05); return 1; });
const bad = coroutine(async function bad() { throw new ValueError("x"); });
const collect = async () => { for (let i = 0; i < 3; i++) { (globalThis as any).gc(); await new Promise((r) => setTimeout(r, 5)); } };
const alive = (refs: WeakRef<object>[]) => refs.filter((r) => r.deref() !== undefined).length;

const main = coroutine(async function main() {
  let ts: any[] | null = [];
  for (let i = 0; i < 1000; i++) ts.push(createTask(one(i)));
  const refs = ts.map((t) => new WeakRef(t));
  const g = gather(...ts);
  ts = null;
  const rs = await g;
  await sleep(0.01);
  await collect();
  console.log("done gather:", g.done(), rs.length, rs[999].i, "children alive:", alive(refs));

  let us: any[] | null = [createTask(bad()), createTask(slow())];
  const urefs = us.map((t) => new WeakRef(t));
  const h = gather(...us);
  us = null;
  try { await h; } catch (e) { console.log("failed gather:", (e as Error).message); }
  await sleep(0.01);
  await collect();
  console.log("children alive while one still runs:", alive(urefs), "| cancel() ->", h.cancel());
  await sleep(0.1);
});
await run(main());
`;

describe("gather and memory (issue 12)", () => {
  it("a finished gather lets its children go; a failed one keeps those still running", () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "prog.ts"), PROGRAM);
    const r = spawnSync(process.execPath, ["--expose-gc", "--import", "pycoro/register", "prog.ts"], { cwd: dir, encoding: "utf8", timeout: 60_000 });
    expect(r.stderr).toBe("");
    expect(r.stdout.trimEnd().split("\n")).toEqual([
      "done gather: true 1000 999 children alive: 0",
      "failed gather: x",
      "children alive while one still runs: 2 | cancel() -> false",
    ]);
  }, 60_000);
});
