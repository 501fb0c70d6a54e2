/**
 * A small line diff for failure messages: unified format with context, plus the first differing
 * line. Invisible differences (trailing spaces, a missing final newline, \r) are made visible.
 */

function visible(line: string): string {
  return line.replace(/\r/g, "\\r").replace(/\t/g, "\\t").replace(/ +$/, (s) => "·".repeat(s.length));
}

function splitLines(s: string): string[] {
  if (s === "") return [];
  const lines = s.split("\n");
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

type Op = { kind: " " | "-" | "+"; line: string; a: number; b: number };

function lcsOps(a: string[], b: string[]): Op[] {
  // Trim common prefix/suffix first; outputs usually differ in a small window.
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const A = a.slice(pre, a.length - suf);
  const B = b.slice(pre, b.length - suf);
  const ops: Op[] = [];
  for (let i = 0; i < pre; i++) ops.push({ kind: " ", line: a[i], a: i, b: i });
  if (A.length * B.length > 4_000_000) {
    // Too big for the quadratic table: show it as a replacement block.
    A.forEach((line, i) => ops.push({ kind: "-", line, a: pre + i, b: pre }));
    B.forEach((line, j) => ops.push({ kind: "+", line, a: pre + A.length, b: pre + j }));
  } else {
    const n = A.length, m = B.length;
    const t: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        t[i][j] = A[i] === B[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
    let i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && A[i] === B[j]) { ops.push({ kind: " ", line: A[i], a: pre + i, b: pre + j }); i++; j++; }
      else if (i < n && (j === m || t[i + 1][j] >= t[i][j + 1])) { ops.push({ kind: "-", line: A[i], a: pre + i, b: pre + j }); i++; }
      else { ops.push({ kind: "+", line: B[j], a: pre + i, b: pre + j }); j++; }
    }
  }
  for (let k = suf; k > 0; k--) ops.push({ kind: " ", line: a[a.length - k], a: a.length - k, b: b.length - k });
  return ops;
}

/**
 * Unified diff of `expected` (-) against `actual` (+), `context` lines around each change,
 * at most `maxLines` lines of output.
 */
export function unifiedDiff(expected: string, actual: string, opts: { context?: number; maxLines?: number; labels?: [string, string] } = {}): string {
  const context = opts.context ?? 3;
  const maxLines = opts.maxLines ?? 80;
  const [la, lb] = opts.labels ?? ["expected", "actual"];
  if (expected === actual) return "(no difference)";
  const a = splitLines(expected), b = splitLines(actual);
  const out: string[] = [`--- ${la}`, `+++ ${lb}`];
  if (a.join("\n") === b.join("\n")) {
    out.push(`(lines are equal; ${expected.endsWith("\n") ? "actual" : "expected"} lacks the final newline)`);
    return out.join("\n");
  }
  const ops = lcsOps(a, b);
  const changed = ops.map((o) => o.kind !== " ");
  const show = ops.map((_, k) => {
    for (let d = -context; d <= context; d++) if (changed[k + d]) return true;
    return false;
  });
  let k = 0;
  let shown = 0;
  while (k < ops.length) {
    if (!show[k]) { k++; continue; }
    let end = k;
    while (end < ops.length && show[end]) end++;
    const hunk = ops.slice(k, end);
    const aCount = hunk.filter((o) => o.kind !== "+").length;
    const bCount = hunk.filter((o) => o.kind !== "-").length;
    out.push(`@@ -${aCount ? hunk[0].a + 1 : hunk[0].a},${aCount} +${bCount ? hunk[0].b + 1 : hunk[0].b},${bCount} @@`);
    for (const o of hunk) {
      if (shown++ >= maxLines) {
        out.push(`... (${ops.filter((x) => x.kind !== " ").length} changed lines in all; diff truncated)`);
        return out.join("\n");
      }
      out.push(`${o.kind} ${visible(o.line)}`);
    }
    k = end;
  }
  return out.join("\n");
}

/** 1-based number of the first line that differs, or 0 if equal. */
export function firstDifferingLine(expected: string, actual: string): number {
  const a = expected.split("\n"), b = actual.split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i + 1;
  return 0;
}
