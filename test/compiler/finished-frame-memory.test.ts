// A finished frame forgets its locals (compiler/passes/emit.ts `finish`): CPython clears a
// generator's or coroutine's frame when it finishes (gi_frame/cr_frame/ag_frame become None, the
// locals are freed while the object itself is still referenced). Before the fix, a program that
// kept its finished tasks (a list of tasks, gather) kept every local of every finished coroutine:
// 50 tasks each holding a 1,000,000-element array, kept in a list: heap 406 MB -> 7 MB.
// A child `node --expose-gc` counts, through WeakRefs, the locals still alive after a collection
// while the finished coroutine / generator / async generator objects are still referenced; the
// loop runs on the real clock so that a sleep ends the JavaScript job (WeakRef targets are kept
// until then). Also checked: a local a returned closure reads stays (a CPython cell), a finally
// after a return still sees the locals, and the finished objects' frames read as null.
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dir = path.join(root, ".pycoro-cache", "finished-frame-memory");

const PROGRAM = `import { coroutine, generator, run, createTask, gather, sleep } from "pycoro";

const refs: WeakRef<object>[] = [];
const local = () => { const o = { big: new Array(1000).fill(1) }; refs.push(new WeakRef(o)); return o; };
const collect = async () => { for (let i = 0; i < 3; i++) { (globalThis as any).gc(); await new Promise((r) => setTimeout(r, 5)); } };
const alive = () => { const n = refs.filter((r) => r.deref() !== undefined).length; refs.length = 0; return n; };

const task = coroutine(async function task(i: number) {
  const buf = local();
  await sleep(0);
  for (const x of [buf]) { if (i % 2) return x.big.length; }
  return buf.big.length + i;
});
const gen = generator(function* gen(n: number) {
  const buf = local();
  for (let i = 0; i < n; i++) yield buf.big[i];
});
const agen = coroutine(async function* agen(n: number) {
  const buf = local();
  for (let i = 0; i < n; i++) { await sleep(0); yield buf.big[i]; }
});
const closure = coroutine(async function closure() {
  const buf = local();
  await sleep(0);
  return () => buf.big.length;
});
const fin = generator(function* fin() {
  const buf = local();
  yield 1;
  try { return 2; } finally { console.log("finally sees:", buf.big.length); }
});
// (s6-fuzz) the finally of a verbatim try can replace the return; the frame still finishes clean
const finOverride = generator(function* finOverride(n: number) {
  const buf = local();
  yield 1;
  for (;;) {
    try { try { return buf.big.length; } finally { if (n-- > 0) continue; } } finally { console.log("outer finally sees:", buf.big.length, n); }
  }
});
const raises = generator(function* raises() {
  const buf = local();
  yield buf.big.length;
  throw new Error("boom");
});
const raisesAsync = coroutine(async function raisesAsync() {
  const buf = local();
  await sleep(0);
  if (buf) throw new Error("async boom");
});
const closedInTry = generator(function* closedInTry() {
  const buf = local();
  try { yield 1; } finally { console.log("closing sees:", buf.big.length); }
});
const plain = generator(function* plain(arg: object) {
  const buf = local();
  yield buf.big.length;
  yield arg;
});
const startLater = coroutine(async function startLater(arg: object) {
  await sleep(0);
  return arg;
});
const tdzClosure = generator(function* tdzClosure() {
  const buf = local();
  const read = () => later;
  yield buf.big.length;
  let later = 1;
  return read;
});

const main = coroutine(async function main() {
  const ts = [];
  for (let i = 0; i < 20; i++) ts.push(createTask(task(i)));
  const rs = await gather(...ts);
  await collect();
  console.log("tasks:", rs.length, "locals alive:", alive(), "cr_frame:", ts[0].getCoro().cr_frame);

  const gs = [gen(3), gen(3)];
  const sums = gs.map((g) => [...g].reduce((a, b) => a + b, 0));
  await collect();
  console.log("generators:", sums.join(","), "locals alive:", alive(), "gi_frame:", gs[0].gi_frame);

  const ags = [agen(2), agen(2)];
  let n = 0;
  for (const ag of ags) for await (const x of ag) n += x;
  await collect();
  console.log("async generators:", n, "locals alive:", alive(), "ag_frame:", ags[0].ag_frame);

  const c = closure();
  const f = await c;
  await collect();
  console.log("closure:", f(), "locals alive:", alive());

  const g = fin();
  console.log("fin:", [...g].length);
  const g2 = finOverride(2);
  console.log("finOverride:", [...g2].length);
  await collect();
  console.log("return in a verbatim try...finally: locals alive:", alive());

  const r = raises();
  r.send(undefined);
  try { r.send(undefined); } catch (e) { console.log("raised:", (e as Error).message); }
  const ra = createTask(raisesAsync());
  try { await ra; } catch (e) { console.log("task raised:", (e as Error).message); }
  const cl = closedInTry();
  cl.send(undefined);
  cl.close();
  await collect();
  console.log("raised or closed: locals alive:", alive(), "gi_frame:", r.gi_frame, cl.gi_frame);

  // finished without entering the step: closed or thrown into before the start, closed at a yield
  // outside every try block (generator.ts close's shortcut), a task cancelled before it started
  const unstarted = plain(local());
  unstarted.close();
  const thrown = plain(local());
  try { thrown.throw(new Error("early")); } catch (e) { console.log("thrown before the start:", (e as Error).message); }
  const early = plain(local());
  early.send(undefined);
  early.close();
  const cancelled = createTask(startLater(local()));
  cancelled.cancel();
  try { await cancelled; } catch (e) { console.log("cancelled:", (e as Error).constructor.name); }
  await collect();
  console.log("closed, thrown into or cancelled outside the step: locals alive:", alive(), "gi_frame:", unstarted.gi_frame, early.gi_frame);

  const t = tdzClosure();
  const read = [...t];
  await collect();
  console.log("a closure reading a later let: locals alive:", alive(), read.length);
});
await run(main());
`;

describe("a finished frame forgets its locals", () => {
  it("finished coroutines, generators and async generators still referenced let their locals be collected", () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "prog.ts"), PROGRAM);
    const r = spawnSync(process.execPath, ["--expose-gc", "--import", "pycoro/register", "prog.ts"], { cwd: dir, encoding: "utf8", timeout: 60_000 });
    expect(r.stderr).toBe("");
    expect(r.stdout.trimEnd().split("\n")).toEqual([
      "tasks: 20 locals alive: 0 cr_frame: null",
      "generators: 3,3 locals alive: 0 gi_frame: null",
      "async generators: 4 locals alive: 0 ag_frame: null",
      "closure: 1000 locals alive: 1",
      "finally sees: 1000",
      "fin: 1",
      "outer finally sees: 1000 1",
      "outer finally sees: 1000 0",
      "outer finally sees: 1000 -1",
      "finOverride: 1",
      "return in a verbatim try...finally: locals alive: 0",
      "raised: boom",
      "task raised: async boom",
      "closing sees: 1000",
      "raised or closed: locals alive: 0 gi_frame: null null",
      "thrown before the start: early",
      "cancelled: CancelledError",
      "closed, thrown into or cancelled outside the step: locals alive: 0 gi_frame: null null",
      "a closure reading a later let: locals alive: 0 1",
    ]);
  });
});
