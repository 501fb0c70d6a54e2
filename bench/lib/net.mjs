// Family "net" (issue 9): asyncio streams over loopback, pycoro against CPython's asyncio (and
// asyncio on uvloop where `pip install uvloop` worked) and against plain node:net with callbacks.
// 1. ping-pong, 1 connection: 64-byte messages echoed back (write, readexactly): ns per round trip.
// 2. ping-pong, 100 connections at once, each doing the same: ns per round trip (all counted).
// 3. bulk: 64 KiB writes with drain to a server that counts the bytes: MB/s.
// Targets (issue 9): pycoro >= 3x CPython asyncio's round trips, within 1.5x of plain node:net.
// Connection set-up is excluded from the timings; each variant runs in a fresh process per round.
import net from "node:net";
import { pathToFileURL } from "node:url";
import { buildVariants } from "./build.mjs";
import { runNodeChild, runPython } from "./spawn.mjs";
import { fmt, median, table } from "./stats.mjs";
import { target } from "./variants.mjs";

export const id = "net";
export const title = "Network streams over loopback: echo round trips and bulk throughput";

export const source = `import { coroutine, openConnection, startServer, gather, type StreamReader, type StreamWriter } from "pycoro";

const MSG = Buffer.alloc(64, 120);
const CHUNK = Buffer.alloc(65536, 121);

const echo = coroutine(async function (reader: StreamReader, writer: StreamWriter) {
  for (;;) {
    const data = await reader.read(65536);
    if (data.length === 0) break;
    writer.write(data);
    await writer.drain();
  }
  writer.close();
});

export const pingpong = coroutine(async function (conns: number, rounds: number): Promise<number> {
  const server = await startServer(echo, "127.0.0.1", 0, { backlog: 1024 });
  const port = (server.sockets[0].getsockname() as [string, number])[1];
  const pairs: [StreamReader, StreamWriter][] = [];
  for (let i = 0; i < conns; i++) pairs.push(await openConnection("127.0.0.1", port));
  const one = coroutine(async function (r: StreamReader, w: StreamWriter) {
    for (let i = 0; i < rounds; i++) {
      w.write(MSG);
      await r.readexactly(64);
    }
  });
  const t0 = process.hrtime.bigint();
  await gather(...pairs.map(([r, w]) => one(r, w)));
  const dt = Number(process.hrtime.bigint() - t0);
  for (const [, w] of pairs) w.close();
  server.close();
  return dt / (conns * rounds);
});

export const bulk = coroutine(async function (mib: number): Promise<number> {
  let received = 0;
  const sink = coroutine(async function (reader: StreamReader, writer: StreamWriter) {
    for (;;) {
      const data = await reader.read(262144);
      if (data.length === 0) break;
      received += data.length;
    }
    writer.write("!");
    await writer.drain();
    writer.close();
  });
  const server = await startServer(sink, "127.0.0.1", 0);
  const port = (server.sockets[0].getsockname() as [string, number])[1];
  const [r, w] = await openConnection("127.0.0.1", port);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < mib * 16; i++) {
    w.write(CHUNK);
    await w.drain();
  }
  w.writeEof();
  await r.readexactly(1);
  const dt = Number(process.hrtime.bigint() - t0);
  if (received !== mib * 1048576) throw new Error("lost bytes");
  w.close();
  server.close();
  return dt / mib;
});
`;

const VARIANTS = ["pycoro", "node", "cpython", "uvloop"];
const LABEL = {
  pycoro: "pycoro streams (`openConnection` / `startServer`)",
  node: "plain node:net, callbacks",
  cpython: "CPython 3.11 asyncio streams",
  uvloop: "CPython 3.11 asyncio streams on uvloop",
};

function sizes(quick) {
  return quick ? { rounds1: 2000, rounds100: 20, mib: 8 } : { rounds1: 20000, rounds100: 200, mib: 64 };
}

