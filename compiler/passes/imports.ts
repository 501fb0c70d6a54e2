/**
 * imports.ts — after TypeScript's own transforms: drop the marker imports nothing uses any more.
 *
 *   import { generator, run } from "pycoro";     // source: both used
 *   const g = generator(function* () { ... });    // the transformer replaced this marker call
 *   =>
 *   import { run } from "pycoro";                 // `generator` is referenced nowhere now
 *
 * TypeScript elides an import binding that the source never uses as a value, but it decides from
 * the source, where the markers are used; after pycoro replaced every marker call, the binding is
 * dead, and bundlers warn about it ("imported but never used"). Running after TypeScript's
 * transforms, this pass sees the final ES module: it only removes `generator` / `coroutine`
 * specifiers of imports from "pycoro" whose local name no identifier refers to, and an import left
 * with no binding at all (as TypeScript drops an import nothing uses). CommonJS output is left as
 * it is.
 */
import ts from "typescript";
import { isMarkerName, isRuntimeImport } from "./analyze.js";

export function dropDeadMarkerImports(ctx: ts.TransformationContext): ts.Transformer<ts.SourceFile> {
  const f = ctx.factory;
  return (sf) => {
    const candidates = new Set<string>();
    for (const st of sf.statements) {
      const named = markerImport(st);
      if (named) for (const el of named.elements) if (isMarker(el)) candidates.add(el.name.text);
    }
    if (candidates.size === 0) return sf;
    const used = new Set<string>();
    const visit = (n: ts.Node): void => {
      if (ts.isIdentifier(n) && candidates.has(n.text)) used.add(n.text);
      ts.forEachChild(n, visit);
    };
    for (const st of sf.statements) if (!markerImport(st)) visit(st);
    const statements = sf.statements.flatMap((st): ts.Statement[] => {
      const named = markerImport(st);
      if (!named) return [st];
      const keep = named.elements.filter((el) => !isMarker(el) || used.has(el.name.text));
      if (keep.length === named.elements.length) return [st];
      const decl = st as ts.ImportDeclaration, clause = decl.importClause!;
      if (keep.length === 0 && !clause.name) return [];
      const bindings = keep.length ? f.updateNamedImports(named, keep) : undefined;
      return [f.updateImportDeclaration(decl, decl.modifiers, f.updateImportClause(clause, clause.phaseModifier, clause.name, bindings), decl.moduleSpecifier, decl.attributes)];
    });
    return f.updateSourceFile(sf, statements);
  };
}

/** The named bindings of `import { ... } from "pycoro"`, if `st` is one. */
function markerImport(st: ts.Statement): ts.NamedImports | undefined {
  if (!isRuntimeImport(st)) return undefined;
  const b = st.importClause?.namedBindings;
  return b && ts.isNamedImports(b) ? b : undefined;
}

function isMarker(el: ts.ImportSpecifier): boolean {
  return isMarkerName((el.propertyName ?? el.name).text);
}
