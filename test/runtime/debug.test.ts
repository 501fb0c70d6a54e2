// Debug mode (PYTHONASYNCIODEBUG / PYCORO_DEBUG): a coroutine collected without having started is
// reported as CPython reports it, `RuntimeWarning: coroutine '<qualname>' was never awaited`, with
// where it was created (CO-19). A run in a child `node --expose-gc`, which collects until both
// dropped coroutines are reported (finalisation is asynchronous) or gives up after 50 rounds.
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dir = path.join(root, ".pycoro-cache", "debug-mode");

const PROGRAM = `import { coroutine } from "pycoro";

const dropped = coroutine(async function dropped() { return 1; });
const started = coroutine(async function started() { return 2; });
const closed = coroutine(async function closed() { return 3; });
const thrownInto = coroutine(async function thrownInto() { return 4; });
const awaiter = coroutine(async function awaiter() { return await started(); });
class Service {
  @coroutine async fetch(): Promise<number> { return 5; }
}

let reported = 0;
process.on("warning", (w) => { if (w.name === "RuntimeWarning") reported++; });
function leak() {
  dropped();
  new Service().fetch();
  closed().close();
  try { thrownInto().throw(new Error("x")); } catch {}
  try { awaiter().send(undefined); } catch {}
  // marked closures: one class per source function, each frame holding its own step
  const innerDropped = coroutine(async function innerDropped() { return 6; });
  const innerStarted = coroutine(async function innerStarted() { return 7; });
  innerDropped();
  try { innerStarted().send(undefined); } catch {}
  innerStarted().close();
}
leak();
for (let i = 0; i < 50 && reported < 3; i++) {
  (globalThis as any).gc();
  await new Promise((r) => setTimeout(r, 10));
}
console.log("reported", reported);
`;

function run(env: Record<string, string>) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "prog.ts"), PROGRAM);
  const r = spawnSync(process.execPath, ["--expose-gc", "--import", "pycoro/register", "prog.ts"], {
    cwd: dir, encoding: "utf8", env: { ...process.env, PYTHONASYNCIODEBUG: "", PYCORO_DEBUG: "", ...env }, timeout: 60_000,
  });
  return { out: r.stdout, err: r.stderr, status: r.status };
}

describe("debug mode: never-awaited coroutines (CO-19)", () => {
  it("reports each coroutine collected in the created state, with where it was created", () => {
    const r = run({ PYTHONASYNCIODEBUG: "1" });
    expect(r.status).toBe(0);
    expect(r.out).toBe("reported 3\n");
    const warnings = r.err.split("\n").filter((l) => l.includes("RuntimeWarning"));
    expect(warnings.map((l) => l.replace(/^\(node:\d+\) /, "")).sort()).toEqual([
      "RuntimeWarning: coroutine 'Service.fetch' was never awaited",
      "RuntimeWarning: coroutine 'dropped' was never awaited",
      "RuntimeWarning: coroutine 'leak.<locals>.innerDropped' was never awaited",
    ]);
    expect(r.err).toMatch(/Coroutine created at \(most recent call last\)[\s\S]*at leak \(.*prog\.ts:15:3\)/);
  }, 60_000);

  it("reports nothing outside debug mode (no tracking cost)", () => {
    const r = run({});
    expect(r.status).toBe(0);
    expect(r.err).not.toContain("RuntimeWarning");
  }, 60_000);
});
