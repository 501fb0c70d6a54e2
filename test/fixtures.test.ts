/**
 * Fixture suite: every fixtures/<area>/<case>/ with input.ts, twin.py, expected.txt.
 *  - [pycoro]  `node bin/pycoro.mjs run input.ts` must print expected.txt exactly.
 *  - [native]  (fixture.json {"native": true}) input.ts run as plain JavaScript, markers replaced
 *              by the identity function, must print expected.txt too.
 * `FIXTURE=area/case,other npx vitest run test/fixtures.test.ts` runs a subset.
 * twins.test.ts checks that expected.txt is still what `python3 twin.py` prints.
 */
import path from "node:path";
import { describe, expect, test } from "vitest";
import { checkRun, rel } from "./harness/check.js";
import { discoverFixtures, readExpected, selectFixtures } from "./harness/fixtures.js";
import { buildFixture, NATIVE_CACHE, type FileCompiler } from "./harness/native.js";
import { pathToFileURL } from "node:url";
import { CACHE, CLI, FIXTURES, ROOT } from "./harness/paths.js";

const COMPILED_CACHE = path.join(CACHE, "compiled");
import { run } from "./harness/proc.js";

const all = discoverFixtures();
const fixtures = selectFixtures(all);
const DEFAULT_TIMEOUT = 30_000;

describe("fixture layout", () => {
  test(`discovered ${all.length} fixtures (${all.filter((f) => f.config.native).length} native)`, () => {
    expect(Array.isArray(all)).toBe(true);
  });
  const broken = all.filter((f) => f.problems.length > 0);
  for (const f of broken) {
    test(`${f.name} is well-formed`, () => {
      throw new Error(`${rel(f.dir)}: ${f.problems.join("; ")}`);
    });
  }
});

const runnable = fixtures.filter((f) => f.problems.length === 0);

// The compiler, as `pycoro run` uses it (built by `npm test` before vitest starts).
const { compile, formatDiagnostic } = await import(pathToFileURL(path.join(ROOT, "dist", "compiler", "index.js")).href);
const pycoroCompile: FileCompiler = (source, fileName) => {
  const r = compile(source, { fileName, sourceMap: "inline" });
  return { code: r.code, errors: r.diagnostics.filter((d: { category: string }) => d.category === "error").map(formatDiagnostic) };
};

// Every fixture is compiled in this process (one TypeScript load) and run by a plain `node`; the
// CLI itself (`pycoro run`, which compiles in Node's loader hooks) is exercised on the seeds.
describe.concurrent("fixtures [pycoro]", () => {
  if (runnable.length === 0) test.skip("no fixtures", () => {});
  for (const f of runnable) {
    test.skipIf(!!f.config.skip)(`${f.name} [pycoro]`, async () => {
      const expected = readExpected(f);
      const build = buildFixture(f.input, FIXTURES, path.join(COMPILED_CACHE, f.name.replaceAll("/", "__")), pycoroCompile);
      const result = await run(process.execPath, ["--enable-source-maps", build.entry], {
        cwd: f.dir,
        timeoutMs: f.config.timeoutMs ?? DEFAULT_TIMEOUT,
      });
      if (build.diagnostics.length) result.stderr = `${build.diagnostics.join("\n")}\n${result.stderr}`;
      checkRun({
        fixture: f,
        variant: "pycoro",
        result,
        expected,
        reproduce: `node bin/pycoro.mjs run ${rel(f.input)}`,
      });
    });
  }
});

describe.concurrent("fixtures [pycoro run CLI]", () => {
  const viaCli = runnable.filter((f) => f.name.startsWith("seeds") && !f.config.skip);
  if (viaCli.length === 0) test.skip("no seed fixtures", () => {});
  for (const f of viaCli) {
    test(`${f.name} [pycoro run]`, async () => {
      const result = await run(process.execPath, [CLI, "run", f.input], { cwd: f.dir, timeoutMs: f.config.timeoutMs ?? DEFAULT_TIMEOUT });
      checkRun({ fixture: f, variant: "pycoro run", result, expected: readExpected(f), reproduce: `node bin/pycoro.mjs run ${rel(f.input)}` });
    });
  }
});

const natives = runnable.filter((f) => f.config.native);

describe.concurrent("fixtures [native]", () => {
  if (natives.length === 0) test.skip("no fixture has {\"native\": true}", () => {});
  for (const f of natives) {
    test.skipIf(!!f.config.skip)(`${f.name} [native]`, async () => {
      const expected = readExpected(f);
      const outDir = path.join(NATIVE_CACHE, f.name.replaceAll("/", "__"));
      const build = buildFixture(f.input, FIXTURES, outDir);
      if (build.diagnostics.length) throw new Error(`${f.name} [native]: transpile failed:\n  ${build.diagnostics.join("\n  ")}`);
      const result = await run(process.execPath, ["--enable-source-maps", build.entry], {
        cwd: f.dir,
        timeoutMs: f.config.timeoutMs ?? DEFAULT_TIMEOUT,
      });
      checkRun({
        fixture: f,
        variant: "native",
        result,
        expected,
        reproduce: `node ${rel(build.entry)}`,
        notes: ["(input.ts transpiled by ts.transpileModule, `generator`/`coroutine` = identity; V8's own generators)"],
      });
    });
  }
});
