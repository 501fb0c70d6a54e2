// loop.createDatagramEndpoint and the datagram transport (asyncio's _SelectorDatagramTransport),
// on node:dgram.
//
// Why this file exists: UDP is part of asyncio's I/O (the seeds list TCP, UDP and SSL) and has its
// own protocol shape — datagramReceived(data, addr) per datagram, errorReceived(exc) for a send or
// receive that failed (ICMP port unreachable comes back as ConnectionRefusedError), no EOF. As for
// streams, Node's events only queue what happened and put one reusable handle on the loop's ready
// queue; the protocol runs in the loop.

import type * as dgram from "node:dgram";
import { nodeDgram, nodeNet } from "./node.js";
import { ValueError } from "../../core/errors.js";
import { type VarMap, _snapshot } from "../../objects/contextvars.js";
import { LoopCoroutine } from "../loop-coroutine.js";
import { EventLoop } from "../events.js";
import type { Future } from "../futures.js";
import { Handle } from "../handles.js";
import { logSink } from "../report.js";
import { addrRepr, fromNodeError, OSError } from "./errors.js";
import type { DatagramProtocol } from "./protocols.js";
import { FlowControlTransport, ioClosed, ioOpened, ioReady, ioSoon, pyAddress, toBytes, TransportSocket, type DatagramTransport, type IoResource } from "./transports.js";

/** asyncio.constants.LOG_THRESHOLD_FOR_CONNLOST_WRITES */
const LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5;

/** `[host, port]` (Python's `(host, port)`). */
export type Address = [string, number] | [string, number, number, number];

export interface DatagramEndpointOptions {
  /** Bind to this address first (Python's `local_addr=`). */
  localAddr?: [string, number] | null;
  /** Connect to this address: sendto() without an address goes there (Python's `remote_addr=`). */
  remoteAddr?: [string, number] | null;
  /** 4 or 6 (socket.AF_INET / AF_INET6); 0: from the addresses. */
  family?: number;
  /** SO_REUSEPORT (Python's `reuse_port=`; Node 22.12+ only, ignored before). */
  reusePort?: boolean;
  /** SO_BROADCAST (Python's `allow_broadcast=`). */
  allowBroadcast?: boolean;
}

declare module "../events.js" {
  interface EventLoop {
    /** A UDP endpoint; resolves to `[transport, protocol]`. */
    createDatagramEndpoint<P extends DatagramProtocol>(protocolFactory: () => P, options?: DatagramEndpointOptions): LoopCoroutine<[UdpTransport, P]>;
  }
}

type Datagram = { data: Buffer; addr: Address | undefined } | { error: Error };

/** The datagram transport: `sendto(data, addr?)`, close, abort, getExtraInfo. */
export class UdpTransport extends FlowControlTransport implements DatagramTransport, IoResource {
  /** @internal */ _sock: dgram.Socket | null;
  /** @internal */ _protocol: DatagramProtocol | null;
  /** @internal the connected address (remoteAddr), or null */ _address: Address | null;
  /** @internal */ _closing = false;
  /** @internal */ _connLost = 0;
  /** @internal */ _reading = false;
  /** @internal */ _inbox: Datagram[] = [];
  /** @internal */ _readScheduled = false;
  /** @internal */ _readHandle: Handle;
  /** @internal */ _ctx: VarMap;
  /** @internal sends handed to Node and not completed */ _pendingSends = 0;
  /** @internal bytes of those sends */ _pendingBytes = 0;

  /** @internal */
  constructor(loop: EventLoop, sock: dgram.Socket, protocol: DatagramProtocol, address: Address | null, waiter: Future<unknown>) {
    const sockname = (() => {
      const a = sock.address();
      return pyAddress(a.address, a.port, a.family);
    })();
    const peername = address;
    super(loop, {
      socket: new TransportSocket(sock, { sockname: () => sockname, peername: () => peername ?? undefined }),
      sockname,
      peername,
    });
    this._sock = sock;
    this._protocol = protocol;
    this._address = address;
    this._ctx = _snapshot();
    this._readHandle = new Handle(readReady, [this], loop, this._ctx);
    ioOpened(loop, this);
    sock.on("message", (msg: Buffer, rinfo: dgram.RemoteInfo) => this._nodeMessage(msg, rinfo));
    sock.on("error", (err: Error) => this._nodeError(err));
    loop._callSoon(callConnectionMade, [this], this._ctx);
    loop._callSoon(addReader, [this], this._ctx);
    loop._callSoon(setWaiter, [waiter], this._ctx);
  }

  /** @internal */
  _nodeMessage(msg: Buffer, rinfo: dgram.RemoteInfo): void {
    if (this._closing) return;
    this._inbox.push({ data: msg, addr: pyAddress(rinfo.address, rinfo.port, rinfo.family) as Address });
    this._schedule();
  }

