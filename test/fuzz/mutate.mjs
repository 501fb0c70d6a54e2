#!/usr/bin/env node --experimental-vm-modules
// Mutation fuzz of the compiler (issue 8): take the fixtures' programs, break them a little —
// delete a token, duplicate a token, put `yield`/`await` in front of (or around) an expression,
// plant a statement that is an early error in some places (`break;`, a duplicate `let`, ...) —
// and compile each variant with compile(). Whatever the input, the compiler must never throw nor
// report an internal error (PYC9001); every variant either compiles to a module V8 parses, or gets
// a located diagnostic. Cross-checked with native V8 (TypeScript's own output): pycoro must report
// an early error exactly when V8 refuses the native program (no false alarms, no misses).
//
//   node --experimental-vm-modules test/fuzz/mutate.mjs [--seed S] [--count N] [--json] [--verbose]
//
// Failures print the mutated source around the change and are saved to .pycoro-cache/fuzz/mutate/.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { createRequire } from "node:module";
import { loadCompiler, ROOT, OUT } from "./build.mjs";
import { makeRng } from "./gen.mjs";

const require = createRequire(import.meta.url);
const ts = require("typescript");

function parseArgs(argv) {
  const o = { seed: 1, count: 600, json: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--seed") o.seed = Number(argv[++i]);
    else if (a === "--count") o.count = Number(argv[++i]);
    else if (a === "--json") o.json = true;
    else if (a === "--verbose") o.verbose = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

/** The fixtures' TypeScript programs (input.ts and the shared _lib), in a stable order. */
function corpus() {
  const dir = path.join(ROOT, "fixtures");
  const out = [];
  for (const area of fs.readdirSync(dir).sort()) {
    const a = path.join(dir, area);
    if (!fs.statSync(a).isDirectory()) continue;
    for (const c of fs.readdirSync(a).sort()) {
      const f = area === "_lib" ? path.join(a, c) : path.join(a, c, "input.ts");
      if (f.endsWith(".ts") && fs.existsSync(f)) out.push(f);
    }
  }
  return out;
}

/** Tokens of a source (start, end), trivia skipped. */
function tokens(text) {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, true, ts.LanguageVariant.Standard, text);
  const out = [];
  for (let k = scanner.scan(); k !== ts.SyntaxKind.EndOfFileToken; k = scanner.scan()) out.push([scanner.getTokenStart(), scanner.getTokenEnd()]);
  return out;
}

/** Start/end of expressions (not types), where `yield`/`await` can go. */
function expressions(text) {
  const sf = ts.createSourceFile("m.ts", text, ts.ScriptTarget.ES2022, true);
  const out = [];
  const visit = (n) => {
    if (ts.isTypeNode(n) || ts.isImportDeclaration(n)) return;
    if (ts.isExpression(n) && !ts.isIdentifier(n.parent?.name === n ? n.parent : {}) && n.kind !== ts.SyntaxKind.OmittedExpression) out.push([n.getStart(sf), n.end]);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** Statements that are early errors in some places and fine in others (planted at statement starts). */
const PLANTS = ["break;", "continue;", "break nowhere;", "Q0: Q0: ;", "let q0 = 1; let q0 = 2;", "delete q1;", "const q2;", "await 0;",
  "yield 0;", "return;", "var arguments;", "let static = 1;", "new.target;", "super.x;", "with ({}) {}", "var v0; let v0 = 1;", "if (1) let q3 = 1;"];

/** Start positions of statements (in any block or function body). */
function statementStarts(text) {
  const sf = ts.createSourceFile("m.ts", text, ts.ScriptTarget.ES2022, true);
  const out = [];
  const visit = (n) => {
    if (ts.isBlock(n) || ts.isSourceFile(n) || ts.isCaseClause(n) || ts.isDefaultClause(n)) for (const st of n.statements) out.push(st.getStart(sf));
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

function mutate(text, r) {
  const kind = r.pick(["delete", "duplicate", "prefix", "wrap", "wrap", "plant"]);
  if (kind === "plant") {
    const at = r.pick(statementStarts(text));
    const what = r.pick(PLANTS);
    return { kind: `plant ${what}`, at, mutated: `${text.slice(0, at)}${what} ${text.slice(at)}` };
  }
  if (kind === "delete" || kind === "duplicate") {
    const toks = tokens(text);
    const [s, e] = r.pick(toks);
    const mutated = kind === "delete" ? text.slice(0, s) + text.slice(e) : text.slice(0, e) + " " + text.slice(s, e) + text.slice(e);
    return { kind, at: s, mutated };
  }
  const exprs = expressions(text);
  const [s, e] = r.pick(exprs);
  const word = r.pick(["yield", "await", "yield", "await", "yield*"]);
  const mutated = kind === "prefix" ? `${text.slice(0, s)}${word} ${text.slice(s)}` : `${text.slice(0, s)}(${word} ${text.slice(s, e)})${text.slice(e)}`;
  return { kind: `${kind} ${word}`, at: s, mutated };
}

function v8Parses(code) {
  try {
    new vm.SourceTextModule(code);
    return null;
  } catch (e) {
    return `${e.name}: ${e.message}`;
  }
}

function nativeOutput(text, fileName) {
  return ts.transpileModule(text, { fileName, compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, useDefineForClassFields: true } }).outputText;
}

/** One variant: returns undefined when fine, else a failure description. */
function check(compile, text, fileName) {
  let res;
  try {
    res = compile(text, { fileName });
  } catch (e) {
    return { status: "exception", message: String(e && e.stack || e).split("\n").slice(0, 6).join("\n") };
  }
  const lines = text.split("\n").length;
  const errors = res.diagnostics.filter((d) => d.category === "error");
  const internal = errors.find((d) => d.code === "PYC9001");
  if (internal) return { status: "internal-error", message: `${internal.line}:${internal.column} ${internal.message}` };
  const unlocated = errors.find((d) => !(d.line >= 1 && d.line <= lines && d.column >= 1) || d.file !== fileName);
  if (unlocated) return { status: "unlocated", message: JSON.stringify(unlocated) };
  const early = errors.filter((d) => d.code === "PYC0001" || d.code === "PYC0002");
  const native = v8Parses(nativeOutput(text, fileName));
  if (early.length === 0) {
    const out = v8Parses(res.code);
    if (out) return { status: "unparsable-output", message: `pycoro's output does not parse and no diagnostic says why: ${out}` };
    // V8 refuses the native program but pycoro compiled it: an early error we do not know.
    if (native && !errors.length) return { status: "missed-early-error", message: `native V8: ${native}` };
  } else if (!native && early.every((d) => d.code === "PYC0002") && !early.some((d) => /\busing\b/.test(d.message))) {
    // pycoro reports an early error that V8 does not (TypeScript lowers `using`, so those are exempt).
    return { status: "false-early-error", message: early.map((d) => `${d.line}:${d.column} ${d.message}`).join("\n") };
  }
  return { ok: errors.length ? "ok-diagnosed" : "ok-compiled" };
}

function excerpt(text, at) {
  const lines = text.split("\n");
  const line = text.slice(0, at).split("\n").length;
  return lines.slice(Math.max(0, line - 3), line + 2).map((l, i) => `${String(Math.max(0, line - 3) + i + 1).padStart(4)}| ${l}`).join("\n");
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const { compile } = await loadCompiler();
  const files = corpus().map((f) => ({ file: f, text: fs.readFileSync(f, "utf8") }));
  const r = makeRng(o.seed);
  const byStatus = {};
  const failures = [];
  const started = Date.now();
  for (let i = 0; i < o.count; i++) {
    const { file, text } = r.pick(files);
    const m = mutate(text, r);
    const rel = path.relative(ROOT, file);
    const result = check(compile, m.mutated, rel);
    const fail = result.ok ? undefined : result;
    const status = result.ok ?? result.status;
    byStatus[status] = (byStatus[status] ?? 0) + 1;
    if (fail) {
      failures.push({ i, file: rel, kind: m.kind, ...fail, excerpt: excerpt(m.mutated, m.at) });
      const dir = path.join(OUT, "mutate");
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `seed${o.seed}-${i}.ts`), m.mutated);
    }
    if (o.verbose && fail) console.log(`#${i} ${rel} ${m.kind}: ${fail.status}\n${fail.message}\n${excerpt(m.mutated, m.at)}\n`);
  }
  const summary = `mutation fuzz: seed ${o.seed}, ${o.count} variants of ${files.length} fixtures in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(byStatus)}`;
  if (o.json) console.log(JSON.stringify({ summary, byStatus, failures: failures.slice(0, 20) }));
  else {
    for (const f of failures.slice(0, 10)) console.log(`#${f.i} ${f.file} (${f.kind}): ${f.status}\n${f.message}\n${f.excerpt}\n`);
    console.log(summary);
  }
  process.exitCode = failures.length ? 1 : 0;
}

await main();
