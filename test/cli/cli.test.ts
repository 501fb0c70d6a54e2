// The `pycoro` command: build (JavaScript + source maps), check (diagnostics, exit status),
// inspect (the IR as text / JSON / DOT / Mermaid), run (exit status on errors, missing files).
import { describe, it, expect, beforeAll } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync, readFileSync, rmSync, existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = path.join(root, "bin", "pycoro.mjs");
const dir = path.join(root, ".pycoro-cache", "cli-test");
const pycoro = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: dir });

beforeAll(() => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "src", "lib"), { recursive: true });
  writeFileSync(path.join(dir, "src", "lib", "counter.ts"), `import { generator } from "pycoro";
export const counter = generator(function* (n: number) {
  let i = 0;
  while (i < n) {
    const step = (yield i) ?? 1;
    i += step as number;
  }
  return "done";
});
`);
  writeFileSync(path.join(dir, "src", "main.ts"), `import { counter } from "./lib/counter.js";
const c = counter(10);
const seen = [c.send(undefined), c.send(3), c.send(undefined)];
console.log(seen.join(","));
`);
  writeFileSync(path.join(dir, "bad.ts"), `import { generator } from "pycoro";
export const g = generator(function (x: number) { return x; });
`);
});

describe("pycoro run's compile cache", () => {
  const cache = path.join(dir, "cache");
  const run = (file: string, env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [cli, "run", file], { encoding: "utf8", cwd: dir, env: { ...process.env, PYCORO_CACHE_DIR: cache, ...env } });
  const entries = () => (existsSync(cache) ? readdirSync(cache).filter((f) => f.endsWith(".json")) : []);

  it("stores each compiled file, reuses it while the source is unchanged, and replays its diagnostics", () => {
    writeFileSync(path.join(dir, "cached.ts"), `import { coroutine } from "pycoro";\nconst f = coroutine(async function f() { return 1; });\nf();\nconsole.log("compiled");\n`);
    const first = run("cached.ts");
    expect(first.stdout).toBe("compiled\n");
    expect(first.stderr).toMatch(/cached\.ts:3:1 - warning PYC3001/);
    const [entry] = entries().filter((e) => readFileSync(path.join(cache, e), "utf8").includes("compiled"));
    expect(entry).toBeDefined();
    // The cache is what runs: tamper with the entry and the next run prints the tampered code.
    const tampered = JSON.parse(readFileSync(path.join(cache, entry), "utf8"));
    tampered.code = tampered.code.replace(`console.log("compiled")`, `console.log("from the cache")`);
    writeFileSync(path.join(cache, entry), JSON.stringify(tampered));
    const second = run("cached.ts");
    expect(second.stdout).toBe("from the cache\n");
    expect(second.stderr).toBe(first.stderr);
    // PYCORO_CACHE=0 compiles afresh; a changed source is another key.
    expect(run("cached.ts", { PYCORO_CACHE: "0" }).stdout).toBe("compiled\n");
    writeFileSync(path.join(dir, "cached.ts"), `console.log("changed");\n`);
    expect(run("cached.ts").stdout).toBe("changed\n");
  });
});

describe("pycoro run", () => {
  it("compiles the file and its local imports and runs it", () => {
    const r = pycoro("run", "src/main.ts");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("0,3,4\n");
  });
  it("fails clearly on a missing file", () => {
    const r = pycoro("run", "nope.ts");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("no such file: nope.ts");
  });
  it("exits non-zero when the program raises, with the error on stderr", () => {
    writeFileSync(path.join(dir, "raise.ts"), `import { generator } from "pycoro";\nconst g = generator(function* () { yield 1; })();\ng.send(undefined); g.send(undefined);\n`);
    const r = pycoro("run", "raise.ts");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("StopIteration");
  });
});

