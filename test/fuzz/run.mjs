#!/usr/bin/env node
// Differential fuzzer: random generator functions run natively (V8 `function*`) and compiled by
// pycoro (`generator(function* ...)`), driven identically (drive.mjs); the traces must be equal.
// Then the finished-frame check (frames.mjs, status "leak"): every pycoro generator of the run that
// finished — returned, raised, or closed (the program is run again and closed before its start and
// after a few steps: drive.mjs closeAfter) — holds no locals but those its closures read. The same
// body printed as an async generator and as a coroutine (gen.mjs MODE) is checked the same way,
// pycoro alone (no native twin: Python's rules differ there).
//
//   node test/fuzz/run.mjs [--seed S] [--count N]       one batch (default: seed 1, 200 programs)
//   node test/fuzz/run.mjs --long [--count N] [--time S] random seeds, batches of 500 (npm run fuzz)
//   node test/fuzz/run.mjs --replay FILE.json           re-run a saved failure, print both traces
//   node test/fuzz/run.mjs --early N [--seed S]           N programs with a planted early error: V8
//                                                         refuses each, pycoro reports PYC0002 there
//   options: --native-only (check the fuzzer itself: native runs twice, deterministic, terminates)
//            --async-every N (the finished-frame check of the async generator and coroutine forms
//            on every Nth program; default 20, 1 with --long)
//            (PYCORO_FUZZ_NON_ERROR_THROWS=0: no non-Error values thrown out of programs; issue 8 item 5)
//            --no-reduce, --json (one JSON summary line at the end), --max-report N
//
// Programs run in a worker process (hangs are caught by a timeout and blamed on the program that
// was running). On a mismatch the failing program is reduced to a small one, printed with its
// traces and saved to .pycoro-cache/fuzz/failures/.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildAll, buildVariant, cleanup, first, loadNative, loadPycoro, OUT, ROOT } from "./build.mjs";
import { closeAfter, drive, driveAsyncGen, driveCoroutine, firstDiff, planStep } from "./drive.mjs";
import { generateProgram, printModule, printProgram, plantEarlyError, NON_ERRORS } from "./gen.mjs";
import { reduce } from "./reduce.mjs";
import { closureReads, finishedFrameLeaks } from "./frames.mjs";

const SELF = fileURLToPath(import.meta.url);
const FAIL_DIR = path.join(OUT, "failures");

function parseArgs(argv) {
  const o = { seed: 1, count: undefined, long: false, time: 600, nativeOnly: false, reduce: true, json: false, maxReport: 3, batch: 500, asyncEvery: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--seed") o.seed = Number(argv[++i]);
    else if (a === "--count") o.count = Number(argv[++i]);
    else if (a === "--long") o.long = true;
    else if (a === "--time") o.time = Number(argv[++i]);
    else if (a === "--native-only") o.nativeOnly = true;
    else if (a === "--no-reduce") o.reduce = false;
    else if (a === "--json") o.json = true;
    else if (a === "--max-report") o.maxReport = Number(argv[++i]);
    else if (a === "--batch") o.batch = Number(argv[++i]);
    else if (a === "--async-every") o.asyncEvery = Number(argv[++i]);
    else if (a === "--worker") o.worker = argv[++i];
    else if (a === "--reduce-worker") o.reduceWorker = argv[++i];
    else if (a === "--replay") o.replay = argv[++i];
    else if (a === "--early") o.early = Number(argv[++i]);
    else throw new Error(`unknown argument ${a}`);
  }
  o.count ??= o.long ? 5000 : 200;
  // The async variants (finished-frame check only) cost two more compilations of the program
  // (compile time is per program: 200 programs, worker 21.3 s of which the build 15.1 s, these
  // forms for every 10th 3.6 s, under load ~19): every program in --long runs, every 20th in a
  // batch, so that the CI run (test/fuzz.test.ts) stays near its time.
  o.asyncEvery ??= o.long ? 1 : 20;
  return o;
}

/** Program i of batch `seed`. */
const programSeed = (seed, i) => ((Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca77)) >>> 0) || 1;

