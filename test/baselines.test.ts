// Reviewed baselines of emitted code (issue 7; TypeScript's tests/baselines/reference practice).
//
// Why this file exists: the fixtures check what compiled programs print, not what the compiler
// writes; a change to the emitted JavaScript or to the IR (a lost jump threading, a temporary that
// became a frame field, a new dispatch state) would pass them unseen. Here every fixture of the
// areas below is compiled and its output compared with the committed text:
//   test/baselines/<area>/<case>.js       the emitted JavaScript (compile() of input.ts)
//   test/baselines/<area>/<case>.ir.txt   the IR as `pycoro inspect` prints it (text format)
// A change shows up as a diff in review. After an intended change, rewrite them and read the diff:
//   UPDATE_BASELINES=1 npx vitest run test/baselines.test.ts
import { describe, it, expect } from "vitest";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "../compiler/index.js";
import { formatMachines } from "../compiler/cli/inspect.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const dir = path.join(root, "test", "baselines");
/** control: the lowering's own cases; the others: the conformance areas whose programs the compiler lowers. */
const AREAS = ["control", "gen", "yf", "p479", "co", "aw", "ag"];
const update = process.env.UPDATE_BASELINES === "1";

function cases(area: string): string[] {
  const base = path.join(root, "fixtures", area);
  return readdirSync(base, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(base, e.name, "input.ts")))
    .map((e) => e.name).sort();
}

function outputs(area: string, name: string): { js: string; ir: string } {
  const fileName = `fixtures/${area}/${name}/input.ts`;
  const r = compile(readFileSync(path.join(root, fileName), "utf8"), { fileName });
  return { js: r.code, ir: formatMachines(r.machines, "text") };
}

/** Compare with the committed baseline, or (UPDATE_BASELINES=1) write it. */
function check(file: string, actual: string): void {
  if (update) {
    mkdirSync(path.dirname(file), { recursive: true });
    if (!existsSync(file) || readFileSync(file, "utf8") !== actual) writeFileSync(file, actual);
    return;
  }
  expect(existsSync(file), `${path.relative(root, file)} is missing: run UPDATE_BASELINES=1 npx vitest run test/baselines.test.ts and read it`).toBe(true);
  expect(actual, `${path.relative(root, file)} differs: if the change is intended, rewrite the baselines and review the diff`).toBe(readFileSync(file, "utf8"));
}

describe("emitted-code baselines", () => {
  for (const area of AREAS) {
    it(`${area}: emitted JavaScript and IR match test/baselines/${area}/`, () => {
      const names = cases(area);
      for (const name of names) {
        const { js, ir } = outputs(area, name);
        check(path.join(dir, area, `${name}.js`), js);
        check(path.join(dir, area, `${name}.ir.txt`), ir);
      }
      // A baseline whose fixture is gone is stale.
      const known = new Set(names.flatMap((n) => [`${n}.js`, `${n}.ir.txt`]));
      const stale = existsSync(path.join(dir, area)) ? readdirSync(path.join(dir, area)).filter((f) => !known.has(f)) : [];
      if (update) for (const f of stale) rmSync(path.join(dir, area, f));
      else expect(stale, "baselines without a fixture").toEqual([]);
    });
  }
});
