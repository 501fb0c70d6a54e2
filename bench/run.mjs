#!/usr/bin/env node
// pycoro benchmarks: pycoro vs V8 native generators vs Babel regenerator vs tsc ES5 vs CPython,
// side by side in one run, printed as markdown. `npm run bench` builds first.
//
//   node bench/run.mjs [--rounds N] [--quick] [--only send,delegation,memory] [--json FILE]
//
// Each family is a module in bench/lib/ exporting `id`, `run(ctx)` -> { markdown, perRound,
// errors } (parent side) and `child(args)` (runs inside a fresh measurement process). Add a family
// by writing bench/lib/<id>.mjs and listing it in FAMILIES. Method: shared/research/
// anchor-benchmarks.md (medians over rounds, warm-up, samples ≥ 20 ms, ratios within a round).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { ROOT } from "./lib/build.mjs";
import { PYTHON } from "./lib/spawn.mjs";

const FAMILIES = ["send", "delegation", "memory", "coroutines", "loop", "peers", "programs", "net"];

function parseArgs(argv) {
  const o = { rounds: 3, quick: false, only: FAMILIES, json: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--quick") o.quick = true;
    else if (a === "--rounds") o.rounds = Number(argv[++i]);
    else if (a === "--only") o.only = argv[++i].split(",");
    else if (a === "--json") o.json = argv[++i];
    else if (a === "--help" || a === "-h") {
      console.log("usage: node bench/run.mjs [--rounds N] [--quick] [--only " + FAMILIES.join(",") + "] [--json FILE]");
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (o.quick && !argv.includes("--rounds")) o.rounds = 1;
  for (const f of o.only) if (!FAMILIES.includes(f)) throw new Error(`unknown family ${f} (have ${FAMILIES.join(", ")})`);
  return o;
}

function versions() {
  const v = (f) => {
    try {
      return f();
    } catch {
      return "?";
    }
  };
  const pkg = (name) => v(() => JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8")).version);
  const py = v(() => execFileSync(PYTHON, ["--version"], { encoding: "utf8" }).trim());
  const git = v(() => execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim());
  return `Node ${process.version} (V8 ${process.versions.v8}); ${py}; TypeScript ${pkg("typescript")}; @babel/core ${pkg("@babel/core")}; @babel/preset-env ${pkg("@babel/preset-env")}; pycoro ${git}; ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? "?"}), load ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const ctx = {
    rounds: opts.rounds,
    quick: opts.quick,
    log: (s) => process.stderr.write(s + "\n"),
  };
  const results = [];
  for (const f of opts.only) {
    const fam = await import(`./lib/${f}.mjs`);
    ctx.log(`[bench] ${f} ...`);
    try {
      results.push(await fam.run(ctx));
    } catch (e) {
      results.push({ id: f, markdown: `### ${fam.title ?? f}\n\n${f}: failed (${e && e.stack ? e.stack.split("\n").slice(0, 3).join(" / ") : e})`, errors: {} });
    }
  }
  const secs = ((Date.now() - started) / 1000).toFixed(0);
  const out = [
    `## pycoro benchmarks — ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    "",
    `${versions()}. ${opts.rounds} round(s)${opts.quick ? " (--quick: fewer samples; numbers are rough)" : ""}; wall time ${secs} s.`,
    "",
    ...results.flatMap((r) => [r.markdown, ""]),
  ].join("\n");
  console.log(out);
  const jsonFile = opts.json ?? path.join(ROOT, "bench", "results", `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  fs.mkdirSync(path.dirname(jsonFile), { recursive: true });
  fs.writeFileSync(jsonFile, JSON.stringify({ date: new Date().toISOString(), versions: versions(), opts, results }, null, 2));
  ctx.log(`[bench] raw results: ${path.relative(process.cwd(), jsonFile)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