// ---- checking one program --------------------------------------------------------------------

/**
 * Compare native and pycoro on program p (already built; `frames`: its pycoro module's tracked
 * generators, gen.mjs `track`). Returns a result record. Equal traces, then the finished-frame
 * check (frames.mjs): every finished pycoro generator of the run holds no locals ("leak").
 */
function check(p, nativeFn, pycoroFn, frames, variants) {
  const nat = drive(nativeFn, p, "js");
  if (typeof pycoroFn !== "function") return { status: pycoroFn.stage, message: pycoroFn.message, native: nat };
  let g;
  if (frames) frames.length = 0;
  const py = drive(pycoroFn, p, "py", (x) => (g = x));
  const d = firstDiff(nat, py);
  if (d >= 0) return { status: "mismatch", at: d, native: nat, pycoro: py };
  const leaks = frameLeaks(p, g, frames);
  if (leaks.length) return { status: "leak", message: `finished frames still hold: ${leaks.join("; ")}` };
  const closed = closedLeaks(p, pycoroFn, frames, py.length);
  if (closed.length) return { status: "leak", message: closed.join("; ") };
  const async = variants ? variantLeaks(p, variants) : [];
  if (async.length) return { status: "leak", message: async.join("; ") };
  return { status: "ok" };
}

/**
 * The finished-frame check for the async kinds: p's body as an async generator (driven by its
 * plan to the end, and aclose()d after a few actions) and as a coroutine (run to its end, and
 * closed before it starts); `variants` = { agen: {fn, frames}, coro: {fn, frames} } (a missing fn:
 * that form did not compile, skipped).
 */
function variantLeaks(p, variants) {
  const out = [];
  const one = (mode, what, run) => {
    const v = variants[mode];
    if (!v?.fn) return;
    v.frames.length = 0;
    const g = run(v.fn);
    const leaks = finishedFrameLeaks([["program", g], ...v.frames], readsOf(p, mode));
    if (leaks.length) out.push(`as ${mode === "agen" ? "an async generator" : "a coroutine"} ${what}, finished frames still hold: ${leaks.join(", ")}`);
  };
  one("agen", "run to its end", (fn) => driveAsyncGen(fn, p));
  one("agen", `aclosed after ${1 + (p.seed % 3)} actions`, (fn) => driveAsyncGen(fn, p, 1 + (p.seed % 3)));
  one("coro", "run to its end", (fn) => driveCoroutine(fn, p, false));
  one("coro", "closed before it starts", (fn) => driveCoroutine(fn, p, true));
  return out;
}

/**
 * The finished-frame check for closed generators: p's generator closed before it starts and after
 * a few actions of its plan (drive.mjs closeAfter; fewer than the trace had, so it is suspended
 * when closed), each run checked as frameLeaks does.
 */
function closedLeaks(p, pycoroFn, frames, traceLen) {
  const out = [];
  const points = [0, 1 + (p.seed % 4)].filter((k, i) => i === 0 || k < traceLen);
  for (const k of points) {
    if (frames) frames.length = 0;
    const g = closeAfter(pycoroFn, p, k);
    const leaks = frameLeaks(p, g, frames);
    if (leaks.length) out.push(`closed after ${k} actions, finished frames still hold: ${leaks.join(", ")}`);
  }
  return out;
}

/** The locals the finished generators of p's run still hold (frames.mjs), as lines. */
function frameLeaks(p, g, frames) {
  return finishedFrameLeaks([["program", g], ...(frames ?? [])], readsOf(p, "gen"));
}

/** closureReads of p printed as `mode`, parsed once per program and mode. */
const reads = new WeakMap();
function readsOf(p, mode) {
  let m = reads.get(p);
  if (m === undefined) reads.set(p, (m = new Map()));
  if (!m.has(mode)) m.set(mode, closureReads(printProgram(p, "", mode)));
  return m.get(mode);
}

