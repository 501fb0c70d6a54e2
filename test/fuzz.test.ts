/**
 * Differential fuzzing, fixed seed: 200 random generator functions (test/fuzz/gen.mjs) run as V8
 * native generators and compiled by pycoro, driven identically; traces must match. The programs
 * are compiled as one module and run in one worker process (test/fuzz/run.mjs). The programs
 * include issue 8's shapes (TDZ reads, delete, reserved-word keys, non-Error throws), and 30 get
 * a planted early error that both V8 and pycoro must refuse. Every pycoro generator that finished
 * (returned, raised, closed) must hold no locals but those a closure reads (frames.mjs; issue 12,
 * s6-fuzz). On failure the
 * message holds the reduced failing program, its drive plan and both traces.
 * `npm run fuzz` runs thousands with random seeds.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT } from "./harness/paths.js";

const RUN = path.join(ROOT, "test", "fuzz", "run.mjs");

interface Summary {
  summary: string;
  total: number;
  byStatus: Record<string, number>;
  failures: { seed: number; status: string }[];
  reports: string[];
}

function fuzz(args: string[]): Promise<Summary> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [RUN, "--json", ...args], { cwd: ROOT, maxBuffer: 64 << 20, timeout: 240_000 }, (err, stdout, stderr) => {
      const last = stdout.trim().split("\n").pop() ?? "";
      try {
        resolve(JSON.parse(last) as Summary);
      } catch {
        reject(new Error(`test/fuzz/run.mjs ${args.join(" ")} produced no summary (${err?.message ?? "no error"})\nstdout: ${stdout.slice(-2000)}\nstderr: ${stderr.slice(-4000)}`));
      }
    });
  });
}

describe("differential fuzzing (seed 1, 200 programs)", () => {
  test("the fuzzer's own programs are deterministic and terminate natively", async () => {
    const s = await fuzz(["--native-only", "--seed", "1", "--count", "200", "--no-reduce"]);
    if (s.failures.length) throw new Error(`${s.summary}\n\n${s.reports.join("\n\n")}`);
    expect(s.total).toBe(200);
  }, 300_000);

  test("a planted early error: V8 refuses the native program, pycoro reports PYC0002 on its line (issue 8)", async () => {
    const s = await fuzz(["--early", "30", "--seed", "1"]);
    if (s.failures.length) throw new Error(`${s.summary}\n\n${s.reports.join("\n")}`);
    expect(s.total).toBe(30);
  }, 300_000);

  test("pycoro-compiled generators behave as V8's native generators", async () => {
    const s = await fuzz(["--seed", "1", "--count", "200", "--max-report", "2"]);
    if (s.failures.length) {
      const seeds = s.failures.map((f) => `${f.seed} (${f.status})`).join(", ");
      throw new Error(`${s.summary}\nfailing seeds: ${seeds}\n\n${s.reports.join("\n\n")}`);
    }
    expect(s.total).toBe(200);
  }, 300_000);
});
