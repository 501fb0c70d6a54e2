// Bundles the runtime tsc emitted (dist/runtime/**/*.js) into a few files: the package's entries
// (index.js = "pycoro", internal.js = "pycoro/internal", loop/ps.js for the CLI's `pycoro ps`) and
// the chunks they share (dist/runtime/chunks/), the loop's chunk loaded only where used.
//
// Why this file exists: an empty `run()` program must stay within 10 MB of an empty Node program
// (issue 12). Loaded as tsc emits it, the runtime is ~65 files whose ~300 import specifiers Node's
// ESM loader resolves one by one; past ~100 resolutions the loader's own URL functions
// (getPathFromURLPosix, normalizeString, URL getters) turn hot and V8 compiles them with TurboFan,
// which touches ~3.6 MB of the node binary's pages. Measured (the peers family's RSS line, `node -e`
// importing the compiled peers program and running an empty main; Node v20.20, 2026-12-06): one
// file per module 53.0 MB, bundled 45.7 MB, against 39.3 MB for an empty Node; synthetic: 60
// modules of 1 import each load without TurboFan, 60 modules of 5 imports each trigger it.
//
// Scope hoisting merges every module's top level into one scope, so esbuild renames names that
// collide (`settle` in two files becomes `settle2`), and a class's or function's `.name` is
// observable (reprs, handle callbacks in error messages, typeName in TypeErrors). esbuild's
// keepNames would also wrap every nested closure in a `__name()` call (a cost on hot paths), so
// instead this script gives each renamed top-level declaration its own name back (below) and
// fails the build if it cannot.
//
// dist/runtime/bundle.json records which runtime sources each output holds, for the test that
// checks what a program loads (test/runtime/layers.test.ts). The per-module .js files are deleted
// once bundled (their .d.ts stay for the types), so nothing can load a second copy of the loop.
import { build, transform } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");
const out = path.join(dist, "runtime");
const ENTRIES = ["index.js", "internal.js", "loop/ps.js"];

if (!fs.existsSync(path.join(out, "index.js"))) throw new Error(`bundle-runtime: ${out}/index.js missing (run tsc first)`);
fs.rmSync(path.join(out, "chunks"), { recursive: true, force: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: ENTRIES.map((e) => path.join(out, e)),
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  outdir: out,
  outbase: out,
  chunkNames: "chunks/[name]-[hash]",
  sourcemap: true,
  metafile: true,
  write: false,
  logLevel: "warning",
});

/** Top-level function and class names declared in the inputs (what a renamed `x2` was called). */
const declared = new Set();
const DECL = /^(?:export )?(?:async )?(?:function\*?|class) ([A-Za-z_$][\w$]*)|^(?:export )?(?:var|let|const) ([A-Za-z_$][\w$]*) = (?:class\b|function\b|\()/gm;
for (const file of Object.keys(result.metafile.inputs)) {
  for (const m of fs.readFileSync(path.join(root, file), "utf8").matchAll(DECL)) declared.add(m[1] ?? m[2]);
}

/** The name a bundled top-level declaration had in its module: esbuild writes `x2` or `_x` for a collision. */
function original(name) {
  if (declared.has(name)) return name;
  const under = /^_(.+)$/.exec(name);
  if (under && declared.has(under[1])) return under[1];
  const num = /^(.+?)\d+$/.exec(name);
  if (num && declared.has(num[1])) return num[1];
  return name;
}

const ident = (name) => new RegExp(`(?<![\\w$.])${name.replace(/\$/g, "\\$")}(?![\\w$])`, "g");

/**
 * Give top-level functions and classes their names back. A class comes out as `var C = class _C`
 * when its body refers to itself (the inner name is the one `.name` reports) and as `var C2 =
 * class` when renamed: the inner name is set to the module's name for it (inside the body it then
 * means the class itself, as it did in the module, so the body must not also use another `C`). A
 * renamed function declaration (hoisted) gets `Object.defineProperty(f2, "name", ...)` at the top
 * of the chunk.
 */
function restoreNames(code, file) {
  const CLASS = /^var ([A-Za-z_$][\w$]*) = class(?: (?!extends\b)([A-Za-z_$][\w$]*))?(?=[ {])/gm;
  let out = "";
  let last = 0;
  for (let m; (m = CLASS.exec(code)) !== null; ) {
    const [all, outer, inner] = m;
    const want = original(outer);
    if ((inner ?? outer) === want) continue;
    const bodyStart = m.index + all.length;
    const close = code.slice(bodyStart).search(/^};?$/m);
    if (close < 0) throw new Error(`bundle-runtime: cannot find the end of class ${outer} in ${file}`);
    let body = code.slice(bodyStart, bodyStart + close);
    if (want !== outer && ident(want).test(body)) {
      throw new Error(`bundle-runtime: class ${want} (renamed ${outer} in ${file}) uses another ${want} in its body; rename one of them in the source`);
    }
    if (inner !== undefined) body = body.replace(ident(inner), want);
    out += code.slice(last, m.index) + `var ${outer} = class ${want}` + body;
    last = bodyStart + close;
  }
  code = out + code.slice(last);
  const fixes = [];
  for (const m of code.matchAll(/^(?:async )?function\*? ([A-Za-z_$][\w$]*)\(/gm)) {
    const want = original(m[1]);
    if (want !== m[1]) fixes.push(`Object.defineProperty(${m[1]}, "name", { value: ${JSON.stringify(want)} });`);
  }
  for (const m of code.matchAll(/^(?:var|let|const) ([A-Za-z_$][\w$]*) = (?:function\b|\([^)]*\) =>|[A-Za-z_$][\w$]* =>)/gm)) {
    if (original(m[1]) !== m[1]) throw new Error(`bundle-runtime: ${original(m[1])} renamed ${m[1]} in ${file} and it is a function expression; rename one of them in the source`);
  }
  if (fixes.length === 0) return code;
  // after the import statements (function declarations are hoisted, so their bindings exist there),
  const lines = code.split("\n");
  let at = 0;
  while (at < lines.length && /^(import\b|\s*$|\/\/|\s+[\w$, {}]*\s*$|} from )/.test(lines[at])) at++;
  // on the first line after them, so that the source map's lines stay right
  lines[at] = fixes.join(" ") + " " + lines[at];
  return lines.join("\n");
}

// Delete the per-module files first (the outputs overwrite the entries' paths).
for (const file of Object.keys(result.metafile.inputs)) {
  const abs = path.join(root, file);
  if (!abs.startsWith(out + path.sep)) continue; // dist/compiler/ir/contract.js stays: the compiler uses it
  fs.rmSync(abs, { force: true });
  fs.rmSync(abs + ".map", { force: true });
}
const manifest = {};
for (const f of result.outputFiles) {
  fs.mkdirSync(path.dirname(f.path), { recursive: true });
  const rel = path.relative(out, f.path).split(path.sep).join("/");
  if (f.path.endsWith(".js")) {
    const code = restoreNames(f.text, rel);
    await transform(code, { format: "esm", loader: "js", logLevel: "silent" }); // still parses (throws if not)
    fs.writeFileSync(f.path, code);
    const meta = result.metafile.outputs[path.relative(root, f.path).split(path.sep).join("/")];
    manifest[rel] = Object.keys(meta?.inputs ?? {}).map((i) => path.relative(out, path.join(root, i)).split(path.sep).join("/").replace(/\.js$/, ".ts"));
  } else {
    fs.writeFileSync(f.path, f.contents);
  }
}
fs.writeFileSync(path.join(out, "bundle.json"), JSON.stringify(manifest, null, 1) + "\n");
