// The build-tool integrations — pycoro/babel, pycoro/vite (a Vite/Rollup plugin),
// pycoro/esbuild, pycoro/webpack — each run for real on one TypeScript program. The output must
// print what `pycoro run` prints for the program, its source map must lead back to the .ts line,
// an error diagnostic must fail the build, and a warning must reach the tool's warning channel.
import { describe, it, expect, beforeAll, vi } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync, readFileSync, rmSync } from "node:fs";
import { SourceMap, createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";
import * as esbuild from "esbuild";
import webpack from "webpack";
import { build as viteBuild } from "vite";
import pycoroVite from "pycoro/vite";
import pycoroEsbuild from "pycoro/esbuild";

// @babel/core ships no type declarations; this is the part of its API the tests use.
type SourceMapPayload = ConstructorParameters<typeof SourceMap>[0];
const { transformAsync } = createRequire(import.meta.url)("@babel/core") as {
  transformAsync(code: string, options: object): Promise<{ code: string; map: SourceMapPayload } | null>;
};

const root = fileURLToPath(new URL("../../", import.meta.url));
// Inside the repository, so that the bundles' `pycoro` imports resolve to this package.
const dir = path.join(root, ".pycoro-cache", "integrations");
const out = path.join(dir, "out");
const src = (name: string) => path.join(dir, name);
const node = (file: string) => execFileSync(process.execPath, [file], { encoding: "utf8", cwd: dir });

const MAIN = `import { generator, coroutine, run, sleep, StopIteration } from "pycoro";

interface Step { label: string; value: number }

const inner = generator(function* (label: string) {
  const got = (yield \`\${label} ready\`) as number;
  const twice = (yield got * 2) as number;
  return { label, value: got + twice } satisfies Step;
});

const outer = generator(function* () {
  const step: Step = yield* inner("inner");
  yield \`\${step.label}=\${step.value}\`;
  return "outer done";
});

const g = outer();
console.log(g.send(undefined));
console.log(g.send(20));
console.log(g.send(1));
try {
  g.send(undefined);
} catch (e) {
  if (e instanceof StopIteration) console.log("StopIteration", e.value);
}

const add = coroutine(async function (x: number, y: number) {
  await sleep(0);
  return x + y;
});

const main = coroutine(async function () {
  const total: number = await add(1, 2);
  console.log("total", total);
});

run(main()).then(() => console.log("end"));
`;
const BAD = `import { generator } from "pycoro";
export const g = generator(function (x: number) { return x; });
`;
const WARN = `import { coroutine } from "pycoro";
const f = coroutine(async function () { return 1; });
export const main = coroutine(async function () {
  f();
});
`;
const BAD_ERROR = /bad\.ts:2:18 - error PYC1001: generator\(\) takes a generator function expression/;
const WARNING = /warn\.ts:4:3 - warning PYC3001/;

let expected = "";
beforeAll(() => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(src("main.ts"), MAIN);
  writeFileSync(src("bad.ts"), BAD);
  writeFileSync(src("warn.ts"), WARN);
  expected = execFileSync(process.execPath, [path.join(root, "bin", "pycoro.mjs"), "run", "main.ts"], { encoding: "utf8", cwd: dir });
  expect(expected).toContain("StopIteration outer done\n");
});

/** The generated position of `"total"` maps back to its line and column in main.ts. */
function expectMapsToSource(code: string, map: SourceMapPayload) {
  const find = (text: string) => {
    const lines = text.split("\n");
    const line = lines.findIndex((l) => l.includes(`"total"`));
    return { line, column: lines[line].indexOf(`"total"`) };
  };
  const generated = find(code), original = find(MAIN);
  const entry = new SourceMap(map).findEntry(generated.line, generated.column) as { originalSource: string; originalLine: number; originalColumn: number };
  expect(entry.originalSource).toMatch(/(^|\/)main\.ts$/);
  expect([entry.originalLine, entry.originalColumn]).toEqual([original.line, original.column]);
}

function expectBuiltFile(file: string) {
  expect(node(file)).toBe(expected);
  expectMapsToSource(readFileSync(file, "utf8"), JSON.parse(readFileSync(`${file}.map`, "utf8")));
}

/** The bundles leave the runtime as an import, which resolves to this package when run. */
const external = (id: string) => /^pycoro(\/|$)/.test(id);

