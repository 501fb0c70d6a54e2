// Turns fuzz programs into loadable modules: native (ts.transpileModule, markers = identity) and
// pycoro (the compiler API from dist/). Modules go to .pycoro-cache/fuzz/ so "pycoro" resolves.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { printModule } from "./gen.mjs";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const OUT = path.join(ROOT, ".pycoro-cache", "fuzz");
const require = createRequire(import.meta.url);
let ts;
let counter = 0;
const tag = `${process.pid}-${Date.now().toString(36)}`;

const written = new Set();

function write(name, code) {
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, name);
  fs.writeFileSync(file, code);
  written.add(file);
  return file;
}

/** Delete the modules this process wrote (they are loaded already; failures are saved apart). */
export function cleanup() {
  for (const f of written) if (!f.endsWith("_identity.js")) fs.rmSync(f, { force: true });
  written.clear();
}

export const first = (e) => String(e && e.message !== undefined ? `${e.name}: ${e.message}` : e).split("\n").slice(0, 3).join(" / ");

let compiler;
export async function loadCompiler() {
  if (compiler) return compiler;
  // $PYCORO_FUZZ_COMPILER: another module with the same compile() (to test the fuzzer itself).
  const file = process.env.PYCORO_FUZZ_COMPILER ? path.resolve(process.env.PYCORO_FUZZ_COMPILER) : path.join(ROOT, "dist", "compiler", "index.js");
  if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} not built (npm run build)`);
  const mod = await import(pathToFileURL(file).href);
  if (typeof mod.compile !== "function") throw new Error("dist/compiler/index.js exports no compile()");
  compiler = mod;
  return mod;
}

/** Native: returns the module's `programs` (plain function*), or throws. */
export async function loadNative(source) {
  ts ??= require("typescript");
  const id = `${tag}-${++counter}`;
  write("_identity.js", "export const generator = (f) => f;\nexport const coroutine = (f) => f;\n");
  const out = ts.transpileModule(source, {
    fileName: `native-${id}.ts`,
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  if (out.diagnostics?.length) throw new Error(`transpile: ${ts.flattenDiagnosticMessageText(out.diagnostics[0].messageText, "\n")}`);
  const file = write(`native-${id}.js`, out.outputText.replace(/from\s*(["'])pycoro\1/g, 'from "./_identity.js"'));
  const mod = await import(pathToFileURL(file).href);
  return mod.programs;
}

/** pycoro: returns { programs } or { error: {stage, message} } (stage: compile | diagnostics | load). */
export async function loadPycoro(source) {
  const { compile } = await loadCompiler();
  const id = `${tag}-${++counter}`;
  const fileName = path.join(OUT, `pycoro-${id}.ts`);
  let res;
  try {
    res = compile(source, { fileName, sourceMap: false });
  } catch (e) {
    return { error: { stage: "compile", message: `compile() threw ${first(e)}` } };
  }
  // Only errors count (diagnostics without a category are taken as errors).
  const diags = (res?.diagnostics ?? []).filter((d) => (d.category ?? "error") === "error");
  if (diags.length) {
    const d = diags[0];
    return { error: { stage: "diagnostics", message: `${diags.length} diagnostic(s); first: ${d.code} line ${d.line}:${d.column} ${d.message}` } };
  }
  if (!res || typeof res.code !== "string" || !res.code) return { error: { stage: "compile", message: "compile() returned no code" } };
  const file = write(`pycoro-${id}.js`, res.code);
  try {
    const mod = await import(pathToFileURL(file).href);
    return { programs: mod.programs, frames: mod.frames, file };
  } catch (e) {
    written.delete(file); // keep it for inspection
    return { error: { stage: "load", message: `importing compiled output failed: ${first(e)} (${path.relative(ROOT, file)})` } };
  }
}

/**
 * Build all programs at once; when the pycoro module as a whole fails, build each program alone
 * to find the ones that fail. Returns { native: fn[], pycoro: (fn | {error})[], frames: array[] }
 * (frames[i]: the `frames` list of program i's pycoro module, gen.mjs `track`).
 */
export async function buildAll(programs) {
  const native = await loadNative(printModule(programs));
  const whole = await loadPycoro(printModule(programs));
  if (whole.programs) return { native, pycoro: whole.programs, frames: programs.map(() => whole.frames) };
  const pycoro = [], frames = [];
  for (const p of programs) {
    const one = await loadPycoro(printModule([p]));
    pycoro.push(one.programs ? one.programs[0] : one.error);
    frames.push(one.frames ?? []);
  }
  return { native, pycoro, frames };
}

/**
 * pycoro only: the programs printed as `mode` ("agen", "coro": gen.mjs MODE), for the finished-frame
 * check. Returns { fns: (fn | null)[], frames: array[] }; null where that form does not compile
 * (built alone when the whole module fails).
 */
export async function buildVariant(programs, mode) {
  const whole = await loadPycoro(printModule(programs, mode));
  if (whole.programs) return { fns: whole.programs, frames: programs.map(() => whole.frames) };
  const fns = [], frames = [];
  for (const p of programs) {
    const one = await loadPycoro(printModule([p], mode));
    fns.push(one.programs ? one.programs[0] : null);
    frames.push(one.frames ?? []);
  }
  return { fns, frames };
}
