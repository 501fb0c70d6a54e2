// Family "send": ns for one send into a suspended generator (no delegation), and ns per item of a
// for-of inside compiled code over a generator (issue 12: the lowered loop drives the frame directly).
// JS: g.next(1) (pycoro: g.send(1)) into a generator that adds 1 to what it receives and yields
// it back; CPython: g.send(1) on the same generator.
import { pathToFileURL } from "node:url";
import { buildVariants } from "./build.mjs";
import { sampleNs } from "./measure.mjs";
import { fmt, fmtRatios, median, table } from "./stats.mjs";
import { BUILDS, VARIANTS, ratios, target, timeRounds, unavailableLines, value } from "./variants.mjs";

export const id = "send";
export const title = "Single generator: ns per `send` (no delegation)";

export const source = `import { generator } from "pycoro";

export const echo = generator(function* (): Generator<number, never, number> {
  let v = 0;
  for (;;) {
    v = yield v + 1;
  }
});

export const counter = generator(function* (): Generator<number, never, unknown> {
  let i = 0;
  for (;;) {
    yield i;
    i = (i + 1) & 127;
  }
});

const range = generator(function* (n: number): Generator<number, void, unknown> {
  for (let i = 0; i < n; i++) yield i;
});

/** for-of inside compiled code over a generator; the yield in its body (never reached) makes pycoro lower the loop. */
export const sumOf = generator(function* (n: number): Generator<number, number, unknown> {
  let s = 0;
  for (const x of range(n)) {
    s += x;
    if (s < 0) yield s;
  }
  return s;
});

/** The same loop without a suspension in its body: pycoro keeps it verbatim (a native for-of calling next()). */
export const sumOfVerbatim = generator(function* (n: number): Generator<number, number, unknown> {
  let s = 0;
  for (const x of range(n)) s += x;
  return s;
});

/** Spread of a generator inside compiled code (pycoro: drained through \$next, rename.ts spreadOperand). */
export const spreadOf = generator(function* (n: number): Generator<number, number, unknown> {
  const xs = [...range(n)];
  return xs.length;
});

/** The same spread in a plain function: V8's spread calling the generator's next() (what compiled code did before). */
export function spreadPlain(n: number): number {
  const xs = [...range(n)];
  return xs.length;
}

/** A simple array pattern over a fresh generator inside compiled code (pycoro: take + untaken); stops early, so it closes it. */
export const destructure = generator(function* (n: number): Generator<number, number, unknown> {
  const [a, b, c] = range(n);
  return a + b + c;
});

/** The same pattern with a rest element: reads the generator to its end (no close). */
export const destructureRest = generator(function* (n: number): Generator<number, number, unknown> {
  const [a, ...r] = range(n);
  return a + r.length;
});
`;

const VARIANT_IDS = ["native", "pycoro", "pycoro-next", "regen", "tsc", "cpython"];

