// pycoro side of the interop test (test/net/interop.test.ts), the twin of interop_server.py:
// serves ONE client, then exits. Prints "PORT <n>" first (read by the test, never compared).
import { createHash } from "node:crypto";
import { coroutine, run, startServer, type Future, getRunningLoop, type StreamReader, type StreamWriter } from "pycoro";
import { print, repr } from "../../../fixtures/_lib/py.js";

let done: Future<undefined>;

const handle = coroutine(async function handle(reader: StreamReader, writer: StreamWriter) {
  let lines = 0;
  let frames = 0;
  for (;;) {
    const kind = (await reader.read(1)).toString("latin1");
    if (kind === "") break;
    if (kind === "L") {
      const line = await reader.readline();
      lines += 1;
      print("server: line", repr(line));
      // bytes.upper(): ASCII letters only
      writer.write(Buffer.concat([Buffer.from("L"), line.map((c) => (c >= 0x61 && c <= 0x7a ? c - 32 : c))]));
    } else if (kind === "F") {
      const n = (await reader.readexactly(4)).readUInt32BE(0);
      const payload = await reader.readexactly(n);
      frames += 1;
      print("server: frame", n, createHash("sha256").update(payload).digest("hex").slice(0, 16));
      const head = Buffer.alloc(5);
      head.write("F", 0, "latin1");
      head.writeUInt32BE(n, 1);
      writer.write(Buffer.concat([head, Buffer.from(payload).reverse()]));
    }
    await writer.drain();
  }
  print("server: eof", reader.atEof());
  writer.write(`EEOF-ACK ${lines} ${frames}\n`);
  await writer.drain();
  writer.close();
  await writer.waitClosed();
  done.setResult(undefined);
});

const main = coroutine(async function main() {
  done = getRunningLoop().createFuture();
  const server = await startServer(handle, "127.0.0.1", 0);
  print("PORT", (server.sockets[0].getsockname() as [string, number])[1]);
  await done;
  server.close();
  await server.waitClosed();
  print("server: done");
});

await run(main());
