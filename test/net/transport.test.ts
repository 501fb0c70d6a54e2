/**
 * How Node's socket events enter the loop (issue 9): every protocol callback runs inside a loop
 * batch (the running loop is set, as in a CPython selector callback), never inside Node's own
 * callback; the callbacks come in asyncio's order; a loop parked with nothing scheduled is woken
 * by I/O; the loop closes the sockets a program leaves open.
 */
import net from "node:net";
import { describe, expect, test } from "vitest";
import { _getRunningLoop } from "../../runtime/loop/state.js";
import { run } from "../../runtime/loop/run.js";
import { Protocol } from "../../runtime/loop/io/protocols.js";
import type { Transport } from "../../runtime/loop/io/transports.js";
import "../../runtime/loop/io/net.js";
import { getRunningLoop } from "../../runtime/loop/state.js";
import { aw, co } from "../loop/helpers.js";

class Recorder extends Protocol {
  log: string[] = [];
  inLoop: boolean[] = [];
  constructor(readonly done: { setResult(v: unknown): void }) {
    super();
  }
  private note(what: string) {
    this.log.push(what);
    this.inLoop.push(_getRunningLoop() !== null);
  }
  override connectionMade(_t: Transport) {
    this.note("made");
  }
  override dataReceived(d: Uint8Array) {
    this.note(`data:${Buffer.from(d).toString()}`);
  }
  override eofReceived() {
    this.note("eof");
    return undefined;
  }
  override connectionLost(exc: Error | null) {
    this.note(`lost:${exc}`);
    this.done.setResult(undefined);
  }
}

describe("socket events enter the loop as selector events do", () => {
  test("callbacks run inside the loop, in asyncio's order, woken from a parked loop", async () => {
    // a plain Node server (outside pycoro) that sends two pieces, then EOF
    const srv = net.createServer((s) => {
      s.write("a");
      setTimeout(() => s.end("b"), 20);
    });
    await new Promise<void>((r) => srv.listen(0, "127.0.0.1", () => r()));
    const port = (srv.address() as net.AddressInfo).port;
    const proto = await run(
      co(function* () {
        const loop = getRunningLoop();
        const done = loop.createFuture();
        const p = new Recorder(done);
        yield* aw(loop.createConnection(() => p, "127.0.0.1", port));
        yield* aw(done); // the loop parks here: only Node's I/O can wake it
        return p;
      })(),
    );
    srv.close();
    expect(proto.log.join(",").replace("data:a,data:b", "data:ab")).toBe("made,data:ab,eof,lost:null");
    expect(proto.inLoop.every(Boolean)).toBe(true);
  });

  test("a socket left open is closed with the loop (nothing keeps Node alive)", async () => {
    const srv = net.createServer(() => {});
    await new Promise<void>((r) => srv.listen(0, "127.0.0.1", () => r()));
    const port = (srv.address() as net.AddressInfo).port;
    const transport = await run(
      co(function* () {
        const loop = getRunningLoop();
        const [t] = (yield* aw(loop.createConnection(() => new Protocol(), "127.0.0.1", port))) as [Transport];
        return t;
      })(),
    );
    srv.close();
    expect((transport as unknown as { nodeStream: unknown }).nodeStream).toBe(null);
  });
});
