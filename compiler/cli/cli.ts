/**
 * cli.ts — the `pycoro` command, with the habits of tsc and tsx (`pycoro --help` lists the verbs).
 *
 *   pycoro run [--watch] <file.ts> [args...]   compile the file and what it imports, run it
 *   pycoro build <files|dirs...> [--outDir d] [--module esm|cjs] [--emit js|ts] [--watch]
 *   pycoro check <files|dirs...>               diagnostics only
 *   pycoro inspect <file.ts> [--format text|json|dot|mermaid|html] [--out f] [--open]
 *
 * Exit codes: 0 ok, 1 diagnostics or a failing program, 2 usage (a one-line message, never a
 * stack). Like tsx, `run` does not type-check: type errors never stop a run. Colours only when the
 * stream is a terminal (NO_COLOR / FORCE_COLOR as usual).
 */
import { servePs } from "./ps.js";
import { readFileSync, writeFileSync, mkdirSync, statSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { register } from "node:module";
import { spawn, type ChildProcess } from "node:child_process";
import { watchTree, oneAtATime } from "./watch.js";
import { parseArgs, verbHelp, UsageError, type VerbSpec, type Parsed } from "./args.js";
import type { Diagnostic } from "../diagnostics.js";
import type { InspectFormat } from "./inspect.js";
import { moduleFormat, type ModuleFormat } from "../integrations/project.js";

// The compiler (and with it TypeScript, about a second to load) is imported only by the commands
// that compile here: `run` compiles in the loader-hooks thread, through its disk cache.
// TypeScript is a peer dependency (a program that only runs built code never loads it): say how to
// get it instead of Node's "Cannot find package".
const compiler = () => import("../index.js").catch(needTypeScript);

export function needTypeScript(e: NodeJS.ErrnoException): never {
  if (e.code === "ERR_MODULE_NOT_FOUND" && /'typescript'/.test(e.message)) {
    throw new Error("compiling needs TypeScript 6 (its compiler API): npm install --save-dev typescript@6 (programs already built with pycoro build run without it)");
  }
  throw e;
}

const VERBS: Record<string, VerbSpec> = {
  run: {
    name: "run", synopsis: "pycoro run [options] <file.ts> [args...]", minTargets: 1, needs: "<file.ts>", restAfterFirst: true,
    summary: "Compile <file.ts> and the files it imports (cached on disk) and run it; no type check, as with tsx.\nArguments after the file are the program's (process.argv).",
    options: [{ name: "watch", kind: "flag", help: "run again when a file in the program's folder changes" }],
  },
  build: {
    name: "build", synopsis: "pycoro build [options] <file-or-dir>...", minTargets: 1, needs: "<file-or-dir>",
    summary: "Write JavaScript (and source maps) for the given files, every .ts file under the given folders, and\nthe local files they import. The module format follows the nearest package.json \"type\" (as Node reads\nthe output); outDir and rootDir default to tsconfig.json's.",
    options: [
      { name: "outDir", kind: "value", arg: "dir", help: "write the output under <dir> (default: tsconfig.json's outDir, else beside each source)" },
      { name: "rootDir", kind: "value", arg: "dir", help: "the folder whose layout is mirrored under outDir (default: the common folder of the inputs)" },
      { name: "module", kind: "value", choices: ["esm", "cjs"], help: "force ES modules or CommonJS output" },
      { name: "emit", kind: "value", choices: ["js", "ts"], help: "ts: TypeScript with the state machines in it, for TypeScript 7 / esbuild / swc (needs --outDir)" },
      { name: "no-map", kind: "flag", help: "no source maps" },
      { name: "watch", kind: "flag", alias: "w", help: "build again when an input changes" },
    ],
  },
  check: {
    name: "check", synopsis: "pycoro check <file-or-dir>...", minTargets: 1, needs: "<file-or-dir>",
    summary: "Report pycoro's diagnostics (code, file, line, column) without writing anything; exit 1 on errors.",
    options: [],
  },
  inspect: {
    name: "inspect", synopsis: "pycoro inspect [options] <file.ts>", minTargets: 1, needs: "<file.ts>", maxTargets: 1,
    summary: "Show the state machines the marked functions of <file.ts> become.",
    options: [
      { name: "format", kind: "value", choices: ["text", "json", "dot", "mermaid", "html"], help: "output format (default text; html: one self-contained page)" },
      { name: "out", kind: "value", arg: "file", alias: "o", help: "write to <file> instead of stdout (html: default <file>.inspect.html)" },
      { name: "open", kind: "flag", help: "html: also open the page in the browser (its file:// URL is always printed)" },
    ],
  },
};

const USAGE = `usage: pycoro <command> [options]

commands:
  run <file.ts> [args...]   compile and run a program (no type check, like tsx)
  ps <pid>                  the tasks of a running pycoro program (python -m asyncio ps)
  pstree <pid>              the same as a tree of who awaits whom (python -m asyncio pstree)
  build <file-or-dir>...    write JavaScript (or --emit ts: TypeScript with the state machines)
  check <file-or-dir>...    report diagnostics only
  inspect <file.ts>         show the state machines (text, json, dot, mermaid, html)

options:
  -h, --help      this help; 'pycoro <command> --help' for a command's options
  -v, --version   print pycoro's version
`;

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    if (cmd === undefined) { process.stderr.write(USAGE); return 2; }
    if (cmd === "-h" || cmd === "--help" || cmd === "help") { process.stdout.write(USAGE); return 0; }
    if (cmd === "-v" || cmd === "--version" || cmd === "version") { process.stdout.write(`${version()}\n`); return 0; }
    // the tasks of another running program (compiler/cli/ps.ts): `pycoro ps PID`, `pycoro pstree PID`
    if (cmd === "ps" || cmd === "pstree") return await (await import("./ps.js")).psMain(rest, cmd === "pstree");
    const verb = VERBS[cmd];
    if (!verb) throw new UsageError(cmd.startsWith("-") ? `unknown option '${cmd}'` : `unknown command '${cmd}'`);
    const args = parseArgs(verb, rest);
    if (args.options.help) { process.stdout.write(verbHelp(verb)); return 0; }
    switch (cmd) {
      // Not awaited here: a failing program is reported by bin/pycoro.mjs as Node reports it.
      case "run": {
        const file = inputFile(args.targets[0]);
        return args.options.watch ? await watchRun(file, args) : run(file, args);
      }
      case "build": return await (args.options.watch ? watchBuild(args) : build(args));
      case "check": return await check(args);
      default: return await inspect(args);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`pycoro: ${err.message} (see 'pycoro ${err.verb ?? ""}${err.verb ? " " : ""}--help')\n`);
      return 2;
    }
    const e = err as NodeJS.ErrnoException;
    if (process.env.PYCORO_DEBUG) throw err;
    process.stderr.write(`pycoro: ${e.code === "ENOENT" ? `no such file or directory: ${e.path}` : e.message}\n`);
    return e.code === "ENOENT" ? 2 : 1;
  }
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

