/**
 * Mutation fuzzing of the compiler, fixed seed (issue 8): 400 variants of the fixtures' programs
 * (a token deleted or duplicated, `yield`/`await` put before or around an expression, a statement
 * that is an early error in some places planted) go through compile(). None may throw or report an
 * internal error (PYC9001); each either compiles to a module V8 parses or gets a located
 * diagnostic, and pycoro reports an early error exactly when V8 refuses the native program
 * (test/fuzz/mutate.mjs). About 20 s of CPU; `node --experimental-vm-modules test/fuzz/mutate.mjs
 * --seed S --count N` runs more.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { expect, test } from "vitest";
import { ROOT } from "./harness/paths.js";

test("mutated fixtures: no compiler exception; compiled output parses or a located diagnostic explains why", async () => {
  const out = await new Promise<string>((resolve, reject) => {
    execFile(process.execPath, ["--experimental-vm-modules", "--no-warnings", path.join(ROOT, "test", "fuzz", "mutate.mjs"), "--seed", "1", "--count", "400", "--json"],
      { cwd: ROOT, maxBuffer: 64 << 20, timeout: 280_000 }, (err, stdout, stderr) => {
        const last = stdout.trim().split("\n").pop() ?? "";
        if (!last.startsWith("{")) reject(new Error(`mutate.mjs produced no summary (${err?.message})\n${stderr.slice(-4000)}`));
        else resolve(last);
      });
  });
  const s = JSON.parse(out) as { summary: string; byStatus: Record<string, number>; failures: { i: number; file: string; kind: string; status: string; message: string; excerpt: string }[] };
  const report = s.failures.map((f) => `#${f.i} ${f.file} (${f.kind}): ${f.status}\n${f.message}\n${f.excerpt}`).join("\n\n");
  expect(s.failures, `${s.summary}\n\n${report}`).toEqual([]);
  // Both outcomes occur: the variants are neither all rejected nor all accepted.
  expect(s.byStatus["ok-compiled"]).toBeGreaterThan(50);
  expect(s.byStatus["ok-diagnosed"]).toBeGreaterThan(50);
}, 300_000);
