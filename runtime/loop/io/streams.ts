// asyncio's streams (CPython 3.11's asyncio/streams.py, its logic in TypeScript):
// openConnection, startServer, openUnixConnection, startUnixServer, StreamReader, StreamWriter.
//
// Why this file exists: streams are the API asyncio users write network code with — `await
// reader.readline()`, `writer.write(data); await writer.drain()` — and their observable behaviour
// (what a read returns at EOF, when drain waits, what the limit raises, what a cancelled read
// keeps) is CPython's, so this is a port of streams.py rather than a wrapper of Node's streams.
// As in asyncio the streams sit on a transport and a protocol (StreamReaderProtocol), so they work
// over any transport, not only sockets.
//
// ---- The interface for other transports (subprocess pipes, io-proc) --------------------------
//
//   const reader = new StreamReader(limit?, loop?);        // limit: 64 KiB by default
//   reader.feedData(bytes); reader.feedEof(); reader.setException(exc); reader.setTransport(t);
//       // what a protocol calls; setTransport lets the reader pause/resume a transport whose
//       // buffer is over 2 * limit (the transport needs pauseReading/resumeReading).
//   const proto = new StreamReaderProtocol(reader, clientConnectedCb?, loop?);  // a Protocol
//   const writer = new StreamWriter(transport, protocol, reader | null, loop);
//       // `transport`: write/writelines/writeEof/canWriteEof/close/isClosing/getExtraInfo;
//       // `protocol`: a FlowControlMixin (subclass it: pauseWriting/resumeWriting/connectionLost
//       // make drain() wait and wake) with `_getCloseWaiter(writer)` returning the Future that
//       // waitClosed() awaits.
//   A transport over any Node stream: `new StreamTransport(loop, nodeStream, protocol,
//   { readable, writable, extra })` (transports.ts).
// ------------------------------------------------------------------------------------------------
//
// Data is Uint8Array (reads return Node Buffers, which are Uint8Arrays); write() also takes a
// string (UTF-8) and readuntil() a string separator. Differences from CPython: the reader holds
// its StreamReaderProtocol strongly (CPython's weak reference only serves a GC warning), and there
// is no start_tls.

import { RuntimeError, StopAsyncIteration, ValueError, notOrderable } from "../../core/errors.js";
import { isCoroutine, isThenable, LoopCoroutine } from "../loop-coroutine.js";
import type { EventLoop } from "../events.js";
import type { Future } from "../futures.js";
import { wrapFuture } from "../futures.js";
import { sleep } from "../sleep.js";
import { FrameCoroutine, PRE, deferYield, futureOutcome, iterate, pendingAgain, yieldFuture } from "../frame-coroutine.js";
import { DELEGATE, frameClass } from "../../core/frame.js";
import { PARKED, WOKEN, type ParkingCoroutine, ParkingCoroutine as ParkingBase, failHand, parkedAgain, parkedOutcome } from "../waiters.js";
import { awaitValue } from "../../objects/await.js";
import { pyRepr } from "../../core/repr.js";
import { _getRunningLoop, getEventLoop, getRunningLoop } from "../state.js";
import type { Task } from "../tasks.js";
import { AssertionError, ConnectionResetError, IncompleteReadError, LimitOverrunError } from "./errors.js";
import type { CreateConnectionOptions, CreateServerOptions, Server, SslOption } from "./net.js";
import { Protocol } from "./protocols.js";
import { toBytes, type Bytes, type BytesLike, type Transport } from "./transports.js";
import "./net.js"; // the loop's createConnection / createServer

/** asyncio.streams._DEFAULT_LIMIT */
const DEFAULT_LIMIT = 2 ** 16;

// ---------------------------------------------------------------- the reader's buffer

/**
 * Python's bytearray as StreamReader uses it: append at the end, find, take from the front. One
 * Buffer with a start offset (taking from the front is O(1), as CPython's bytearray makes it);
 * compacted when it grows.
 *
 * A chunk Node delivered, appended to an empty buffer, is not copied: the buffer borrows it
 * (each read gets its own memory, which nothing else writes) and a take() of it returns a view,
 * no copy — the common case of a read that consumes what one packet brought. Measured on the net
 * family's echo (1 connection): the copy in and the copy out were 370 of the 7,000 bytes
 * allocated per round trip. Appending to a borrowed chunk copies it into the buffer's own memory
 * first.
 */
class ByteBuffer {
  buf: Buffer = Buffer.allocUnsafe(0);
  start = 0;
  end = 0;
  /** The buffer's own memory (what `buf` is unless it borrows a chunk). */
  own: Buffer = this.buf;

  get length(): number {
    return this.end - this.start;
  }