// ---- colours -------------------------------------------------------------------------------

function colours(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR) return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  return !!stream.isTTY;
}

const paint = (on: boolean, code: number, s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);

/** tsc's pretty layout: file (cyan):line:col (yellow) - error (red) CODE (grey): message. */
function formatDiag(d: Diagnostic): string {
  const on = colours(process.stderr);
  return `${paint(on, 96, d.file)}:${paint(on, 93, String(d.line))}:${paint(on, 93, String(d.column))} - ${paint(on, d.category === "error" ? 91 : 93, d.category)} ${paint(on, 90, `${d.code}:`)} ${d.message}`;
}

// ---- run -----------------------------------------------------------------------------------

function inputFile(file: string): string {
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  return path.resolve(file);
}

async function run(file: string, args: Parsed): Promise<number> {
  register(new URL("../integrations/loader-hooks.js", import.meta.url));
  (await import("../integrations/require-hook.js")).installRequireHook();
  // Worker threads (executors' `{ module, export }` jobs) do not inherit module hooks on Node 20:
  // the executor's worker registers these when a job names a .ts module (worker-source.ts).
  process.env.PYCORO_LOADER_HOOKS = new URL("../integrations/loader-hooks.js", import.meta.url).href;
  process.setSourceMapsEnabled?.(true);
  // answer `pycoro ps` / `pstree` (SIGUSR2; a listener that costs nothing until asked)
  servePs(() => import("../../runtime/loop/ps.js").then((m) => m.allPsTasks()));
  process.argv = [process.argv[0], file, ...args.rest];
  // A program whose top-level await never settles did not finish: Node exits 13 for that (with
  // `node --import pycoro/register`), and so does `pycoro run`, instead of a silent 0.
  let settled = false;
  process.once("beforeExit", () => {
    if (settled) return;
    process.stderr.write(`pycoro: ${path.relative(process.cwd(), file) || file} did not finish: its top-level await never settled (the event loop ran out of work while the program was still waiting, e.g. for a future nothing resolves)\n`);
    process.exit(13);
  });
  try {
    await import(pathToFileURL(file).href);
  } finally {
    settled = true;
  }
  return 0;
}