export async function run(ctx) {
  const built = await buildVariants(id, source, BUILDS(VARIANT_IDS));
  const { perRound, errors } = await timeRounds(ctx, {
    family: id,
    variants: VARIANT_IDS,
    built,
    pyScript: "genbench.py",
    pyArgs: { mode: "send" },
  });
  const rows = [];
  const spreadRows = [];
  for (const v of ["native", "pycoro", "regen", "tsc"]) {
    if (!perRound[v]) continue;
    spreadRows.push([
      VARIANTS[v].label,
      fmt(value(perRound, v, "spread")),
      fmt(value(perRound, v, "spreadPlain")),
      fmtRatios(ratios(perRound, v, "native", "spread")),
      fmt(value(perRound, v, "destructure")),
      fmtRatios(ratios(perRound, v, "native", "destructure")),
      fmt(value(perRound, v, "destructureRest")),
      fmtRatios(ratios(perRound, v, "native", "destructureRest")),
    ]);
  }
  for (const v of VARIANT_IDS) {
    if (!perRound[v]) {
      rows.push([VARIANTS[v].label, "unavailable", "", "", ""]);
      continue;
    }
    const loops = v !== "pycoro-next" && v !== "cpython";
    rows.push([
      VARIANTS[v].label,
      fmt(value(perRound, v, "send")),
      fmt(value(perRound, v, "next")),
      fmtRatios(ratios(perRound, v, "native", "send")),
      v === "pycoro" || !perRound.pycoro ? "" : fmtRatios(ratios(perRound, v, "pycoro", "send")),
      loops ? fmt(value(perRound, v, "forOf")) : "",
      loops ? fmt(value(perRound, v, "forOfVerbatim")) : "",
      loops ? fmtRatios(ratios(perRound, v, "native", "forOf")) : "",
    ]);
  }
  const rForOf = median(ratios(perRound, "pycoro", "native", "forOf"));
  const rVerbatim = median(ratios(perRound, "pycoro", "native", "forOfVerbatim"));
  const rSpread = median(ratios(perRound, "pycoro", "native", "spread"));
  const rSpreadBefore = median(ratios(perRound, "pycoro", "native", "spreadPlain"));
  const rRest = median(ratios(perRound, "pycoro", "native", "destructureRest"));
  const rDestructure = median(ratios(perRound, "pycoro", "native", "destructure"));
  const rNative = median(ratios(perRound, "pycoro", "native", "send"));
  const rRegen = median(ratios(perRound, "regen", "pycoro", "send"));
  const rTsc = median(ratios(perRound, "tsc", "pycoro", "send"));
  const md = [
    `### ${title}`,
    "",
    "`send`: one resume passing 1 in (JS `g.next(1)`, pycoro and CPython `g.send(1)`), generator yields it back + 1; `next`: `g.next()` / `next(g)` on an endless counter. Driver loop included. `for-of`: ns per item of a `for...of` inside a marked generator over a generator of 1,000 items (pycoro lowers it: a yield in its body; the generator's frame is driven directly), native = V8's for-of over a V8 generator; `verbatim`: the same loop without a suspension in its body (pycoro keeps it as a native for-of calling `next()`). Medians over rounds; ratios are per-round medians, median (min–max).",
    "",
    table(["implementation", "ns/send", "ns/next", "send ÷ native", "send ÷ pycoro", "ns/item for-of", "ns/item verbatim", "for-of ÷ native"], rows),
    "",
    ...unavailableLines(VARIANT_IDS, errors).map((l) => `- ${l}`),
    target(`pycoro send ≤ 1.0× native (measured ${fmt(rNative)}×)`, rNative, rNative <= 1.0),
    target(`pycoro for-of over a pycoro generator inside compiled code ≤ 1.0× native for-of over a native generator (measured ${fmt(rForOf)}×; verbatim loop ${fmt(rVerbatim)}×)`, rForOf, rForOf <= 1.0),
    "",
    "Spread and array patterns over a generator inside compiled code (issue 12). `spread`: ns per item of `[...range(1000)]` in a marked generator (pycoro: drained through the frame's `$next`); `by V8`: the same spread in an unmarked function (V8's spread calling `next()`: what compiled code did before); `[a, b, c] = g`: ns per pattern over a fresh 10-item generator, which it closes; `[a, ...r] = g`: the same with a rest element (no close).",
    "",
    table(["implementation", "ns/item spread", "ns/item spread by V8", "spread ÷ native", "ns `[a, b, c] = g`", "÷ native", "ns `[a, ...r] = g`", "÷ native"], spreadRows),
    "",
    target(`pycoro spread of a pycoro generator inside compiled code ≤ 1.0× V8's spread of a V8 generator (measured ${fmt(rSpread)}×; V8's spread of a pycoro generator, as before: ${fmt(rSpreadBefore)}×)`, rSpread, rSpread <= 1.0),
    target(`pycoro \`[a, ...r] = g\` inside compiled code ≤ 1.0× native (measured ${fmt(rRest)}×)`, rRest, rRest <= 1.0),
    `- [info] \`[a, b, c] = g\` (creates a 10-item generator, takes 3 values, closes it): ${fmt(rDestructure)}× native (generator.ts close(): a frame suspended outside every try block is finished without a GeneratorExit, which alone costs ~350 ns to construct in V8)`,
    target(`pycoro send ≥ 2× faster than regenerator (measured ${fmt(rRegen)}×)`, rRegen, rRegen >= 2),
    target(`pycoro send ≥ 2× faster than tsc ES5 (measured ${fmt(rTsc)}×)`, rTsc, rTsc >= 2),
  ].join("\n");
  return { id, perRound, errors, markdown: md };
}

export async function child({ file, protocol, quick }) {
  const m = await import(pathToFileURL(file).href);
  const opts = { samples: quick ? 3 : 7, warmup: quick ? 1 : 2 };
  const g = m.echo();
  const c = m.counter();
  let sink = 0;
  let sendBody, nextBody;
  if (protocol === "py") {
    g.send(undefined);
    c.send(undefined);
    sendBody = (n) => {
      for (let i = 0; i < n; i++) sink = g.send(1);
    };
    nextBody = (n) => {
      for (let i = 0; i < n; i++) sink = c.send(undefined);
    };
  } else {
    g.next();
    c.next();
    sendBody = (n) => {
      for (let i = 0; i < n; i++) sink = g.next(1).value;
    };
    nextBody = (n) => {
      for (let i = 0; i < n; i++) sink = c.next().value;
    };
  }
  const send = sampleNs(sendBody, opts);
  if (sink !== 2) throw new Error(`echo generator yielded ${sink}, expected 2`);
  const next = sampleNs(nextBody, opts);
  const N = 1000;
  let total = 0;
  const loop = (f) => (reps) => {
    for (let i = 0; i < reps; i++) total = f(N).next().value;
  };
  const forOf = sampleNs(loop(m.sumOf), { ...opts, unitsPerRep: N });
  const forOfVerbatim = sampleNs(loop(m.sumOfVerbatim), { ...opts, unitsPerRep: N });
  if (total !== (N * (N - 1)) / 2) throw new Error(`for-of summed ${total}, expected ${(N * (N - 1)) / 2}`);
  const spread = sampleNs(loop(m.spreadOf), { ...opts, unitsPerRep: N });
  if (total !== N) throw new Error(`spread gave ${total} items, expected ${N}`);
  const spreadPlain = sampleNs((reps) => { for (let i = 0; i < reps; i++) total = m.spreadPlain(N); }, { ...opts, unitsPerRep: N });
  const destructure = sampleNs((reps) => { for (let i = 0; i < reps; i++) total = m.destructure(10).next().value; }, opts);
  if (total !== 3) throw new Error(`destructure gave ${total}, expected 3`);
  const destructureRest = sampleNs((reps) => { for (let i = 0; i < reps; i++) total = m.destructureRest(10).next().value; }, opts);
  if (total !== 9) throw new Error(`destructure with rest gave ${total}, expected 9`);
  return { samples: { send, next, forOf, forOfVerbatim, spread, spreadPlain, destructure, destructureRest } };
}