  /** Append `data`; `borrow`: it is a chunk Node delivered, that no one will write (else it is copied). */
  append(data: Uint8Array, borrow = false): void {
    const n = data.length;
    if (borrow && this.end === this.start) {
      this.buf = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, n);
      this.start = 0;
      this.end = n;
      return;
    }
    const len = this.end - this.start;
    if (this.buf !== this.own) {
      // borrowed: move the rest into our own memory, then append there
      if (len + n > this.own.length) this.own = Buffer.allocUnsafe(Math.max(len + n, this.own.length * 2, 256));
      this.buf.copy(this.own, 0, this.start, this.end);
      this.buf = this.own;
      this.start = 0;
      this.end = len;
    } else if (this.end + n > this.buf.length) {
      if (len + n <= this.buf.length >> 1 || (len + n <= this.buf.length && this.start > 0)) {
        this.buf.copy(this.buf, 0, this.start, this.end);
      } else {
        const grown = Buffer.allocUnsafe(Math.max(len + n, this.buf.length * 2, 256));
        this.buf.copy(grown, 0, this.start, this.end);
        this.buf = this.own = grown;
      }
      this.start = 0;
      this.end = len;
    }
    this.buf.set(data, this.end);
    this.end += n;
  }

  /** Index (relative to the start) of `sep` at or after `offset`, or -1. */
  find(sep: Uint8Array, offset: number): number {
    const i = this.buf.subarray(this.start, this.end).indexOf(sep, offset);
    return i;
  }

  startsWith(sep: Uint8Array, offset: number): boolean {
    if (this.length - offset < sep.length) return false;
    for (let i = 0; i < sep.length; i++) if (this.buf[this.start + offset + i] !== sep[i]) return false;
    return true;
  }

  /** Remove and return the first n bytes (a copy, or a view of a borrowed chunk). */
  take(n: number): Buffer {
    n = Math.min(n, this.length);
    let out: Buffer;
    if (this.buf !== this.own) {
      if (this.start === 0 && n === this.end && n === this.buf.length) {
        // A read that takes the whole chunk Node delivered (an echo's read, a readexactly of one
        // message) gets that chunk itself: Buffer#subarray was 27 ms of a 3.1 s profile of the net
        // family's 1-connection ping-pong (55,000 round trips), ~0.5 us per round trip.
        out = this.buf;
        this.clear();
        return out;
      }
      out = this.buf.subarray(this.start, this.start + n);
    } else {
      out = Buffer.allocUnsafe(n);
      this.buf.copy(out, 0, this.start, this.start + n);
    }
    this.drop(n);
    return out;
  }

  drop(n: number): void {
    this.start += Math.min(n, this.length);
    if (this.start === this.end) this.clear();
  }

  clear(): void {
    this.start = this.end = 0;
    this.buf = this.own; // (a borrowed chunk is let go)
  }
}

const EMPTY = Buffer.alloc(0);

function sepBytes(separator: unknown): Uint8Array {
  return typeof separator === "string" ? Buffer.from(separator, "utf8") : toBytes(separator, "separator");
}

// ---------------------------------------------------------------- StreamReader

/** asyncio.StreamReader: what a protocol feeds and a coroutine reads. */
export class StreamReader {
  /** @internal */ _limit: number;
  /** @internal */ _loop: EventLoop;
  /** @internal */ _buffer = new ByteBuffer();
  /** @internal */ _eof = false;
  /** @internal the future `_wait_for_data` awaits, or a read(n)/readexactly frame that is its own waiter (ReadFrame) */ _waiter: Future<undefined> | ReadFrame | null = null;
  /** @internal */ _exception: unknown = null;
  /** @internal */ _transport: Transport | null = null;
  /** @internal */ _paused = false;

  /** `new StreamReader(limit = 64 KiB, loop?)`, or `new StreamReader({ limit, loop })`. */
  constructor(limit: number | { limit?: number; loop?: EventLoop | null } = DEFAULT_LIMIT, loop: EventLoop | null = null) {
    if (limit !== null && typeof limit === "object") {
      loop = limit.loop ?? null;
      limit = limit.limit ?? DEFAULT_LIMIT;
    }
    if (!(limit > 0)) throw new ValueError("Limit cannot be <= 0");
    this._limit = limit;
    this._loop = loop ?? _getRunningLoop() ?? getEventLoop();
  }

  /** The limit (bytes) of readline/readuntil and of the buffer before reading is paused. */
  get limit(): number {
    return this._limit;
  }

  exception(): unknown {
    return this._exception;
  }

  /** Fail the pending and later reads with `exc`. */
  setException(exc: unknown): void {
    this._exception = exc;
    const waiter = this._waiter;
    if (waiter !== null) {
      this._waiter = null;
      if (waiter instanceof ReadFrame) waiter.wakeRead(exc, true);
      else if (!waiter.cancelled()) waiter.setException(exc);
    }
  }

  /** @internal */
  _wakeupWaiter(): void {
    const waiter = this._waiter;
    if (waiter !== null) {
      this._waiter = null;
      if (waiter instanceof ReadFrame) waiter.wakeRead(undefined, false);
      else if (!waiter.cancelled()) waiter.setResult(undefined);
    }
  }

  /** The transport to pause while the buffer is over 2 * limit. */
  setTransport(transport: Transport): void {
    if (this._transport !== null) throw new AssertionError("Transport already set");
    this._transport = transport;
  }

  /** @internal */
  _maybeResumeTransport(): void {
    if (this._paused && this._buffer.length <= this._limit) {
      this._paused = false;
      this._transport!.resumeReading();
    }
  }

  /** No more data will come. */
  feedEof(): void {
    this._eof = true;
    this._wakeupWaiter();
  }

  /** True when EOF was fed and the buffer is empty. */
  atEof(): boolean {
    return this._eof && this._buffer.length === 0;
  }

  /** Append data (what a protocol's dataReceived calls). */
  feedData(data: Uint8Array): void {
    this._feed(data, false);
  }

  /** @internal feedData of a chunk a transport received from Node: borrowed, not copied (ByteBuffer). */
  _feedChunk(data: Uint8Array): void {
    this._feed(data, true);
  }

  /** @internal */
  _feed(data: Uint8Array, borrow: boolean): void {
    if (this._eof) throw new AssertionError("feed_data after feed_eof");
    if (data.length === 0) return;
    this._buffer.append(data, borrow);
    this._wakeupWaiter();
    if (this._transport !== null && !this._paused && this._buffer.length > 2 * this._limit) {
      try {
        this._transport.pauseReading();
        this._paused = true;
      } catch {
        this._transport = null; // NotImplementedError: a transport that cannot pause
      }
    }
  }

  /** @internal `_wait_for_data` up to its await: the checks, then the waiter feedData/feedEof will wake. */
  _startWait(funcName: string): Future<undefined> {
    this._checkWait(funcName);
    const waiter = this._loop.createFuture<undefined>();
    this._waiter = waiter;
    return waiter;
  }

