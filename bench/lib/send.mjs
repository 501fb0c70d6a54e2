// Family "send": ns for one send into a suspended generator (no delegation).
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
  for (const v of VARIANT_IDS) {
    if (!perRound[v]) {
      rows.push([VARIANTS[v].label, "unavailable", "", "", ""]);
      continue;
    }
    rows.push([
      VARIANTS[v].label,
      fmt(value(perRound, v, "send")),
      fmt(value(perRound, v, "next")),
      fmtRatios(ratios(perRound, v, "native", "send")),
      v === "pycoro" || !perRound.pycoro ? "" : fmtRatios(ratios(perRound, v, "pycoro", "send")),
    ]);
  }
  const rNative = median(ratios(perRound, "pycoro", "native", "send"));
  const rRegen = median(ratios(perRound, "regen", "pycoro", "send"));
  const rTsc = median(ratios(perRound, "tsc", "pycoro", "send"));
  const md = [
    `### ${title}`,
    "",
    "`send`: one resume passing 1 in (JS `g.next(1)`, pycoro and CPython `g.send(1)`), generator yields it back + 1; `next`: `g.next()` / `next(g)` on an endless counter. Driver loop included. Medians over rounds; ratios are per-round medians, median (min–max).",
    "",
    table(["implementation", "ns/send", "ns/next", "send ÷ native", "send ÷ pycoro"], rows),
    "",
    ...unavailableLines(VARIANT_IDS, errors).map((l) => `- ${l}`),
    target(`pycoro send ≤ 1.0× native (measured ${fmt(rNative)}×)`, rNative, rNative <= 1.0),
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
  return { samples: { send, next } };
}
