// asyncio's transports on Node streams (asyncio/transports.py and selector_events.py's
// _SelectorSocketTransport, in Node's terms).
//
// Why this file exists: protocols and streams need asyncio's transport — write without blocking,
// flow control through pauseWriting/resumeWriting at the high/low water marks, pauseReading,
// half-close with writeEof, close after the buffer is flushed, abort — and Node gives a Duplex
// stream whose events arrive from libuv. The rule that makes it asyncio (issue 9): nothing a socket
// does runs inside Node's callback. A Node event only queues what happened (data, EOF, an error)
// and puts one reusable Handle on the loop's ready queue, the way CPython's selector appends a
// reader's handle to `_ready`; the protocol's methods run when the loop runs that handle, in the
// loop's iteration order, with the running loop set.
//
// `StreamTransport` works over any Node stream that is a net.Socket or behaves like one (TCP,
// TLS, Unix sockets, and a child process's stdin/stdout/stderr pipes, which Node makes net.Sockets):
// `new StreamTransport(loop, nodeStream, protocol, { extra, server, waiter })`. It calls
// connectionMade in the next iteration and starts reading in the one after that, as CPython does.
//
// Where Node differs: the write buffer is Node's (`writableLength`: what Node holds plus what libuv
// has not yet written), so getWriteBufferSize() counts the same bytes CPython's bytearray would;
// resumeWriting is checked when a write completes (a callback per write), not by a writer handle.

import { RuntimeError, ValueError } from "../../core/errors.js";
import { type VarMap, _snapshot } from "../../objects/contextvars.js";
import type { EventLoop } from "../events.js";
import type { Future } from "../futures.js";
import { Handle } from "../handles.js";
import { logSink } from "../report.js";
import { wakeForIo } from "../batches.js";
import { fromNodeError, OSError } from "./errors.js";
import type { BaseProtocol, Protocol } from "./protocols.js";

/** asyncio.constants.LOG_THRESHOLD_FOR_CONNLOST_WRITES */
const LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5;

/** The empty write whose callback says that what was pending before it is written. */
const NOTHING = new Uint8Array(0);

// ---------------------------------------------------------------- scheduling from Node

/**
 * Queue `handle` on `loop` from a Node callback (CPython's `_add_callback` from the selector):
 * appended to the ready queue as it is, waking a parked loop at Node's check phase.
 */
export function ioReady(loop: EventLoop, handle: Handle): void {
  if (loop._closed) return;
  loop._ready.push(handle);
  if (loop._parked) wakeForIo(loop);
}

/** `loop.call_soon(cb, ...args)` from a Node callback, in `ctx` (a snapshot of the transport's context). */
export function ioSoon(loop: EventLoop, ctx: VarMap, cb: Function, ...args: unknown[]): void {
  if (loop._closed) return;
  ioReady(loop, new Handle(cb, args, loop, ctx));
}

/** Something the loop must close when it is closed (a socket, a server). */
export interface IoResource {
  /** @internal */
  _loopClosing(): void;
}

/** Count an open socket or server on its loop (batches.ts yields more often while any is open). */
export function ioOpened(loop: EventLoop, r: IoResource): void {
  (loop._ioResources ??= new Set()).add(r);
  loop._ioActive += 1;
}

/** The socket or server `r` is closed. */
export function ioClosed(loop: EventLoop, r: IoResource): void {
  const set = loop._ioResources;
  if (set !== null && set.delete(r)) loop._ioActive -= 1;
}

// ---------------------------------------------------------------- addresses

/** A Node address as Python's tuple: `[host, port]` (IPv4), `[host, port, 0, 0]` (IPv6). */
export function pyAddress(address: string | undefined, port: number | undefined, family?: string | number): [string, number] | [string, number, number, number] | undefined {
  if (address === undefined || port === undefined) return undefined;
  if (family === "IPv6" || family === 6 || (family === undefined && address.includes(":"))) return [address, port, 0, 0];
  return [address, port];
}

/**
 * What StreamTransport needs of a Node stream (net.Socket, tls.TLSSocket, a child's stdio pipe),
 * written out so that the package's declarations need no @types/node.
 */
