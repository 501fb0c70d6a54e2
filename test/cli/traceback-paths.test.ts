// Tracebacks show the user's TypeScript files and lines on every way of running a program
// (issue 10): `pycoro run`, `pycoro build` + `node --enable-source-maps`, `node --import
// pycoro/register`, and an esbuild bundle with its source map. One program, four runs, the same
// entries: the module that called run(), `main` at its await, `failing` at its throw.
import { describe, it, expect, beforeAll } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import pycoroEsbuild from "pycoro/esbuild";

const root = fileURLToPath(new URL("../../", import.meta.url));
// Inside the repository, so that `pycoro` and `pycoro/register` resolve to this package.
const dir = path.join(root, ".pycoro-cache", "traceback-paths");
const file = path.join(dir, "tb.ts");
const cli = path.join(root, "bin", "pycoro.mjs");

const PROGRAM = `import { coroutine, formatException, run, sleep } from "pycoro";

const failing = coroutine(async function () {
  await sleep(0);
  throw new Error("boom");
});

const main = coroutine(async function () {
  await failing();
});

try {
  await run(main());
} catch (e) {
  process.stdout.write(formatException(e));
}
`;

/** The entries of a traceback as `file:line name | source`, with files reduced to their base name. */
function entries(text: string): string[] {
  const lines = text.split("\n");
  const out: string[] = [];
  lines.forEach((l, i) => {
    const m = /^ {2}File "(.*)", line (\d+), in (.*)$/.exec(l);
    if (m) out.push(`${path.basename(m[1])}:${m[2]} ${m[3]} | ${(lines[i + 1] ?? "").trim()}`);
  });
  return out;
}

const EXPECTED = [
  "tb.ts:13 <module> | await run(main());",
  "tb.ts:9 main | await failing();",
  "tb.ts:5 failing | throw new Error(\"boom\");",
];

const run = (args: string[], cwd = dir) => execFileSync(process.execPath, args, { encoding: "utf8", cwd });

describe("tracebacks name the TypeScript lines on every path", () => {
  beforeAll(() => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, PROGRAM);
  });

  it("pycoro run", () => {
    const out = run([cli, "run", file]);
    expect(out.split("\n")[0]).toBe("Traceback (most recent call last):");
    expect(entries(out)).toEqual(EXPECTED);
    expect(out.trimEnd().split("\n").at(-1)).toBe("Exception: boom");
  }, 60_000);

  it("pycoro build, then node --enable-source-maps", () => {
    run([cli, "build", file, "--outDir", path.join(dir, "build")]);
    expect(entries(run(["--enable-source-maps", path.join(dir, "build", "tb.js")]))).toEqual(EXPECTED);
  }, 60_000);

  it("node --import pycoro/register", () => {
    expect(entries(run(["--import", "pycoro/register", file]))).toEqual(EXPECTED);
  }, 60_000);

  it("an esbuild bundle with its source map", async () => {
    const outfile = path.join(dir, "bundle", "tb.mjs");
    await esbuild.build({
      entryPoints: [file], outfile, bundle: true, format: "esm", platform: "node", sourcemap: true,
      external: ["pycoro", "pycoro/*"], plugins: [pycoroEsbuild()], logLevel: "silent",
    });
    // A bundle names its modules relative to where it was built (compiler/bundlers.ts): run it there.
    expect(entries(run(["--enable-source-maps", outfile], root))).toEqual(EXPECTED);
  }, 60_000);
});
