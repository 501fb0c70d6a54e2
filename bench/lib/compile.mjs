// Family "compile": how fast pycoro compiles, against the compilers a TypeScript user already runs,
// on the same generated 10,000-line file of marked generators (lines per second, warm: each
// compiler has compiled the file once before the samples).
//   pycoro          compile() — JavaScript, the state machines in it
//   pycoro --emit ts compile({ emit: "ts" }) — the pre-transform for TypeScript 7 / esbuild
//   tsc ES2022      ts.transpileModule at ES2022: types stripped, generators left native (no lowering)
//   tsc ES5         ts.transpileModule --target ES5 --downlevelIteration (generators lowered to __generator)
//   Babel           @babel/preset-typescript + @babel/preset-env for IE 11 (regenerator)
// Target (issue 11): pycoro within 1.5× of the ES2022 transpile's time, --emit ts no slower than JS.
// All variants run in one fresh process, interleaved sample by sample, so load affects them alike.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import path from "node:path";
import { ROOT } from "./build.mjs";
import { runNodeChild } from "./spawn.mjs";
import { fmt, median, table } from "./stats.mjs";

export const id = "compile";
export const title = "Compile speed: lines per second on a 10,000-line file of marked generators";

const VARIANTS = ["pycoro", "pycoro-ts", "tsc-es2022", "tsc-es5", "babel"];
const LABEL = {
  "pycoro": "pycoro `compile()` (JavaScript)",
  "pycoro-ts": "pycoro `compile({ emit: \"ts\" })` (pre-transform)",
  "tsc-es2022": "tsc transpileModule ES2022 (no lowering)",
  "tsc-es5": "tsc transpileModule ES5 (`__generator`)",
  "babel": "Babel preset-env IE 11 (regenerator)",
};

/** About `lines` lines: an import and blocks of 10-line marked generators with a loop, a try/finally and a send. */
export function generateSource(lines = 10_000) {
  const out = [`import { generator } from "pycoro";`, ""];
  for (let i = 0; out.length < lines; i++) {
    out.push(
      `export const g${i} = generator(function* (n: number, label: string) {`,
      `  let total = 0;`,
      `  for (let j = 0; j < n; j++) {`,
      `    const x = (yield \`\${label}:\${j}\`) as number | undefined;`,
      `    total += x ?? j;`,
      `  }`,
      `  try { yield total; } finally { total = -1; }`,
      `  return total * ${i};`,
      `});`,
      ``,
    );
  }
  return out.join("\n");
}

export async function run(ctx) {
  const rounds = ctx.quick ? 1 : ctx.rounds;
  const perRound = {};
  const errors = {};
  for (let r = 0; r < rounds; r++) {
    const res = await runNodeChild(id, { samples: ctx.quick ? 1 : 3, reverse: r % 2 === 1 }, { timeoutMs: 900_000 });
    if (!res.ok) { for (const v of VARIANTS) errors[v] = res.error; break; }
    for (const [v, ms] of Object.entries(res.ms)) (perRound[v] ??= []).push(ms);
    perRound.lines = res.lines;
  }
  const lines = perRound.lines;
  const ms = (v) => (perRound[v] ? median(perRound[v]) : NaN);
  const base = ms("tsc-es2022");
  const rows = VARIANTS.filter((v) => perRound[v]).map((v) => [LABEL[v], fmt(ms(v)), fmt(lines / (ms(v) / 1000)), `${fmt(ms(v) / base)}×`]);
  const md = [
    `### ${title}`,
    "",
    `One generated file of ${lines?.toLocaleString("en") ?? "?"} lines (${Math.round((lines ?? 0) / 10)} marked generators with a loop, a send, a try/finally). Warm (each compiler ran once first); the median over rounds of each round's median sample. Target: pycoro ≤ 1.5× the ES2022 transpile, \`--emit ts\` ≤ JavaScript emit.`,
    "",
    table(["compiler", "ms per file", "lines per second", "÷ tsc ES2022"], rows),
    "",
    ...Object.entries(errors).map(([v, e]) => `- ${LABEL[v]}: unavailable (${e})`),
  ].join("\n");
  return { id, perRound, errors, markdown: md };
}

export async function child({ samples = 3, reverse = false }) {
  const require = createRequire(path.join(ROOT, "package.json"));
  const ts = require("typescript");
  const babel = require("@babel/core");
  const { compile } = await import(pathToFileURL(path.join(ROOT, "dist", "compiler", "index.js")).href);
  const source = generateSource();
  const fileName = "bench-compile.ts";
  const presetTs = require.resolve("@babel/preset-typescript"), presetEnv = require.resolve("@babel/preset-env");
  const run = {
    "pycoro": () => compile(source, { fileName }).code,
    "pycoro-ts": () => compile(source, { fileName, emit: "ts" }).code,
    "tsc-es2022": () => ts.transpileModule(source, { fileName, compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText,
    "tsc-es5": () => ts.transpileModule(source, { fileName, compilerOptions: { target: ts.ScriptTarget.ES5, module: ts.ModuleKind.CommonJS, downlevelIteration: true } }).outputText,
    "babel": () => babel.transformSync(source, { filename: fileName, babelrc: false, configFile: false, presets: [presetTs, [presetEnv, { targets: { ie: "11" } }]] }).code,
  };
  const order = reverse ? [...VARIANTS].reverse() : VARIANTS;
  for (const v of order) run[v](); // warm (the first run loads and JIT-compiles each compiler)
  const times = Object.fromEntries(VARIANTS.map((v) => [v, []]));
  for (let s = 0; s < samples; s++) {
    for (const v of order) {
      const t0 = process.hrtime.bigint();
      run[v]();
      times[v].push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  return { lines: source.split("\n").length, ms: Object.fromEntries(VARIANTS.map((v) => [v, median(times[v])])) };
}