export interface NodeStreamLike {
  on(event: string, listener: (...args: any[]) => void): unknown;
  removeListener(event: string, listener: (...args: any[]) => void): unknown;
  write(chunk: Uint8Array, cb?: (err?: Error | null) => void): boolean;
  end(): unknown;
  pause(): unknown;
  resume(): unknown;
  destroy(): unknown;
  readonly destroyed: boolean;
  readonly writableLength: number;
}

/** What reads return: Node Buffers, typed as a Uint8Array with the Buffer methods programs use most (no @types/node needed). */
export interface Bytes extends Uint8Array {
  toString(encoding?: string, start?: number, end?: number): string;
  equals(other: Uint8Array): boolean;
  readUInt32BE(offset?: number): number;
}

/** Anything asyncio lets a transport write: bytes (Uint8Array, Buffer, DataView, ArrayBuffer) or, in pycoro, a string (UTF-8). */
export type BytesLike = Uint8Array | ArrayBufferView | ArrayBuffer | string;

/** `data` as a Uint8Array; TypeError as CPython's for anything else. */
export function toBytes(data: unknown, what = "data argument", strings = true): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (typeof data === "string" && strings) return Buffer.from(data, "utf8");
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  const type = data === null || data === undefined ? "NoneType" : typeof data === "string" ? "str" : typeof data === "object" ? (data as object).constructor?.name ?? "object" : typeof data;
  throw new TypeError(`${what} must be a bytes-like object, not '${type}'`);
}

/**
 * asyncio.trsock.TransportSocket: what `getExtraInfo("socket")` and `server.sockets` give, a
 * read-only view of the socket (`getsockname()`, `getpeername()`, `fileno()`). `node` is the Node
 * object itself (net.Socket, net.Server, dgram.Socket) for what Python's socket offers and this
 * does not.
 */
export class TransportSocket {
  constructor(
    readonly node: unknown,
    /** @internal */ readonly _names: { sockname: () => unknown; peername: () => unknown },
  ) {}
  /** Python's `(host, port)` as `[host, port]`, or a Unix socket's path. */
  getsockname(): unknown {
    return this._names.sockname();
  }
  getpeername(): unknown {
    const p = this._names.peername();
    if (p === undefined) throw new OSError(107, "Transport endpoint is not connected");
    return p;
  }
  /** The file descriptor, or -1 once closed (where Node exposes it). */
  fileno(): number {
    const h = (this.node as { _handle?: { fd?: number } } | null)?._handle;
    return typeof h?.fd === "number" ? h.fd : -1;
  }
  __repr__(): string {
    const parts = [`fd=${this.fileno()}`];
    try {
      parts.push(`laddr=${fmtAddr(this.getsockname())}`);
    } catch {
      /* closed */
    }
    const p = this._names.peername();
    if (p !== undefined) parts.push(`raddr=${fmtAddr(p)}`);
    return `<asyncio.TransportSocket ${parts.join(", ")}>`;
  }
  toString(): string {
    return this.__repr__();
  }
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.__repr__();
  }
}

function fmtAddr(a: unknown): string {
  if (Array.isArray(a)) return `(${a.map((x) => (typeof x === "string" ? `'${x}'` : String(x))).join(", ")})`;
  return typeof a === "string" ? `'${a}'` : String(a);
}

// ---------------------------------------------------------------- base classes

/** asyncio.BaseTransport: extra info, closing, the protocol. */
export class BaseTransport {
  /** @internal */ _extra: Record<string, unknown>;
  constructor(extra: Record<string, unknown> | null = null) {
    this._extra = extra ?? {};
  }
  /** Optional information about the transport: "peername", "sockname", "socket", "peercert", ... (else `default`). */
  getExtraInfo(name: string, defaultValue: unknown = null): unknown {
    const v = this._extra[name];
    if (typeof v === "function") return (v as () => unknown)() ?? defaultValue;
    return v === undefined ? defaultValue : v;
  }
  isClosing(): boolean {
    throw new Error("NotImplementedError");
  }
  close(): void {
    throw new Error("NotImplementedError");
  }
  setProtocol(_protocol: BaseProtocol): void {
    throw new Error("NotImplementedError");
  }
  getProtocol(): BaseProtocol | null {
    throw new Error("NotImplementedError");
  }
}

