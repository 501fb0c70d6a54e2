/**
 * expected.txt must be exactly what `python3 twin.py` prints (CPython 3.11), so a committed
 * expected.txt cannot drift from its twin. `UPDATE_EXPECTED=1 npx vitest run test/twins.test.ts`
 * rewrites expected.txt from the twin instead (review the diff before committing).
 * $PYCORO_PYTHON overrides the interpreter.
 */
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { describe, test } from "vitest";
import { checkRun, rel } from "./harness/check.js";
import { discoverFixtures, readExpected, selectFixtures } from "./harness/fixtures.js";
import { run } from "./harness/proc.js";

const PYTHON = process.env.PYCORO_PYTHON ?? "python3";
let version = "";
try {
  version = execFileSync(PYTHON, ["--version"], { encoding: "utf8" }).trim();
} catch (e) {
  version = `unavailable (${(e as Error).message.split("\n")[0]})`;
}
const is311 = /^Python 3\.11\./.test(version);
const fixtures = selectFixtures(discoverFixtures()).filter((f) => f.problems.length === 0 || !f.problems.includes("missing twin.py"));

describe("python", () => {
  test(`${PYTHON} is CPython 3.11 (${version})`, () => {
    if (!is311) throw new Error(`expected.txt files are CPython 3.11's output; ${PYTHON} is ${version}. Set PYCORO_PYTHON to a 3.11 interpreter.`);
  });
});

describe.skipIf(!is311).concurrent("twins (python3 twin.py == expected.txt)", () => {
  if (fixtures.length === 0) test.skip("no fixtures", () => {});
  for (const f of fixtures) {
    test(f.name, async () => {
      const result = await run(PYTHON, ["-X", "utf8", "twin.py"], {
        cwd: f.dir,
        timeoutMs: f.config.timeoutMs ?? 30_000,
        env: { PYTHONHASHSEED: "0", PYTHONDONTWRITEBYTECODE: "1", PYTHONUTF8: "1" },
      });
      if (process.env.UPDATE_EXPECTED && !result.timedOut) {
        fs.writeFileSync(f.expectedFile, result.stdout);
        return;
      }
      if (!fs.existsSync(f.expectedFile)) throw new Error(`${f.name}: no expected.txt; create it with: cd ${rel(f.dir)} && python3 twin.py > expected.txt`);
      const expected = readExpected(f);
      checkRun({ fixture: f, variant: "twin.py", result, expected, reproduce: `cd ${rel(f.dir)} && python3 twin.py` });
    });
  }
});
