// Source maps chain through pycoro (issue 11): when a tool before pycoro/babel or pycoro/webpack
// already turned the user's file into other text (a loader adding a banner, a macro expansion),
// the map pycoro hands on must still name the user's file and line. Checked on maps (Babel's
// inputSourceMap) and on a real webpack bundle whose stack trace must name line 4 of the 5-line
// .ts file, with Babel in the chain as the README's setup has it.
import { describe, it, expect, beforeAll } from "vitest";
import { transformAsync } from "@babel/core";
import webpack from "webpack";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SourceMap, createRequire } from "node:module";
import { ROOT } from "../harness/paths.js";

const ORIGINAL = `import { generator } from "pycoro";
const g = generator(function* (n: number) {
  yield n;
  throw new Error("boom at line 4");
});
console.log([...g(1)]);
`;
const BANNER_LINES = 31;
let dir = "";
const require = createRequire(import.meta.url);

/** What a loader before pycoro might do: add lines on top, with a map back to the file. */
function withBanner(text: string, file: string) {
  const lines = text.split("\n").length;
  const mappings = ";".repeat(BANNER_LINES) + Array.from({ length: lines }, (_, i) => (i === 0 ? "AAAA" : "AACA")).join(";");
  return { code: `${"// generated banner\n".repeat(BANNER_LINES)}${text}`, map: { version: 3, sources: [file], sourcesContent: [text], names: [], mappings } };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "pycoro-maps-"));
  mkdirSync(path.join(dir, "node_modules"));
  symlinkSync(ROOT, path.join(dir, "node_modules", "pycoro"));
  writeFileSync(path.join(dir, "package.json"), `{"type":"module"}`);
  writeFileSync(path.join(dir, "main.ts"), ORIGINAL);
  // The banner loader, and a babel-loader in miniature (what babel-loader does with the map it gets).
  writeFileSync(path.join(dir, "banner-loader.cjs"), `module.exports = function (source) {
  const lines = source.split("\\n").length;
  const mappings = ";".repeat(${BANNER_LINES}) + Array.from({ length: lines }, (_, i) => (i === 0 ? "AAAA" : "AACA")).join(";");
  this.callback(null, "// generated banner\\n".repeat(${BANNER_LINES}) + source, { version: 3, sources: [this.resourcePath], sourcesContent: [source], names: [], mappings });
};\n`);
  writeFileSync(path.join(dir, "mini-babel-loader.cjs"), `const babel = require(${JSON.stringify(require.resolve("@babel/core"))});
module.exports = function (source, inputSourceMap) {
  const done = this.async();
  babel.transformAsync(source, { filename: this.resourcePath, inputSourceMap: inputSourceMap || undefined, sourceMaps: true, babelrc: false, configFile: false,
    presets: [${JSON.stringify(require.resolve("@babel/preset-typescript"))}], plugins: this.getOptions().plugins || [] })
    .then((r) => done(null, r.code, r.map), done);
};\n`);
});

describe("pycoro/babel composes the incoming map", () => {
  it("a position in Babel's output maps to the user's line, not to the text Babel was given", async () => {
    const file = path.join(dir, "main.ts");
    const given = withBanner(ORIGINAL, file);
    const result = (await transformAsync(given.code, {
      filename: file, babelrc: false, configFile: false, sourceMaps: true, inputSourceMap: given.map as never,
      presets: ["@babel/preset-typescript"], plugins: ["pycoro/babel"],
    }))!;
    const out = result.code!.split("\n");
    const line = out.findIndex((l) => l.includes("boom at line 4"));
    const entry = new SourceMap(result.map as never).findEntry(line, out[line].indexOf("boom")) as { originalSource: string; originalLine: number };
    expect(entry.originalSource).toMatch(/main\.ts$/);
    expect(entry.originalLine).toBe(3); // 0-based: line 4 of the 5-line file, not line 35
  });
});

describe("webpack: a stack names the .ts line through every loader", () => {
  const bundle = (name: string, use: webpack.RuleSetUseItem[]) => new Promise<string>((resolve, reject) => webpack({
    mode: "none", context: dir, entry: "./main.ts", target: "node", devtool: "source-map",
    output: { path: path.join(dir, name), filename: "main.mjs", module: true, library: { type: "module" }, chunkFormat: "module" },
    experiments: { outputModule: true },
    externalsType: "module", externals: [({ request }, cb) => (/^pycoro(\/|$)/.test(request!) ? cb(undefined, request) : cb())],
    module: { rules: [{ test: /\.ts$/, use }] },
  }, (err, stats) => (err || stats!.hasErrors() ? reject(err ?? new Error(stats!.toString())) : resolve(path.join(dir, name, "main.mjs")))));

  const stackLine = (file: string) => {
    const r = spawnSync(process.execPath, ["--enable-source-maps", file], { encoding: "utf8", cwd: dir });
    expect(r.stderr).toContain("boom at line 4");
    return /main\.ts:(\d+)/.exec(r.stderr)?.[1];
  };

  it("babel-loader with the pycoro/babel plugin after a loader that adds lines", async () => {
    const out = await bundle("babel-plugin", [{ loader: path.join(dir, "mini-babel-loader.cjs"), options: { plugins: ["pycoro/babel"] } }, path.join(dir, "banner-loader.cjs")]);
    expect(stackLine(out)).toBe("4");
  });

  it("babel-loader after pycoro/webpack after a loader that adds lines (the README's setup, with a loader before it)", async () => {
    const out = await bundle("webpack-loader", [path.join(dir, "mini-babel-loader.cjs"), "pycoro/webpack", path.join(dir, "banner-loader.cjs")]);
    expect(stackLine(out)).toBe("4");
    expect(readFileSync(`${out}.map`, "utf8")).toContain("main.ts");
  });
});