/** The methods of a read/write stream transport (asyncio.Transport). */
export interface Transport extends BaseTransport {
  isReading(): boolean;
  pauseReading(): void;
  resumeReading(): void;
  setWriteBufferLimits(high?: number | { high?: number | null; low?: number | null } | null, low?: number | null): void;
  getWriteBufferSize(): number;
  getWriteBufferLimits(): [number, number];
  write(data: Uint8Array | ArrayBufferView | ArrayBuffer): void;
  writelines(list: Iterable<Uint8Array | ArrayBufferView | ArrayBuffer>): void;
  writeEof(): void;
  canWriteEof(): boolean;
  abort(): void;
}

/** What a datagram transport has (asyncio.DatagramTransport). */
export interface DatagramTransport extends BaseTransport {
  sendto(data: BytesLike, addr?: unknown): void;
  abort(): void;
  getWriteBufferSize(): number;
}

/**
 * transports._FlowControlMixin: the high/low water marks (64 KiB / 16 KiB by default) and the
 * pauseWriting/resumeWriting calls, with asyncio's messages when the protocol's method fails.
 */
export abstract class FlowControlTransport extends BaseTransport {
  /** @internal */ _loop: EventLoop;
  /** @internal */ _protocolPaused = false;
  /** @internal */ _highWater = 64 * 1024;
  /** @internal */ _lowWater = 16 * 1024;
  /** @internal */ abstract _protocol: BaseProtocol | null;

  constructor(loop: EventLoop, extra: Record<string, unknown> | null) {
    super(extra);
    this._loop = loop;
  }

  abstract getWriteBufferSize(): number;

  /** @internal */
  _maybePauseProtocol(): void {
    const size = this.getWriteBufferSize();
    if (size <= this._highWater) return;
    if (!this._protocolPaused) {
      this._protocolPaused = true;
      try {
        this._protocol!.pauseWriting();
      } catch (exc) {
        this._loop.callExceptionHandler({ message: "protocol.pause_writing() failed", exception: exc, transport: this, protocol: this._protocol });
      }
    }
  }

  /** @internal */
  _maybeResumeProtocol(): void {
    if (this._protocolPaused && this.getWriteBufferSize() <= this._lowWater) {
      this._protocolPaused = false;
      try {
        this._protocol!.resumeWriting();
      } catch (exc) {
        this._loop.callExceptionHandler({ message: "protocol.resume_writing() failed", exception: exc, transport: this, protocol: this._protocol });
      }
    }
  }

  /** `[low, high]`, as asyncio returns them. */
  getWriteBufferLimits(): [number, number] {
    return [this._lowWater, this._highWater];
  }

  /** @internal */
  _setWriteBufferLimits(high: number | null | undefined, low: number | null | undefined): void {
    if (high === null || high === undefined) high = low === null || low === undefined ? 64 * 1024 : 4 * low;
    if (low === null || low === undefined) low = Math.floor(high / 4);
    if (!(high >= low && low >= 0)) throw new ValueError(`high (${high}) must be >= low (${low}) must be >= 0`);
    this._highWater = high;
    this._lowWater = low;
  }

  /**
   * Set the water marks: `setWriteBufferLimits(high?, low?)` or `setWriteBufferLimits({ high, low })`
   * (Python's keywords). Only high: low = high / 4; only low: high = 4 * low; neither: 64 KiB / 16 KiB.
   */
  setWriteBufferLimits(high?: number | { high?: number | null; low?: number | null } | null, low?: number | null): void {
    if (high !== null && typeof high === "object") ({ high, low } = high);
    this._setWriteBufferLimits(high as number | null | undefined, low);
    this._maybePauseProtocol();
  }
}

/** What goes through a transport's inbox, in the order Node reported it. */
const EOF = Symbol("eof");
/** Node closed the stream without an error and without our close(): after EOF both ways, or destroyed by user code. */
const CLOSED = Symbol("closed");
type InboxItem = Uint8Array | typeof EOF | typeof CLOSED;

