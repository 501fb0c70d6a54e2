// The `pycoro` command as tsc and tsx users expect it (SURFACE.md §3, issue 11), end to end in
// temporary projects: help, version, exit codes 0/1/2, usage errors as one line, --outDir that
// never writes into the sources, builds that follow imports, the module format of package.json
// "type", the source winning over a stale .js, colours only on request or a terminal, --watch;
// and `pycoro run` exiting 13 when the program's top-level await never settles (issue 8 item 6).
import { describe, it, expect, beforeAll } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync, readdirSync, symlinkSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CLI, ROOT } from "../harness/paths.js";

const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
let base = "";

/** A fresh project folder with `node_modules/pycoro` pointing at this package, as after `npm install`. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(base, "p-"));
  mkdirSync(path.join(dir, "node_modules"));
  symlinkSync(ROOT, path.join(dir, "node_modules", "pycoro"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** The environment of a user's shell: no colour settings (vitest sets some), no compile cache. */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PYCORO_CACHE: "0" };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return { ...env, ...extra };
}
const pycoro = (cwd: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: userEnv(env) });
const node = (cwd: string, file: string) => spawnSync(process.execPath, [file], { cwd, encoding: "utf8" });

const COUNTER = `import { generator } from "pycoro";
export const counter = generator(function* (n: number) {
  for (let i = 0; i < n; i++) yield i;
  return "done";
});
`;
const MAIN = `import { counter } from "./lib/counter.js";
console.log([...counter(3)].join(","));
`;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), "pycoro-habits-"));
  return () => rmSync(base, { recursive: true, force: true });
});