  /** @internal a receive error (ICMP port unreachable on a connected socket): errorReceived, in order */
  _nodeError(err: Error): void {
    if (this._closing) return;
    this._inbox.push({ error: fromNodeError(err) as Error });
    this._schedule();
  }

  /** @internal */
  _schedule(): void {
    if (this._readScheduled || !this._reading) return;
    this._readScheduled = true;
    ioReady(this._loop, this._readHandle);
  }

  /** @internal */
  _readReady(): void {
    this._readScheduled = false;
    const inbox = this._inbox;
    while (inbox.length > 0 && !this._closing) {
      const d = inbox.shift()!;
      try {
        if ("error" in d) this._protocol!.errorReceived(d.error);
        else this._protocol!.datagramReceived(d.data, d.addr);
      } catch (exc) {
        this._fatalError(exc, "Fatal read error on datagram transport");
        return;
      }
    }
  }

  /** Bytes handed to sendto() and not yet sent. */
  getWriteBufferSize(): number {
    return this._pendingBytes;
  }

  isClosing(): boolean {
    return this._closing;
  }

  /** Send one datagram to `addr` (`[host, port]`), or to the connected address. */
  sendto(data: Uint8Array | ArrayBufferView | ArrayBuffer, addr: [string, number] | null = null): void {
    const bytes = toBytes(data, "data argument", false);
    if (bytes.length === 0) return;
    if (this._address !== null) {
      if (addr !== null && addr !== undefined && !(addr[0] === this._address[0] && addr[1] === this._address[1])) {
        throw new ValueError(`Invalid address: must be None or ${addrRepr(this._address)}`);
      }
      addr = null;
    }
    if (this._connLost && this._address !== null) {
      if (this._connLost >= LOG_THRESHOLD_FOR_CONNLOST_WRITES) logSink("socket.send() raised exception.");
      this._connLost += 1;
      return;
    }
    const sock = this._sock;
    if (sock === null || this._closing) return;
    const n = bytes.length;
    this._pendingSends += 1;
    this._pendingBytes += n;
    const done = (err: Error | null) => {
      this._pendingSends -= 1;
      this._pendingBytes -= n;
      if (err) ioSoon(this._loop, this._ctx, sendFailed, this, fromNodeError(err));
      if (this._protocolPaused && this._pendingBytes <= this._lowWater) ioSoon(this._loop, this._ctx, resumeCheck, this);
      if (this._closing && this._pendingSends === 0 && !this._connLost) {
        this._connLost += 1;
        ioSoon(this._loop, this._ctx, callConnectionLost, this, null);
      }
    };
    try {
      if (addr === null || addr === undefined) sock.send(bytes, done);
      else sock.send(bytes, addr[1], addr[0], done);
    } catch (e) {
      this._pendingSends -= 1;
      this._pendingBytes -= n;
      throw fromNodeError(e);
    }
    this._maybePauseProtocol();
  }

  close(): void {
    if (this._closing) return;
    this._closing = true;
    this._inbox.length = 0;
    if (this._pendingSends === 0) {
      this._connLost += 1;
      this._loop._callSoon(callConnectionLost, [this, null], this._ctx);
    }
  }

  abort(): void {
    this._forceClose(null);
  }

  /** @internal */
  _fatalError(exc: unknown, message: string): void {
    if (!(exc instanceof OSError)) this._loop.callExceptionHandler({ message, exception: exc, transport: this, protocol: this._protocol });
    this._forceClose(exc as Error);
  }

  /** @internal */
  _forceClose(exc: Error | null): void {
    if (this._connLost) return;
    this._closing = true;
    this._inbox.length = 0;
    this._connLost += 1;
    this._loop._callSoon(callConnectionLost, [this, exc], this._ctx);
  }

  /** @internal */
  _callConnectionLost(exc: Error | null): void {
    try {
      this._protocol?.connectionLost(exc);
    } finally {
      this._loopClosing();
    }
  }

  /** @internal close the Node socket and forget it */
  _loopClosing(): void {
    const s = this._sock;
    if (s === null) return;
    this._sock = null;
    this._closing = true;
    this._protocol = null;
    try {
      s.close();
    } catch {
      /* already closed */
    }
    s.on("error", () => {});
    ioClosed(this._loop, this);
  }

  setProtocol(protocol: DatagramProtocol): void {
    this._protocol = protocol;
  }

  getProtocol(): DatagramProtocol | null {
    return this._protocol;
  }

  __repr__(): string {
    const fd = (this._sock as unknown as { _handle?: { fd?: number } } | null)?._handle?.fd;
    return `<_SelectorDatagramTransport${this._sock === null ? " closed" : this._closing ? " closing" : ""} fd=${typeof fd === "number" ? fd : -1}>`;
  }

