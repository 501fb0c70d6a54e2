import path from "node:path";
import { firstDifferingLine, unifiedDiff } from "./diff.js";
import type { Fixture } from "./fixtures.js";
import { ROOT } from "./paths.js";
import type { RunResult } from "./proc.js";

/** Error whose message is the whole report (vitest prints the message; the stack adds nothing). */
export class FixtureMismatch extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FixtureMismatch";
    this.stack = `${this.name}: ${message}`;
  }
}

function tail(text: string, lines: number): string {
  const all = text.replace(/\n$/, "").split("\n");
  const shown = all.slice(-lines);
  return (all.length > lines ? `... (${all.length - lines} earlier lines)\n` : "") + shown.join("\n");
}

const indent = (s: string, pad = "    ") => s.split("\n").map((l) => pad + l).join("\n");

export const rel = (p: string) => path.relative(ROOT, p) || ".";

/**
 * Compare a run with the fixture's expectations: exit status (fixture.json `exitCode`, default 0)
 * and stdout (exactly expected.txt). Throws a FixtureMismatch describing everything that differs.
 */
export function checkRun(opts: {
  fixture: Fixture;
  variant: string;
  result: RunResult;
  expected: string;
  expectedLabel?: string;
  reproduce?: string;
  notes?: string[];
}): void {
  const { fixture, variant, result, expected } = opts;
  const wantCode = fixture.config.exitCode ?? 0;
  const problems: string[] = [];
  if (result.timedOut) problems.push(`timed out after ${Math.round(result.ms)} ms (killed)`);
  else if (result.code !== wantCode) {
    problems.push(
      result.code === null
        ? `was killed by ${result.signal ?? "an error"}; expected exit status ${wantCode}`
        : `exited with status ${result.code}; expected ${wantCode}${wantCode === 0 ? "" : " (fixture.json exitCode)"}`,
    );
  }
  const stdoutOk = result.stdout === expected;
  if (!stdoutOk) {
    const line = firstDifferingLine(expected, result.stdout);
    problems.push(
      result.stdout === ""
        ? "printed nothing on stdout"
        : `stdout differs from ${opts.expectedLabel ?? "expected.txt"} (first difference at line ${line})`,
    );
  }
  if (problems.length === 0) return;
  const parts: string[] = [];
  parts.push(`${fixture.name} [${variant}]: ${problems.join("; ")}`);
  parts.push(`  command: ${opts.reproduce ?? result.command}   (cwd ${rel(fixture.dir)}, ${Math.round(result.ms)} ms)`);
  for (const n of opts.notes ?? []) parts.push(`  ${n}`);
  if (!stdoutOk) {
    parts.push("  stdout diff:");
    parts.push(indent(unifiedDiff(expected, result.stdout, { labels: [opts.expectedLabel ?? "expected.txt", "stdout"] })));
  }
  if (result.stderr.trim()) {
    parts.push("  stderr (tail):");
    parts.push(indent(tail(result.stderr, 40)));
  } else if (result.code !== wantCode) {
    parts.push("  stderr: (empty)");
  }
  throw new FixtureMismatch(parts.join("\n"));
}
