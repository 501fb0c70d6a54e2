// Subprocess faults and load (issue 9): 500 children in a row with pipes, a child killed while
// communicate() is still writing a large input, a program that ends with a child still running.
// Each must end cleanly: the right returncodes, no error, no hang, and no child handle or pipe left
// to keep Node alive (or a child left behind). The behaviours themselves are compared with CPython
// in fixtures/subprocess/*.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { PIPE, createSubprocessExec, type Process } from "../../runtime/loop/io/subprocess.js";
import { run } from "../../runtime/loop/run.js";
import { CACHE, CLI } from "../harness/paths.js";
import { aw, co } from "./helpers.js";

/** Node handles of child processes and pipes still open in this process. */
function childHandles(): number {
  return process.getActiveResourcesInfo().filter((r) => r === "ProcessWrap" || r === "PipeWrap").length;
}

/** The number of child/pipe handles once those being closed are gone (a handle's close completes a turn later). */
async function settledHandles(atMost: number): Promise<number> {
  for (let i = 0; i < 100 && childHandles() > atMost; i++) await new Promise((r) => setTimeout(r, 10));
  return childHandles();
}

describe("subprocess faults", () => {
  test("500 subprocesses in a row, each with a pipe: every returncode and output, nothing left open", async () => {
    const before = await settledHandles(Infinity);
    const results = await run(
      co(function* () {
        const seen: string[] = [];
        for (let i = 0; i < 500; i++) {
          const p = (yield* aw(createSubprocessExec("sh", "-c", `echo ${i}; exit ${i % 7}`, { stdout: PIPE }))) as Process;
          const [out] = (yield* aw(p.communicate())) as [Buffer, null];
          seen.push(`${out.toString().trim()}:${p.returncode}`);
        }
        return seen;
      })(),
    );
    expect(results).toEqual(Array.from({ length: 500 }, (_, i) => `${i}:${i % 7}`));
    expect(await settledHandles(before)).toBeLessThanOrEqual(before);
  }, 600_000); // a fork costs ~5 ms on an idle 2-core box, 100+ ms on a loaded one

  test("a child killed while communicate() writes 8 MiB to it: its output, returncode -9, no error, nothing open", async () => {
    const before = await settledHandles(Infinity);
    const big = Buffer.alloc(8 * 1024 * 1024, 120);
    const [out, err, rc] = await run(
      co(function* () {
        const p = (yield* aw(createSubprocessExec("sh", "-c", "head -c 1 >/dev/null; echo partial; kill -9 $$", { stdin: PIPE, stdout: PIPE, stderr: PIPE }))) as Process;
        const [o, e] = (yield* aw(p.communicate(big))) as [Buffer, Buffer];
        return [o.toString(), e.toString(), p.returncode] as const;
      })(),
    );
    expect([out, err, rc]).toEqual(["partial\n", "", -9]);
    expect(await settledHandles(before)).toBeLessThanOrEqual(before);
  });
});

describe("a program that ends with a child still running", () => {
  const dir = path.join(CACHE, "subprocess-test");

  test("exits by itself, and the child is gone (killed when run() closes the loop)", async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, "leave.ts"),
      `import { coroutine, createSubprocessExec, run } from "pycoro";
const main = coroutine(async function () {
  const p = await createSubprocessExec("sleep", "60");
  console.log(p.pid);
});
await run(main());
`,
    );
    const built = spawnSync(process.execPath, [CLI, "build", dir, "--outDir", path.join(dir, "js"), "--no-map"], { encoding: "utf8" });
    expect(built.status, built.stderr).toBe(0);
    const { code, signal, stdout } = await new Promise<{ code: number | null; signal: string | null; stdout: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(dir, "js", "leave.js")], { stdio: ["ignore", "pipe", "inherit"] });
      let stdout = "";
      child.stdout.on("data", (b: Buffer) => (stdout += b.toString()));
      const killer = setTimeout(() => child.kill("SIGKILL"), 50_000); // the child sleeps 60 s: this would be a hang
      child.on("close", (code, signal) => {
        clearTimeout(killer);
        resolve({ code, signal, stdout });
      });
    });
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    const pid = Number(stdout.trim());
    expect(pid).toBeGreaterThan(0);
    // The orphan is reaped by init once it has died: poll until kill(pid, 0) says ESRCH.
    let alive = true;
    for (let i = 0; i < 100 && alive; i++) {
      try {
        process.kill(pid, 0);
        await new Promise((r) => setTimeout(r, 50));
      } catch (e) {
        alive = (e as { code?: string }).code !== "ESRCH";
      }
    }
    expect(alive).toBe(false);
  });
});