function checkNativeOnly(p, nativeFn) {
  const a = drive(nativeFn, p, "js");
  const b = drive(nativeFn, p, "js");
  if (firstDiff(a, b) >= 0) return { status: "nondeterministic", native: a, pycoro: b };
  if (a.includes("CAP")) return { status: "cap", native: a };
  // Raw (non-Error) throws are the generated ones only (gen.mjs NON_ERRORS), never an accident.
  const generatedRaw = (l) => NON_ERRORS.some((v) => l.endsWith(`raw ${v}`));
  // ...and so are the TypeErrors of the generated calls of non-functions (gen.mjs "notfn": `N<id>:TypeError ...`).
  const generatedTypeError = (l) => /\bN\d+:TypeError /.test(l) && !/\bN\d+:TypeError .*(TypeError|ReferenceError|SyntaxError)/.test(l.replace(/\bN\d+:TypeError /, ""));
  if (a.some((l) => (l.includes("raw ") && !generatedRaw(l)) || (/TypeError|ReferenceError|SyntaxError/.test(l) && !generatedTypeError(l)))) return { status: "native-error", native: a };
  return { status: "ok", steps: a.length };
}

// ---- worker: run a batch, streaming results ---------------------------------------------------

async function worker(job) {
  const out = (s) => process.stdout.write(s + "\n");
  const programs = job.seeds.map((s) => generateProgram(s));
  let built;
  try {
    if (job.nativeOnly) built = { native: await loadNative(printModule(programs)) };
    else {
      built = await buildAll(programs);
      out("BUILT programs");
      const some = programs.filter((_, i) => i % job.asyncEvery === 0);
      built.variants = { agen: await buildVariant(some, "agen"), coro: await buildVariant(some, "coro") };
      out("BUILT async forms");
    }
  } catch (e) {
    out(`FATAL ${JSON.stringify(first(e))}`);
    return;
  }
  for (let i = 0; i < programs.length; i++) {
    if (i < job.skip) continue;
    out(`RUN ${i}`);
    const p = programs[i];
    let r;
    try {
      const k = i / job.asyncEvery;
      const variants = built.variants && Number.isInteger(k) ? Object.fromEntries(Object.entries(built.variants).map(([mode, v]) => [mode, { fn: v.fns[k], frames: v.frames[k] }])) : undefined;
      r = job.nativeOnly ? checkNativeOnly(p, built.native[i]) : check(p, built.native[i], built.pycoro[i], built.frames[i], variants);
    } catch (e) {
      r = { status: "harness-error", message: first(e) };
    }
    out(`RES ${JSON.stringify({ i, seed: p.seed, ...r })}`);
  }
  cleanup();
  out("DONE");
}

/**
 * Spawn this script as a worker; `onLine` gets each stdout line. The worker is killed when it
 * prints nothing for `idleMs` (after its first line; `startMs` before it and after each "BUILT"
 * line, for each stage of the build: a batch of 250 under load took over 120 s with the async forms).
 */
function runWorker(args, { startMs = 120_000, idleMs = 10_000 } = {}, onLine) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SELF, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let buf = "", err = "", killed = false;
    let timer = setTimeout(kill, startMs);
    function kill() {
      killed = true;
      child.kill("SIGKILL");
    }
    // (a "BUILT ..." line: one stage of the build is over, the next gets `startMs` again)
    let building = true;
    child.stdout.on("data", (d) => {
      buf += d;
      clearTimeout(timer);
      let k;
      while ((k = buf.indexOf("\n")) >= 0) {
        const line = buf.slice(0, k);
        building = line.startsWith("BUILT ");
        onLine(line);
        buf = buf.slice(k + 1);
      }
      timer = setTimeout(kill, building ? startMs : idleMs);
    });
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (buf) onLine(buf);
      resolve({ code, signal, killed, stderr: err });
    });
  });
}

