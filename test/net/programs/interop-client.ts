// pycoro client of the interop test (test/net/interop.test.ts), the twin of interop_client.py;
// the port is argv[2].
import { createHash } from "node:crypto";
import { coroutine, openConnection, run } from "pycoro";
import { print, repr } from "../../../fixtures/_lib/py.js";

function payload(n: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = (i * 7 + Math.floor(i / 251)) & 0xff;
  return b;
}

function expectByte(b: Buffer, c: string): void {
  if (b.toString("latin1") !== c) throw new Error(`expected ${c}, got ${repr(b)}`);
}

const main = coroutine(async function main(port: number) {
  const [reader, writer] = await openConnection("127.0.0.1", port);
  for (const text of ["hello", "wörld", ""]) {
    writer.write(`L${text}\n`);
    await writer.drain();
    expectByte(await reader.readexactly(1), "L");
    print("client: line", repr(await reader.readline()));
  }
  for (const n of [0, 1, 1000, 300000]) {
    const head = Buffer.alloc(5);
    head.write("F", 0, "latin1");
    head.writeUInt32BE(n, 1);
    writer.write(Buffer.concat([head, payload(n)]));
    await writer.drain();
    expectByte(await reader.readexactly(1), "F");
    const m = (await reader.readexactly(4)).readUInt32BE(0);
    const back = await reader.readexactly(m);
    print("client: frame", m, back.equals(payload(n).reverse()), createHash("sha256").update(back).digest("hex").slice(0, 16));
  }
  writer.writeEof();
  expectByte(await reader.readexactly(1), "E");
  print("client: final", repr(await reader.readline()));
  print("client: then", repr(await reader.read()), reader.atEof());
  writer.close();
  await writer.waitClosed();
});

await run(main(Number(process.argv[2])));
