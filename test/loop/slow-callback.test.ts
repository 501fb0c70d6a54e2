// Debug mode's slow-callback warning (issue 10): a task step that holds the loop longer than
// `loop.slowCallbackDuration` is reported as CPython's base_events._format_handle does it — the
// task's repr, not the handle's — whether the step came from a bare yield (`sleep(0)`: a
// TaskStepMethWrapper handle) or a wake-up (a future the task awaited: Task.task_wakeup). CPython
// 3.11 prints `Executing <Task pending name='Task-1' coro=<main() running at slow.py:8> ...> took
// 0.151 seconds` for the twin below; the busy waits make the durations exceed the threshold.
import { expect, test } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dir = path.join(root, ".pycoro-cache", "slow-callback");

const PROGRAM = `import { coroutine, getRunningLoop, run, sleep } from "pycoro";

const busy = (ms: number) => { const t0 = Date.now(); while (Date.now() - t0 < ms) {} };

const main = coroutine(async function main() {
  getRunningLoop().slowCallbackDuration = 0.05;
  await sleep(0);
  busy(80);
  await sleep(0.001);
  busy(80);
});

await run(main(), { debug: true });
`;
// twin (CPython 3.11):
//   async def main():
//       asyncio.get_running_loop().slow_callback_duration = 0.05
//       await asyncio.sleep(0); time.sleep(0.08)
//       await asyncio.sleep(0.001); time.sleep(0.08)
//   asyncio.run(main(), debug=True)

test("a slow task step is reported with the task's repr", () => {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "slow.ts");
  writeFileSync(file, PROGRAM);
  const r = spawnSync(process.execPath, [path.join(root, "bin", "pycoro.mjs"), "run", file], { encoding: "utf8", cwd: dir, timeout: 60_000 });
  const lines = r.stderr.trimEnd().split("\n").filter((l) => l.startsWith("Executing "));
  expect(lines.length).toBeGreaterThanOrEqual(2);
  expect(lines[0]).toMatch(/^Executing <Task pending name='Task-1' coro=<main\(\) running at .*slow\.ts:9> .*> took 0\.\d{3} seconds$/);
  expect(lines[1]).toMatch(/^Executing <Task (pending|finished) name='Task-1' coro=<main\(\) (running at|done, defined at) .*slow\.ts:\d+>.*> took 0\.\d{3} seconds$/);
}, 60_000);
