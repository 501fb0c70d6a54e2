// Runs one measurement in a fresh process (a Node child for JS variants, python3 for CPython)
// and returns its JSON report: { ok: true, ...data } or { ok: false, error }.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const CHILD = path.join(HERE, "child.mjs");
export const PY_DIR = path.join(HERE, "..", "py");
export const PYTHON = process.env.PYCORO_PYTHON ?? "python3";

function runJson(cmd, args, { timeoutMs = 120_000, cwd } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let out = "", err = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.stdout.on("data", (b) => (out += b));
    child.stderr.on("data", (b) => (err += b));
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve({ ok: false, error: `spawn ${cmd}: ${e.message}` });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const last = out.trim().split("\n").pop() ?? "";
      try {
        const r = JSON.parse(last);
        if (r && typeof r === "object") return resolve(r);
      } catch {}
      const why = signal ? `killed by ${signal}${signal === "SIGKILL" ? " (timeout?)" : ""}` : `exit ${code}`;
      const msg = (err.trim().split("\n").find((l) => /Error|error:/.test(l)) ?? err.trim().split("\n").pop() ?? "").slice(0, 200);
      resolve({ ok: false, error: `${why}${msg ? `: ${msg}` : ""}` });
    });
  });
}

/** node [nodeFlags] bench/lib/child.mjs <family> <json args> */
export function runNodeChild(family, args, { nodeFlags = [], timeoutMs } = {}) {
  return runJson(process.execPath, [...nodeFlags, CHILD, family, JSON.stringify(args)], { timeoutMs });
}

/** node --input-type=module -e <code>: a bare program (for RSS); it prints its own JSON line. */
export function runNodeEval(code, { timeoutMs } = {}) {
  return runJson(process.execPath, ["--input-type=module", "-e", code], { timeoutMs });
}

/** python3 bench/py/<script> <json args> */
export function runPython(script, args, { timeoutMs } = {}) {
  return runJson(PYTHON, [path.join(PY_DIR, script), JSON.stringify(args)], { timeoutMs });
}
