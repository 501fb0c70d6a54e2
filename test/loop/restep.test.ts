/**
 * A lone task's next step run inside its step (issue 12; runtime/loop/tasks.ts `restepAlone`): when
 * the task yields bare (`sleep(0)`) and the next iteration would run its step and nothing else, the
 * step goes on at once instead of through the ready queue. That must change nothing a program can
 * see. This test runs one compiled program twice and compares everything it prints: on the usual
 * loop (the restep on), and on a loop whose `_runOnce` is overridden (a subclass watching
 * iterations: the restep off, every step through the ready queue as before). The program puts at
 * every iteration boundary what could notice a skipped one: callbacks and tasks scheduled from the
 * step, timers created in it (delay 0 and due later), `loop.stop()` from a step, `current_task()`
 * and a ContextVar read from callbacks between the steps, a ContextVar set by the task across
 * its sleeps, a task cancelling itself, a task awaited by another. The restep must also have run
 * (the usual loop counts its restepped iterations), or the comparison would prove nothing.
 */
import { expect, test } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dir = path.join(root, ".pycoro-cache", "restep-test");
const file = path.join(dir, "restep.ts");

const PROGRAM = `import { CancelledError, ContextVar, EventLoop, coroutine, createTask, currentTask, getRunningLoop, newEventLoop, run, sleep } from "pycoro";

const log: string[] = [];
const cv = new ContextVar<string>("cv", { default: "root" });
let resteps = 0;
const loopOf = () => getRunningLoop() as unknown as { _resteps: number };
const note = () => {
  resteps += loopOf()._resteps; // (restepped iterations not yet counted by the batch)
};

const lone = coroutine(async function lone(tag: string, n: number) {
  for (let i = 0; i < n; i++) {
    note();
    if (i === 2) getRunningLoop().callSoon(() => log.push(tag + " soon@" + i + " task=" + (currentTask() === null ? "None" : currentTask()!.getName()) + " cv=" + cv.get()));
    if (i === 4) getRunningLoop().callLater(0, () => log.push(tag + " later0@" + i));
    if (i === 6) getRunningLoop().callLater(0.001, () => log.push(tag + " later1ms@" + i));
    if (i === 8) createTask(lone(tag + ".child", 3));
    if (i === 10) cv.set(tag + "-set");
    await sleep(0);
    log.push(tag + " " + i + " cv=" + cv.get());
  }
  return tag;
});

const selfCancel = coroutine(async function selfCancel() {
  await sleep(0);
  currentTask()!.cancel("by itself");
  try {
    await sleep(0);
    log.push("selfCancel: not cancelled");
  } catch (e) {
    log.push("selfCancel: " + (e instanceof CancelledError ? "CancelledError " + String((e as Error).message) : String(e)));
  }
  for (let i = 0; i < 3; i++) await sleep(0);
  log.push("selfCancel: done");
});

const stopper = coroutine(async function stopper() {
  for (let i = 0; i < 5; i++) {
    await sleep(0);
    log.push("stopper " + i);
    if (i === 2) getRunningLoop().stop();
  }
});

const main = coroutine(async function main() {
  log.push("a: " + (await lone("a", 14)));
  log.push("b: " + (await createTask(lone("b", 12))));
  await createTask(selfCancel());
  await sleep(0.002); // the 1 ms timers fire
  log.push("restepped: " + (resteps > 0));
});

class Watching extends EventLoop {
  override _runOnce(): void {
    super._runOnce();
  }
}

const watching = process.argv.includes("--watching");
const factory = () => (watching ? new Watching({ clock: "virtual" }) : newEventLoop({ clock: "virtual" }));
await run(main(), { loopFactory: factory });
// stop() from a step: run_forever returns after that iteration; the task's next step has not run
const loop = factory();
const t = loop.createTask(stopper());
await loop.runForever();
log.push("after stop: done=" + t.done());
t.addDoneCallback(() => loop.stop());
await loop.runForever();
log.push("after second run: done=" + t.done());
loop.close();
console.log(log.join("\\n"));
`;

test("a lone task restepped inside its step: what the program sees is what it sees with every step through the ready queue", () => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, PROGRAM);
  const runIt = (...extra: string[]) =>
    execFileSync(process.execPath, [path.join(root, "bin", "pycoro.mjs"), "run", file, ...extra], { encoding: "utf8", cwd: dir }).trimEnd().split("\n");
  const usual = runIt();
  const watching = runIt("--watching");
  expect(usual).toContain("restepped: true");
  expect(watching).toContain("restepped: false");
  expect(usual.filter((l) => !l.startsWith("restepped"))).toEqual(watching.filter((l) => !l.startsWith("restepped")));
  expect(usual).toContain("selfCancel: CancelledError by itself");
});