  /** @internal `_wait_for_data` up to its await, for a frame that is its own waiter (ReadFrame). */
  _startFrameWait(funcName: string, frame: ReadFrame): void {
    this._checkWait(funcName);
    this._waiter = frame;
  }

  /** @internal */
  _checkWait(funcName: string): void {
    if (this._waiter !== null) throw new RuntimeError(`${funcName}() called while another coroutine is already waiting for incoming data`);
    if (this._eof) throw new AssertionError("_wait_for_data after EOF");
    // Waiting for data while paused would deadlock, so resume.
    if (this._paused) {
      this._paused = false;
      this._transport!.resumeReading();
    }
  }

  /** Read one line (up to and including "\n"); at EOF the partial line, then empty bytes. */
  readline(): FrameCoroutine<Bytes> {
    return new ReadlineFrame(this, NEWLINE, LINE) as unknown as FrameCoroutine<Bytes>;
  }

  /** Read up to and including `separator` (a string or bytes). IncompleteReadError at EOF, LimitOverrunError over the limit. */
  readuntil(separator: string | Uint8Array = "\n"): FrameCoroutine<Bytes> {
    return new ReaduntilFrame(this, separator, UNTIL) as unknown as FrameCoroutine<Bytes>;
  }

  /** Read up to n bytes (n < 0: until EOF). Empty bytes at EOF. */
  read(n = -1): FrameCoroutine<Bytes> {
    if (typeof n === "number" && n >= 0) return new ReadFrame(this, n, false) as unknown as FrameCoroutine<Bytes>;
    return new ReadAllFrame(this, n) as unknown as FrameCoroutine<Bytes>;
  }

  /** Read exactly n bytes; IncompleteReadError if EOF comes first. */
  readexactly(n: number): FrameCoroutine<Bytes> {
    return new ReadExactlyFrame(this, n, true) as unknown as FrameCoroutine<Bytes>;
  }

  /** `async for line in reader` (Python's protocol; `for await` in marked code). */
  __aiter__(): this {
    return this;
  }

  /** The next line, or StopAsyncIteration at EOF. */
  __anext__(): FrameCoroutine<Bytes> {
    return new AnextFrame(this, NEWLINE, ANEXT) as unknown as FrameCoroutine<Bytes>;
  }

  /** Unmarked `for await` (and the type checker's view of a marked one): the lines, as __anext__ gives them. */
  [Symbol.asyncIterator](): AsyncIterator<Bytes, undefined> {
    const self = this;
    const it: AsyncIterator<Bytes, undefined> & { [Symbol.asyncIterator](): unknown } = {
      next: () =>
        Promise.resolve(self.__anext__()).then(
          (value): IteratorResult<Bytes, undefined> => ({ value, done: false }),
          (e): IteratorResult<Bytes, undefined> => {
            if (e instanceof StopAsyncIteration) return { value: undefined, done: true };
            throw e;
          },
        ),
      [Symbol.asyncIterator]: () => it,
    };
    return it;
  }

  __repr__(): string {
    const info = ["StreamReader"];
    if (this._buffer.length) info.push(`${this._buffer.length} bytes`);
    if (this._eof) info.push("eof");
    if (this._limit !== DEFAULT_LIMIT) info.push(`limit=${this._limit}`);
    const w = this._waiter;
    if (w !== null) info.push(`waiter=${w instanceof ReadFrame ? (w as unknown as ParkingCoroutine).$waiterRepr() : (w as unknown as { __repr__(): string }).__repr__()}`);
    if (this._exception) info.push(`exception=${pyRepr(this._exception)}`);
    if (this._transport) info.push(`transport=${(this._transport as unknown as { __repr__(): string }).__repr__()}`);
    if (this._paused) info.push("paused");
    return `<${info.join(" ")}>`;
  }

  toString(): string {
    return this.__repr__();
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.__repr__();
  }
}

const NEWLINE = Buffer.from("\n");

/** What a ReaduntilFrame is: readuntil(), or readline() (its errors mapped), or `__anext__` (readline, then EOF). */
const UNTIL = 0;
const LINE = 1;
const ANEXT = 2;

/**
 * `readuntil(separator)`, `readline()` and `__anext__` as one frame (frame-coroutine.ts; they were
 * JavaScript generators behind a LoopCoroutine: issue 12, no generator or adapter behind the
 * runtime's coroutines). CPython 3.11's readuntil, with `_wait_for_data` inline:
 *
 *     seplen = len(separator)
 *     if seplen == 0: raise ValueError('Separator should be at least one-byte string')
 *     if self._exception is not None: raise self._exception
 *     offset = 0
 *     while True:
 *         buflen = len(self._buffer)
 *         if buflen - offset >= seplen:
 *             isep = self._buffer.find(separator, offset)
 *             if isep != -1: break
 *             offset = buflen + 1 - seplen
 *             if offset > self._limit:
 *                 raise LimitOverrunError('Separator is not found, and chunk exceed the limit', offset)
 *         if self._eof:
 *             chunk = bytes(self._buffer); self._buffer.clear()
 *             raise IncompleteReadError(chunk, None)
 *         await self._wait_for_data('readuntil')   # finally: self._waiter = None
 *     if isep > self._limit:
 *         raise LimitOverrunError('Separator is found, but chunk is longer than limit', isep)
 *     chunk = self._buffer[:isep + seplen]; del self._buffer[:isep + seplen]
 *     self._maybe_resume_transport()
 *     return bytes(chunk)
 *
 * readline() is `await self.readuntil(b'\n')` with IncompleteReadError giving its `partial` and
 * LimitOverrunError dropping the overlong line (up to its separator if there is one, else the whole
 * buffer) and raising ValueError; `__anext__` is readline() with b'' raising StopAsyncIteration.
 * Here the three share the loop (`kind`), and readline's exception handling wraps every step of it
 * (an error thrown in at the wait, a cancellation, passes through it untouched, as in CPython).
 */
