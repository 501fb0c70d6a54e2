/**
 * sourcemap.ts — compose two source maps, so an integration that gets a map from the tool before
 * it keeps the chain to the file the user wrote.
 *
 *   original.ts --(incoming: a loader before pycoro)--> text pycoro was given --(pycoro's map)--> JS
 *   compose(pycoro's map, incoming) maps JS straight to original.ts
 *
 * Without it, pycoro/babel and pycoro/webpack named positions in the text they were given: a
 * Babel + webpack stack pointed at line 36 of a 5-line file. A small VLQ codec instead of a
 * dependency: the runtime package ships no source-map library, and composition needs only
 * decode, lookup and encode.
 */
import type { SourceMapObject } from "./bundlers.js";

type Segment = [number, number?, number?, number?, number?];

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

export function decodeMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  const state = [0, 0, 0, 0, 0];
  for (const line of mappings.split(";")) {
    const segs: Segment[] = [];
    state[0] = 0;
    for (const seg of line.split(",")) {
      if (!seg) continue;
      const values: number[] = [];
      let value = 0, shift = 0;
      for (const ch of seg) {
        const digit = B64_INDEX.get(ch)!;
        value += (digit & 31) << shift;
        if (digit & 32) { shift += 5; continue; }
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0; shift = 0;
      }
      for (let i = 0; i < values.length; i++) state[i] += values[i];
      segs.push(values.length >= 4 ? (values.length === 5 ? [state[0], state[1], state[2], state[3], state[4]] : [state[0], state[1], state[2], state[3]]) : [state[0]]);
    }
    lines.push(segs);
  }
  return lines;
}

function vlq(n: number): string {
  let v = n < 0 ? (-n << 1) | 1 : n << 1, out = "";
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v) digit |= 32;
    out += B64[digit];
  } while (v);
  return out;
}

export function encodeMappings(lines: Segment[][]): string {
  const state = [0, 0, 0, 0, 0];
  return lines.map((segs) => {
    state[0] = 0;
    return segs.map((s) => {
      let out = "";
      for (let i = 0; i < s.length; i++) { out += vlq(s[i]! - state[i]); state[i] = s[i]!; }
      return out;
    }).join(",");
  }).join(";");
}

/** The segment of `lines` covering (line, column): the last one starting at or before it. */
function lookup(lines: Segment[][], line: number, column: number): Segment | undefined {
  const segs = lines[line];
  if (!segs) return undefined;
  let found: Segment | undefined;
  for (const s of segs) { if (s[0] <= column) found = s; else break; }
  return found ?? segs[0];
}

/**
 * `outer` maps generated code to the text pycoro was given (one source); `inner` maps that text
 * to where it came from. The result maps the generated code to `inner`'s sources.
 */
export function composeMaps(outer: SourceMapObject, inner: SourceMapObject): SourceMapObject {
  const outerLines = decodeMappings(outer.mappings), innerLines = decodeMappings(inner.mappings);
  const names: string[] = [], nameIndex = new Map<string, number>();
  const nameOf = (n: string) => { let i = nameIndex.get(n); if (i === undefined) { i = names.push(n) - 1; nameIndex.set(n, i); } return i; };
  const lines = outerLines.map((segs) => segs.flatMap((s): Segment[] => {
    if (s.length < 4) return [];
    const hit = lookup(innerLines, s[2]!, s[3]!);
    if (!hit || hit.length < 4) return [];
    const name = s.length === 5 ? outer.names[s[4]!] : hit.length === 5 ? inner.names[hit[4]!] : undefined;
    return [name === undefined ? [s[0], hit[1], hit[2], hit[3]] : [s[0], hit[1], hit[2], hit[3], nameOf(name)]];
  }));
  return {
    version: 3, file: outer.file, sources: [...inner.sources], sourcesContent: inner.sourcesContent ? [...inner.sourcesContent] : undefined,
    names, mappings: encodeMappings(lines),
    ...((inner as { sourceRoot?: string }).sourceRoot ? { sourceRoot: (inner as { sourceRoot?: string }).sourceRoot } : {}),
  };
}
