// Signals in real processes: asyncio.run's SIGINT behaviour (issue 8 item 8) and a loop kept alive
// by its signal handlers. Each case runs a small program with `pycoro run` (or `node --import
// pycoro/register`), waits for its "ready" line, sends signals, and checks what CPython 3.11 does
// (fixtures/signals/* compare the same programs with their Python twins).
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { CACHE, CLI } from "../harness/paths.js";

const dir = path.join(CACHE, "signals-test");

const PROGRAMS: Record<string, string> = {
  "cleanup.ts": `import { coroutine, run, sleep } from "pycoro";
const main = coroutine(async function () {
  try {
    console.log("ready");
    await sleep(100);
  } finally {
    console.log("cleanup start");
    await sleep(0.2);
    console.log("cleanup done");
  }
});
await run(main());
console.log("not reached");
`,
  "swallow.ts": `import { CancelledError, coroutine, run, sleep } from "pycoro";
const main = coroutine(async function () {
  try {
    console.log("ready");
    await sleep(100);
  } catch (e) {
    console.log("caught", e instanceof CancelledError);
    return 5;
  }
});
console.log(await run(main()));
`,
  "catch-ki.ts": `import { KeyboardInterrupt, coroutine, run, sleep } from "pycoro";
const main = coroutine(async function () {
  console.log("ready");
  await sleep(100);
});
try {
  await run(main());
} catch (e) {
  console.log("caught", e instanceof KeyboardInterrupt, (e as Error).name);
}
`,
  "restored.ts": `import { coroutine, run, sleep } from "pycoro";
await run(coroutine(async function () { await sleep(0); })());
console.log("ready");
setTimeout(() => console.log("not reached"), 20000);
`,
  "wait-signal.ts": `import { Event, coroutine, getRunningLoop, run } from "pycoro";
const main = coroutine(async function () {
  const got = new Event();
  getRunningLoop().addSignalHandler("SIGUSR2", () => got.set());
  console.log("ready");
  await got.wait();
  console.log("got SIGUSR2");
});
await run(main());
`,
};

beforeAll(() => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(PROGRAMS)) writeFileSync(path.join(dir, name), text);
  // Compiled once (one TypeScript load) and run by plain node; `pycoro run` itself and the
  // register hook are exercised by one case each.
  const built = spawnSync(process.execPath, [CLI, "build", dir, "--outDir", path.join(dir, "js"), "--no-map"], { encoding: "utf8" });
  if (built.status !== 0) throw new Error(`pycoro build failed: ${built.stderr}`);
});

interface Outcome {
  stdout: string;
  stderr: string;
  code: number | null;
  signal: string | null;
}

/** Run `args`; each time its stdout first contains `when`, send `signal` (in order). */
function runAndSignal(args: string[], steps: [when: string, signal: string][]): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let next = 0;
    const killer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.stdout.on("data", (b: Buffer) => {
      stdout += b.toString();
      while (next < steps.length && stdout.includes(steps[next][0] + "\n")) child.kill(steps[next++][1] as NodeJS.Signals);
    });
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    child.on("close", (code, signal) => {
      clearTimeout(killer);
      resolve({ stdout, stderr, code, signal });
    });
  });
}

const pycoroRun = (file: string) => [CLI, "run", file];
const compiled = (file: string) => [path.join(dir, "js", file.replace(/\.ts$/, ".js"))];

describe.concurrent("SIGINT under run() (asyncio.run's _on_sigint, issue 8 item 8)", () => {
  test("cancels the main task, runs its finally with awaits, then ends by SIGINT with KeyboardInterrupt", async () => {
    const r = await runAndSignal(pycoroRun("cleanup.ts"), [["ready", "SIGINT"]]);
    expect(r.stdout).toBe("ready\ncleanup start\ncleanup done\n");
    expect(r.stderr).toBe("KeyboardInterrupt\n");
    expect(r.signal).toBe("SIGINT"); // a shell reports 130, as for python3
  });

  test("a second SIGINT during the cleanup raises KeyboardInterrupt out of the loop; run() still shuts down", async () => {
    const r = await runAndSignal(compiled("cleanup.ts"), [["ready", "SIGINT"], ["cleanup start", "SIGINT"]]);
    expect(r.stdout).toBe("ready\ncleanup start\n");
    expect(r.stderr).toBe("KeyboardInterrupt\n");
    expect(r.signal).toBe("SIGINT");
  });

  test("a main task that swallows the cancellation returns normally", async () => {
    const r = await runAndSignal(compiled("swallow.ts"), [["ready", "SIGINT"]]);
    expect(r).toEqual({ stdout: "ready\ncaught true\n5\n", stderr: "", code: 0, signal: null });
  });

  test("run() rejects with KeyboardInterrupt, which the program can catch", async () => {
    const r = await runAndSignal(compiled("catch-ki.ts"), [["ready", "SIGINT"]]);
    expect(r).toEqual({ stdout: "ready\ncaught true KeyboardInterrupt\n", stderr: "", code: 0, signal: null });
  });

  test("after run() the previous SIGINT handling (Node's default) is back", async () => {
    const r = await runAndSignal(compiled("restored.ts"), [["ready", "SIGINT"]]);
    expect(r).toEqual({ stdout: "ready\n", stderr: "", code: null, signal: "SIGINT" });
  });

  test("an uncaught KeyboardInterrupt under plain node (compiled) ends the same way", async () => {
    const r = await runAndSignal(compiled("cleanup.ts"), [["ready", "SIGINT"]]);
    expect(r.stdout).toBe("ready\ncleanup start\ncleanup done\n");
    expect(r.stderr).toBe("KeyboardInterrupt\n");
    expect(r.signal).toBe("SIGINT");
  });
});

describe("addSignalHandler keeps a waiting program alive", () => {
  test("a main task waiting only for a signal does not end before it arrives", async () => {
    const r = await runAndSignal(compiled("wait-signal.ts"), [["ready", "SIGUSR2"]]);
    expect(r).toEqual({ stdout: "ready\ngot SIGUSR2\n", stderr: "", code: 0, signal: null });
  });
});
