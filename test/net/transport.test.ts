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

describe("the I/O fast paths keep asyncio's behaviour (issue 12)", () => {
  test("I/O wakes the loop while a timer is pending far ahead: callbacks come in the loop, before the timer", async () => {
    // The loop parks on a setTimeout until the 60 s timer; a socket event must cut that short.
    const srv = net.createServer((s) => {
      s.write("x");
      setTimeout(() => s.end("y"), 20);
    });
    await new Promise<void>((r) => srv.listen(0, "127.0.0.1", () => r()));
    const port = (srv.address() as net.AddressInfo).port;
    const r = await run(
      co(function* () {
        const loop = getRunningLoop();
        const t0 = loop.time();
        const timer = loop.callLater(60, () => {});
        const done = loop.createFuture();
        const p = new Recorder(done);
        yield* aw(loop.createConnection(() => p, "127.0.0.1", port));
        yield* aw(done);
        const waited = loop.time() - t0;
        timer.cancel();
        return { p, waited, timerCancelled: timer.cancelled() };
      })(),
    );
    srv.close();
    expect(r.p.log.join(",").replace("data:x,data:y", "data:xy")).toBe("made,data:xy,eof,lost:null");
    expect(r.p.inLoop.every(Boolean)).toBe(true);
    expect(r.waited).toBeLessThan(60); // woken by I/O, not by the timer
  });

  test("a read frame cancelled while it waits lets the next read wait (the waiter is cleared, as _wait_for_data's finally does)", async () => {
    const { StreamReader } = await import("../../runtime/loop/io/streams.js");
    const { createTask } = await import("../../runtime/loop/tasks.js");
    const { CancelledError } = await import("../../runtime/core/errors.js");
    const out = await run(
      co(function* () {
        const reader = new StreamReader();
        const names = [reader.read(1).__qualname__, reader.readexactly(1).__qualname__];
        const first = createTask(reader.readexactly(4));
        yield; // first waits
        first.cancel();
        let cancelled = false;
        try {
          yield* aw(first);
        } catch (e) {
          cancelled = e instanceof CancelledError;
        }
        const second = createTask(reader.readexactly(4));
        yield;
        reader.feedData(Buffer.from("ab"));
        reader._feedChunk(Buffer.from("cdef"));
        const got = Buffer.from((yield* aw(second)) as Uint8Array).toString();
        const rest = Buffer.from((yield* aw(reader.read(10))) as Uint8Array).toString();
        return { names, cancelled, got, rest, waiter: reader._waiter };
      })(),
    );
    expect(out).toEqual({ names: ["StreamReader.read", "StreamReader.readexactly"], cancelled: true, got: "abcd", rest: "ef", waiter: null });
  });

  test("bytes fed by feedData are copied; a transport's chunk is read back intact across partial reads", async () => {
    const { StreamReader } = await import("../../runtime/loop/io/streams.js");
    const out = await run(
      co(function* () {
        const reader = new StreamReader();
        const mine = Buffer.from("hello");
        reader.feedData(mine);
        mine.fill(0x2d); // asyncio copies into its bytearray: what was fed stays "hello"
        const a = Buffer.from((yield* aw(reader.read(2))) as Uint8Array).toString();
        const chunk = Buffer.from("world");
        reader._feedChunk(chunk); // appended to pending bytes: copied
        const b = Buffer.from((yield* aw(reader.read(100))) as Uint8Array).toString();
        reader._feedChunk(Buffer.from("0123456789")); // into an empty buffer: borrowed
        const c = Buffer.from((yield* aw(reader.readexactly(3))) as Uint8Array).toString();
        reader._feedChunk(Buffer.from("ab")); // behind the borrowed chunk's rest
        const d = Buffer.from((yield* aw(reader.read(100))) as Uint8Array).toString();
        return [a, b, c, d];
      })(),
    );
    expect(out).toEqual(["he", "lloworld", "012", "3456789ab"]);
  });
});
