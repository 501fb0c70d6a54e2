/**
 * Load and faults over loopback (issue 9), each a program (test/net/programs/load.ts) run by the
 * CLI in its own process, which must end by itself:
 * - an echo server with many concurrent clients, pipelined messages, every byte accounted for (a
 *   checksum of each client's stream on both sides) and the server's write buffer under the high
 *   water mark plus one write: the 1,000 clients x 1,000 messages of 32 bytes (pipelined,
 *   it took 15 s alone on a 2-core machine at load ~45); `PYCORO_LOAD=small` runs 100 x 100.
 * - a slow reader: the writer waits in drain(), the write buffer, the StreamReader's buffer and
 *   the process's memory stay bounded while 16 MiB go through.
 * - a client that never reads: the server's drain() blocks until its timeout, no hang.
 * - main returning with a closed server and connections still open: the process exits (run()
 *   closes the loop, which closes the sockets it still owns).
 * Peer resets mid-read are in fixtures/net/errors; the CPython interop in interop.test.ts.
 */
import path from "node:path";
import { describe, expect, test } from "vitest";
import { CLI, ROOT } from "../harness/paths.js";
import { run } from "../harness/proc.js";

const PROGRAM = path.join(ROOT, "test", "net", "programs", "load.ts");
const FULL = process.env.PYCORO_LOAD !== "small";

async function runMode(args: string[], timeoutMs: number): Promise<Record<string, unknown>> {
  const r = await run(process.execPath, [CLI, "run", PROGRAM, ...args], { cwd: ROOT, timeoutMs });
  expect(r.timedOut, `${args.join(" ")} timed out; stderr: ${r.stderr}`).toBe(false);
  expect(r.stderr, `${args.join(" ")} stderr`).toBe("");
  expect(r.code, `${args.join(" ")} exit code`).toBe(0);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as Record<string, unknown>;
}

describe.concurrent("network load and faults", () => {
  const [C, M] = FULL ? [1000, 1000] : [100, 100];
  test(`echo: ${C} clients x ${M} messages, every byte accounted for`, { timeout: 300_000 }, async () => {
    const r = await runMode(["echo", String(C), String(M), "32"], 300_000);
    expect(r).toMatchObject({ everyClientOk: true, checksumsMatch: true, writeBufferBounded: true, bytes: C * M * 32, expectedBytes: C * M * 32 });
  });

  test("a slow reader: back-pressure keeps the buffers and the memory bounded", { timeout: 240_000 }, async () => {
    const r = await runMode(["slow-reader", "16"], 240_000);
    expect(r).toMatchObject({ bytes: 16 * 1048576, writerWaitedInDrain: true, writeBufferBounded: true, readerBufferBounded: true });
    // 16 MiB went through; a reader without back-pressure would hold most of it
    expect(r.rssGrowthMiB as number).toBeLessThan(48);
  });

  test("a client that never reads: drain() waits until the server's timeout, nothing hangs", { timeout: 120_000 }, async () => {
    const r = await runMode(["never-reads"], 120_000);
    expect(r).toMatchObject({ drainTimedOut: true, wroteMoreThanSocketBuffers: true });
  });

  test("main returns with connections open: the process exits by itself", { timeout: 120_000 }, async () => {
    const r = await runMode(["leave-open"], 60_000);
    expect(r).toMatchObject({ leftOpen: 3 });
  });
});
