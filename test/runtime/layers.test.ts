// The runtime's layers point down (issue 7): core/ <- objects/ <- loop/ <- the entry files.
//
// Why this file exists: the layering is what lets a program that only uses generators load no event
// loop, and what keeps the runtime free of import cycles; both are easy to break with one import
// that looks harmless, and nothing else would notice (ES modules tolerate cycles and extra loads).
// So this test reads every runtime/**/*.ts with TypeScript's parser and checks the value-import
// graph (type-only imports and `export type` do not load anything and do not count):
// - no file imports a layer above its own (core/ imports core/ only; objects/ imports core/ and
//   objects/; loop/ anything below; index.ts, internal.ts, types.ts at the top import anything);
// - no value-import cycle anywhere in runtime/;
// - the one dynamic import that goes up is the host seam's lazy load of the loop
//   (objects/host.ts, the first `await coro` from plain JavaScript with no loop loaded);
// - runtime/ compiles under its own tsconfig.json, which adds noUnusedLocals / noUnusedParameters.
// Then it runs compiled programs in a child node with a module-resolution hook that lists every
// file loaded: a generator-only program loads no file of runtime/loop/, and a coroutine awaited
// from plain JavaScript in a program that never imported the loop still runs as asyncio.run would
// (through that lazy load).
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { compile } from "../../compiler/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const runtimeDir = path.join(root, "runtime");

interface Edge {
  to: string;
  dynamic: boolean;
}

function runtimeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return runtimeFiles(p);
    return e.name.endsWith(".ts") ? [p] : [];
  });
}

/** True if an import/export declaration loads its module (not `import type`, not only `type` names). */
function loadsValue(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause;
    if (clause === undefined) return true; // side-effect import
    if (clause.isTypeOnly) return false;
    if (clause.name !== undefined) return true;
    const b = clause.namedBindings;
    if (b === undefined || ts.isNamespaceImport(b)) return true;
    return b.elements.length === 0 || b.elements.some((e) => !e.isTypeOnly);
  }
  if (node.isTypeOnly) return false;
  const c = node.exportClause;
  if (c === undefined || ts.isNamespaceExport(c)) return true;
  return c.elements.length === 0 || c.elements.some((e) => !e.isTypeOnly);
}

/** runtime-relative path (`core/driver.ts`) -> the runtime files it imports. */
function importGraph(): Map<string, Edge[]> {
  const graph = new Map<string, Edge[]>();
  for (const file of runtimeFiles(runtimeDir)) {
    const src = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
    const edges: Edge[] = [];
    const add = (spec: string, dynamic: boolean) => {
      if (!spec.startsWith(".")) return;
      const target = path.resolve(path.dirname(file), spec).replace(/\.js$/, ".ts");
      edges.push({ to: path.relative(runtimeDir, target), dynamic });
    };
    const visit = (n: ts.Node) => {
      if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
        if (loadsValue(n)) add(n.moduleSpecifier.text, false);
      } else if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword && n.arguments.length === 1 && ts.isStringLiteral(n.arguments[0])) {
        add(n.arguments[0].text, true);
      }
      ts.forEachChild(n, visit);
    };
    visit(src);
    graph.set(path.relative(runtimeDir, file), edges);
  }
  return graph;
}

/** 0 core, 1 objects, 2 loop, 3 the entry files at runtime/'s top. */
function layer(file: string): number {
  // The numbers emitted code and the runtime share (states, completion codes, inline depth) live in
  // one file that imports nothing, below every layer: compiler/ir/contract.ts.
  if (file === "../compiler/ir/contract.ts") return -1;
  if (file.startsWith("core/")) return 0;
  if (file.startsWith("objects/")) return 1;
  if (file.startsWith("loop/")) return 2;
  return 3;
}