class ReaduntilFrame {
  static $name = "readuntil";
  static $qualname = "StreamReader.readuntil";
  $s: number;
  $yf: null;
  $own: unknown;
  fut: Future<undefined> | null;
  readonly r: StreamReader;
  /** the separator as given (converted when the coroutine first runs, where CPython fails) */
  sep: unknown;
  /** where the separator search resumes (what was searched is not searched again) */
  offset: number;
  readonly kind: number;

  constructor(r: StreamReader, sep: unknown, kind: number) {
    this.$s = 0;
    this.$yf = null;
    this.$own = null;
    this.fut = null;
    this.r = r;
    this.sep = sep;
    this.offset = 0;
    this.kind = kind;
  }

  $step(s: number, v: unknown, m: number): unknown {
    if (this.kind === UNTIL) return this.until(s, v, m);
    let line: unknown;
    try {
      line = this.until(s, v, m);
    } catch (e) {
      line = readlineError(this.r, e);
    }
    if (this.$s > 0) return line; // suspended (waiting for data): what to yield or DELEGATE
    if (this.kind === ANEXT && (line as Buffer).length === 0) throw new StopAsyncIteration();
    return line;
  }

  /** readuntil's body from state `s` (0: the start; PRE/WAITING: at the wait for data). */
  until(s: number, v: unknown, m: number): unknown {
    const r = this.r;
    if (s === 0) {
      const sep = (this.sep = this.kind === UNTIL ? sepBytes(this.sep) : this.sep);
      if ((sep as Uint8Array).length === 0) throw new ValueError("Separator should be at least one-byte string");
      if (r._exception !== null) throw r._exception;
    } else if (s === PRE) {
      return yieldFuture(this);
    } else {
      if (pendingAgain(this.fut!, m)) return yieldFuture(this); // (a send by hand, frame-coroutine.ts)
      // WAITING: _wait_for_data's `finally: self._waiter = None`, then the future's outcome
      r._waiter = null;
      futureOutcome(this.fut!, v, m);
      m = 0; // (resumed by the driver: a wait from here is not an inline run)
    }
    const sep = this.sep as Uint8Array;
    const seplen = sep.length;
    let isep: number;
    for (;;) {
      const buflen = r._buffer.length;
      if (buflen - this.offset >= seplen) {
        isep = r._buffer.find(sep, this.offset);
        if (isep !== -1) break; // found
        this.offset = buflen + 1 - seplen;
        if (this.offset > r._limit) throw new LimitOverrunError("Separator is not found, and chunk exceed the limit", this.offset);
      }
      if (r._eof) {
        const chunk = r._buffer.take(r._buffer.length);
        throw new IncompleteReadError(chunk, null);
      }
      this.fut = r._startWait("readuntil");
      const d = deferYield(this as unknown as FrameCoroutine, m);
      if (d !== undefined) return d;
      return yieldFuture(this);
    }
    if (isep > r._limit) throw new LimitOverrunError("Separator is found, but chunk is longer than limit", isep);
    const chunk = r._buffer.take(isep + seplen);
    r._maybeResumeTransport();
    return chunk;
  }
}
frameClass(ReaduntilFrame, FrameCoroutine);

/** readline()'s `except` clauses around its readuntil: the partial line at EOF, ValueError over the limit. */
function readlineError(r: StreamReader, e: unknown): Buffer {
  if (e instanceof IncompleteReadError) return e.partial as Buffer;
  if (e instanceof LimitOverrunError) {
    if (r._buffer.startsWith(NEWLINE, e.consumed)) r._buffer.drop(e.consumed + NEWLINE.length);
    else r._buffer.clear();
    r._maybeResumeTransport();
    throw new ValueError(e.message);
  }
  throw e;
}

/** The same frame under readline's names. */
class ReadlineFrame extends ReaduntilFrame {
  static override $name = "readline";
  static override $qualname = "StreamReader.readline";
}

/** The same frame under `__anext__`'s names. */
class AnextFrame extends ReaduntilFrame {
  static override $name = "__anext__";
  static override $qualname = "StreamReader.__anext__";
}

/**
 * `read(n)` for n < 0 (until EOF) as a frame. CPython 3.11:
 *
 *     if self._exception is not None: raise self._exception
 *     if n == 0: return b''
 *     if n < 0:
 *         blocks = []
 *         while True:
 *             block = await self.read(self._limit)
 *             if not block: break
 *             blocks.append(block)
 *         return b''.join(blocks)
 *
 * with each `read(self._limit)` inline: its exception check, then a wait for data if the buffer is
 * empty and not at EOF, then what the buffer has (up to the limit; empty at EOF).
 */
class ReadAllFrame {
  static $name = "read";
  static $qualname = "StreamReader.read";
  $s: number;
  $yf: null;
  $own: unknown;
  fut: Future<undefined> | null;
  readonly r: StreamReader;
  readonly n: unknown;
  blocks: Buffer[] | null;

  constructor(r: StreamReader, n: unknown) {
    this.$s = 0;
    this.$yf = null;
    this.$own = null;
    this.fut = null;
    this.r = r;
    this.n = n;
    this.blocks = null;
  }

