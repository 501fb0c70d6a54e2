/**
 * A non-Error value thrown or rejected stays that value on every path (issue 8 item 5; the rule is
 * in docs/DESIGN.md, "Thrown values"). Python has no such throws, so JavaScript's own rule is the
 * oracle: `await` of a rejected promise, of a task, gather, shield, waitFor, asCompleted, wait,
 * a TaskGroup child, executor jobs — each delivers exactly what was thrown, as native async/await
 * would. Before the fix: TypeError "exceptions must be ... BaseException" on the task paths, a
 * ValueError from the TaskGroup, and an executor job throwing 42 or undefined hung its awaiter.
 */
import { expect, test } from "vitest";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const program = fileURLToPath(new URL("./thrown/program.ts", import.meta.url));

const PATHS = [
  "await-rejected-promise", "await-coroutine", "await-task", "await-generator-coroutine-task", "gather", "shield",
  "waitFor", "asCompleted", "wait-result", "taskgroup-child", "toThread", "executor-submit", "runInExecutor",
  "yield*-generator",
];
const VALUES = ["null", "0", '"s"', "undefined", "false"];

test("every runtime path delivers the thrown value itself", () => {
  const out = execFileSync(process.execPath, [`${root}bin/pycoro.mjs`, "run", program], {
    encoding: "utf8",
    env: { ...process.env, PYCORO_CACHE: "0" },
    timeout: 60_000,
  });
  const expected = VALUES.flatMap((v) => PATHS.map((p) => `${p} ${v} -> ${v}`));
  expect(out.trimEnd().split("\n")).toEqual(expected);
}, 90_000);
