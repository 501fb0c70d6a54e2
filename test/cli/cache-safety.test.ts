// The compile cache of `pycoro run` / pycoro/register on a machine shared with other users
// (issue 8 item 12): it lives in the user's own cache folder, is created 0700, is refused when
// another user owns it or can write to it (or it is a symlink), writes entries through temporary
// files created exclusively, and keys entries by TypeScript's version and the tsconfig.json
// options that change the output.
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, statSync, chmodSync, chownSync, symlinkSync, readdirSync, existsSync, lstatSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { CLI, ROOT } from "../harness/paths.js";

const cache = await import(pathToFileURL(path.join(ROOT, "dist", "compiler", "integrations", "compile-cache.js")).href) as typeof import("../../compiler/integrations/compile-cache.js");
let base = "";
beforeAll(() => { base = mkdtempSync(path.join(tmpdir(), "pycoro-cache-")); });

const PROGRAM = `import { generator } from "pycoro";\nconst g = generator(function* () { yield "from the cache test"; });\nconsole.log([...g()].join());\n`;

function runIn(env: Record<string, string>) {
  const dir = mkdtempSync(path.join(base, "prog-"));
  writeFileSync(path.join(dir, "package.json"), `{"type":"module"}`);
  writeFileSync(path.join(dir, "main.ts"), PROGRAM);
  const clean = { ...process.env };
  delete clean.PYCORO_CACHE_DIR;
  delete clean.PYCORO_CACHE;
  return spawnSync(process.execPath, [CLI, "run", "main.ts"], { cwd: dir, encoding: "utf8", env: { ...clean, ...env } });
}

const mode = (p: string) => statSync(p).mode & 0o777;

describe("where the cache lives", () => {
  it("in $XDG_CACHE_HOME/pycoro, created 0700, entries 0600", () => {
    const xdg = path.join(base, "xdg");
    const r = runIn({ XDG_CACHE_HOME: xdg });
    expect(r.stdout).toBe("from the cache test\n");
    expect(r.stderr).toBe("");
    const dir = path.join(xdg, "pycoro");
    expect(mode(dir)).toBe(0o700);
    const entries = readdirSync(dir);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.endsWith(".json"))).toBe(true); // no temporary file left behind
    for (const e of entries) expect(mode(path.join(dir, e))).toBe(0o600);
  });

  it("in ~/.cache/pycoro without XDG_CACHE_HOME, never in the shared temporary folder", () => {
    const home = path.join(base, "home");
    mkdirSync(home);
    const clean = { HOME: home, XDG_CACHE_HOME: "", TMPDIR: path.join(base, "shared-tmp") };
    mkdirSync(clean.TMPDIR);
    expect(runIn(clean).stdout).toBe("from the cache test\n");
    expect(readdirSync(path.join(home, ".cache", "pycoro")).length).toBeGreaterThan(0);
    expect(readdirSync(clean.TMPDIR)).toEqual([]);
  });
});

describe("a folder someone else prepared is refused", () => {
  it("writable by others (0777): the program still runs, uncached, and says why once", () => {
    const xdg = path.join(base, "open");
    mkdirSync(path.join(xdg, "pycoro"), { recursive: true });
    chmodSync(path.join(xdg, "pycoro"), 0o777);
    // A planted entry would run as the user if the folder were trusted; it must never be read.
    const r = runIn({ XDG_CACHE_HOME: xdg });
    expect(r.stdout).toBe("from the cache test\n");
    expect(r.stderr).toMatch(/^pycoro: not using the compile cache .*open\/pycoro: other users can write to it \(mode 777\)/);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(readdirSync(path.join(xdg, "pycoro"))).toEqual([]);
  });

  it("a symbolic link instead of a folder", () => {
    const xdg = path.join(base, "link");
    mkdirSync(path.join(base, "elsewhere"));
    mkdirSync(xdg);
    symlinkSync(path.join(base, "elsewhere"), path.join(xdg, "pycoro"));
    const r = runIn({ XDG_CACHE_HOME: xdg });
    expect(r.stdout).toBe("from the cache test\n");
    expect(r.stderr).toMatch(/not using the compile cache .*: it is a symbolic link/);
    expect(readdirSync(path.join(base, "elsewhere"))).toEqual([]);
  });

  it.skipIf(process.getuid?.() !== 0)("owned by another user (a folder planted first, as root can show)", () => {
    const xdg = path.join(base, "foreign");
    const planted = path.join(xdg, "pycoro");
    mkdirSync(planted, { recursive: true, mode: 0o700 });
    chownSync(planted, 65534, 65534);
    expect(cache.unsafe(planted)).toBe("it belongs to another user (uid 65534)");
    const r = runIn({ XDG_CACHE_HOME: xdg });
    expect(r.stdout).toBe("from the cache test\n");
    expect(r.stderr).toMatch(/it belongs to another user \(uid 65534\)/);
  });
});

describe("entries", () => {
  it("are written through a temporary file created exclusively: a planted symlink there is not followed", async () => {
    const dir = path.join(base, "excl");
    mkdirSync(dir, { mode: 0o700 });
    const victim = path.join(base, "victim.txt");
    writeFileSync(victim, "precious\n");
    symlinkSync(victim, path.join(dir, "k.json.fixed.tmp"));
    expect(await cache.writeEntry(dir, "k", { code: "x" }, "fixed")).toBe(false);
    expect(readFileSync(victim, "utf8")).toBe("precious\n");
    expect(lstatSync(path.join(dir, "k.json.fixed.tmp")).isSymbolicLink()).toBe(true); // not ours to remove
    expect(existsSync(path.join(dir, "k.json"))).toBe(false);
    // With a fresh (random) name it works, 0600.
    expect(await cache.writeEntry(dir, "k", { code: "x" })).toBe(true);
    expect(mode(path.join(dir, "k.json"))).toBe(0o600);
  });

  it("depend on TypeScript's version and on tsconfig.json's useDefineForClassFields", () => {
    expect(cache.compilerBuild()).toContain(`typescript@${cache.typescriptVersion()}`);
    expect(cache.typescriptVersion()).toMatch(/^\d+\.\d+\.\d+/);
    const dir = mkdtempSync(path.join(base, "tsconfig-"));
    writeFileSync(path.join(dir, "package.json"), `{"type":"module"}`);
    // A class field over an inherited setter: [[Define]] semantics skip the setter, [[Set]] calls it.
    writeFileSync(path.join(dir, "main.ts"), `class Base { set x(v: number) { console.log("setter", v); } }\nclass D extends Base { x = 1; }\nnew D();\nconsole.log("end");\n`);
    const env = { ...process.env, XDG_CACHE_HOME: path.join(dir, "xdg") };
    delete env.PYCORO_CACHE_DIR;
    const run = () => spawnSync(process.execPath, [CLI, "run", "main.ts"], { cwd: dir, encoding: "utf8", env }).stdout;
    writeFileSync(path.join(dir, "tsconfig.json"), `{ "compilerOptions": { "useDefineForClassFields": false } }`);
    expect(run()).toBe("setter 1\nend\n");
    writeFileSync(path.join(dir, "tsconfig.json"), `{ "compilerOptions": { "useDefineForClassFields": true } }`);
    expect(run()).toBe("end\n");
  });
});