  $step(s: number, v: unknown, m: number): unknown {
    const r = this.r;
    if (s === 0) {
      if (r._exception !== null) throw r._exception;
      if (typeof this.n !== "number") throw notOrderable("<", this.n); // (`n == 0` is False, then `n < 0` raises)
      this.blocks = [];
    } else if (s === PRE) {
      return yieldFuture(this);
    } else {
      if (pendingAgain(this.fut!, m)) return yieldFuture(this); // (a send by hand, frame-coroutine.ts)
      // WAITING (in the inner read): `finally: self._waiter = None`, the outcome, then its take
      r._waiter = null;
      futureOutcome(this.fut!, v, m);
      m = 0;
      if (!this.add()) return this.joined();
    }
    for (;;) {
      // the inner read(self._limit)
      if (r._exception !== null) throw r._exception;
      if (r._buffer.length === 0 && !r._eof) {
        this.fut = r._startWait("read");
        const d = deferYield(this as unknown as FrameCoroutine, m);
        if (d !== undefined) return d;
        return yieldFuture(this);
      }
      if (!this.add()) return this.joined();
    }
  }

  /** The inner read's `data = buffer[:limit]`; `if not block: break` is a false return. */
  add(): boolean {
    const block = this.r._buffer.take(this.r._limit);
    this.r._maybeResumeTransport();
    if (block.length === 0) return false;
    this.blocks!.push(block);
    return true;
  }

  joined(): Buffer {
    const blocks = this.blocks!;
    this.blocks = null;
    return blocks.length === 1 ? blocks[0]! : blocks.length === 0 ? EMPTY : Buffer.concat(blocks);
  }
}
frameClass(ReadAllFrame, FrameCoroutine);

/**
 * `read(n)` (n >= 0) and `readexactly(n)` as frames (frame-coroutine.ts), CPython's bodies step by
 * step: the generator bodies above cost each read a JavaScript generator, a LoopCoroutine, the
 * `_waitForData` generator and their iterators. Measured on the net family's echo (1 connection,
 * Node 20, loaded machine): 7.0 KB allocated per round trip before (plain node:net: 2.0 KB); the
 * read, readexactly and drain coroutines were 2 KB of it. Fields set in the constructor, linked
 * under ParkingCoroutine by frameClass (no super() chain), as locks.ts does.
 *
 * The frame is its own waiter (waiters.ts ParkingCoroutine, as Event.wait): `_wait_for_data`'s
 * future is the frame in the reader's `_waiter`, woken by feedData/feedEof (its set_result(None))
 * or setException (`exc`), and the task parks on it. What CPython shows is kept: the reader's and
 * the task's reprs show the future's (`<Future pending cb=[Task.task_wakeup()]>`), a task's cancel
 * cancels the wait, a read driven by hand yields a Future bound to it. Woken with the data it
 * needs, the task's step takes the read's result without the driver (`$finalWake`). Measured on
 * the net family's 1-connection ping-pong, both builds in one process, alternating blocks of
 * 5,000 round trips (see the commit): a Future, its done callback and the driver's resume per
 * read were ~1 us of user CPU per round trip.
 */
class ReadFrame {
  static $name = "read";
  static $qualname = "StreamReader.read";
  static $wokenResult: unknown = null;
  $s: number;
  $yf: null;
  $own: unknown;
  $task: null;
  $prev: null;
  $next: null;
  /** the exception setException woke the wait with (else NO_EXC) */
  exc: unknown;
  readonly r: StreamReader;
  readonly n: number;
  /** readexactly (else read) */
  readonly exactly: boolean;

  constructor(r: StreamReader, n: number, exactly: boolean) {
    this.$s = 0;
    this.$yf = null;
    this.$own = null;
    this.$task = null;
    this.$prev = null;
    this.$next = null;
    this.exc = NO_EXC;
    this.r = r;
    this.n = n;
    this.exactly = exactly;
  }

  $step(s: number, v: unknown, m: number): unknown {
    const r = this.r;
    if (s === 0) {
      if (this.exactly && this.n < 0) throw new ValueError("readexactly size can not be less than zero");
      if (r._exception !== null) throw r._exception;
      if (this.n === 0) return EMPTY;
    } else if (s === PRE) {
      return (this as unknown as ParkingCoroutine).$park();
    } else {
      if (s === PARKED && parkedAgain(this as unknown as ParkingCoroutine, m)) return (this as unknown as ParkingCoroutine).$park(); // (a send by hand, waiters.ts)
      // the wait is over: _waitForData's `finally: self._waiter = None`, then the future's outcome
      r._waiter = null;
      this.$task = null;
      if (m !== 0) throw v;
      const exc = this.exc;
      if (exc !== NO_EXC) {
        this.exc = NO_EXC;
        throw exc;
      }
      if (s !== WOKEN) parkedOutcome(s, this as unknown as ParkingCoroutine); // (driven by hand)
      if (!this.exactly) return this.take(); // read waits once, then takes what there is
    }
    if (this.exactly ? r._buffer.length < this.n : r._buffer.length === 0 && !r._eof) {
      if (this.exactly && r._eof) throw new IncompleteReadError(r._buffer.take(r._buffer.length), this.n);
      r._startFrameWait(this.exactly ? "readexactly" : "read", this);
      const d = deferYield(this as unknown as FrameCoroutine, m);
      if (d !== undefined) return d;
      return (this as unknown as ParkingCoroutine).$park();
    }
    return this.take();
  }

  /** Resumed WOKEN, the step returns without raising or waiting again: the task may take its result directly. */
  get $finalWake(): boolean {
    return this.exc === NO_EXC && (!this.exactly || this.r._buffer.length >= this.n);
  }

  /** `_wait_for_data`'s future set (`failed`: set_exception(exc)), unless cancelled or finished by hand. */
  wakeRead(exc: unknown, failed: boolean): void {
    if (this.$s !== PARKED) return;
    if (failed) {
      if (this.$task === null) {
        // driven by hand: the future it handed out fails (HAND: the next send raises the future's
        // exception, marking it retrieved); with none, the next step raises it
        if (failHand(this as unknown as ParkingCoroutine, exc)) return;
        this.$s = WOKEN;
        this.exc = exc;
        return;
      }
      this.exc = exc;
    }
    (this as unknown as ParkingCoroutine).$wake();
  }