describe("pycoro build", () => {
  it("writes JavaScript and source maps for a folder, which then run under plain node", () => {
    const r = pycoro("build", "src", "--outDir", "out");
    expect(r.status).toBe(0);
    const js = readFileSync(path.join(dir, "out", "lib", "counter.js"), "utf8");
    expect(js).toContain("__pycoro.defineGenerator(class counter$ {");
    expect(js).toContain("//# sourceMappingURL=counter.js.map");
    const map = JSON.parse(readFileSync(path.join(dir, "out", "lib", "counter.js.map"), "utf8"));
    expect(map.sources).toEqual(["../../src/lib/counter.ts"]);
    expect(map.mappings.length).toBeGreaterThan(20);
    // Run the built output from inside the repository, where `pycoro` resolves to this package.
    expect(execFileSync(process.execPath, [path.join(dir, "out", "main.js")], { encoding: "utf8" })).toBe("0,3,4\n");
  });
  it("reports diagnostics with file, line and column and exits 1", () => {
    const r = pycoro("build", "bad.ts", "--outDir", "out-bad");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.ts:2:18 - error PYC1001: generator\(\) takes a generator function expression/);
    // The rejected function is replaced by one that throws when called.
    expect(readFileSync(path.join(dir, "out-bad", "bad.js"), "utf8")).toContain("compileError(");
  });
});

describe("pycoro check", () => {
  it("exits 0 for good code and 1 with diagnostics for bad code", () => {
    expect(pycoro("check", "src").status).toBe(0);
    const bad = pycoro("check", "bad.ts");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("PYC1001");
  });
});

describe("pycoro inspect", () => {
  it("prints the state machine as text", () => {
    const r = pycoro("inspect", "src/lib/counter.ts");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^generator counter {2}\(src\/lib\/counter\.ts:2\)/);
    // `step` is dead at every suspension (nothing suspends after it in its block): a step local.
    expect(r.stdout).toContain("fields: n, i\n  step locals: step_\n");
    expect(r.stdout).toMatch(/yield \$f\.i -> resume \d+/);
  });
  it("prints JSON whose states carry their ops and edges", () => {
    const [m] = JSON.parse(pycoro("inspect", "src/lib/counter.ts", "--format", "json").stdout);
    expect(m.name).toBe("counter");
    const yields = m.states.flatMap((s: { edges: { kind: string }[] }) => s.edges.filter((e) => e.kind === "yield"));
    expect(yields).toHaveLength(1);
  });
  it("prints DOT and Mermaid graphs", () => {
    expect(pycoro("inspect", "src/lib/counter.ts", "--format", "dot").stdout).toMatch(/^digraph "counter" \{[\s\S]*s\d+ -> s\d+ \[style=dashed, label="yield"\];/);
    expect(pycoro("inspect", "src/lib/counter.ts", "--format", "mermaid").stdout).toMatch(/^```mermaid\nstateDiagram-v2[\s\S]*s\d+ --> s\d+ : yield/);
  });
});

it("the build output folder does not leak into the source tree", () => {
  expect(existsSync(path.join(dir, "src", "main.js"))).toBe(false);
});

describe("build integrations", () => {
  it("node --import pycoro/register runs a TypeScript file with pycoro semantics", () => {
    // Run from inside the repository so `pycoro/register` resolves to this package.
    const out = execFileSync(process.execPath, ["--import", "pycoro/register", path.join(dir, "src", "main.ts")], { encoding: "utf8", cwd: root });
    expect(out).toBe("0,3,4\n");
  });

  it("the ts-patch plugin entry compiles marked functions and reports diagnostics through tsc", async () => {
    const ts = (await import("typescript")).default;
    const plugin = (await import(path.join(root, "dist", "compiler", "transformer.js"))).default;
    const file = path.join(dir, "bad.ts");
    const program = ts.createProgram([file], { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, noEmit: false, outDir: path.join(dir, "tsc-out"), skipLibCheck: true });
    const reported: { code: number; messageText: unknown; start?: number }[] = [];
    let js = "";
    program.emit(program.getSourceFile(file), (_n, text) => { if (_n.endsWith(".js")) js = text; }, undefined, false,
      { before: [plugin(program, {}, { addDiagnostic: (d: { code: number; messageText: unknown; start?: number }) => reported.push(d) })] });
    expect(reported).toHaveLength(1);
    expect(reported[0].code).toBe(901001); // not TypeScript's TS1001: see tscCode()
    expect(String(reported[0].messageText)).toMatch(/^PYC1001: generator\(\) takes a generator function expression/);
    expect(js).toContain("compileError(");
  });
});