/**
 * `run --watch`: run the program in a child, and again whenever a file under its folder changes.
 * Invariant: at most one child runs; changes while one is being stopped start just one new child.
 */
async function watchRun(file: string, args: Parsed): Promise<number> {
  const bin = new URL("../../../bin/pycoro.mjs", import.meta.url);
  let child: ChildProcess | undefined;
  let restarting = false;
  const start = () => {
    const c = spawn(process.execPath, [bin.pathname, "run", file, ...args.rest], { stdio: "inherit" });
    child = c;
    c.on("error", (e) => process.stderr.write(`pycoro: could not start ${file}: ${e.message}\n`));
    c.on("exit", (code, signal) => { if (child === c && !restarting) process.stderr.write(`pycoro: exited with ${signal ?? code}; waiting for changes\n`); });
  };
  const restart = () => {
    const old = child;
    if (!old || old.exitCode !== null || old.signalCode !== null) return start();
    if (restarting) return; // the child being stopped is replaced once, by the newest files
    restarting = true;
    old.once("exit", () => { restarting = false; start(); });
    old.kill("SIGTERM");
  };
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.once(sig, () => { child?.kill(sig); process.exit(130); });
  watchTree(path.dirname(file), (changed) => {
    process.stderr.write(`pycoro: ${path.relative(process.cwd(), changed)} changed; restarting\n`);
    restart();
  });
  start(); // after the watch exists: a change made as soon as the program shows up is seen
  return new Promise<number>(() => {}); // until interrupted
}

// ---- build ---------------------------------------------------------------------------------

const TS_INPUT = /\.(m|c)?tsx?$/;
const isDeclaration = (f: string) => /\.d\.(m|c)?tsx?$/.test(f);

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === "node_modules" || e.name.startsWith(".")) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (TS_INPUT.test(e.name) && !isDeclaration(e.name)) out.push(p);
  }
  return out;
}

/** The inputs: given files, .ts files under given folders, and the local files they import. */
async function inputs(targets: string[]): Promise<{ files: string[]; dirs: string[] }> {
  const ts = (await import("typescript").catch(needTypeScript)).default;
  const { localImports } = await import("../integrations/project.js");
  const files = new Set<string>(), dirs: string[] = [];
  const queue: string[] = [];
  for (const t of targets) {
    if (!existsSync(t)) throw new UsageError(`no such file or directory: ${t}`);
    if (statSync(t).isDirectory()) { dirs.push(path.resolve(t)); queue.push(...tsFiles(path.resolve(t))); continue; }
    if (!TS_INPUT.test(t) || isDeclaration(t)) throw new UsageError(`not a TypeScript source file: ${t} (.ts, .tsx, .mts or .cts)`);
    queue.push(path.resolve(t));
  }
  for (let f = queue.shift(); f !== undefined; f = queue.shift()) {
    if (files.has(f)) continue;
    files.add(f);
    for (const dep of localImports(ts, f, readFileSync(f, "utf8"))) if (!dep.includes(`${path.sep}node_modules${path.sep}`) && !isDeclaration(dep)) queue.push(dep);
  }
  return { files: [...files].sort(), dirs };
}

function commonDir(paths: string[]): string {
  let common = paths[0];
  for (const p of paths) while (path.relative(common, p).startsWith("..")) common = path.dirname(common);
  return common;
}

const OUT_EXT: Record<string, Record<ModuleFormat, string>> = {
  ".ts": { esm: ".js", cjs: ".js" }, ".tsx": { esm: ".js", cjs: ".js" }, ".mts": { esm: ".mjs", cjs: ".mjs" }, ".cts": { esm: ".cjs", cjs: ".cjs" },
};