  take(): Buffer {
    const data = this.r._buffer.take(this.n);
    this.r._maybeResumeTransport();
    return data;
  }
}
frameClass(ReadFrame, ParkingBase);

/** ReadFrame.exc when setException did not wake it. */
const NO_EXC = Symbol("no exception");

/** The same frame under readexactly's names. */
class ReadExactlyFrame extends ReadFrame {
  static override $name = "readexactly";
  static override $qualname = "StreamReader.readexactly";
}

/** `drain()` as a frame (see ReadFrame): CPython's body with FlowControlMixin's `_drain_helper` inline. */
class DrainFrame {
  static $name = "drain";
  static $qualname = "StreamWriter.drain";
  $s: number;
  $yf: null;
  $own: unknown;
  fut: Future<undefined> | null;
  readonly w: StreamWriter;

  constructor(w: StreamWriter) {
    this.$s = 0;
    this.$yf = null;
    this.$own = null;
    this.fut = null;
    this.w = w;
  }

  $step(s: number, v: unknown, m: number): unknown {
    const w = this.w;
    const p = w._protocol as FlowControlMixin;
    switch (s) {
      case 0: {
        if (w._reader !== null) {
          const exc = w._reader.exception();
          if (exc !== null) throw exc;
        }
        if (w._transport.isClosing()) {
          // `await sleep(0)`: let connectionLost() run first (one bare yield)
          const d = deferYield(this as unknown as FrameCoroutine, m);
          if (d !== undefined) return d;
          this.$s = YIELDED;
          return undefined;
        }
        break;
      }
      case PRE:
        if (this.fut !== null) return yieldFuture(this);
        this.$s = YIELDED;
        return undefined;
      case YIELDED:
        if (m !== 0) throw v;
        break;
      default: {
        // WAITING on the drain waiter
        if (pendingAgain(this.fut!, m)) return yieldFuture(this); // (a send by hand, frame-coroutine.ts)
        const i = p._drainWaiters.indexOf(this.fut!);
        if (i >= 0) p._drainWaiters.splice(i, 1);
        futureOutcome(this.fut!, v, m);
        return undefined;
      }
    }
    if (p._connectionLost) throw new ConnectionResetError("Connection lost");
    if (!p._paused) return undefined;
    const waiter = (this.fut = p._loop.createFuture<undefined>());
    p._drainWaiters.push(waiter);
    const d = deferYield(this as unknown as FrameCoroutine, m);
    if (d !== undefined) return d;
    return yieldFuture(this);
  }
}
frameClass(DrainFrame, FrameCoroutine);

/** DrainFrame's state after its bare yield (WAITING is the drain waiter's). */
const YIELDED = 4;

/** `yield*` a stream coroutine (either kind) from the loop's generator bodies (subprocess.ts). */
export function streamAwait<T>(c: FrameCoroutine<T> | LoopCoroutine<T>): Iterable<unknown, T, unknown> & Iterator<unknown, T, unknown> {
  return c instanceof LoopCoroutine ? c.__await__() : iterate(c);
}

// ---------------------------------------------------------------- protocols

/**
 * streams.FlowControlMixin: makes drain() wait while the transport has paused writing, and wake
 * when it resumes or the connection is lost. Subprocess and stream protocols subclass it.
 */
export class FlowControlMixin extends Protocol {
  /** @internal */ _loop: EventLoop;
  /** @internal */ _paused = false;
  /** @internal */ _drainWaiters: Future<undefined>[] = [];
  /** @internal */ _connectionLost = false;

  constructor(loop: EventLoop | null = null) {
    super();
    this._loop = loop ?? _getRunningLoop() ?? getEventLoop();
  }

  override pauseWriting(): void {
    if (this._paused) throw new AssertionError();
    this._paused = true;
  }

  override resumeWriting(): void {
    if (!this._paused) throw new AssertionError();
    this._paused = false;
    for (const waiter of this._drainWaiters) if (!waiter.done()) waiter.setResult(undefined);
  }

  override connectionLost(exc: Error | null): void {
    this._connectionLost = true;
    // Wake up the writers blocked in drain(), if any.
    if (!this._paused) return;
    for (const waiter of this._drainWaiters) {
      if (!waiter.done()) {
        if (exc === null || exc === undefined) waiter.setResult(undefined);
        else waiter.setException(exc);
      }
    }
  }

  /** @internal the body of drain()'s wait */
  *_drainHelper(): Generator<unknown, void, unknown> {
    if (this._connectionLost) throw new ConnectionResetError("Connection lost");
    if (!this._paused) return;
    const waiter = this._loop.createFuture<undefined>();
    this._drainWaiters.push(waiter);
    try {
      yield* waiter.__await__();
    } finally {
      const i = this._drainWaiters.indexOf(waiter);
      if (i >= 0) this._drainWaiters.splice(i, 1);
    }
  }

  /** The future StreamWriter.waitClosed() awaits for `stream`. */
  _getCloseWaiter(_stream: StreamWriter): Future<unknown> {
    throw new Error("NotImplementedError");
  }
}

/** The callback startServer calls per connection: `(reader, writer) => coroutine | void`. */
export type ClientConnectedCallback = (reader: StreamReader, writer: StreamWriter) => unknown;

