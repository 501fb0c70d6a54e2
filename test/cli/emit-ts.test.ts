// `pycoro build --emit ts` (the pre-transform) as a TypeScript 7 project uses it: every conformance
// fixture is pre-transformed into one project, TypeScript 7 (npm `typescript@7`, the native
// compiler, which has no transformer API) type-checks it strictly and writes JavaScript in ONE
// process, and each program must print what CPython printed (expected.txt). Plain tsc 6 must
// type-check the same project, and esbuild must turn a sample into programs that behave the same.
import { describe, expect, test, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import { availableParallelism } from "node:os";
import * as esbuild from "esbuild";
import { discoverFixtures, readExpected, selectFixtures } from "../harness/fixtures.js";
import { CACHE, CLI, FIXTURES, ROOT } from "../harness/paths.js";
import { run } from "../harness/proc.js";
import { checkRun } from "../harness/check.js";

const dir = path.join(CACHE, "emit-ts");
const fixtures = selectFixtures(discoverFixtures()).filter((f) => f.problems.length === 0 && !f.config.skip);
const TS7 = path.join(ROOT, "node_modules", "typescript7", "bin", "tsc");
const TS6 = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");

let tsc7: ReturnType<typeof spawnSync>;
beforeAll(() => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "node_modules"), { recursive: true });
  symlinkSync(ROOT, path.join(dir, "node_modules", "pycoro")); // as `npm install pycoro` would place it
  // The CLI pre-transforms the whole fixtures tree (and _lib, which the programs import) at once.
  const built = spawnSync(process.execPath, [CLI, "build", "--emit", "ts", "--outDir", path.join(dir, "src"), FIXTURES], { encoding: "utf8" });
  expect(built.stderr.split("\n").filter((l) => / error /.test(l))).toEqual([]);
  expect(built.status).toBe(0);
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "ts7-user", type: "module", private: true }));
  // The fixtures' own strict settings (plus noImplicitOverride, which templates often turn on).
  const fixturesConfig = JSON.parse(readFileSync(path.join(FIXTURES, "tsconfig.json"), "utf8").replace(/^\s*\/\/.*$/gm, ""));
  const { paths: _paths, noEmit: _noEmit, ...options } = fixturesConfig.compilerOptions;
  writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({
    compilerOptions: { ...options, noImplicitOverride: true, sourceMap: true, rootDir: "src", outDir: "out" },
    include: ["src/**/*.ts"],
  }, null, 2));
  tsc7 = spawnSync(process.execPath, [TS7, "-p", dir], { encoding: "utf8" });
}, 300_000);

describe("pycoro build --emit ts + TypeScript 7", () => {
  test("TypeScript 7 type-checks the pre-transformed fixtures and writes JavaScript", () => {
    expect(spawnSync(process.execPath, [TS7, "--version"], { encoding: "utf8" }).stdout).toMatch(/^Version 7\./);
    expect(String(tsc7.stdout) + String(tsc7.stderr)).toBe("");
    expect(tsc7.status).toBe(0);
  });

  test("plain tsc (TypeScript 6) type-checks the same output (a sample: tsc 6 is slow)", () => {
    const sample = fixtures.filter((_, i) => i % 10 === 0).map((f) => path.join(dir, "src", f.name, "input.ts"));
    const { compilerOptions } = JSON.parse(readFileSync(path.join(dir, "tsconfig.json"), "utf8"));
    writeFileSync(path.join(dir, "tsconfig.tsc6.json"), JSON.stringify({ compilerOptions: { ...compilerOptions, noEmit: true }, files: sample }));
    const r = spawnSync(process.execPath, [TS6, "-p", path.join(dir, "tsconfig.tsc6.json")], { encoding: "utf8" });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  test("the pre-transform of a file without marked functions is the file itself", () => {
    const lib = path.join(dir, "src", "_lib", "py.ts");
    expect(readFileSync(lib, "utf8")).toBe(readFileSync(path.join(FIXTURES, "_lib", "py.ts"), "utf8"));
  });

  test(`every fixture built by TypeScript 7 prints what CPython printed (${fixtures.length} programs)`, async () => {
    const failures: string[] = [];
    const queue = [...fixtures];
    const worker = async () => {
      for (let f = queue.shift(); f; f = queue.shift()) {
        const entry = path.join(dir, "out", f.name, "input.js");
        // Source maps on, as the fixture suite runs: tracebacks name the user's .ts frames through them.
        const result = await run(process.execPath, ["--enable-source-maps", entry], { cwd: f.dir, timeoutMs: f.config.timeoutMs ?? 30_000 });
        try {
          checkRun({ fixture: f, variant: "emit ts + TypeScript 7", result, expected: readExpected(f), reproduce: `node ${entry}` });
        } catch (e) {
          failures.push((e as Error).message);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
    expect(failures).toEqual([]);
  }, 900_000); // ~200 programs: about 20 s on an idle 2-core machine, far more on a loaded one

  test("esbuild turns the pre-transform into programs that behave the same (a sample)", async () => {
    const sample = fixtures.filter((_, i) => i % 20 === 0);
    for (const f of sample) {
      const entry = path.join(dir, "src", f.name, "input.ts");
      const outfile = path.join(dir, "esbuild", f.name, "input.mjs");
      // With its source map, run as the fixture suite runs them (--enable-source-maps): frames that
      // tracebacks take from the JavaScript stack (a module's top level, a task's raise site) name
      // input.ts, which the traceback fixtures print (tb/group is in the sample).
      await esbuild.build({ entryPoints: [entry], outfile, bundle: true, format: "esm", platform: "node", target: "node20", sourcemap: true, external: ["pycoro", "pycoro/*"], logLevel: "silent" });
      const result = await run(process.execPath, ["--enable-source-maps", outfile], { cwd: f.dir });
      checkRun({ fixture: f, variant: "emit ts + esbuild", result, expected: readExpected(f), reproduce: `node ${outfile}` });
    }
  });
});
