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
import { buildNative, NATIVE_CACHE } from "./harness/native.js";
import { CLI, FIXTURES } from "./harness/paths.js";
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

describe.concurrent("fixtures [pycoro]", () => {
  if (runnable.length === 0) test.skip("no fixtures", () => {});
  for (const f of runnable) {
    test.skipIf(!!f.config.skip)(`${f.name} [pycoro]`, async () => {
      const expected = readExpected(f);
      const result = await run(process.execPath, [CLI, "run", f.input], {
        cwd: f.dir,
        timeoutMs: f.config.timeoutMs ?? DEFAULT_TIMEOUT,
      });
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

const natives = runnable.filter((f) => f.config.native);

describe.concurrent("fixtures [native]", () => {
  if (natives.length === 0) test.skip("no fixture has {\"native\": true}", () => {});
  for (const f of natives) {
    test.skipIf(!!f.config.skip)(`${f.name} [native]`, async () => {
      const expected = readExpected(f);
      const outDir = path.join(NATIVE_CACHE, f.name.replaceAll("/", "__"));
      const build = buildNative(f.input, FIXTURES, outDir);
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
