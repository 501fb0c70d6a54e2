/**
 * The `sleep(0)` task switch without allocation (issue 12; runtime/loop/tasks.ts `sendNone`,
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
const stepHandle = (t: unknown): H | null => (t as { _stepHandle: H | null })._stepHandle;

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
  // 1: one Handle per task, reused: the same object queued once per iteration, never twice
  const t = createTask(switcher(5));
  const h = stepHandle(t);
  const seen: string[] = [];
  while (!t.done()) {
    const q = ready();
    seen.push(String(q.filter((x) => x === h).length) + (stepHandle(t) === h ? "" : "!"));
    await sleep(0);
  }
  console.log("1 reused handle, times queued per iteration:", seen.join(" "), "| result", t.result());

  // 2: cancelled while parked at sleep(0): the reused Handle runs once more (the CancelledError
  // step, caught), then on as before; cancelling the Handle itself makes the task take a new one
  const log: string[] = [];
  const u = createTask(swallow(log));
  await sleep(0);
  const hu = stepHandle(u);
  u.cancel();
  const counts: number[] = [];
  while (!u.done()) {
    counts.push(ready().filter((x) => x === hu).length);
    await sleep(0);
  }
  console.log("2 cancelled at sleep(0):", log.join(" "), "| queued", counts.join(" "), "| after:", ready().filter((x) => x === hu).length);
  // a cancelled step Handle (the task parked on a future meanwhile) is never queued again: the
  // task's next bare yield takes a new one
  const f = getRunningLoop().createFuture();
  const v = createTask(waiter(f));
  await sleep(0);
  const hv = stepHandle(v) as unknown as H & { cancel(): void };
  hv.cancel();
  f.setResult("r");
  const queued: number[] = [];
  while (!v.done()) {
    queued.push(ready().filter((x) => x === hv).length);
    await sleep(0);
  }
  console.log("  its old Handle cancelled: queued", queued.join(" "), "| new handle", stepHandle(v) !== hv, "| result", v.result());

  // 3: sleeps a program can still reach are never reused
  const out: unknown[] = [];
  await createTask(keeper(out));
  console.log("3 kept sleeps:", out.join(" "));
});

await run(main());
`;

test("the reused step Handle and sleep(0) frames: queued once, never run twice, never reused while reachable", () => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, PROGRAM);
  const out = execFileSync(process.execPath, [path.join(root, "bin", "pycoro.mjs"), "run", file], { encoding: "utf8", cwd: dir });
  expect(out.trimEnd().split("\n")).toEqual([
    "1 reused handle, times queued per iteration: 1 1 1 1 1 1 | result 5",
    "2 cancelled at sleep(0): c0 s1 s2 | queued 1 1 1 | after: 0",
    "  its old Handle cancelled: queued 0 0 0 | new handle true | result r",
    "3 kept sleeps: CORO_CLOSED true CORO_CLOSED true",
  ]);
});