  toString(): string {
    return this.__repr__();
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.__repr__();
  }
}

function callConnectionMade(t: UdpTransport): void {
  t._protocol?.connectionMade(t);
}
Object.defineProperty(callConnectionMade, "__qualname__", { value: "DatagramProtocol.connection_made" });

function addReader(t: UdpTransport): void {
  if (t._closing) return;
  t._reading = true;
  if (t._inbox.length > 0) t._schedule();
}
Object.defineProperty(addReader, "__qualname__", { value: "_SelectorTransport._add_reader" });

function setWaiter(waiter: Future<unknown>): void {
  if (!waiter.cancelled()) waiter.setResult(undefined);
}
Object.defineProperty(setWaiter, "__qualname__", { value: "_set_result_unless_cancelled" });

function readReady(t: UdpTransport): void {
  t._readReady();
}
Object.defineProperty(readReady, "__qualname__", { value: "_SelectorDatagramTransport._read_ready" });

function sendFailed(t: UdpTransport, exc: Error): void {
  if (t._protocol !== null) t._protocol.errorReceived(exc);
}
Object.defineProperty(sendFailed, "__qualname__", { value: "DatagramProtocol.error_received" });

function resumeCheck(t: UdpTransport): void {
  t._maybeResumeProtocol();
}
Object.defineProperty(resumeCheck, "__qualname__", { value: "_SelectorDatagramTransport._sendto_ready" });

function callConnectionLost(t: UdpTransport, exc: Error | null): void {
  t._callConnectionLost(exc);
}
Object.defineProperty(callConnectionLost, "__qualname__", { value: "_SelectorTransport._call_connection_lost" });

function* createDatagramEndpointBody<P extends DatagramProtocol>(loop: EventLoop, protocolFactory: () => P, options: DatagramEndpointOptions): Generator<unknown, [UdpTransport, P], unknown> {
  const { localAddr, remoteAddr } = options;
  let family = options.family ?? 0;
  const probe = localAddr?.[0] ?? remoteAddr?.[0];
  if (family === 0 && probe !== undefined) family = nodeNet().isIPv6(probe) ? 6 : 4;
  if (family === 0) throw new ValueError("unexpected address family");
  const sock = nodeDgram().createSocket({ type: family === 6 ? "udp6" : "udp4", reusePort: options.reusePort } as dgram.SocketOptions);
  const ctx = _snapshot();
  const guard: IoResource = { _loopClosing: () => sock.close() };
  ioOpened(loop, guard);
  /** Start a Node operation (bind, connect) and wait for its callback on the loop; errors as Python's. */
  const step = (start: (cb: () => void) => void) => {
    const fut: Future<undefined> = loop.createFuture();
    const onError = (err: Error) => ioSoon(loop, ctx, settle, fut, fromNodeError(err));
    sock.once("error", onError);
    try {
      start(() => {
        sock.removeListener("error", onError);
        ioSoon(loop, ctx, settle, fut, null);
      });
    } catch (e) {
      sock.removeListener("error", onError);
      throw fromNodeError(e);
    }
    return fut;
  };
  try {
    if (localAddr) yield* step((cb) => sock.bind(localAddr[1], localAddr[0], cb)).__await__();
    if (remoteAddr) yield* step((cb) => sock.connect(remoteAddr[1], remoteAddr[0], cb)).__await__();
    if (!localAddr && !remoteAddr) yield* step((cb) => sock.bind(0, cb)).__await__();
    if (options.allowBroadcast) sock.setBroadcast(true);
  } catch (e) {
    try {
      sock.close();
    } catch {
      /* closed */
    }
    throw e;
  } finally {
    ioClosed(loop, guard);
  }
  const protocol = protocolFactory();
  const waiter = loop.createFuture();
  let address: Address | null = null;
  if (remoteAddr) {
    const r = sock.remoteAddress();
    address = pyAddress(r.address, r.port, r.family) as Address;
  }
  const transport = new UdpTransport(loop, sock, protocol, address, waiter);
  try {
    yield* waiter.__await__();
  } catch (e) {
    transport.close();
    throw e;
  }
  return [transport, protocol];
}

function settle(fut: Future<undefined>, exc: unknown): void {
  if (fut.done()) return;
  if (exc === null) fut.setResult(undefined);
  else fut.setException(exc);
}

EventLoop.prototype.createDatagramEndpoint = function <P extends DatagramProtocol>(this: EventLoop, protocolFactory: () => P, options: DatagramEndpointOptions = {}): LoopCoroutine<[UdpTransport, P]> {
  return new LoopCoroutine(createDatagramEndpointBody(this, protocolFactory, options), "create_datagram_endpoint", "BaseEventLoop.create_datagram_endpoint");
};