/** Run programs `seeds` in workers; a hang kills the worker, is blamed and the rest resumes. */
async function runBatch(seeds, opts) {
  const results = [];
  let skip = 0;
  while (skip < seeds.length) {
    let running = -1, done = false, fatal = null;
    const jobFile = path.join(OUT, `job-${process.pid}-${seeds[0]}-${skip}.json`);
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(jobFile, JSON.stringify({ seeds, skip, nativeOnly: opts.nativeOnly, asyncEvery: opts.asyncEvery }));
    // (each build stage compiles the batch: up to ~0.2 s a program on a loaded machine)
    const w = await runWorker(["--worker", jobFile], { startMs: Math.max(120_000, seeds.length * 600) }, (line) => {
      if (line.startsWith("RUN ")) running = Number(line.slice(4));
      else if (line.startsWith("RES ")) {
        results.push(JSON.parse(line.slice(4)));
        running = -1;
      } else if (line === "DONE") done = true;
      else if (line.startsWith("FATAL ")) fatal = JSON.parse(line.slice(6));
    });
    fs.rmSync(jobFile, { force: true });
    if (done) break;
    if (fatal) throw new Error(`fuzz worker could not build the batch: ${fatal}`);
    if (running < 0) throw new Error(`fuzz worker died (${w.signal ?? `exit ${w.code}`}) outside a program: ${w.stderr.slice(-2000)}`);
    results.push({
      i: running,
      seed: seeds[running],
      status: w.killed ? "hang" : "crash",
      message: w.killed ? "no progress for 10 s (an infinite loop inside a step?)" : `worker died: ${w.stderr.trim().split("\n").slice(-3).join(" / ")}`,
    });
    skip = running + 1;
  }
  return results;
}

// ---- reduction (in its own worker: a candidate may hang) --------------------------------------

/** Does `q` still fail the way `kind` did? (native must build and run cleanly) */
async function stillFails(q, kind) {
  let nat;
  try {
    nat = await loadNative(printModule([q]));
  } catch {
    return false;
  }
  const nt = drive(nat[0], q, "js");
  if (nt.includes("CAP") || nt.some((l) => /TypeError|ReferenceError|SyntaxError/.test(l))) return false;
  const py = await loadPycoro(printModule([q]));
  if (py.error) return py.error.stage === kind;
  if (kind !== "mismatch" && kind !== "leak") return false;
  let g;
  py.frames.length = 0;
  const pt = drive(py.programs[0], q, "py", (x) => (g = x));
  if (kind === "mismatch") return firstDiff(nt, pt) >= 0;
  return firstDiff(nt, pt) < 0 && allLeaks(q, g, py, pt.length, await loadVariants(q)).length > 0;
}

/** The async variants of program q alone (run.mjs variantLeaks), for reduction and reports. */
async function loadVariants(q) {
  const out = {};
  for (const mode of ["agen", "coro"]) {
    const v = await loadPycoro(printModule([q], mode));
    out[mode] = { fn: v.programs?.[0] ?? null, frames: v.frames ?? [] };
  }
  return out;
}

/** Every finished-frame finding for program q: its own run `g`, closed runs, async variants. */
function allLeaks(q, g, py, traceLen, variants) {
  return [...frameLeaks(q, g, py.frames).map((l) => `finished frames still hold: ${l}`), ...closedLeaks(q, py.programs[0], py.frames, traceLen), ...variantLeaks(q, variants)];
}

async function reduceWorker(file) {
  const { program, kind } = JSON.parse(fs.readFileSync(file, "utf8"));
  await reduce(program, (q) => stillFails(q, kind), {
    deadline: Date.now() + 60_000,
    onBetter: (q) => process.stdout.write(`BEST ${JSON.stringify(q)}\n`),
  });
  cleanup();
  process.stdout.write("DONE\n");
}

async function reduceFailure(program, kind) {
  const file = path.join(OUT, `reduce-${process.pid}-${program.seed}.json`);
  fs.writeFileSync(file, JSON.stringify({ program, kind }));
  let best = program;
  await runWorker(["--reduce-worker", file], { startMs: 90_000, idleMs: 90_000 }, (line) => {
    if (line.startsWith("BEST ")) best = JSON.parse(line.slice(5));
  });
  fs.rmSync(file, { force: true });
  return best;
}

// ---- reporting --------------------------------------------------------------------------------

