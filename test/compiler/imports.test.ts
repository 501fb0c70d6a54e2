// compiler/ has no value-import cycle (issue 7), and ir/contract.ts imports nothing.
//
// Why this file exists: the pipeline's folders only show its order if the passes point one way
// (pipeline -> passes -> ir); a cycle (the spiller calling back into the lowerer was one) makes a
// pass unreadable alone and is invisible to ES modules, which tolerate it. contract.ts is loaded by
// the runtime, so it must stay free of imports (TypeScript above all). Type-only imports load
// nothing and do not count; dynamic imports (the CLI's lazy load of the compiler) do not either.
import { describe, it, expect } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const compilerDir = fileURLToPath(new URL("../../compiler/", import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []);
}

function loadsValue(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause;
    if (!clause) return true;
    if (clause.isTypeOnly) return false;
    if (clause.name) return true;
    const b = clause.namedBindings;
    if (!b || ts.isNamespaceImport(b)) return true;
    return b.elements.length === 0 || b.elements.some((e) => !e.isTypeOnly);
  }
  if (node.isTypeOnly) return false;
  const c = node.exportClause;
  if (!c || ts.isNamespaceExport(c)) return true;
  return c.elements.length === 0 || c.elements.some((e) => !e.isTypeOnly);
}

/** compiler-relative file -> the modules it loads statically (compiler-relative, or a package name). */
function graph(): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const file of files(compilerDir)) {
    const src = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
    const out: string[] = [];
    for (const st of src.statements) {
      if ((ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) && loadsValue(st)) {
        const spec = st.moduleSpecifier.text;
        out.push(spec.startsWith(".") ? path.relative(compilerDir, path.resolve(path.dirname(file), spec)).replace(/\.js$/, ".ts") : spec);
      }
    }
    g.set(path.relative(compilerDir, file), out);
  }
  return g;
}

/** Every strongly connected component with more than one file (or a self-import). */
function cycles(g: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>(), low = new Map<string, number>(), stack: string[] = [], on = new Set<string>();
  const out: string[][] = [];
  const strong = (v: string): void => {
    index.set(v, next); low.set(v, next); next++; stack.push(v); on.add(v);
    for (const w of g.get(v) ?? []) {
      if (!g.has(w)) continue;
      if (!index.has(w)) { strong(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do { w = stack.pop()!; on.delete(w); scc.push(w); } while (w !== v);
      if (scc.length > 1 || (g.get(v) ?? []).includes(v)) out.push(scc.sort());
    }
  };
  for (const v of g.keys()) if (!index.has(v)) strong(v);
  return out;
}

describe("compiler imports (issue 7)", () => {
  const g = graph();

  it("reads the graph it checks (known edges are there)", () => {
    expect(g.get("passes/lower.ts")).toContain("passes/spill.ts");
    expect(g.get("passes/lower.ts")).toContain("passes/builder.ts");
  });

  it("has no value-import cycle", () => {
    expect(cycles(g)).toEqual([]);
  });

  it("the spiller knows only the op builder, not the lowerer (not even its type)", () => {
    const src = readFileSync(path.join(compilerDir, "passes", "spill.ts"), "utf8");
    expect(src).toMatch(/from "\.\/builder\.js"/);
    expect(src).not.toMatch(/from "\.\/lower\.js"/);
  });

  it("ir/contract.ts imports nothing (the runtime loads it)", () => {
    expect(g.get("ir/contract.ts")).toEqual([]);
  });
});
