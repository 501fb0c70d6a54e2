// Load and fault programs for test/net/load.test.ts and `npm run bench` (issue 9), run with
// `node bin/pycoro.mjs run test/net/programs/load.ts <mode> [args]`. Each prints one JSON line of
// checks; none prints a port.
//   echo C M S     C clients x M messages of S bytes through an echo server, pipelined (a writer
//                  task with drain, a reader task); every byte accounted for: a checksum of what
//                  each client sent and received, and of what the server echoed.
//   slow-reader N  the server sends N MiB in 64 KiB writes with drain to a client that reads 16 KiB
//                  at a time with a pause: the server's write buffer, the client's StreamReader
//                  buffer and the process's memory stay bounded.
//   never-reads    a client that never reads: the server's drain() waits (back-pressure) and a
//                  timeout around it fires; the server then aborts the connection.
//   leave-open     main returns with a server closed and connections still open: the process must
//                  exit by itself (no leaked handle keeps Node alive).
import {
  TimeoutError,
  coroutine,
  createTask,
  gather,
  openConnection,
  run,
  sleep,
  startServer,
  timeout,
  type StreamReader,
  type StreamWriter,
} from "pycoro";

const [mode, ...args] = process.argv.slice(2);

/** FNV-1a over a byte stream, continued across chunks. */
function fnv(h: number, data: Uint8Array): number {
  for (let i = 0; i < data.length; i++) h = Math.imul(h ^ data[i], 16777619) >>> 0;
  return h;
}
const FNV0 = 2166136261;

function message(client: number, i: number, size: number): Buffer {
  const b = Buffer.allocUnsafe(size);
  for (let k = 0; k < size; k++) b[k] = (client * 31 + i * 7 + k) & 0xff;
  return b;
}

const echo = coroutine(async function echo(C: number, M: number, S: number) {
  let serverBytes = 0;
  let serverSum = 0;
  let maxBuffer = 0;
  const handle = coroutine(async function handle(reader: StreamReader, writer: StreamWriter) {
    let h = FNV0;
    for (;;) {
      const data = await reader.read(65536);
      if (data.length === 0) break;
      h = fnv(h, data);
      serverBytes += data.length;
      writer.write(data);
      maxBuffer = Math.max(maxBuffer, writer.transport.getWriteBufferSize());
      await writer.drain();
    }
    serverSum = (serverSum + h) >>> 0;
    writer.close();
  });
  const server = await startServer(handle, "127.0.0.1", 0, { backlog: 4096 });
  const port = (server.sockets[0].getsockname() as [string, number])[1];
  const client = coroutine(async function client(id: number) {
    const [reader, writer] = await openConnection("127.0.0.1", port);
    const send = coroutine(async function send() {
      let h = FNV0;
      for (let i = 0; i < M; i++) {
        const m = message(id, i, S);
        h = fnv(h, m);
        writer.write(m);
        await writer.drain();
      }
      writer.writeEof();
      return h;
    });
    const sender = createTask(send());
    let h = FNV0;
    let got = 0;
    for (;;) {
      const data = await reader.read(65536);
      if (data.length === 0) break;
      h = fnv(h, data);
      got += data.length;
    }
    const sent = await sender;
    writer.close();
    await writer.waitClosed();
    return { ok: sent === h && got === M * S, sum: h };
  });
  const t0 = performance.now();
  const results = await gather(...Array.from({ length: C }, (_, i) => client(i)));
  const seconds = (performance.now() - t0) / 1000;
  server.close();
  await server.waitClosed();
  const clientSum = results.reduce((a, r) => (a + r.sum) >>> 0, 0);
  return {
    clients: C,
    messages: M,
    size: S,
    everyClientOk: results.every((r) => r.ok),
    bytes: serverBytes,
    expectedBytes: C * M * S,
    checksumsMatch: clientSum === serverSum,
    writeBufferBounded: maxBuffer <= 64 * 1024 + 65536,
    seconds,
  };
});

