/**
 * Interop both ways over loopback (issue 9): a pycoro client against a CPython asyncio server, and
 * a CPython client against a pycoro server, exchanging lines (UTF-8 included), binary frames
 * (length-prefixed, up to 300,000 bytes, checked with sha256 on both sides) and EOF (the client's
 * writeEof, the server's answer, then EOF back). The oracle is CPython against itself: every
 * pairing must print, on each side, exactly what the CPython/CPython pairing prints. The programs
 * are test/net/programs/interop_{client,server}.py and interop-{client,server}.ts; a server prints
 * its port on its first line (read here, never compared) and serves one client.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { CLI, ROOT } from "../harness/paths.js";
import { run } from "../harness/proc.js";

const PY = process.env.PYCORO_PYTHON ?? "python3";
const DIR = path.join(ROOT, "test", "net", "programs");
const TIMEOUT = 60_000;

type Side = "py" | "ts";

function command(side: Side, role: "client" | "server"): [string, string[]] {
  return side === "py" ? [PY, [path.join(DIR, `interop_${role}.py`)]] : [process.execPath, [CLI, "run", path.join(DIR, `interop-${role}.ts`)]];
}

/** Start a server; resolves once it printed its port, with a promise of the rest of its output. */
function startServer(side: Side): Promise<{ port: number; output: Promise<{ out: string; err: string; code: number | null }>; child: ChildProcess }> {
  const [file, args] = command(side, "server");
  const child = spawn(file, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
  let out = "";
  let err = "";
  const output = new Promise<{ out: string; err: string; code: number | null }>((resolve) => {
    child.on("close", (code) => resolve({ out, err, code }));
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${side} server printed no port: ${out}${err}`));
    }, TIMEOUT);
    child.stderr.on("data", (b: Buffer) => (err += b.toString()));
    child.stdout.on("data", (b: Buffer) => {
      const before = out;
      out += b.toString();
      const m = /^PORT (\d+)\n/.exec(out);
      if (m && !/^PORT \d+\n/.test(before)) {
        clearTimeout(timer);
        resolve({ port: Number(m[1]), output, child });
      }
    });
    child.on("error", reject);
  });
}

async function pair(client: Side, server: Side): Promise<{ client: string; server: string }> {
  const srv = await startServer(server);
  try {
    const [file, args] = command(client, "client");
    const c = await run(file, [...args, String(srv.port)], { cwd: ROOT, timeoutMs: TIMEOUT });
    expect(c.stderr, `${client} client stderr`).toBe("");
    expect(c.code, `${client} client exit`).toBe(0);
    const s = await srv.output;
    expect(s.err, `${server} server stderr`).toBe("");
    expect(s.code, `${server} server exit`).toBe(0);
    return { client: c.stdout, server: s.out.replace(/^PORT \d+\n/, "") };
  } finally {
    srv.child.kill("SIGKILL");
  }
}

describe.concurrent("interop over loopback (CPython asyncio <-> pycoro)", () => {
  const oracle = pair("py", "py");
  test("CPython client, CPython server (the oracle) exchange everything", { timeout: TIMEOUT * 2 }, async () => {
    const o = await oracle;
    expect(o.client).toContain("client: final b'EOF-ACK 3 4\\n'");
    expect(o.server).toContain("server: eof True");
  });
  for (const [client, server] of [["ts", "py"], ["py", "ts"], ["ts", "ts"]] as [Side, Side][]) {
    test(`${client === "ts" ? "pycoro" : "CPython"} client, ${server === "ts" ? "pycoro" : "CPython"} server`, { timeout: TIMEOUT * 2 }, async () => {
      const [o, r] = await Promise.all([oracle, pair(client, server)]);
      expect(r.client).toBe(o.client);
      expect(r.server).toBe(o.server);
    });
  }
});
