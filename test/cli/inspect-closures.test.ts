// The html inspector finds each state's `case N:` in the emitted code for marked closures too
// (issue 12): their class is hoisted to the top of the module and their step is a function
// expression where the marker stood (compiler/transformer.ts), so the case lines are not between
// the class's `$step(` and its `$meta` as for a top-level marker.
import { it, expect } from "vitest";
import { compile } from "../../compiler/index.js";
import { inspectPage } from "../../compiler/cli/inspect-html.js";

const SOURCE = `import { generator, coroutine, sleep } from "pycoro";
export const top = generator(function* () { yield 1; yield 2; });
export function outer(n: number) {
  const inner = generator(function* walk(k: number): Generator<number, void, unknown> {
    yield k + n;
    if (k > 0) yield* walk(k - 1);
  });
  const rows = [];
  for (let i = 0; i < n; i++) rows.push(coroutine(async function () { await sleep(0); return i; }));
  return [inner, rows];
}
export const host = generator(function* () {
  class K { @generator *items(): Generator<number, void, unknown> { yield 1; yield 2; } }
  yield* new K().items();
});
`;

it("every state of a top-level machine and of a marked closure maps to its own case in the emitted code", () => {
  const r = compile(SOURCE, { fileName: "demo.ts" });
  const html = inspectPage({ file: "demo.ts", source: SOURCE, code: r.code, machines: r.machines });
  const data = JSON.parse(/<script type="application\/json" id="pycoro-data">(.*?)<\/script>/s.exec(html)![1].replace(/\\u003c/g, "<")) as
    { name: string; states: { id: number; out: [number, number] | null }[] }[];
  expect(data.map((m) => m.name)).toEqual(["top", "outer.<locals>.walk", "outer.<locals>.<anonymous>", "host.<locals>.K.items", "host"]);
  const lines = r.code.split("\n");
  for (const m of data) {
    const mapped = m.states.filter((s) => s.out !== null);
    expect(mapped.length, m.name).toBeGreaterThan(1);
    for (const s of mapped) expect(lines[s.out![0] - 1], `${m.name} state ${s.id}`).toMatch(new RegExp(`^\\s*case ${s.id}:`));
  }
  // a closure's step follows its define call (`(($st_1) => defineClosure(walk$_1, ...))(function ($s, ...`)
  for (const [i, cls] of [[1, "walk$"], [2, "_anonymous_$"]] as const) {
    const define = lines.findIndex((l) => l.includes(`defineClosure(${cls}`));
    expect(define).toBeGreaterThan(0);
    expect(data[i].states.find((s) => s.out)!.out![0]).toBeGreaterThan(define + 1);
  }
});