const slowReader = coroutine(async function slowReader(mib: number) {
  const CHUNK = 64 * 1024;
  const total = mib * 1024 * 1024;
  let maxWriteBuffer = 0;
  let drainWaits = 0;
  const handle = coroutine(async function handle(_reader: StreamReader, writer: StreamWriter) {
    const chunk = Buffer.alloc(CHUNK, 7);
    for (let sent = 0; sent < total; sent += CHUNK) {
      writer.write(chunk);
      maxWriteBuffer = Math.max(maxWriteBuffer, writer.transport.getWriteBufferSize());
      const before = performance.now();
      await writer.drain();
      if (performance.now() - before > 0.5) drainWaits += 1;
    }
    writer.close();
  });
  const server = await startServer(handle, "127.0.0.1", 0);
  const port = (server.sockets[0].getsockname() as [string, number])[1];
  const rss0 = process.memoryUsage().rss;
  let maxRss = rss0;
  let maxReaderBuffer = 0;
  const [reader, writer] = await openConnection("127.0.0.1", port);
  let got = 0;
  let n = 0;
  for (;;) {
    const data = await reader.read(16 * 1024);
    if (data.length === 0) break;
    got += data.length;
    maxReaderBuffer = Math.max(maxReaderBuffer, (reader as unknown as { _buffer: { length: number } })._buffer.length);
    if ((++n & 15) === 0) {
      maxRss = Math.max(maxRss, process.memoryUsage().rss);
      await sleep(0.002);
    }
  }
  writer.close();
  await writer.waitClosed();
  server.close();
  await server.waitClosed();
  return {
    bytes: got,
    expectedBytes: total,
    writerWaitedInDrain: drainWaits > 0,
    writeBufferBounded: maxWriteBuffer <= 64 * 1024 + CHUNK,
    // the reader pauses its transport over 2 * limit; one more Node chunk may arrive meanwhile
    readerBufferBounded: maxReaderBuffer <= 2 * 65536 + 65536,
    rssGrowthMiB: Math.round((maxRss - rss0) / 1048576),
  };
});

const neverReads = coroutine(async function neverReads() {
  let timedOut = false;
  let written = 0;
  let serverDone = false;
  const handle = coroutine(async function handle(_reader: StreamReader, writer: StreamWriter) {
    const chunk = Buffer.alloc(64 * 1024, 1);
    try {
      await using _ = timeout(1.0);
      for (;;) {
        writer.write(chunk);
        written += chunk.length;
        await writer.drain();
      }
    } catch (e) {
      if (!(e instanceof TimeoutError)) throw e;
      timedOut = true;
    }
    writer.transport.abort();
    serverDone = true;
  });
  const server = await startServer(handle, "127.0.0.1", 0);
  const port = (server.sockets[0].getsockname() as [string, number])[1];
  const [, writer] = await openConnection("127.0.0.1", port);
  while (!serverDone) await sleep(0.05);
  writer.close();
  try {
    await writer.waitClosed();
  } catch {
    /* reset by the server's abort: fine */
  }
  server.close();
  await server.waitClosed();
  return { drainTimedOut: timedOut, wroteMoreThanSocketBuffers: written > 64 * 1024 };
});

const leaveOpen = coroutine(async function leaveOpen() {
  // (a plain callback: a handler task cancelled by run()'s shutdown would be reported by 3.11.7's
  // done callback, as CPython reports it)
  const held: StreamWriter[] = [];
  const server = await startServer((_reader: StreamReader, writer: StreamWriter) => {
    held.push(writer);
  }, "127.0.0.1", 0);
  const port = (server.sockets[0].getsockname() as [string, number])[1];
  for (let i = 0; i < 3; i++) await openConnection("127.0.0.1", port);
  server.close();
  return { leftOpen: 3 };
});

const result =
  mode === "echo" ? await run(echo(Number(args[0]), Number(args[1]), Number(args[2])))
  : mode === "slow-reader" ? await run(slowReader(Number(args[0] ?? 16)))
  : mode === "never-reads" ? await run(neverReads())
  : mode === "leave-open" ? await run(leaveOpen())
  : (() => {
      throw new Error(`unknown mode ${mode}`);
    })();
console.log(JSON.stringify(result));