function planText(p, traceLen) {
  if (p.mode === "forof") return "drive: for (const x of g) to exhaustion";
  const steps = [];
  for (let i = 0; i < Math.min(traceLen + 1, 40); i++) {
    const [k, a] = planStep(p, i);
    steps.push(k === "send" ? `send(${a})` : `throw(new Error("${a}"))`);
  }
  return `drive: ${steps.join(", ")}, ... (py: g.send/g.throw; js: g.next/g.throw)`;
}

function traceDiff(a, b, at) {
  const lines = [];
  const from = Math.max(0, at - 6);
  for (let i = from; i < Math.max(a.length, b.length) && i < at + 4; i++) {
    const same = a[i] === b[i];
    lines.push(`  ${same ? " " : "!"} ${String(i).padStart(3)}  native: ${a[i] ?? "(end)"}`);
    if (!same) lines.push(`         pycoro: ${b[i] ?? "(end)"}`);
  }
  return lines.join("\n");
}

async function describeFailure(r, opts) {
  const original = generateProgram(r.seed);
  let p = original;
  if (opts.reduce && ["mismatch", "leak", "compile", "diagnostics", "load"].includes(r.status)) p = await reduceFailure(original, r.status);
  // Re-run the reduced program for its traces.
  let detail = r.message ? `  ${r.message}\n` : "";
  let nat = [], py = [];
  if (r.status !== "hang" && r.status !== "crash") {
    try {
      nat = drive((await loadNative(printModule([p])))[0], p, "js");
      const pc = opts.nativeOnly ? null : await loadPycoro(printModule([p]));
      if (pc?.error) detail = `  ${pc.error.stage}: ${pc.error.message}\n`;
      else if (pc) {
        let g;
        pc.frames.length = 0;
        py = drive(pc.programs[0], p, "py", (x) => (g = x));
        const at = firstDiff(nat, py);
        const leaks = at < 0 ? allLeaks(p, g, { ...pc, frames: pc.frames }, py.length, await loadVariants(p)) : [];
        detail = at >= 0 ? `  traces differ at entry ${at}:\n${traceDiff(nat, py, at)}\n`
          : leaks.length ? `  ${leaks.join("\n  ")}\n  (trace: ${py.slice(-3).join(" | ")})\n`
          : "  (reduced program no longer differs; showing the original)\n";
      }
    } catch (e) {
      detail += `  (re-run failed: ${first(e)})\n`;
    }
  }
  fs.mkdirSync(FAIL_DIR, { recursive: true });
  const file = path.join(FAIL_DIR, `${r.seed}.json`);
  fs.writeFileSync(file, JSON.stringify({ status: r.status, program: p, original, native: nat, pycoro: py }, null, 2));
  return [
    `✗ program seed ${r.seed}: ${r.status}${p !== original ? " (reduced)" : ""}`,
    detail.trimEnd(),
    `  ${planText(p, nat.length)}; arg a = ${p.arg}`,
    "  program (module prelude: test/fuzz/gen.mjs PRELUDE):",
    printProgram(p, "    "),
    `  saved: ${path.relative(ROOT, file)}  (replay: node test/fuzz/run.mjs --replay ${path.relative(ROOT, file)})`,
  ].join("\n");
}

async function replay(file) {
  const saved = JSON.parse(fs.readFileSync(file, "utf8"));
  const p = saved.program;
  console.log(printModule([p]));
  console.log(planText(p, 40));
  const nat = drive((await loadNative(printModule([p])))[0], p, "js");
  const pc = await loadPycoro(printModule([p]));
  if (pc.error) return console.log(`pycoro ${pc.error.stage}: ${pc.error.message}`);
  let g;
  pc.frames.length = 0;
  const py = drive(pc.programs[0], p, "py", (x) => (g = x));
  console.log(`compiled: ${pc.file}`);
  const at = firstDiff(nat, py);
  console.log(at < 0 ? "traces equal" : `traces differ at ${at}:\n${traceDiff(nat, py, at)}`);
  const leaks = allLeaks(p, g, pc, py.length, await loadVariants(p));
  console.log(leaks.length ? leaks.join("\n") : "finished frames hold no locals (also closed, and as an async generator and a coroutine)");
}

// ---- main -------------------------------------------------------------------------------------