describe("pycoro/babel", () => {
  const babel = (file: string, plugins: unknown[] = ["pycoro/babel"]) => transformAsync(readFileSync(file, "utf8"), {
    filename: file, babelrc: false, configFile: false, sourceMaps: true,
    presets: ["@babel/preset-typescript"], plugins,
  });

  it("compiles marked functions before @babel/preset-typescript, with a source map back to the .ts file", async () => {
    const result = (await babel(src("main.ts")))!;
    expect(result.code).toContain("__pycoro.defineGenerator(class inner$");
    writeFileSync(path.join(out, "babel.mjs"), result.code);
    expect(node(path.join(out, "babel.mjs"))).toBe(expected);
    expect(result.map.sources).toEqual(["main.ts"]);
    expectMapsToSource(result.code, result.map);
  });

  it("leaves a file that does not mention pycoro to Babel alone", async () => {
    writeFileSync(src("plain.ts"), "export function* count(n: number) { for (let i = 0; i < n; i++) yield i; }\n");
    expect((await babel(src("plain.ts")))!.code).toBe((await babel(src("plain.ts"), []))!.code);
  });

  it("fails on an error diagnostic and warns on a warning", async () => {
    await expect(babel(src("bad.ts"))).rejects.toThrow(BAD_ERROR);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      await babel(src("warn.ts"));
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(WARNING));
    } finally {
      warn.mockRestore();
    }
  });
});

// (Vite 8 bundles with Rolldown, through the Rollup plugin interface pycoro/vite implements. Plain
// Rollup is not tested: its platform binaries are not on the registry these machines reach.)
describe("pycoro/vite", () => {
  const build = (entry: string, name: string, warnings: string[] = []) => viteBuild({
    root: dir, configFile: false, logLevel: "silent", plugins: [pycoroVite()],
    build: {
      outDir: path.join(out, "vite"), emptyOutDir: false, minify: false, sourcemap: true, lib: { entry, formats: ["es"], fileName: name },
      rollupOptions: { external, onwarn: (w: { message: string }) => { warnings.push(w.message); } },
    },
  });

  it("builds the program in library mode", async () => {
    await build(src("main.ts"), "main");
    expectBuiltFile(path.join(out, "vite", "main.js"));
  });

  it("fails on an error diagnostic and warns on a warning", async () => {
    await expect(build(src("bad.ts"), "bad")).rejects.toThrow(BAD_ERROR);
    const warnings: string[] = [];
    await build(src("warn.ts"), "warn", warnings);
    expect(warnings).toContainEqual(expect.stringMatching(WARNING));
  });
});

describe("pycoro/esbuild", () => {
  const build = (entry: string, outfile: string) => esbuild.build({
    entryPoints: [entry], outfile: path.join(out, outfile), bundle: true, format: "esm", platform: "node", sourcemap: true,
    external: ["pycoro", "pycoro/*"], plugins: [pycoroEsbuild()], logLevel: "silent",
  });

  it("bundles the program", async () => {
    await build(src("main.ts"), "esbuild.mjs");
    expectBuiltFile(path.join(out, "esbuild.mjs"));
  });

  it("fails on an error diagnostic and warns on a warning", async () => {
    const failure = await build(src("bad.ts"), "esbuild-bad.mjs").catch((e: esbuild.BuildFailure) => e);
    expect(failure).toBeInstanceOf(Error);
    const [error] = (failure as esbuild.BuildFailure).errors;
    expect(error.text).toMatch(/^PYC1001: generator\(\) takes a generator function expression/);
    expect(error.location).toMatchObject({ line: 2, column: 17, lineText: BAD.split("\n")[1] });
    const { warnings } = await build(src("warn.ts"), "esbuild-warn.mjs");
    expect(warnings.map((w) => `${w.location?.file}:${w.location?.line}:${w.location!.column + 1} - warning ${w.text}`)).toContainEqual(expect.stringMatching(WARNING));
  });
});

describe("pycoro/webpack", () => {
  const compile = (entry: string, filename: string) => new Promise<webpack.Stats>((resolve, reject) => webpack({
    mode: "none", context: dir, entry, target: "node", devtool: "source-map",
    output: { path: out, filename, module: true, library: { type: "module" }, chunkFormat: "module" },
    experiments: { outputModule: true },
    externalsType: "module", externals: [({ request }, callback) => (external(request!) ? callback(undefined, request) : callback())],
    module: { rules: [{ test: /\.ts$/, use: "pycoro/webpack" }] },
  }, (err, stats) => (err ? reject(err) : resolve(stats!))));

  it("bundles the program", async () => {
    const stats = await compile(src("main.ts"), "webpack.mjs");
    expect(stats.hasErrors() || stats.hasWarnings()).toBe(false);
    expectBuiltFile(path.join(out, "webpack.mjs"));
  });

  it("fails on an error diagnostic and warns on a warning", async () => {
    const bad = await compile(src("bad.ts"), "webpack-bad.mjs");
    expect(bad.hasErrors()).toBe(true);
    expect(bad.toJson({ all: false, errors: true }).errors![0].message).toMatch(BAD_ERROR);
    const warn = await compile(src("warn.ts"), "webpack-warn.mjs");
    expect(warn.toJson({ all: false, warnings: true }).warnings!.map((w) => w.message)).toContainEqual(expect.stringMatching(WARNING));
  });
});
