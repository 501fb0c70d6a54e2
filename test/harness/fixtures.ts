import fs from "node:fs";
import path from "node:path";
import { FIXTURES } from "./paths.js";

/**
 * Optional `fixture.json` of a fixture directory.
 * - `native`: input.ts must also print expected.txt when run as plain JavaScript with the
 *   `generator`/`coroutine` markers replaced by the identity function (V8's own generators).
 * - `exitCode`: the exit status expected from both `python3 twin.py` and the TypeScript runs
 *   (default 0; a fixture that ends on an uncaught error sets it, usually to 1).
 * - `skip`: a reason; the fixture is reported as skipped (use for known, filed failures).
 * - `timeoutMs`: per-process time limit (default 30 s).
 */
export interface FixtureConfig {
  native?: boolean;
  exitCode?: number;
  skip?: string;
  timeoutMs?: number;
}

export interface Fixture {
  /** `<area>/<case>`, relative to fixtures/ (POSIX separators). */
  name: string;
  dir: string;
  input: string;
  twin: string;
  expectedFile: string;
  config: FixtureConfig;
  /** Problems with the directory's layout; a fixture with any fails its layout test. */
  problems: string[];
}

const SKIP_DIR = (name: string) => name.startsWith("_") || name.startsWith(".") || name === "node_modules";

/** Every directory under fixtures/ that holds an input.ts or a twin.py (`_lib`, `_*`, `.*` excluded). */
export function discoverFixtures(root: string = FIXTURES): Fixture[] {
  const found: Fixture[] = [];
  if (!fs.existsSync(root)) return found;
  const walk = (dir: string) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true });
    const names = new Set(entries.map((e) => e.name));
    if (dir !== root && (names.has("input.ts") || names.has("twin.py") || names.has("expected.txt"))) {
      found.push(loadFixture(root, dir, names));
      return;
    }
    for (const e of entries) if (e.isDirectory() && !SKIP_DIR(e.name)) walk(path.join(dir, e.name));
  };
  walk(root);
  return found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function loadFixture(root: string, dir: string, names: Set<string>): Fixture {
  const problems: string[] = [];
  for (const f of ["input.ts", "twin.py", "expected.txt"]) if (!names.has(f)) problems.push(`missing ${f}`);
  let config: FixtureConfig = {};
  if (names.has("fixture.json")) {
    try {
      const raw: unknown = JSON.parse(fs.readFileSync(path.join(dir, "fixture.json"), "utf8"));
      if (typeof raw !== "object" || raw === null || Array.isArray(raw)) problems.push("fixture.json is not a JSON object");
      else {
        config = raw as FixtureConfig;
        if (config.native !== undefined && typeof config.native !== "boolean") problems.push("fixture.json: `native` must be a boolean");
        if (config.exitCode !== undefined && !Number.isInteger(config.exitCode)) problems.push("fixture.json: `exitCode` must be an integer");
        if (config.skip !== undefined && typeof config.skip !== "string") problems.push("fixture.json: `skip` must be a string (the reason)");
        if (config.timeoutMs !== undefined && typeof config.timeoutMs !== "number") problems.push("fixture.json: `timeoutMs` must be a number");
      }
    } catch (e) {
      problems.push(`fixture.json does not parse: ${(e as Error).message}`);
    }
  }
  return {
    name: path.relative(root, dir).split(path.sep).join("/"),
    dir,
    input: path.join(dir, "input.ts"),
    twin: path.join(dir, "twin.py"),
    expectedFile: path.join(dir, "expected.txt"),
    config,
    problems,
  };
}

export function readExpected(f: Fixture): string {
  return fs.readFileSync(f.expectedFile, "utf8");
}

/** Only run fixtures whose name contains $FIXTURE (comma-separated substrings), if set. */
export function selectFixtures(all: Fixture[], filter = process.env.FIXTURE): Fixture[] {
  if (!filter) return all;
  const parts = filter.split(",").map((s) => s.trim()).filter(Boolean);
  return all.filter((f) => parts.some((p) => f.name.includes(p)));
}
