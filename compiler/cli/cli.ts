/**
 * cli.ts — the `pycoro` command.
 *
 *   pycoro run <file.ts> [args...]     compile the file and what it imports, run it
 *   pycoro build <file|dir> [--outDir d] [--no-map]   write JavaScript and source maps
 *   pycoro check <file|dir>...         report diagnostics only (exit 1 on errors)
 *   pycoro inspect <file.ts> [--format text|json|dot|mermaid]   print the state machines
 *
 * Like tsx, `run` does not type-check: type errors never stop a run.
 */
import { readFileSync, writeFileSync, mkdirSync, statSync, readdirSync, existsSync } from "node:fs";
import { resolve, relative, join, dirname } from "node:path";
import { pathToFileURL } from "node:url";
import { register } from "node:module";
import type { InspectFormat } from "./inspect.js";

// The compiler (and with it TypeScript, about a second to load) is imported only by the commands
// that compile here: `run` compiles in the loader-hooks thread, through its disk cache.
const compiler = () => import("../index.js");

const USAGE = `usage:
  pycoro run <file.ts> [args...]
  pycoro build <file-or-dir> [--outDir <dir>] [--no-map]
  pycoro check <file-or-dir>...
  pycoro inspect <file.ts> [--format text|json|dot|mermaid]`;

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case "run": return run(rest);
    case "build": return build(rest);
    case "check": return check(rest);
    case "inspect": return inspect(rest);
    case "-h": case "--help": case undefined:
      process.stdout.write(`${USAGE}\n`);
      return cmd ? 0 : 2;
    default:
      process.stderr.write(`pycoro: unknown command '${cmd}'\n${USAGE}\n`);
      return 2;
  }
}

async function run(args: string[]): Promise<number> {
  const file = args[0];
  if (!file) { process.stderr.write(`${USAGE}\n`); return 2; }
  if (!existsSync(file)) { process.stderr.write(`pycoro: no such file: ${file}\n`); return 2; }
  register(new URL("../integrations/loader-hooks.js", import.meta.url));
  process.setSourceMapsEnabled?.(true);
  process.argv = [process.argv[0], resolve(file), ...args.slice(1)];
  await import(pathToFileURL(resolve(file)).href);
  return 0;
}

function tsFiles(target: string): string[] {
  const st = statSync(target);
  if (st.isFile()) return [target];
  const out: string[] = [];
  for (const e of readdirSync(target, { withFileTypes: true })) {
    if (e.name === "node_modules" || e.name.startsWith(".")) continue;
    const p = join(target, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (/\.m?tsx?$/.test(e.name) && !/\.d\.m?ts$/.test(e.name)) out.push(p);
  }
  return out;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
}

async function build(args: string[]): Promise<number> {
  const { compile, formatDiagnostic } = await compiler();
  const outDir = option(args, "--outDir");
  const noMap = args.includes("--no-map");
  const targets = args.filter((a) => !a.startsWith("--"));
  if (targets.length === 0) { process.stderr.write(`${USAGE}\n`); return 2; }
  let errors = 0;
  for (const target of targets) {
    const root = statSync(target).isDirectory() ? target : dirname(target);
    for (const file of tsFiles(target)) {
      const r = compile(readFileSync(file, "utf8"), { fileName: file, sourceMap: !noMap });
      for (const d of r.diagnostics) { process.stderr.write(`${formatDiagnostic(d)}\n`); if (d.category === "error") errors++; }
      const jsName = file.replace(/\.(m?)tsx?$/, (_m, m) => `.${m}js`);
      const out = outDir ? join(outDir, relative(root, jsName)) : jsName;
      mkdirSync(dirname(out), { recursive: true });
      let code = r.code;
      if (r.map) {
        const mapName = `${out}.map`;
        code = code.replace(/\/\/# sourceMappingURL=.*$/m, `//# sourceMappingURL=${relative(dirname(out), mapName)}`);
        const map = JSON.parse(r.map);
        map.file = relative(dirname(mapName), out);
        map.sources = [relative(dirname(mapName), file)];
        writeFileSync(mapName, JSON.stringify(map));
      }
      writeFileSync(out, code);
    }
  }
  return errors ? 1 : 0;
}

async function check(args: string[]): Promise<number> {
  const { compile, formatDiagnostic } = await compiler();
  let errors = 0;
  for (const target of args) {
    for (const file of tsFiles(target)) {
      for (const d of compile(readFileSync(file, "utf8"), { fileName: file }).diagnostics) {
        process.stderr.write(`${formatDiagnostic(d)}\n`);
        if (d.category === "error") errors++;
      }
    }
  }
  return errors ? 1 : 0;
}

async function inspect(args: string[]): Promise<number> {
  const { compile, formatDiagnostic } = await compiler();
  const { formatMachines } = await import("./inspect.js");
  const format = (option(args, "--format") ?? "text") as InspectFormat;
  const file = args[0];
  if (!file) { process.stderr.write(`${USAGE}\n`); return 2; }
  const r = compile(readFileSync(file, "utf8"), { fileName: file });
  for (const d of r.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
  process.stdout.write(formatMachines(r.machines, format));
  return r.diagnostics.some((d) => d.category === "error") ? 1 : 0;
}