export interface StreamTransportOptions {
  /** Extra info (peername, sockname, socket, peercert...), values or getters. */
  extra?: Record<string, unknown> | null;
  /** The Server that accepted the connection (its active count; waitClosed). */
  server?: { _attach(): void; _detach(): void } | null;
  /** Set (None) once connectionMade has been called, as CPython's waiter. */
  waiter?: Future<unknown> | null;
  /** The stream can be read (false: a write-only pipe). Default true. */
  readable?: boolean;
  /** The stream can be written (false: a read-only pipe). Default true. */
  writable?: boolean;
  /** Half-close is possible (TLS: false; writeEof() then raises). Default true. */
  canWriteEof?: boolean;
  /** The class name in reprs and messages (default `_SelectorSocketTransport`). */
  reprName?: string;
}

/**
 * A stream transport over a Node Duplex (net.Socket, tls.TLSSocket, a pipe): asyncio's
 * _SelectorSocketTransport, step for step where a user can observe it.
 */
export class StreamTransport extends FlowControlTransport implements Transport, IoResource {
  /** @internal */ _sock: NodeStreamLike | null;
  /** @internal */ _protocol: Protocol | null;
  /** @internal */ _protocolConnected = false;
  /** @internal */ _server: { _attach(): void; _detach(): void } | null;
  /** @internal */ _closing = false;
  /** @internal number of writes after the connection was lost, as CPython's _conn_lost */ _connLost = 0;
  /** @internal writeEof() was called */ _eof = false;
  /** @internal reading paused by pauseReading() */ _paused = false;
  /** @internal reading started (the iteration after connectionMade) and not stopped */ _reading = false;
  /** @internal EOF or an error ended reading */ _readDone = false;
  /** @internal what Node delivered and the protocol has not seen yet */ _inbox: InboxItem[] = [];
  /** @internal the reusable "readable" handle is on the ready queue */ _readScheduled = false;
  /** @internal the reusable "write completed" handle is on the ready queue */ _writeScheduled = false;
  /** @internal */ _readHandle: Handle;
  /** @internal */ _writeHandle: Handle;
  /** @internal the context protocol callbacks run in (a copy of the one current at creation) */ _ctx: VarMap;
  /** @internal */ readonly _readable: boolean;
  /** @internal */ readonly _writable: boolean;
  /** @internal */ readonly _canWriteEof: boolean;
  /** @internal */ readonly _reprName: string;
  /** @internal Node listeners, removed when the transport is done */ _listeners: [string, (...a: never[]) => void][] = [];
  /** @internal write-completion callback (one per transport) */ readonly _onWritten: (err?: Error | null) => void;

  constructor(loop: EventLoop, sock: NodeStreamLike, protocol: Protocol, options: StreamTransportOptions = {}) {
    super(loop, options.extra ?? null);
    this._sock = sock;
    this._protocol = null;
    this._server = options.server ?? null;
    this._readable = options.readable ?? true;
    this._writable = options.writable ?? true;
    this._canWriteEof = options.canWriteEof ?? true;
    this._reprName = options.reprName ?? "_SelectorSocketTransport";
    this._ctx = _snapshot();
    this._readHandle = new Handle(readReady, [this], loop, this._ctx);
    this._writeHandle = new Handle(writeReady, [this], loop, this._ctx);
    this._onWritten = () => this._written();
    this.setProtocol(protocol);
    this._server?._attach();
    ioOpened(loop, this);
    if (this._readable) {
      this._on("data", (chunk: Uint8Array) => this._nodeData(chunk));
      this._on("end", () => this._nodeEnd());
    }
    this._on("error", (err: Error) => this._nodeError(err));
    this._on("close", (hadError: boolean) => this._nodeClose(hadError));
    loop._callSoon(callConnectionMade, [this], this._ctx);
    if (this._readable) loop._callSoon(addReader, [this], this._ctx);
    const waiter = options.waiter;
    if (waiter !== null && waiter !== undefined) loop._callSoon(setWaiter, [waiter], this._ctx);
  }

  /** @internal */
  _on(event: string, fn: (...a: never[]) => void): void {
    this._sock!.on(event, fn as (...a: unknown[]) => void);
    this._listeners.push([event, fn]);
  }

  // ---- Node's side: record, schedule, never call the protocol here