/**
 * Early errors: program i of batch `seed` with an early error planted (gen.mjs plantEarlyError).
 * V8 must refuse the native module; pycoro must report PYC0002 on the planted line (the marked
 * function then throws instead of running, and the module still loads).
 */
async function checkEarly(opts) {
  const started = Date.now();
  const { compile } = await (await import("./build.mjs")).loadCompiler();
  const failures = [];
  for (let i = 0; i < opts.early; i++) {
    const q = plantEarlyError(generateProgram(programSeed(opts.seed, i)), programSeed(opts.seed + 1, i));
    const src = printModule([q]);
    const line = src.split("\n").findIndex((l) => l.includes("/*early*/")) + 1;
    let nativeRefused = false;
    try { await loadNative(src); } catch (e) { nativeRefused = /SyntaxError/.test(String(e && e.stack || e)); }
    let diags = [];
    try { diags = compile(src, { fileName: "early.ts" }).diagnostics; } catch (e) { failures.push({ i, form: q.early, message: `compile() threw ${first(e)}` }); continue; }
    const located = diags.some((d) => d.code === "PYC0002" && d.line === line);
    if (!nativeRefused || !located) failures.push({ i, form: q.early, message: `native refused: ${nativeRefused}; pycoro: ${diags.map((d) => `${d.code}@${d.line}`).join(" ") || "no diagnostic"} (planted at line ${line})` });
  }
  cleanup();
  const summary = `${opts.early} programs with a planted early error: ${failures.length} failing; ${((Date.now() - started) / 1000).toFixed(1)} s`;
  console.log(opts.json ? JSON.stringify({ summary, total: opts.early, byStatus: { ok: opts.early - failures.length, failing: failures.length }, failures, reports: failures.map((f) => `#${f.i} (${f.form}): ${f.message}`) }) : `${failures.map((f) => `#${f.i} (${f.form}): ${f.message}`).join("\n")}\n${summary}`);
  process.exitCode = failures.length ? 1 : 0;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.early) return checkEarly(opts);
  if (opts.worker) return worker(JSON.parse(fs.readFileSync(opts.worker, "utf8")));
  if (opts.reduceWorker) return reduceWorker(opts.reduceWorker);
  if (opts.replay) return replay(opts.replay);

  const started = Date.now();
  const batches = [];
  if (opts.long) {
    for (let n = 0; n < opts.count; n += opts.batch) batches.push({ seed: (Math.random() * 2 ** 32) >>> 0, count: Math.min(opts.batch, opts.count - n) });
  } else batches.push({ seed: opts.seed, count: opts.count });

  const all = [];
  for (const b of batches) {
    if (opts.long && (Date.now() - started) / 1000 > opts.time) break;
    const seeds = Array.from({ length: b.count }, (_, i) => programSeed(b.seed, i));
    const res = await runBatch(seeds, opts);
    all.push(...res);
    const bad = res.filter((r) => r.status !== "ok").length;
    if (!opts.json) console.error(`batch seed ${b.seed}: ${res.length} programs, ${bad} failing (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  const failures = all.filter((r) => r.status !== "ok");
  const byStatus = {};
  for (const r of all) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  const reports = [];
  for (const r of failures.slice(0, opts.maxReport)) reports.push(await describeFailure(r, opts));
  const summary = `${all.length} programs (${opts.nativeOnly ? "native only" : "native vs pycoro"}): ${Object.entries(byStatus).map(([k, v]) => `${v} ${k}`).join(", ")}; ${((Date.now() - started) / 1000).toFixed(1)} s`;
  if (opts.json) {
    console.log(JSON.stringify({ summary, total: all.length, byStatus, failures: failures.map((f) => ({ seed: f.seed, status: f.status })), reports }));
  } else {
    for (const t of reports) console.log(t + "\n");
    if (failures.length > reports.length) console.log(`(${failures.length - reports.length} more failing seeds: ${failures.slice(reports.length, reports.length + 30).map((f) => f.seed).join(", ")}${failures.length > reports.length + 30 ? ", ..." : ""})`);
    console.log(summary);
  }
  process.exitCode = failures.length ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
