// Builds one benchmark source (TypeScript with pycoro-marked generator functions) into the
// JavaScript variants compared by the benchmarks. Every variant module is written to
// .pycoro-cache/bench/ (inside the repo, so the "pycoro" self-reference resolves) and exports
// the same names.
//
//   pycoro  the pycoro compiler API (dist/compiler/index.js) on the source
//   native  ts.transpileModule ES2022; markers = identity, so V8 runs its own generators
//   regen   Babel 7 preset-env targeting IE 11 on the native output (regenerator, helpers inlined)
//   tsc     ts.transpileModule --target ES5 --downlevelIteration (tslib's __generator, inlined)
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const OUT = path.join(ROOT, ".pycoro-cache", "bench");
const require = createRequire(import.meta.url);

const IDENTITY = "_identity.js";
const IDENTITY_SOURCE = "export const generator = (f) => f;\nexport const coroutine = (f) => f;\n";

function write(name, code) {
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, name);
  fs.writeFileSync(file, code);
  return file;
}

/** Replace the module specifier "pycoro" (only the bare package import) by the identity shim. */
const toIdentity = (code) => code.replace(/(from\s*|import\s*\(\s*)(["'])pycoro\2/g, `$1"./${IDENTITY}"`);

let ts, babel, pycoroCompile;

async function loadPycoroCompiler() {
  if (pycoroCompile !== undefined) return pycoroCompile;
  const file = path.join(ROOT, "dist", "compiler", "index.js");
  if (!fs.existsSync(file)) {
    pycoroCompile = { error: "dist/compiler/index.js not built (npm run build)" };
    return pycoroCompile;
  }
  try {
    const mod = await import(pathToFileURL(file).href);
    if (typeof mod.compile !== "function") pycoroCompile = { error: "dist/compiler/index.js exports no compile()" };
    else pycoroCompile = { compile: mod.compile };
  } catch (e) {
    pycoroCompile = { error: `loading dist/compiler/index.js failed: ${firstLine(e)}` };
  }
  return pycoroCompile;
}

export const firstLine = (e) => String(e && e.message !== undefined ? e.message : e).split("\n")[0].slice(0, 200);

const builders = {
  native(name, source) {
    ts ??= require("typescript");
    const out = ts.transpileModule(source, {
      fileName: `${name}.ts`,
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    });
    return write(`${name}.native.js`, toIdentity(out.outputText));
  },
  regen(name, source) {
    ts ??= require("typescript");
    babel ??= require("@babel/core");
    const es2022 = ts.transpileModule(source, {
      fileName: `${name}.ts`,
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    }).outputText;
    const out = babel.transformSync(es2022, {
      filename: `${name}.js`,
      configFile: false,
      babelrc: false,
      sourceType: "module",
      presets: [[require.resolve("@babel/preset-env"), { targets: { ie: "11" }, modules: false }]],
    });
    return write(`${name}.regen.js`, toIdentity(out.code));
  },
  tsc(name, source) {
    ts ??= require("typescript");
    const out = ts.transpileModule(source, {
      fileName: `${name}.ts`,
      compilerOptions: {
        target: ts.ScriptTarget.ES5,
        module: ts.ModuleKind.ESNext,
        downlevelIteration: true,
        ignoreDeprecations: "6.0",
      },
    });
    return write(`${name}.tsc.js`, toIdentity(out.outputText));
  },
  async pycoro(name, source) {
    const c = await loadPycoroCompiler();
    if (c.error) throw new Error(c.error);
    const fileName = path.join(OUT, `${name}.ts`);
    const res = c.compile(source, { fileName, sourceMap: false });
    // Only errors count (diagnostics without a category are taken as errors).
    const diags = ((res && res.diagnostics) || []).filter((d) => (d.category ?? "error") === "error");
    if (!res || typeof res.code !== "string" || res.code === "") {
      const d = diags[0];
      throw new Error(d ? `compile: ${d.code} ${d.line}:${d.column} ${d.message}` : "compile() returned no code");
    }
    if (diags.length) {
      const d = diags[0];
      // Diagnostics with code: report, but still try to run the output.
      process.stderr.write(`[bench] pycoro compile of ${name}: ${diags.length} diagnostic(s), first: ${d.code} ${d.line}:${d.column} ${d.message}\n`);
    }
    return write(`${name}.pycoro.js`, res.code);
  },
};

/**
 * Build `source` for each variant id in `variants`. Returns { [id]: { file } | { error } }.
 */
export async function buildVariants(name, source, variants) {
  write(IDENTITY, IDENTITY_SOURCE);
  write(`${name}.ts`, source);
  const out = {};
  for (const v of variants) {
    const b = builders[v];
    if (!b) continue;
    try {
      out[v] = { file: await b(name, source) };
    } catch (e) {
      out[v] = { error: firstLine(e) };
    }
  }
  return out;
}
