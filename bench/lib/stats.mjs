// Small statistics and formatting helpers shared by the benchmark families.

export function median(xs) {
  const a = xs.filter((x) => Number.isFinite(x)).sort((p, q) => p - q);
  if (a.length === 0) return NaN;
  const m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
}

export const min = (xs) => Math.min(...xs.filter(Number.isFinite));
export const max = (xs) => Math.max(...xs.filter(Number.isFinite));

/** 3 significant digits, thousands separated: 14.1, 145, 1,578, 0.0094. */
export function fmt(x, digits = 3) {
  if (x === undefined || x === null || Number.isNaN(x)) return "—";
  if (!Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  if (abs >= 10 ** digits) return Math.round(x).toLocaleString("en-US");
  if (abs === 0) return "0";
  return Number(x.toPrecision(digits)).toLocaleString("en-US", { maximumFractionDigits: 10 });
}

export const fmtRatio = (x) => (Number.isFinite(x) ? `${fmt(x)}×` : "—");

/** "1.23× (1.1–1.3)" from per-round ratios. */
export function fmtRatios(rs) {
  const ok = rs.filter(Number.isFinite);
  if (ok.length === 0) return "—";
  const m = median(ok);
  return ok.length > 1 ? `${fmt(m)}× (${fmt(min(ok), 2)}–${fmt(max(ok), 2)})` : `${fmt(m)}×`;
}

/** Markdown table; `align` per column: "l" or "r". */
export function table(header, rows, align) {
  const al = align ?? header.map((_, i) => (i === 0 ? "l" : "r"));
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(al.map((a) => (a === "r" ? "---:" : "---"))), ...rows.map(line)].join("\n");
}