describe("help, version, exit codes", () => {
  it("--help and -h print the commands on stdout and exit 0; no command is a usage error (2)", () => {
    for (const flag of ["--help", "-h"]) {
      const r = pycoro(base, [flag]);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^usage: pycoro <command>/);
      expect(r.stdout).toMatch(/run <file\.ts>[\s\S]*build[\s\S]*check[\s\S]*inspect/);
    }
    const none = pycoro(base, []);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^usage: pycoro/);
  });

  it("--version and -v print the package's version", () => {
    expect(pycoro(base, ["--version"]).stdout).toBe(`${pkg.version}\n`);
    expect(pycoro(base, ["-v"]).status).toBe(0);
  });

  it("VERB --help prints that verb's options and exits 0 (also for check, which used to print a stack)", () => {
    for (const verb of ["run", "build", "check", "inspect"]) {
      const r = pycoro(base, [verb, "--help"]);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^usage: pycoro ${verb} `));
      expect(r.stderr).toBe("");
    }
    expect(pycoro(base, ["build", "--help"]).stdout).toMatch(/--outDir <dir>[\s\S]*--module <esm\|cjs>[\s\S]*--emit <js\|ts>[\s\S]*--watch/);
  });

  it("unknown commands and flags, missing values and bad choices are usage errors: exit 2, one line, no stack", () => {
    const dir = project({ "src/main.ts": MAIN, "src/lib/counter.ts": COUNTER });
    const cases: [string[], RegExp][] = [
      [["frobnicate"], /^pycoro: unknown command 'frobnicate'/],
      [["--frob"], /^pycoro: unknown option '--frob'/],
      [["build", "src", "--outDri", "out"], /^pycoro: unknown option '--outDri' for 'pycoro build' \(did you mean '--outDir'\?\)/],
      [["build", "src", "--outDir"], /^pycoro: option '--outDir' needs a value/],
      [["build", "src", "--module", "amd"], /^pycoro: option '--module' must be one of esm, cjs \(got 'amd'\)/],
      [["check", "--verbose", "src"], /^pycoro: unknown option '--verbose' for 'pycoro check'/],
      [["inspect", "src/main.ts", "--format", "svg"], /^pycoro: option '--format' must be one of /],
      [["run"], /^pycoro: 'pycoro run' needs <file\.ts>/],
      [["build", "nope"], /^pycoro: no such file or directory: nope/],
      [["run", "nope.ts"], /^pycoro: no such file: nope\.ts/],
    ];
    for (const [args, message] of cases) {
      const r = pycoro(dir, args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toMatch(message);
      expect(r.stderr.trimEnd().split("\n"), args.join(" ")).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    // Nothing was written: a mistyped flag is never taken for a path.
    expect(readdirSync(path.join(dir, "src")).sort()).toEqual(["lib", "main.ts"]);
  });

  it("diagnostics exit 1; a failing program exits 1 with its error", () => {
    const dir = project({ "bad.ts": `import { generator } from "pycoro";\nexport const g = generator(function (x: number) { return x; });\n`, "boom.ts": `throw new RangeError("boom");\n` });
    const check = pycoro(dir, ["check", "bad.ts"]);
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/^bad\.ts:2:18 - error PYC1001: /);
    const run = pycoro(dir, ["run", "boom.ts"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("RangeError: boom");
  });

  it("colours only on request (FORCE_COLOR) or on a terminal, never into a pipe; NO_COLOR wins", () => {
    const dir = project({ "bad.ts": `import { generator } from "pycoro";\nexport const g = generator(function (x: number) { return x; });\n` });
    expect(pycoro(dir, ["check", "bad.ts"]).stderr).not.toContain("\x1b[");
    expect(pycoro(dir, ["check", "bad.ts"], { FORCE_COLOR: "1" }).stderr).toContain("\x1b[91merror\x1b[0m");
    expect(pycoro(dir, ["check", "bad.ts"], { FORCE_COLOR: "1", NO_COLOR: "1" }).stderr).not.toContain("\x1b[");
  });
});

describe("pycoro build", () => {
  it("--outDir is matched as tsc matches it (--outdir works too) and never writes into the sources", () => {
    const dir = project({ "package.json": `{"type":"module"}`, "src/main.ts": MAIN, "src/lib/counter.ts": COUNTER });
    const r = pycoro(dir, ["build", "src", "--outdir", "out"]);
    expect(r.status).toBe(0);
    expect(existsSync(path.join(dir, "out", "main.js"))).toBe(true);
    expect(readdirSync(path.join(dir, "src")).sort()).toEqual(["lib", "main.ts"]);
    expect(node(dir, "out/main.js").stdout).toBe("0,1,2\n");
  });

  it("building one file builds the local files it imports", () => {
    const dir = project({ "package.json": `{"type":"module"}`, "src/main.ts": MAIN, "src/lib/counter.ts": COUNTER });
    expect(pycoro(dir, ["build", "src/main.ts", "--outDir", "dist"]).status).toBe(0);
    expect(readdirSync(path.join(dir, "dist", "lib"))).toContain("counter.js");
    expect(node(dir, "dist/main.js").stdout).toBe("0,1,2\n");
  });

  it("outDir and rootDir default to tsconfig.json's", () => {
    const dir = project({ "package.json": `{"type":"module"}`, "tsconfig.json": `{ // comments, as tsc allows\n "compilerOptions": { "outDir": "built", "rootDir": "src" } }`, "src/main.ts": MAIN, "src/lib/counter.ts": COUNTER });
    expect(pycoro(dir, ["build", "src/main.ts"]).status).toBe(0);
    expect(node(dir, "built/main.js").stdout).toBe("0,1,2\n");
  });

  it("the output format follows package.json \"type\": CommonJS in a default `npm init` project", () => {
    const dir = project({ "package.json": `{"name":"app","version":"1.0.0","type":"commonjs"}`, "src/main.ts": MAIN, "src/lib/counter.ts": COUNTER });
    expect(pycoro(dir, ["build", "src", "--outDir", "dist"]).status).toBe(0);
    const js = readFileSync(path.join(dir, "dist", "main.js"), "utf8");
    expect(js).toContain(`require("./lib/counter.js")`);
    expect(node(dir, "dist/main.js").stdout).toBe("0,1,2\n");
    // --module esm overrides it.
    expect(pycoro(dir, ["build", "src", "--outDir", "esm", "--module", "esm"]).status).toBe(0);
    expect(readFileSync(path.join(dir, "esm", "main.js"), "utf8")).toMatch(/^import /m);
  });

  it("a top-level await in a file built as CommonJS is a located error, not a SyntaxError later", () => {
    const dir = project({ "package.json": `{"name":"app"}`, "main.ts": `import { sleep } from "pycoro";\nawait sleep(0);\n` });
    const r = pycoro(dir, ["build", "main.ts", "--outDir", "dist"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^main\.ts:2:1 - error PYC4001: top-level await needs ES module output/);
  });

  it("--emit ts needs an --outDir and never writes over a source", () => {
    const dir = project({ "src/main.ts": MAIN, "src/lib/counter.ts": COUNTER });
    expect(pycoro(dir, ["build", "src", "--emit", "ts"]).stderr).toMatch(/^pycoro: --emit ts writes \.ts files: give it an --outDir/);
    const r = pycoro(dir, ["build", "src", "--emit", "ts", "--outDir", "src"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/refusing to write src\/.*: it is one of the sources/);
    expect(readFileSync(path.join(dir, "src", "lib", "counter.ts"), "utf8")).toBe(COUNTER);
  });

  it.skipIf(spawnSync("script", ["--version"]).status !== 0)("shows progress on a terminal for a multi-file build, nothing when piped", () => {
    const dir = project({ "package.json": `{"type":"module"}`, "src/main.ts": MAIN, "src/lib/counter.ts": COUNTER });
    // util-linux `script` runs the build on a pseudo-terminal.
    const tty = spawnSync("script", ["-qec", `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} build src --outDir out`, "/dev/null"], { cwd: dir, encoding: "utf8", env: userEnv() });
    expect(tty.stdout).toContain("[1/2] src/lib/counter.ts");
    expect(tty.stdout).toContain("[2/2] src/main.ts");
    expect(tty.stdout).toContain("pycoro: built 2 files");
    const piped = pycoro(dir, ["build", "src", "--outDir", "out2"]);
    expect([piped.status, piped.stdout, piped.stderr]).toEqual([0, "", ""]);
  });

  it("--watch builds again when a source changes, also when saved the moment \"build ok\" shows", async () => {
    const dir = project({ "package.json": `{"type":"module"}`, "src/main.ts": `console.log("one");\n` });
    const child = spawn(process.execPath, [CLI, "build", "src", "--outDir", "out", "--watch"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"], env: userEnv() });
    let err = "";
    const out = () => (existsSync(path.join(dir, "out", "main.js")) ? readFileSync(path.join(dir, "out", "main.js"), "utf8") : "");
    try {
      // Saved in the same tick as "build ok" arrives: the watch must exist by then (CI stop 15 lost
      // this change for good when the watcher was registered after the line was printed).
      await new Promise<void>((resolve) => child.stderr.on("data", (b: Buffer) => {
        err += b;
        if (err.includes("build ok") && out().includes(`"one"`) && !err.includes("saved")) {
          err += "(saved)";
          writeFileSync(path.join(dir, "src", "main.ts"), `console.log("two");\n`);
          resolve();
        }
      }));
      await until(() => out().includes(`"two"`), () => err);
      // A burst of saves, some landing during the builds they cause: the last one is built.
      for (let i = 3; i <= 8; i++) {
        writeFileSync(path.join(dir, "src", "main.ts"), `console.log("v${i}");\n`);
        await new Promise((r) => setTimeout(r, 25 * i));
      }
      await until(() => out().includes(`"v8"`), () => err);
    } finally {
      child.kill();
    }
  }, 600_000);
});

describe("pycoro run", () => {
  it("honours package.json \"type\": a CommonJS program requires .ts files", () => {
    const dir = project({
      "package.json": `{"name":"app","type":"commonjs"}`,
      "main.ts": `const { helper } = require("./helper");\nconsole.log(typeof module, helper(2));\n`,
      "helper.ts": `export function helper(x: number): number { return x * 21; }\n`,
    });
    const r = pycoro(dir, ["run", "main.ts"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("object 42\n");
  });

  it("a .js left next to a .ts never shadows it: the source runs, as with tsx", () => {
    const dir = project({ "package.json": `{"type":"module"}`, "dep.ts": `export const v: string = "source";\n`, "dep.js": `export const v = "stale build";\n`, "main.ts": `import { v } from "./dep.js";\nconsole.log(v);\n` });
    expect(pycoro(dir, ["run", "main.ts"]).stdout).toBe("source\n");
  });

  it("passes the arguments after the file to the program, flags included", () => {
    const dir = project({ "argv.ts": `console.log(JSON.stringify(process.argv.slice(2)));\n` });
    expect(pycoro(dir, ["run", "argv.ts", "--port", "1", "-x"]).stdout).toBe(`["--port","1","-x"]\n`);
  });

  it("a program whose top-level await never settles exits 13 with a message, as node does (issue 8 item 6)", () => {
    const dir = project({
      "package.json": `{"type":"module"}`,
      "hang.ts": `import { coroutine, run, getRunningLoop } from "pycoro";\nconst main = coroutine(async function () {\n  console.log("waiting");\n  await getRunningLoop().createFuture();\n  console.log("never");\n});\nawait run(main());\n`,
    });
    const r = pycoro(dir, ["run", "hang.ts"]);
    expect(r.stdout).toBe("waiting\n");
    expect(r.status).toBe(13);
    expect(r.stderr).toMatch(/^pycoro: hang\.ts did not finish: its top-level await never settled/);
    // The same program under node --import pycoro/register: Node's own 13.
    const viaNode = spawnSync(process.execPath, ["--import", "pycoro/register", "hang.ts"], { cwd: dir, encoding: "utf8", env: userEnv() });
    expect(viaNode.status).toBe(13);
    // A program that finishes still exits 0.
    writeFileSync(path.join(dir, "ok.ts"), `import { coroutine, run, sleep } from "pycoro";\nawait run(coroutine(async function () { await sleep(0); })());\nconsole.log("done");\n`);
    const ok = pycoro(dir, ["run", "ok.ts"]);
    expect([ok.status, ok.stdout]).toEqual([0, "done\n"]);
  });

  it("an executor job given as { module, export } of a .ts module runs in a worker thread (Node 20)", () => {
    const dir = project({
      "package.json": `{"type":"module"}`,
      "job.ts": `export function work(x: number): number { return x * 2; }\n`,
      "main.ts": `import { coroutine, run, ThreadPoolExecutor, wrapFuture } from "pycoro";
const main = coroutine(async function () {
  const pool = new ThreadPoolExecutor({ maxWorkers: 1 });
  console.log("result", await wrapFuture(pool.submit({ module: new URL("./job.ts", import.meta.url).href, export: "work" }, 21)));
  await pool.shutdown();
});
await run(main());
`,
    });
    const r = pycoro(dir, ["run", "main.ts"]);
    expect([r.stdout, r.stderr]).toEqual(["result 42\n", ""]);
    const viaNode = spawnSync(process.execPath, ["--import", "pycoro/register", "main.ts"], { cwd: dir, encoding: "utf8", env: userEnv() });
    expect(viaNode.stdout).toBe("result 42\n");
  });

  it("--watch runs the program again when a file changes, one program at a time", async () => {
    const dir = project({
      "package.json": `{"type":"module"}`,
      // Runs until stopped, as a server would, and takes 400 ms to drain on SIGTERM; says when it
      // starts and when it has exited.
      "main.ts": `import { v } from "./dep.js";\nconsole.log("v =", v);\nconst t = setInterval(() => {}, 1000);\nprocess.on("SIGTERM", () => setTimeout(() => clearInterval(t), 400));\nprocess.on("exit", () => console.log("stop", v));\n`,
      "dep.ts": `export const v = 1;\n`,
    });
    const child = spawn(process.execPath, [CLI, "run", "--watch", "main.ts"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"], env: userEnv() });
    let out = "", err = "";
    try {
      child.stdout.on("data", (b: Buffer) => { out += b; });
      child.stderr.on("data", (b: Buffer) => { err += b; });
      await until(() => out.includes("v = 1"), () => out + err);
      writeFileSync(path.join(dir, "dep.ts"), `export const v = 2;\n`);
      await until(() => out.includes("v = 2"), () => out + err);
      // Saves in a burst, each while the program is still draining: every program started has
      // exited before the next starts, and the last save is what runs.
      for (let i = 3; i <= 6; i++) {
        writeFileSync(path.join(dir, "dep.ts"), `export const v = ${i};\n`);
        await new Promise((r) => setTimeout(r, 150));
      }
      await until(() => out.includes("v = 6"), () => out + err);
      await new Promise((r) => setTimeout(r, 500));
      const events = out.split("\n").filter((l) => /^(v =|stop)/.test(l));
      let live = 0;
      for (const e of events) {
        live += e.startsWith("v =") ? 1 : -1;
        expect(live, events.join(" | ")).toBeGreaterThanOrEqual(0);
        expect(live, events.join(" | ")).toBeLessThanOrEqual(1);
      }
      expect(events.at(-1)).toBe("v = 6");
    } finally {
      child.kill();
    }
  }, 600_000);
});

/** Poll for what a watcher does; generous, as a loaded 2-core machine can take a minute to start one. */
async function until(ok: () => boolean, seen: () => string = () => "", ms = 240_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting; the watcher printed:\n${seen()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