  /** @internal */
  _nodeData(chunk: Uint8Array): void {
    if (this._readDone) return;
    this._inbox.push(chunk);
    this._scheduleRead();
  }

  /**
   * @internal Node's 'end'. One difference from CPython's selector loop is Node's (libuv's), not
   * ours: a reset (RST) that reaches the socket while data is still unread in the same poll arrives
   * here as a clean EOF, since uv__stream_io reports EOF on POLLHUP after a partial read without
   * reading again, so the ECONNRESET is never seen (uvloop behaves the same). CPython reads again and
   * raises ConnectionResetError. Node offers no SO_ERROR to tell the two apart; the fixture
   * net/errors makes its reset wait until the client has read (it flaked under load before).
   */
  _nodeEnd(): void {
    if (this._readDone) return;
    this._inbox.push(EOF);
    this._scheduleRead();
  }

  /** @internal */
  _nodeError(err: Error): void {
    if (this._connLost || this._sock === null) return;
    const exc = fromNodeError(err) as Error;
    ioSoon(this._loop, this._ctx, fatalError, this, exc, "Fatal error on transport");
  }

  /** @internal */
  _nodeClose(hadError: boolean): void {
    if (hadError || this._connLost || this._sock === null) return;
    if (this._readable && !this._readDone && this._reading && !this._paused) {
      this._inbox.push(CLOSED); // after the data and EOF Node delivered before it
      this._scheduleRead();
    } else {
      ioSoon(this._loop, this._ctx, nodeClosed, this);
    }
  }

  /** @internal the Node stream is gone: connectionLost(None) unless both ways ended cleanly (then close() does it, as in CPython) */
  _nodeClosed(): void {
    if (this._connLost || this._sock === null) return;
    if (this._eof && (this._readDone || !this._readable)) return;
    this._forceClose(null);
  }

  /** @internal */
  _scheduleRead(): void {
    if (this._readScheduled || !this._reading || this._paused) return;
    this._readScheduled = true;
    ioReady(this._loop, this._readHandle);
  }

  /** @internal a write completed (Node's callback): resume the protocol or finish a close in the loop */
  _written(): void {
    if (this._writeScheduled || this._sock === null) return;
    if ((this._protocolPaused && this.getWriteBufferSize() <= this._lowWater) || (this._closing && this.getWriteBufferSize() === 0)) {
      this._writeScheduled = true;
      ioReady(this._loop, this._writeHandle);
    }
  }

  // ---- the loop's side

  /** @internal deliver what Node queued, until reading is paused */
  _readReady(): void {
    this._readScheduled = false;
    const inbox = this._inbox;
    while (inbox.length > 0 && this._reading && !this._paused && !this._closing) {
      const item = inbox.shift()!;
      if (item === CLOSED) {
        this._nodeClosed();
        return;
      }
      if (item === EOF) {
        this._readDone = true;
        const closedToo = inbox.length > 0 && inbox[inbox.length - 1] === CLOSED;
        inbox.length = 0;
        this._onEof();
        if (closedToo) this._nodeClosed();
        return;
      }
      try {
        this._protocol!.dataReceived(item);
      } catch (exc) {
        this._fatalError(exc, "Fatal error: protocol.data_received() call failed.");
        return;
      }
    }
  }

  /** @internal `_read_ready__on_eof` */
  _onEof(): void {
    let keepOpen: unknown;
    try {
      keepOpen = this._protocol!.eofReceived();
    } catch (exc) {
      this._fatalError(exc, "Fatal error: protocol.eof_received() call failed.");
      return;
    }
    // (a read-only pipe closes at EOF whatever the protocol says, as CPython's read pipe transport)
    if (keepOpen && this._writable) this._reading = false;
    else this.close();
  }

  /** @internal `_write_ready` once the buffer went down */
  _writeReady(): void {
    this._writeScheduled = false;
    if (this._sock === null) return;
    this._maybeResumeProtocol();
    if (this.getWriteBufferSize() === 0 && this._closing && !this._connLost) {
      this._connLost += 1;
      this._callConnectionLost(null);
    }
  }

  // ---- asyncio's API

