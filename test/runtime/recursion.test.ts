/**
 * Runaway recursion is a catchable RecursionError (issue 8 item 7). A chain of awaits or yield*s
 * lives in the driver's heap stack, so before the limit an unbounded recursion grew the heap until
 * V8 aborted (exit 134 after minutes); CPython raises RecursionError, native JS RangeError.
 * `setRecursionLimit`/`getRecursionLimit` are sys's; the default (1,000,000) keeps 100,000-deep
 * chains working.
 */
import { expect, test } from "vitest";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const program = fileURLToPath(new URL("./recursion/program.ts", import.meta.url));

test("RecursionError past the limit, deep chains below it", () => {
  const out = execFileSync(process.execPath, [`${root}bin/pycoro.mjs`, "run", program], {
    encoding: "utf8",
    env: { ...process.env, PYCORO_CACHE: "0" },
    timeout: 120_000,
  });
  expect(out.trimEnd().split("\n")).toEqual([
    "default limit 1000000",
    "100,000 awaits deep: 100000",
    "100,000 yield* deep yields 7 then returns 100001",
    "await: RecursionError maximum recursion depth exceeded true",
    "yield*: RecursionError maximum recursion depth exceeded",
    "limit 1000",
    "caught in the failing frame: true",
    "5,000 under a limit of 1,000: RecursionError",
    "500 under a limit of 1,000: 500",
    "setRecursionLimit(0): ValueError recursion limit must be greater or equal than 1",
    "setRecursionLimit(1.5): TypeError 'number' object cannot be interpreted as an integer",
    `setRecursionLimit("10"): TypeError 'string' object cannot be interpreted as an integer`,
  ]);
}, 150_000);
