/**
 * The `sleep(0)` task switch without allocation (issue 12; runtime/loop/tasks.ts `sendNone` and
 * `_run` (a task is its own ready-queue entry),
 * sleep.ts `awaitedSleep0` / `recycleSleep0`, the compiled `await sleep(0)` of
 * compiler/passes/emit.ts `sleepZero`): what the reuse of the step Handle and of the sleep frame
 * must never change. The observable behaviour (cr_await, cancellation at the sleep, tracebacks)
 * is the fixture asyncio/sleep0-switch against CPython; this file checks what Python cannot show:
 * the loop's ready queue and the identity of the sleep objects a program keeps.
 * One program, compiled and run by `pycoro run` (the await-site path needs compiled code).
 */
import { expect, test } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dir = path.join(root, ".pycoro-cache", "switch-test");
const file = path.join(dir, "switch.ts");

const PROGRAM = `import { CancelledError, type Coroutine, type Future, coroutine, createTask, getCoroutineState, getRunningLoop, run, sleep, sleep as nap } from "pycoro";

type H = { _cancelled: boolean };
const ready = (): H[] => (getRunningLoop() as unknown as { _ready: { toArray(): H[] } })._ready.toArray();

const switcher = coroutine(async function switcher(n: number) {
  for (let i = 0; i < n; i++) await sleep(0);
  return n;
});

const swallow = coroutine(async function swallow(log: string[]) {
  for (let i = 0; i < 3; i++) {
    try {
      await sleep(0);
      log.push("s" + i);
    } catch (e) {
      if (!(e instanceof CancelledError)) throw e;
      log.push("c" + i);
    }
  }
});

const waiter = coroutine(async function waiter(f: Future<unknown>) {
  const r = await f;
  await sleep(0);
  await sleep(0);
  return r;
});

let last: Coroutine | null = null;
const mk = () => (last = sleep(0));

const keeper = coroutine(async function keeper(out: unknown[]) {
  // a sleep kept in a variable, one made by a wrapper that keeps it, one through an alias of sleep
  const s = sleep(0);
  await s;
  await sleep(0);
  await sleep(0);
  out.push(getCoroutineState(s), s !== sleep(0));
  await mk();
  const first = last!;
  await mk();
  await sleep(0);
  await sleep(0);
  out.push(getCoroutineState(first), first !== last);
  await nap(0);
  await nap(0);
});

const main = coroutine(async function main() {
  // 1: a task is its own entry in the ready queue (no Handle per step): queued once per iteration
  const t = createTask(switcher(5));
  const seen: number[] = [];
  while (!t.done()) {
    seen.push(ready().filter((x) => x === (t as unknown)).length);
    await sleep(0);
  }
  console.log("1 the task queued per iteration:", seen.join(" "), "| result", t.result(), "| after:", ready().filter((x) => x === (t as unknown)).length);

  // 2: cancelled while parked at sleep(0): its step runs once more (the CancelledError, caught),
  // then on as before, never twice in an iteration
  const log: string[] = [];
  const u = createTask(swallow(log));
  await sleep(0);
  u.cancel();
  const counts: number[] = [];
  while (!u.done()) {
    counts.push(ready().filter((x) => x === (u as unknown)).length);
    await sleep(0);
  }
  console.log("2 cancelled at sleep(0):", log.join(" "), "| queued", counts.join(" "), "| after:", ready().filter((x) => x === (u as unknown)).length);

  // woken by a future: the wake-up is an entry of its own, shown as CPython's Handle (futures.ts
  // DoneCall; the task is not queued meanwhile); the
  // task stands for its wake-up in the future's callbacks (no closure): reprs as CPython's
  const f = getRunningLoop().createFuture();
  const v = createTask(waiter(f));
  await sleep(0);
  const fr = (f as unknown as { __repr__(): string }).__repr__();
  f.setResult("r");
  console.log("  wake-up:", fr, ready().map((x) => (x === (v as unknown) ? "the task" : (x as unknown as { __repr__(): string }).__repr__())).join(", "));
  const queued: number[] = [];
  while (!v.done()) {
    queued.push(ready().filter((x) => x === (v as unknown)).length);
    await sleep(0);
  }
  console.log("  then queued", queued.join(" "), "| result", v.result());

  // 3: sleeps a program can still reach are never reused
  const out: unknown[] = [];
  await createTask(keeper(out));
  console.log("3 kept sleeps:", out.join(" "));
});

await run(main());
`;

test("a task as its own ready-queue entry and reused sleep(0) frames: queued once per iteration, never reused while reachable", () => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, PROGRAM);
  const out = execFileSync(process.execPath, [path.join(root, "bin", "pycoro.mjs"), "run", file], { encoding: "utf8", cwd: dir });
  expect(out.trimEnd().split("\n")).toEqual([
    "1 the task queued per iteration: 1 1 1 1 1 1 | result 5 | after: 0",
    "2 cancelled at sleep(0): c0 s1 s2 | queued 1 1 1 | after: 0",
    "  wake-up: <Future pending cb=[Task.task_wakeup()]> <Handle Task.task_wakeup(<Future finished result='r'>)>",
    "  then queued 0 1 1 | result r",
    "3 kept sleeps: CORO_CLOSED true CORO_CLOSED true",
  ]);
});