/** The protocol between a transport and a StreamReader (and, on servers, the callback's StreamWriter). */
export class StreamReaderProtocol extends FlowControlMixin {
  /** @internal */ _streamReader: StreamReader | null;
  /** @internal */ _streamWriter: StreamWriter | null = null;
  /** @internal */ _task: Task<unknown> | Future<unknown> | null = null;
  /** @internal */ _transport: Transport | null = null;
  /** @internal */ _clientConnectedCb: ClientConnectedCallback | null;
  /** @internal */ _overSsl = false;
  /** @internal */ _closed: Future<undefined>;

  constructor(streamReader: StreamReader | null, clientConnectedCb: ClientConnectedCallback | null = null, loop: EventLoop | null = null) {
    super(loop);
    this._streamReader = streamReader;
    this._clientConnectedCb = clientConnectedCb;
    this._closed = this._loop.createFuture<undefined>();
  }

  override connectionMade(transport: Transport): void {
    this._transport = transport;
    const reader = this._streamReader;
    if (reader !== null) reader.setTransport(transport);
    this._overSsl = transport.getExtraInfo("sslcontext") !== null;
    const cb = this._clientConnectedCb;
    if (cb !== null) {
      this._streamWriter = new StreamWriter(transport, this, reader, this._loop);
      const res = cb(reader!, this._streamWriter);
      if (isCoroutine(res) || isThenable(res)) {
        // (3.11.7: a failed callback is reported and its transport closed; as in CPython, a
        // cancelled one makes task.exception() raise CancelledError inside this done callback)
        const loop = this._loop;
        const callback = (task: Future<unknown>) => {
          const exc = task.exception();
          if (exc !== null && exc !== undefined) {
            loop.callExceptionHandler({ message: "Unhandled exception in client_connected_cb", exception: exc, transport });
            transport.close();
          }
        };
        Object.defineProperty(callback, "__qualname__", { value: "StreamReaderProtocol.connection_made.<locals>.callback" });
        this._task = isCoroutine(res) ? this._loop.createTask(res) : wrapFuture(res, { loop });
        this._task.addDoneCallback(callback);
      }
    }
  }

  override connectionLost(exc: Error | null): void {
    const reader = this._streamReader;
    if (reader !== null) {
      if (exc === null || exc === undefined) reader.feedEof();
      else reader.setException(exc);
    }
    if (!this._closed.done()) {
      if (exc === null || exc === undefined) this._closed.setResult(undefined);
      else {
        this._closed.setException(exc);
        this._closed.exception(); // retrieved, as CPython's __del__ does: nobody must wait_closed()
      }
    }
    super.connectionLost(exc);
    this._streamReader = null;
    this._streamWriter = null;
    this._task = null;
    this._transport = null;
  }

  override dataReceived(data: Uint8Array): void {
    // (a transport's chunk, from Node; a protocol subclass calling this with its own bytes would share them)
    this._streamReader?._feedChunk(data);
  }

  override eofReceived(): boolean {
    this._streamReader?.feedEof();
    // TLS cannot half-close: let the transport close.
    return !this._overSsl;
  }

  override _getCloseWaiter(_stream: StreamWriter): Future<unknown> {
    return this._closed;
  }
}

// ---------------------------------------------------------------- StreamWriter

/** What StreamWriter needs of its protocol. */
interface WriterProtocol {
  _drainHelper(): Generator<unknown, void, unknown>;
  _getCloseWaiter(stream: StreamWriter): Future<unknown>;
}

/** asyncio.StreamWriter: writes to a transport; drain() waits while the transport's buffer is over the high water mark. */
export class StreamWriter {
  /** @internal */ _transport: Transport;
  /** @internal */ _protocol: WriterProtocol;
  /** @internal */ _reader: StreamReader | null;
  /** @internal */ _loop: EventLoop;

  constructor(transport: Transport, protocol: WriterProtocol, reader: StreamReader | null, loop: EventLoop) {
    this._transport = transport;
    this._protocol = protocol;
    this._reader = reader;
    this._loop = loop;
  }

  get transport(): Transport {
    return this._transport;
  }

  /** Write bytes, or a string as UTF-8 (buffered: call drain() to wait for room). */
  write(data: BytesLike): void {
    this._transport.write(typeof data === "string" ? Buffer.from(data, "utf8") : data);
  }

  /** Write each item of the list. */
  writelines(data: Iterable<BytesLike>): void {
    const list: (Uint8Array | ArrayBufferView | ArrayBuffer)[] = [];
    for (const x of data) list.push(typeof x === "string" ? Buffer.from(x, "utf8") : x);
    this._transport.writelines(list);
  }

  /** Half-close: the peer reads EOF once the buffered data is sent. */
  writeEof(): void {
    this._transport.writeEof();
  }

  canWriteEof(): boolean {
    return this._transport.canWriteEof();
  }

  /** Close the stream (after the buffered data is sent); await waitClosed() for the end. */
  close(): void {
    this._transport.close();
  }

  isClosing(): boolean {
    return this._transport.isClosing();
  }

  /** Wait until the connection is closed (re-raises the error that closed it, if any). */
  waitClosed(): FrameCoroutine<undefined> {
    return new WaitClosedFrame(this) as unknown as FrameCoroutine<undefined>;
  }

  /** "peername", "sockname" (`[host, port]`), "socket", "peercert", ... of the transport. */
  getExtraInfo(name: string, defaultValue: unknown = null): unknown {
    return this._transport.getExtraInfo(name, defaultValue);
  }

  /**
   * Wait until the transport's buffer is back under the low water mark (returns at once when it is
   * under the high one). Raises the error that closed the connection, or ConnectionResetError.
   */
  drain(): FrameCoroutine<undefined> | LoopCoroutine<undefined> {
    // A protocol with its own _drainHelper (a subclass overriding it) keeps the generator body.
    if (this._protocol._drainHelper === FlowControlMixin.prototype._drainHelper) return new DrainFrame(this) as unknown as FrameCoroutine<undefined>;
    return new LoopCoroutine(drainBody(this), "drain", "StreamWriter.drain");
  }