interface BuildPlan {
  files: string[];
  outDir?: string;
  rootDir: string;
  emit: "js" | "ts";
  map: boolean;
  module?: ModuleFormat;
  watchDirs: string[];
}

async function planBuild(args: Parsed): Promise<BuildPlan> {
  const ts = (await import("typescript").catch(needTypeScript)).default;
  const { readProjectConfig } = await import("../integrations/project.js");
  const { files, dirs } = await inputs(args.targets);
  const config = readProjectConfig(ts, process.cwd());
  const outDir = (args.options.outDir as string | undefined) ?? config.options.outDir;
  const rootDir = (args.options.rootDir as string | undefined) ?? (args.options.outDir ? undefined : config.options.rootDir);
  const emit = (args.options.emit as "js" | "ts" | undefined) ?? "js";
  if (emit === "ts" && !outDir) throw new UsageError("--emit ts writes .ts files: give it an --outDir (it never writes over the sources)", "build");
  const root = rootDir ? path.resolve(rootDir) : commonDir([...dirs, ...files.map((f) => path.dirname(f))]);
  const outside = files.find((f) => path.relative(root, f).startsWith(".."));
  if (outside) throw new UsageError(`${path.relative(process.cwd(), outside)} is not under rootDir ${path.relative(process.cwd(), root) || "."}`, "build");
  return { files, outDir: outDir && path.resolve(outDir), rootDir: root, emit, map: !args.options["no-map"], module: args.options.module as ModuleFormat | undefined, watchDirs: [...new Set([...dirs, ...files.map((f) => path.dirname(f))])] };
}

async function build(args: Parsed): Promise<number> {
  return buildOnce(await planBuild(args));
}

