/**
 * diagnostics.ts — what the compiler tells the user when it cannot compile a marked function.
 *
 * Every diagnostic has a stable code, the file, 1-based line and column, a message and what to
 * write instead. The compiler never emits code with different semantics: a function with an
 * error diagnostic is replaced by one that throws the diagnostic's text when called.
 */
import ts from "typescript";

export interface Diagnostic {
  readonly code: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly category: "error" | "warning";
}

export const Codes = {
  /** The source does not parse (TypeScript's syntax error; its TS code is in the message). */
  SyntaxError: "PYC0001",
  /** A JavaScript early error (early.ts): code that V8 refuses to load. */
  EarlyError: "PYC0002",
  /** A marker applied to something that is not a function of the right kind. */
  BadMarkerTarget: "PYC1001",
  /** A marker referenced in a way the transformer cannot follow. */
  MarkerNotCalled: "PYC1002",
  /** A marker decorator on something that is not a method of the right kind. */
  BadDecoratorTarget: "PYC1003",
  /** A construct the lowering does not support. */
  Unsupported: "PYC2001",
  /** `yield*` inside an async generator (Python has no `yield from` there). */
  YieldStarInAsyncGenerator: "PYC2002",
  /** `return` with a value in an async generator. */
  ReturnValueInAsyncGenerator: "PYC2003",
  /** Direct `eval` inside a marked function: it cannot see the function's locals (they live in the frame). */
  DirectEval: "PYC2004",
  /** A bug of the compiler, caught at the function (or file) being compiled; never a stack trace. */
  InternalError: "PYC9001",
  /** A coroutine whose result is discarded (never awaited). */
  CoroutineNotAwaited: "PYC3001",
} as const;

export class Diagnostics {
  readonly list: Diagnostic[] = [];
  /** Set while lowering one function: errors recorded since it began. */
  private mark = 0;
  constructor(private readonly fileName: string) {}

  report(node: ts.Node, code: string, message: string, category: Diagnostic["category"] = "error"): void {
    const sf = node.getSourceFile();
    this.reportAt(sf, node.getStart(sf), code, message, category);
  }
  /** A diagnostic at a position of the source (TypeScript's own diagnostics carry positions). */
  reportAt(sf: ts.SourceFile, pos: number, code: string, message: string, category: Diagnostic["category"] = "error"): Diagnostic {
    const { line, character } = sf.getLineAndCharacterOfPosition(pos);
    const d: Diagnostic = { code, file: this.fileName, line: line + 1, column: character + 1, message, category };
    this.list.push(d);
    return d;
  }
  unsupported(node: ts.Node, what: string, instead: string): void {
    this.report(node, Codes.Unsupported, `pycoro cannot compile ${what}; ${instead}.`);
  }
  begin(): void { this.mark = this.list.length; }
  errorsSinceBegin(): Diagnostic[] { return this.list.slice(this.mark).filter((d) => d.category === "error"); }
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} - ${d.category} ${d.code}: ${d.message}`;
}