export async function run(ctx) {
  const built = await buildVariants(id, source, ["pycoro"]);
  const args = sizes(ctx.quick);
  const perRound = {};
  const errors = {};
  for (let r = 0; r < ctx.rounds; r++) {
    const order = r % 2 ? [...VARIANTS].reverse() : VARIANTS;
    for (const v of order) {
      if (errors[v]) continue;
      let res;
      if (v === "cpython" || v === "uvloop") res = await runPython("netbench.py", { ...args, quick: ctx.quick, uvloop: v === "uvloop" }, { timeoutMs: 600_000 });
      else if (built.pycoro?.error) res = { ok: false, error: built.pycoro.error };
      else res = await runNodeChild(id, { ...args, quick: ctx.quick, mode: v, file: built.pycoro.file }, { timeoutMs: 600_000 });
      if (!res.ok) {
        errors[v] = res.error;
        ctx.log(`  net round ${r + 1}: ${v} failed: ${res.error}`);
        continue;
      }
      const meds = Object.fromEntries(Object.entries(res.samples).map(([k, xs]) => [k, median(xs)]));
      (perRound[v] ??= []).push(meds);
      ctx.log(`  net round ${r + 1}: ${v} ${Object.entries(meds).map(([k, x]) => `${k}=${x.toFixed(0)}`).join(" ")}`);
    }
  }
  const val = (v, k) => median((perRound[v] ?? []).map((m) => m[k]));
  // ratios within a round, then the median over rounds
  const ratio = (v, base, k) => {
    const a = perRound[v] ?? [], b = perRound[base] ?? [];
    const xs = [];
    for (let i = 0; i < Math.min(a.length, b.length); i++) xs.push(a[i][k] / b[i][k]);
    return median(xs);
  };
  const rtps = (ns) => (Number.isFinite(ns) ? fmt(1e9 / ns) : "—");
  const mbps = (nsPerMiB) => (Number.isFinite(nsPerMiB) ? fmt(1048576 / 1e6 / (nsPerMiB / 1e9)) : "—");
  const rows = VARIANTS.filter((v) => perRound[v]).map((v) => [
    LABEL[v],
    rtps(val(v, "pp1")),
    fmt(ratio(v, "pycoro", "pp1")),
    rtps(val(v, "pp100")),
    fmt(ratio(v, "pycoro", "pp100")),
    mbps(val(v, "bulk")),
    fmt(ratio(v, "pycoro", "bulk")),
  ]);
  const vsPy1 = ratio("cpython", "pycoro", "pp1"), vsPy100 = ratio("cpython", "pycoro", "pp100");
  const vsNode1 = ratio("pycoro", "node", "pp1"), vsNode100 = ratio("pycoro", "node", "pp100");
  const md = [
    `### ${title}`,
    "",
    `Ping-pong: 64-byte messages echoed (write, then readexactly(64)), ${args.rounds1.toLocaleString("en")} round trips on 1 connection and ${args.rounds100} on each of 100 connections at once (round trips per second, all connections counted). Bulk: ${args.mib} MiB in 64 KiB writes with drain to a server counting the bytes (MB/s). "time ÷ pycoro" > 1 means slower than pycoro. Medians over rounds of 5 runs each; connection set-up excluded.`,
    "",
    table(["implementation", "round trips/s (1 conn)", "time ÷ pycoro", "round trips/s (100 conns)", "time ÷ pycoro", "bulk MB/s", "time ÷ pycoro"], rows),
    "",
    target(`pycoro's round trips >= 3x CPython asyncio's: ${fmt(vsPy1)}x (1 connection), ${fmt(vsPy100)}x (100 connections)`, vsPy1, vsPy1 >= 3 && vsPy100 >= 3),
    target(`pycoro within 1.5x of plain node:net: ${fmt(vsNode1)}x (1 connection), ${fmt(vsNode100)}x (100 connections)`, vsNode1, vsNode1 <= 1.5 && vsNode100 <= 1.5),
    ...VARIANTS.filter((v) => errors[v]).map((v) => `- ${v}: unavailable (${errors[v]})`),
  ].join("\n");
  return { id, perRound, errors, markdown: md };
}

// ---------------------------------------------------------------- child side

export async function child({ file, quick, mode, rounds1, rounds100, mib }) {
  const reps = quick ? 2 : 5;
  const out = { pp1: [], pp100: [], bulk: [] };
  if (mode === "pycoro") {
    const m = await import(pathToFileURL(file).href);
    const { run } = await import("pycoro");
    // Warm-up to steady state: a tenth of a quick run left the loop's code unoptimized (the first
    // 2,000 round trips measured 350 µs each, the fourth run 110 µs; --no-opt 240 µs).
    await run(m.pingpong(1, rounds1));
    await run(m.pingpong(100, rounds100));
    for (let i = 0; i < reps; i++) {
      out.pp1.push(await run(m.pingpong(1, rounds1)));
      out.pp100.push(await run(m.pingpong(100, rounds100)));
      out.bulk.push(await run(m.bulk(mib)));
    }
  } else {
    await nodePingpong(1, rounds1); // the same warm-up as pycoro's
    await nodePingpong(100, rounds100);
    for (let i = 0; i < reps; i++) {
      out.pp1.push(await nodePingpong(1, rounds1));
      out.pp100.push(await nodePingpong(100, rounds100));
      out.bulk.push(await nodeBulk(mib));
    }
  }
  return { samples: out };
}

function listen(onSocket) {
  return new Promise((resolve) => {
    const srv = net.createServer({ noDelay: true, allowHalfOpen: true }, onSocket);
    srv.listen({ host: "127.0.0.1", port: 0, backlog: 1024 }, () => resolve(srv));
  });
}

function connect(port) {
  return new Promise((resolve, reject) => {
    const s = net.connect({ host: "127.0.0.1", port, noDelay: true });
    s.once("connect", () => resolve(s));
    s.once("error", reject);
  });
}

/** The same ping-pong on node:net's callbacks: the baseline a Node programmer would write. */
async function nodePingpong(conns, rounds) {
  const srv = await listen((s) => {
    s.on("data", (d) => s.write(d));
    s.on("end", () => s.end());
  });
  const port = srv.address().port;
  const socks = [];
  for (let i = 0; i < conns; i++) socks.push(await connect(port));
  const msg = Buffer.alloc(64, 120);
  const t0 = process.hrtime.bigint();
  await Promise.all(socks.map((s) => new Promise((resolve) => {
    let left = rounds;
    let got = 0;
    s.on("data", (d) => {
      got += d.length;
      while (got >= 64) {
        got -= 64;
        left -= 1;
        if (left === 0) return resolve();
        s.write(msg);
      }
    });
    s.write(msg);
  })));
  const dt = Number(process.hrtime.bigint() - t0);
  for (const s of socks) s.destroy();
  srv.close();
  return dt / (conns * rounds);
}

async function nodeBulk(mib) {
  let received = 0;
  const srv = await listen((s) => {
    s.on("data", (d) => (received += d.length));
    s.on("end", () => s.end("!"));
  });
  const s = await connect(srv.address().port);
  const chunk = Buffer.alloc(65536, 121);
  const t0 = process.hrtime.bigint();
  await new Promise((resolve) => {
    let left = mib * 16;
    const pump = () => {
      while (left > 0) {
        left -= 1;
        if (!s.write(chunk)) return s.once("drain", pump);
      }
      s.end();
    };
    s.once("data", () => resolve());
    pump();
  });
  const dt = Number(process.hrtime.bigint() - t0);
  if (received !== mib * 1048576) throw new Error("lost bytes");
  s.destroy();
  srv.close();
  return dt / mib;
}
