// The published package, as a user gets it (issue 11): `npm pack` holds what a user needs and
// nothing else (no tests, fixtures or TypeScript sources; a LICENSE; source maps with their
// sources inside); a fresh `npm init -y` project installs the tarball, builds a program with the
// installed CLI and runs it with plain node; and a project that only runs built code installs no
// TypeScript at all (it is an optional peer; the runtime entry never imports it).
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync, existsSync, mkdirSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "../harness/paths.js";

const npm = (cwd: string, ...args: string[]) => {
  const r = spawnSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, encoding: "utf8", env: { ...process.env, npm_config_update_notifier: "false" } });
  if (r.status !== 0) throw new Error(`npm ${args.join(" ")} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
};

let base = "", tarball = "", files: string[] = [];
beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), "pycoro-pack-"));
  // dist/ is built by `npm test`; prepack would build it again.
  const [info] = JSON.parse(npm(ROOT, "pack", "--json", "--ignore-scripts", "--pack-destination", base)) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(base, info.filename);
  files = info.files.map((f) => f.path);
});

const TS_VERSION = JSON.parse(readFileSync(path.join(ROOT, "node_modules", "typescript", "package.json"), "utf8")).version as string;

describe("npm pack", () => {
  it("ships dist, the CLI, README and LICENSE, and no tests, fixtures or sources", () => {
    for (const f of ["package.json", "README.md", "LICENSE", "bin/pycoro.mjs", "dist/runtime/index.js", "dist/runtime/index.d.ts", "dist/runtime/internal.js", "dist/compiler/cli/cli.js", "dist/compiler/integrations/register.js", "dist/compiler/transformer.js"]) {
      expect(files, f).toContain(f);
    }
    const stray = files.filter((f) => /^(test|fixtures|bench|docs|\.ci|node_modules|\.pycoro-cache)\//.test(f) || (/\.ts$/.test(f) && !/\.d\.ts$/.test(f)));
    expect(stray).toEqual([]);
  });

  it("declares TypeScript as an optional peer, not a dependency, and no install-time script", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(pkg.dependencies?.typescript).toBeUndefined();
    expect(pkg.peerDependencies.typescript).toBeDefined();
    expect(pkg.peerDependenciesMeta.typescript.optional).toBe(true);
    for (const s of ["prepare", "install", "postinstall", "preinstall"]) expect(pkg.scripts[s], s).toBeUndefined();
  });

  it("the runtime's source maps carry their sources (the .ts files are not shipped)", () => {
    const map = JSON.parse(readFileSync(path.join(ROOT, "dist", "runtime", "index.js.map"), "utf8"));
    expect(map.sourcesContent?.[0]).toContain("export");
  });
});

describe("in a user's project", () => {
  it("npm init -y, install the tarball (+ typescript for building), pycoro build, then plain node", () => {
    const app = path.join(base, "app");
    mkdirSync(app);
    npm(app, "init", "-y");
    // --offline: the tarball has no dependencies; typescript comes from npm's cache (npm ci filled it).
    npm(app, "install", "--offline", tarball, `typescript@${TS_VERSION}`);
    mkdirSync(path.join(app, "src"));
    writeFileSync(path.join(app, "src", "main.ts"), `import { generator, coroutine, run, sleep } from "pycoro";
import { double } from "./lib.js";
const g = generator(function* () { const x: number = (yield 1) as number; return x; });
const it = g();
it.send(undefined);
try { it.send(double(21)); } catch (e) { console.log("returned", (e as { value: number }).value); }
run(coroutine(async function () { await sleep(0); console.log("ran"); })());
`);
    writeFileSync(path.join(app, "src", "lib.ts"), `export const double = (x: number): number => x * 2;\n`);
    const built = spawnSync(path.join(app, "node_modules", ".bin", "pycoro"), ["build", "src/main.ts", "--outDir", "dist"], { cwd: app, encoding: "utf8" });
    expect(built.stderr).toBe("");
    expect(built.status).toBe(0);
    const r = spawnSync(process.execPath, ["dist/main.js"], { cwd: app, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("returned 42\nran\n");

    // Production: only the built code and the tarball, no TypeScript installed or needed.
    const prod = path.join(base, "prod");
    mkdirSync(prod);
    npm(prod, "init", "-y");
    npm(prod, "install", "--offline", tarball);
    expect(existsSync(path.join(prod, "node_modules", "typescript"))).toBe(false);
    cpSync(path.join(app, "dist"), path.join(prod, "dist"), { recursive: true });
    const p = spawnSync(process.execPath, ["dist/main.js"], { cwd: prod, encoding: "utf8" });
    expect([p.stdout, p.stderr]).toEqual(["returned 42\nran\n", ""]);
    // Compiling there says what is missing, in one line.
    writeFileSync(path.join(prod, "x.ts"), `console.log(1);\n`);
    const c = spawnSync(path.join(prod, "node_modules", ".bin", "pycoro"), ["check", "x.ts"], { cwd: prod, encoding: "utf8" });
    expect(c.status).toBe(1);
    expect(c.stderr).toMatch(/^pycoro: compiling needs TypeScript 6 \(its compiler API\): npm install --save-dev typescript@6/);
  });
});