async function buildOnce(plan: BuildPlan): Promise<number> {
  const { compile } = await compiler();
  const ts = (await import("typescript").catch(needTypeScript)).default;
  const { readProjectConfig, emitOptions } = await import("../integrations/project.js");
  const sources = new Set(plan.files);
  const tty = !!process.stderr.isTTY && plan.files.length > 1;
  let errors = 0, done = 0;
  for (const file of plan.files) {
    if (tty) process.stderr.write(`\r\x1b[K[${++done}/${plan.files.length}] ${path.relative(process.cwd(), file)}`);
    const ext = path.extname(file);
    const source = readFileSync(file, "utf8");
    const format = plan.module ?? moduleFormat(file);
    const rel = path.relative(plan.rootDir, file);
    const outName = plan.emit === "ts" ? rel : rel.slice(0, -ext.length) + OUT_EXT[ext][ext === ".mts" ? "esm" : ext === ".cts" ? "cjs" : format];
    const out = plan.outDir ? path.join(plan.outDir, outName) : path.join(plan.rootDir, outName);
    if (sources.has(out) || (plan.emit === "ts" && existsSync(out) && path.resolve(out) === path.resolve(file))) {
      throw new UsageError(`refusing to write ${path.relative(process.cwd(), out)}: it is one of the sources (choose another --outDir)`, "build");
    }
    const fileName = path.relative(process.cwd(), file) || file;
    const moduleKind = ext === ".mts" ? "esm" : ext === ".cts" ? "cjs" : format;
    const { options } = readProjectConfig(ts, path.dirname(file));
    const r = compile(source, { fileName, sourceMap: plan.map && plan.emit === "js", module: moduleKind, emit: plan.emit, compilerOptions: emitOptions(options) });
    const diagnostics = [...r.diagnostics, ...(moduleKind === "cjs" && plan.emit === "js" ? topLevelAwait(ts, fileName, source) : [])];
    for (const d of diagnostics) {
      if (tty) process.stderr.write("\r\x1b[K");
      process.stderr.write(`${formatDiag(d)}\n`);
      if (d.category === "error") errors++;
    }
    mkdirSync(path.dirname(out), { recursive: true });
    let code = r.code;
    if (r.map) {
      const mapName = `${out}.map`;
      code = code.replace(/\/\/# sourceMappingURL=.*$/m, `//# sourceMappingURL=${path.basename(mapName)}`);
      const map = JSON.parse(r.map) as { file: string; sources: string[] };
      map.file = path.basename(out);
      map.sources = [path.relative(path.dirname(mapName), file)];
      writeFileSync(mapName, JSON.stringify(map));
    }
    writeFileSync(out, code);
  }
  if (tty) process.stderr.write(`\r\x1b[Kpycoro: built ${plan.files.length} files${errors ? `, ${errors} error${errors > 1 ? "s" : ""}` : ""}\n`);
  return errors ? 1 : 0;
}

/** CommonJS output cannot hold a top-level await: say so at the build, not as a SyntaxError later. */
function topLevelAwait(ts: typeof import("typescript"), fileName: string, source: string): Diagnostic[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true);
  const found: Diagnostic[] = [];
  const visit = (n: import("typescript").Node): void => {
    if (found.length || ts.isFunctionLike(n) || ts.isClassLike(n)) return;
    if (ts.isAwaitExpression(n) || (ts.isForOfStatement(n) && n.awaitModifier)) {
      const { line, character } = sf.getLineAndCharacterOfPosition(n.getStart(sf));
      found.push({ code: "PYC4001", file: fileName, line: line + 1, column: character + 1, category: "error",
        message: "top-level await needs ES module output, but this file is built as CommonJS (the nearest package.json has no \"type\": \"module\"); add \"type\": \"module\", rename the file to .mts, or build with --module esm." });
      return;
    }
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(sf, visit);
  return found;
}

/**
 * `build --watch`. The watchers are registered before the first build, and builds never overlap
 * (watch.ts says why): a change saved on seeing "build ok", or during a build, is always built.
 */
async function watchBuild(args: Parsed): Promise<number> {
  let plan = await planBuild(args); // usage errors end the command here, with exit 2
  let planned = true;
  const rebuild = oneAtATime(async () => {
    if (!planned) plan = await planBuild(args); // new files and imports join the build
    planned = false;
    const code = await buildOnce(plan);
    process.stderr.write(`pycoro: ${code ? "build failed" : "build ok"}; watching for changes\n`);
  }, (e) => process.stderr.write(`pycoro: ${(e as Error).message}\n`));
  const outDir = plan.outDir;
  const dirs = plan.watchDirs;
  for (const dir of new Set(dirs.filter((d) => !dirs.some((o) => o !== d && !path.relative(o, d).startsWith(".."))))) {
    watchTree(dir, (changed) => { if (!outDir || path.relative(outDir, changed).startsWith("..")) void rebuild(); });
  }
  await rebuild();
  return new Promise<number>(() => {});
}

// ---- check, inspect --------------------------------------------------------------------------

async function check(args: Parsed): Promise<number> {
  const { compile } = await compiler();
  const { files } = await inputs(args.targets);
  let errors = 0;
  for (const file of files) {
    for (const d of compile(readFileSync(file, "utf8"), { fileName: path.relative(process.cwd(), file) || file }).diagnostics) {
      process.stderr.write(`${formatDiag(d)}\n`);
      if (d.category === "error") errors++;
    }
  }
  return errors ? 1 : 0;
}

async function inspect(args: Parsed): Promise<number> {
  const { compile } = await compiler();
  const { formatMachines } = await import("./inspect.js");
  const format = (args.options.format ?? "text") as InspectFormat;
  const file = args.targets[0];
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`, "inspect");
  const source = readFileSync(file, "utf8");
  const r = compile(source, { fileName: file });
  for (const d of r.diagnostics) process.stderr.write(`${formatDiag(d)}\n`);
  const failed = r.diagnostics.some((d) => d.category === "error") ? 1 : 0;
  if (format === "html") {
    const { inspectPage } = await import("./inspect-html.js");
    const out = path.resolve((args.options.out as string | undefined) ?? `${file}.inspect.html`);
    writeFileSync(out, inspectPage({ file, source, code: r.code, machines: r.machines }));
    const url = pathToFileURL(out).href;
    process.stdout.write(`${url}\n`);
    if (args.options.open) openInBrowser(url);
    return failed;
  }
  const text = formatMachines(r.machines, format);
  if (args.options.out) writeFileSync(args.options.out as string, text);
  else process.stdout.write(text);
  return failed;
}

function openInBrowser(url: string): void {
  const opener = process.platform === "darwin" ? "open" : process.platform === "win32" ? "explorer" : "xdg-open";
  const child = spawn(opener, [url], { stdio: "ignore", detached: true });
  child.on("error", () => process.stderr.write(`pycoro: could not start ${opener}; open ${url} yourself\n`));
  child.unref();
}