  getWriteBufferSize(): number {
    const s = this._sock;
    return s === null || s.destroyed ? 0 : s.writableLength;
  }

  isClosing(): boolean {
    return this._closing;
  }

  isReading(): boolean {
    return !this._closing && !this._paused;
  }

  /** Stop calling dataReceived until resumeReading(); Node stops reading once its own buffer is full. */
  pauseReading(): void {
    if (!this.isReading()) return;
    this._paused = true;
    this._sock?.pause();
  }

  resumeReading(): void {
    if (this._closing || !this._paused) return;
    this._paused = false;
    if (this._reading) {
      this._sock?.resume();
      if (this._inbox.length > 0) this._scheduleRead();
    }
  }

  /** Write bytes without blocking (a string is a TypeError, as in asyncio; StreamWriter.write takes strings); Node buffers what the socket does not take now. */
  write(data: Uint8Array | ArrayBufferView | ArrayBuffer): void {
    const bytes = toBytes(data, "data argument", false);
    if (this._eof) throw new RuntimeError("Cannot call write() after write_eof()");
    if (bytes.length === 0) return;
    if (this._connLost) {
      if (this._connLost >= LOG_THRESHOLD_FOR_CONNLOST_WRITES) logSink("socket.send() raised exception.");
      this._connLost += 1;
      return;
    }
    const sock = this._sock!;
    if (sock.destroyed || !this._writable) {
      this._connLost += 1;
      return;
    }
    if (sock.writableLength === 0) {
      // Most writes go out at once (libuv writes before write() returns): then nothing is pending
      // and no completion callback is needed; each callback costs a Node tick and ~700 bytes
      // (the net family's echo, heap sampling: 7.0 KB per round trip, plain node:net 2.0 KB).
      // When some is left pending, an empty write behind it calls back once it is all written
      // (writes complete in order); every write made while data is pending carries the callback.
      sock.write(bytes);
      // Nothing left pending: the buffer size is 0, under any high water mark, so the pause
      // check (two more Node getters: destroyed, writableLength) is skipped.
      if (sock.writableLength === 0) return;
      sock.write(NOTHING, this._onWritten);
    } else {
      sock.write(bytes, this._onWritten);
    }
    this._maybePauseProtocol();
  }

  /** Write each item of `list` (one buffer, as CPython's writelines joins them). */
  writelines(list: Iterable<Uint8Array | ArrayBufferView | ArrayBuffer>): void {
    const parts: Uint8Array[] = [];
    for (const x of list) parts.push(toBytes(x, "data argument", false));
    this.write(parts.length === 1 ? parts[0] : Buffer.concat(parts));
  }

  /** Close the write end after the buffered data (half-close); reading goes on. */
  writeEof(): void {
    if (!this._canWriteEof) throw new Error("NotImplementedError: SSL doesn't support half-closes");
    if (this._closing || this._eof) return;
    this._eof = true;
    this._sock?.end();
  }

  canWriteEof(): boolean {
    return this._canWriteEof;
  }

  /** Close after the buffered data is sent; connectionLost(None) follows. */
  close(): void {
    if (this._closing) return;
    this._closing = true;
    this._stopReading();
    if (this.getWriteBufferSize() === 0) {
      this._connLost += 1;
      this._loop._callSoon(callConnectionLost, [this, null], this._ctx);
    }
  }

  /** Close now, dropping buffered data; connectionLost(None) follows. */
  abort(): void {
    this._forceClose(null);
  }

  setProtocol(protocol: BaseProtocol): void {
    this._protocol = protocol as Protocol;
    this._protocolConnected = true;
  }

  getProtocol(): Protocol | null {
    return this._protocol;
  }

  /** @internal */
  _stopReading(): void {
    this._reading = false;
    this._inbox.length = 0;
    const s = this._sock;
    if (s !== null && this._readable && !s.destroyed) s.pause();
  }

  /** @internal */
  _fatalError(exc: unknown, message = "Fatal error on transport"): void {
    if (!(exc instanceof OSError) && !(exc instanceof Error && typeof (exc as { errno?: unknown }).errno === "number")) {
      this._loop.callExceptionHandler({ message, exception: exc, transport: this, protocol: this._protocol });
    }
    this._forceClose(exc as Error);
  }