/** Every cycle of static value imports (as file lists), by Tarjan's strongly connected components. */
function cycles(graph: Map<string, Edge[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let next = 0;
  const strong = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const e of graph.get(v) ?? []) {
      if (e.dynamic) continue;
      if (!index.has(e.to)) {
        strong(e.to);
        low.set(v, Math.min(low.get(v)!, low.get(e.to)!));
      } else if (onStack.has(e.to)) low.set(v, Math.min(low.get(v)!, index.get(e.to)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      const selfLoop = (graph.get(v) ?? []).some((e) => !e.dynamic && e.to === v);
      if (scc.length > 1 || selfLoop) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) strong(v);
  return out;
}

describe("runtime layers (issue 7)", () => {
  const graph = importGraph();

  it("reads the graph it checks (a sanity check on the parser: known edges are there)", () => {
    expect(graph.get("objects/generator.ts")!.map((e) => e.to)).toContain("core/driver.ts");
    // a type-only import is not an edge: the driver names ForeignFrame only as a type
    expect(graph.get("core/driver.ts")!.map((e) => e.to)).not.toContain("core/yield-from.ts");
  });

  it("no file imports a layer above its own", () => {
    const up: string[] = [];
    for (const [file, edges] of graph) {
      for (const e of edges) if (!e.dynamic && layer(e.to) > layer(file)) up.push(`${file} -> ${e.to}`);
    }
    expect(up).toEqual([]);
  });

  it("the only lazy upward load is the host seam's, of the loop", () => {
    const lazy: string[] = [];
    for (const [file, edges] of graph) for (const e of edges) if (e.dynamic) lazy.push(`${file} -> ${e.to}`);
    expect(lazy).toEqual(["objects/host.ts -> loop/run.ts"]);
  });

  it("no value-import cycle in runtime/", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("runtime/ has no unused locals or parameters (runtime/tsconfig.json's flags)", () => {
    const configPath = path.join(runtimeDir, "tsconfig.json");
    const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
    expect(parsed.options.noUnusedLocals && parsed.options.noUnusedParameters).toBe(true);
    const program = ts.createProgram(parsed.fileNames, { ...parsed.options, noEmit: true });
    const messages = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file !== undefined && d.file.fileName.startsWith(runtimeDir.split(path.sep).join("/")))
      .map((d) => `${path.relative(root, d.file!.fileName)}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
    expect(messages).toEqual([]);
  }, 60_000);
});

const dir = path.join(root, ".pycoro-cache", "layers");

/** A resolve hook (run off-thread by Node) that appends every file: URL it resolves to $LOADED. */
const HOOKS = `
import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (r.url.startsWith("file:")) appendFileSync(process.env.LOADED, r.url + "\\n");
  return r;
}`;
const REGISTER = `import { register } from "node:module"; register(${JSON.stringify("data:text/javascript," + encodeURIComponent(HOOKS))});`;

/** Compile `source`, run it in a child node, return its stdout and the runtime files it loaded. */
function runCompiled(name: string, source: string): { stdout: string; stderr: string; status: number | null; loaded: string[]; files: string[] } {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const out = compile(source, { fileName: `${name}.ts` });
  expect(out.diagnostics).toEqual([]);
  const file = path.join(dir, `${name}.mjs`);
  const loadedFile = path.join(dir, `${name}.loaded.txt`);
  writeFileSync(file, out.code);
  rmSync(loadedFile, { force: true });
  writeFileSync(loadedFile, "");
  const r = spawnSync(process.execPath, ["--import", "data:text/javascript," + encodeURIComponent(REGISTER), file], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, LOADED: loadedFile },
    timeout: 60_000,
  });
  const distRuntime = pathToFileURL(path.join(root, "dist", "runtime")).href + "/";
  const files = [...new Set(readFileSync(loadedFile, "utf8")
    .split("\n")
    .filter((u) => u.startsWith(distRuntime))
    .map((u) => u.slice(distRuntime.length)))];
  // dist/runtime is bundled (scripts/bundle-runtime.mjs): bundle.json names the sources in each file.
  const bundle = JSON.parse(readFileSync(path.join(root, "dist", "runtime", "bundle.json"), "utf8")) as Record<string, string[]>;
  const loaded = files.flatMap((f) => (bundle[f] ?? [f]).map((src) => src.replace(/\.ts$/, ".js")));
  return { stdout: r.stdout, stderr: r.stderr, status: r.status, loaded: [...new Set(loaded)].sort(), files: files.sort() };
}

describe("the bundled runtime (scripts/bundle-runtime.mjs)", () => {
  it("keeps every exported function's and class's name (scope hoisting renames collisions: x2, _X)", async () => {
    // `.name` is observable (reprs, `type(e).__name__`, handle callbacks in messages): the bundle
    // restores what esbuild renamed, and this compares it with the sources.
    for (const entry of ["index", "internal"]) {
      const src = (await import(`../../runtime/${entry}.ts`)) as Record<string, unknown>;
      const dist = (await import(pathToFileURL(path.join(root, "dist", "runtime", `${entry}.js`)).href)) as Record<string, unknown>;
      const names = (m: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(m).filter(([, v]) => typeof v === "function").map(([k, v]) => [k, (v as Function).name]));
      expect(names(dist)).toEqual(names(src));
    }
  });
});

describe("what a compiled program loads (issue 7)", () => {
  it("a program that only uses generators loads no file of runtime/loop/", () => {
    const r = runCompiled(
      "generators-only",
      `import { generator } from "pycoro";
const counter = generator(function* counter(n: number): Generator<number, string, unknown> {
  for (let i = 0; i < n; i++) yield i;
  return "done";
});
const g = counter(3);
console.log([...g].join(","));
`,
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("0,1,2\n");
    expect(r.loaded).toContain("internal.js"); // the hook saw the runtime load
    expect(r.loaded.filter((f) => f.startsWith("loop/"))).toEqual([]);
  });

  it("an empty run() program loads the runtime as a few bundled files, no compiler, and no node:net/tls/dgram/child_process/worker_threads (issue 12)", () => {
    // Why: the empty program's RSS must stay within 10 MB of an empty Node program (npm run bench,
    // peers family). Measured (Node 20.20): the runtime as ~65 separate modules made Node's ESM
    // loader resolve ~300 specifiers, enough to TurboFan-compile the loader's URL functions
    // (+3.6 MB of the node binary paged in): 53.0 MB against 45.7 MB bundled (empty Node 39.3);
    // node:net, tls, dgram and os loaded eagerly cost 2.7 MB more. The I/O layer reaches them
    // through process.getBuiltinModule when first used (runtime/loop/io/node.ts).
    const r = runCompiled(
      "empty-run",
      `import { coroutine, run } from "pycoro";
const main = coroutine(async function main(): Promise<void> {});
await run(main());
const builtins = (process as unknown as { moduleLoadList: string[] }).moduleLoadList
  .filter((m) => /^NativeModule (net|tls|dgram|child_process|worker_threads|_tls_wrap)$/.test(m));
console.log(JSON.stringify(builtins));
`,
    );
    expect(r.stderr).toBe("");
    expect(r.loaded).toContain("loop/run.js"); // the map from bundled files to sources works
    // the resolve hook's own thread loads worker_threads and net: ask a run without it
    const plain = spawnSync(process.execPath, [path.join(dir, "empty-run.mjs")], { cwd: dir, encoding: "utf8", timeout: 60_000 });
    expect(plain.stderr).toBe("");
    expect(plain.stdout).toBe("[]\n");
    expect(r.loaded.filter((f) => !/^(core|objects|loop)\/|^(index|internal)\.js$|^\.\.\/compiler\/ir\/contract\.js$/.test(f))).toEqual([]);
    expect(r.files.length).toBeLessThanOrEqual(10);
  });

  it("a coroutine awaited from plain JavaScript, with no loop loaded, runs as asyncio.run runs it (the host loads the loop)", () => {
    const r = runCompiled(
      "coroutine-from-js",
      `import { coroutine } from "pycoro";
const add = coroutine(async function add(a: number, b: number): Promise<number> {
  return a + b;
});
const main = coroutine(async function main(): Promise<number> {
  return (await add(1, 2)) * 10;
});
const v = await main();
console.log(v);
`,
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("30\n");
    expect(r.loaded).toContain("loop/run.js");
  });
});