  __repr__(): string {
    const info = ["StreamWriter", `transport=${(this._transport as unknown as { __repr__(): string }).__repr__()}`];
    if (this._reader !== null) info.push(`reader=${this._reader.__repr__()}`);
    return `<${info.join(" ")}>`;
  }

  toString(): string {
    return this.__repr__();
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.__repr__();
  }
}

/** Suspended in the `await` of the close waiter (its frame linked as `$yf`). */
const AWAITING = 5;

/**
 * `async def wait_closed(self): await self._protocol._get_close_waiter(self)` as a frame (it was a
 * generator behind a LoopCoroutine): the waiter is awaited as a compiled `await` does it
 * (`awaitValue`: a pending future parks the task on it, a done one returns at once).
 */
class WaitClosedFrame {
  static $name = "wait_closed";
  static $qualname = "StreamWriter.wait_closed";
  $s: number;
  $yf: null;
  $own: unknown;
  readonly w: StreamWriter;

  constructor(w: StreamWriter) {
    this.$s = 0;
    this.$yf = null;
    this.$own = null;
    this.w = w;
  }

  $step(s: number, v: unknown, m: number): unknown {
    if (s === 0) {
      const r = awaitValue(this as unknown as FrameCoroutine, this.w._protocol._getCloseWaiter(this.w), AWAITING, m);
      if (r === DELEGATE) return r;
      return undefined;
    }
    if (m !== 0) throw v;
    return undefined;
  }
}
frameClass(WaitClosedFrame, FrameCoroutine);

function* drainBody(w: StreamWriter): Generator<unknown, undefined, unknown> {
  if (w._reader !== null) {
    const exc = w._reader.exception();
    if (exc !== null) throw exc;
  }
  if (w._transport.isClosing()) {
    // Let connectionLost() run first, so that a write/drain loop on a closed socket sees the error.
    yield* sleep(0);
  }
  yield* w._protocol._drainHelper();
  return undefined;
}

// ---------------------------------------------------------------- entry points

export interface OpenConnectionOptions extends CreateConnectionOptions {
  /** The StreamReader's limit (64 KiB). */
  limit?: number;
}

export interface StartServerOptions extends CreateServerOptions {
  limit?: number;
}

function* openConnectionBody(host: string | null | undefined, port: number | null | undefined, options: OpenConnectionOptions): Generator<unknown, [StreamReader, StreamWriter], unknown> {
  const loop = getRunningLoop();
  const { limit, ...kwds } = options;
  const reader = new StreamReader(limit ?? DEFAULT_LIMIT, loop);
  const protocol = new StreamReaderProtocol(reader, null, loop);
  const [transport] = (yield* loop.createConnection(() => protocol, host, port, kwds).__await__()) as [Transport, Protocol];
  const writer = new StreamWriter(transport, protocol, reader, loop);
  return [reader, writer];
}

/** asyncio.open_connection: connect to host:port (TLS with `ssl`); resolves to `[reader, writer]`. */
export function openConnection(host?: string | null, port?: number | null, options: OpenConnectionOptions = {}): LoopCoroutine<[StreamReader, StreamWriter]> {
  return new LoopCoroutine(openConnectionBody(host, port, options), "open_connection");
}

function* startServerBody(cb: ClientConnectedCallback, host: string | null | undefined, port: number | null | undefined, options: StartServerOptions, unixPath: string | null): Generator<unknown, Server, unknown> {
  const loop = getRunningLoop();
  const { limit, ...kwds } = options;
  const factory = () => {
    const reader = new StreamReader(limit ?? DEFAULT_LIMIT, loop);
    return new StreamReaderProtocol(reader, cb, loop);
  };
  const aw = unixPath !== null ? loop.createUnixServer(factory, unixPath, kwds) : loop.createServer(factory, host, port, kwds);
  return (yield* aw.__await__()) as Server;
}

/**
 * asyncio.start_server: listen on host:port; for each connection call `clientConnected(reader,
 * writer)` (a coroutine function's coroutine runs as a task). Resolves to a Server.
 */
export function startServer(clientConnected: ClientConnectedCallback, host?: string | null, port?: number | null, options: StartServerOptions = {}): LoopCoroutine<Server> {
  return new LoopCoroutine(startServerBody(clientConnected, host, port, options, null), "start_server");
}

function* openUnixConnectionBody(path: string, options: { limit?: number; ssl?: SslOption; serverHostname?: string | null }): Generator<unknown, [StreamReader, StreamWriter], unknown> {
  const loop = getRunningLoop();
  const { limit, ...kwds } = options;
  const reader = new StreamReader(limit ?? DEFAULT_LIMIT, loop);
  const protocol = new StreamReaderProtocol(reader, null, loop);
  const [transport] = (yield* loop.createUnixConnection(() => protocol, path, kwds).__await__()) as [Transport, Protocol];
  const writer = new StreamWriter(transport, protocol, reader, loop);
  return [reader, writer];
}

/** asyncio.open_unix_connection: connect to the Unix socket at `path`. */
export function openUnixConnection(path: string, options: { limit?: number; ssl?: SslOption; serverHostname?: string | null } = {}): LoopCoroutine<[StreamReader, StreamWriter]> {
  return new LoopCoroutine(openUnixConnectionBody(path, options), "open_unix_connection");
}

/** asyncio.start_unix_server: listen on the Unix socket at `path`. */
export function startUnixServer(clientConnected: ClientConnectedCallback, path: string, options: Omit<StartServerOptions, "ipv6Only"> = {}): LoopCoroutine<Server> {
  return new LoopCoroutine(startServerBody(clientConnected, null, null, options, path), "start_unix_server");
}