  /** @internal */
  _forceClose(exc: Error | null): void {
    if (this._connLost) return;
    const s = this._sock;
    if (s !== null && s.writableLength > 0) s.destroy(); // drop the buffer
    if (!this._closing) {
      this._closing = true;
      this._stopReading();
    }
    this._connLost += 1;
    this._loop._callSoon(callConnectionLost, [this, exc], this._ctx);
  }

  /** @internal */
  _callConnectionLost(exc: Error | null): void {
    try {
      if (this._protocolConnected) this._protocol!.connectionLost(exc);
    } finally {
      this._release();
    }
  }

  /** @internal close the Node stream and forget it (the loop no longer tracks it). */
  _release(): void {
    const s = this._sock;
    if (s === null) return;
    this._sock = null;
    s.destroy();
    for (const [ev, fn] of this._listeners) s.removeListener(ev, fn as (...a: unknown[]) => void);
    s.on("error", ignore); // late errors of a destroyed socket
    this._listeners = [];
    this._protocol = null;
    ioClosed(this._loop, this);
    const server = this._server;
    if (server !== null) {
      this._server = null;
      server._detach();
    }
  }

  /** @internal the loop is closed with this transport still open: close the socket (CPython leaves it to the GC). */
  _loopClosing(): void {
    this._closing = true;
    this._connLost += 1;
    this._release();
  }

  /** The Node stream (net.Socket, tls.TLSSocket, a pipe), null once closed. */
  get nodeStream(): NodeStreamLike | null {
    return this._sock;
  }

  __repr__(): string {
    const info = [this._reprName];
    if (this._sock === null) info.push("closed");
    else if (this._closing) info.push("closing");
    const fd = (this._sock as { _handle?: { fd?: number } } | null)?._handle?.fd;
    info.push(`fd=${typeof fd === "number" ? fd : -1}`);
    if (this._sock !== null && this._readable) info.push(`read=${this._reading && !this._paused ? "polling" : "idle"}`);
    if (this._sock !== null && this._writable) {
      const size = this.getWriteBufferSize();
      info.push(`write=<${size > 0 ? "polling" : "idle"}, bufsize=${size}>`);
    }
    return `<${info.join(" ")}>`;
  }

  toString(): string {
    return this.__repr__();
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.__repr__();
  }
}

function ignore(): void {}

// The loop callbacks, named as CPython's so that reprs and exception reports read the same.
function callConnectionMade(t: StreamTransport): void {
  if (t._protocol !== null) t._protocol.connectionMade(t);
}
Object.defineProperty(callConnectionMade, "__qualname__", { value: "Protocol.connection_made" });

function addReader(t: StreamTransport): void {
  if (t._closing || t._sock === null) return;
  t._reading = true;
  if (!t._paused && t._inbox.length > 0) t._scheduleRead();
}
Object.defineProperty(addReader, "__qualname__", { value: "_SelectorTransport._add_reader" });

function setWaiter(waiter: Future<unknown>): void {
  if (!waiter.cancelled()) waiter.setResult(undefined);
}
Object.defineProperty(setWaiter, "__qualname__", { value: "_set_result_unless_cancelled" });

function readReady(t: StreamTransport): void {
  t._readReady();
}
Object.defineProperty(readReady, "__qualname__", { value: "_SelectorSocketTransport._read_ready" });

function writeReady(t: StreamTransport): void {
  t._writeReady();
}
Object.defineProperty(writeReady, "__qualname__", { value: "_SelectorSocketTransport._write_ready" });

function fatalError(t: StreamTransport, exc: Error, message: string): void {
  t._fatalError(exc, message);
}
Object.defineProperty(fatalError, "__qualname__", { value: "_SelectorTransport._fatal_error" });

function nodeClosed(t: StreamTransport): void {
  t._nodeClosed();
}
Object.defineProperty(nodeClosed, "__qualname__", { value: "_SelectorTransport._node_closed" });

function callConnectionLost(t: StreamTransport, exc: Error | null): void {
  t._callConnectionLost(exc);
}
Object.defineProperty(callConnectionLost, "__qualname__", { value: "_SelectorTransport._call_connection_lost" });
