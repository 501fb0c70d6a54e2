// loop.createConnection / createServer / createUnixConnection / createUnixServer and asyncio's
// Server (base_events.py and selector_events.py, on node:net and node:tls).
//
// Why this file exists: these are asyncio's low-level network entry points — a protocol factory
// and an address in, a transport and protocol (or a Server) out — and the streams API is built on
// them, as in asyncio. The methods are added to EventLoop's prototype here (the loop's core knows
// nothing of sockets); `declare module` gives them their types.
//
// Server follows 3.11: close() stops listening and leaves accepted connections open;
// waitClosed() returns at once when the server is already closed (the 3.11 behaviour that 3.12
// changed); serveForever() cancelled closes the server; `await using s = server` closes it at the
// block's end. Where Node differs: a server made with `startServing: false` already listens (Node
// binds and listens in one call), but connections are accepted only once it serves.

import type * as net from "node:net";
import type * as tls from "node:tls";
import { nodeFs, nodeNet, nodeTls } from "./node.js";
import { RuntimeError } from "../../core/errors.js";
import { LoopCoroutine } from "../loop-coroutine.js";
import { EventLoop } from "../events.js";
import type { Future } from "../futures.js";
import { sleep } from "../sleep.js";
import { CancelledError } from "../../core/errors.js";
import { _snapshot } from "../../objects/contextvars.js";
import { addrRepr, errnoOf, fromNodeError, osError, OSError, pyStrRepr, strerror } from "./errors.js";
import type { Protocol } from "./protocols.js";
import { ioClosed, ioOpened, ioSoon, pyAddress, StreamTransport, TransportSocket, type IoResource, type Transport } from "./transports.js";

/**
 * The `ssl` option: true (default context, certificates verified), Node's tls.connect /
 * tls.createServer options (`{ key, cert, ca, ... }`), or a tls.SecureContext. (Typed as an object
 * so that the declarations need no @types/node.)
 */
export type SslOption = boolean | object | null | undefined;

export interface CreateConnectionOptions {
  /** TLS (Python's `ssl=`): true, Node's tls.connect options, or a tls.SecureContext. */
  ssl?: SslOption;
  /** The name checked against the server's certificate (Python's `server_hostname=`). */
  serverHostname?: string | null;
  /** Bind the local end first: `[host, port]` (Python's `local_addr=`). */
  localAddr?: [string, number] | null;
  /** 4 or 6 (Python's `family=`: socket.AF_INET / AF_INET6); 0 for either. */
  family?: number;
}

export interface CreateServerOptions {
  ssl?: SslOption;
  /** listen() backlog (default 100, as asyncio). */
  backlog?: number;
  /** false: accept connections only after startServing() / serveForever() (Python's `start_serving=`). */
  startServing?: boolean;
  /** Only IPv6 on an IPv6 address (Python's `reuse_port`/dual-stack details are Node's). */
  ipv6Only?: boolean;
}

declare module "../events.js" {
  interface EventLoop {
    /** Open a TCP (or TLS) connection to host:port; resolves to `[transport, protocol]`. */
    createConnection<P extends Protocol>(protocolFactory: () => P, host?: string | null, port?: number | null, options?: CreateConnectionOptions): LoopCoroutine<[Transport, P]>;
    /** Listen on host:port; each connection gets `protocolFactory()`. Resolves to a Server. */
    createServer(protocolFactory: () => Protocol, host?: string | null, port?: number | null, options?: CreateServerOptions): LoopCoroutine<Server>;
    /** Connect to a Unix socket at `path`; resolves to `[transport, protocol]`. */
    createUnixConnection<P extends Protocol>(protocolFactory: () => P, path: string, options?: { ssl?: SslOption; serverHostname?: string | null }): LoopCoroutine<[Transport, P]>;
    /** Listen on a Unix socket at `path`. Resolves to a Server. */
    createUnixServer(protocolFactory: () => Protocol, path: string, options?: Omit<CreateServerOptions, "ipv6Only">): LoopCoroutine<Server>;
  }
}

// ---------------------------------------------------------------- extra info

/** @internal Extra info of a connected Node socket, computed now (Node forgets the addresses once closed). */
export function socketExtra(sock: net.Socket, unixPath: { sock?: string; peer?: string } | null): Record<string, unknown> {
  let sockname: unknown;
  let peername: unknown;
  if (unixPath !== null) {
    sockname = unixPath.sock ?? "";
    peername = unixPath.peer ?? "";
  } else {
    const s = sock as net.Socket & { localFamily?: string };
    sockname = pyAddress(s.localAddress, s.localPort, s.localFamily);
    peername = pyAddress(s.remoteAddress, s.remotePort, s.remoteFamily);
  }
  const extra: Record<string, unknown> = {
    socket: new TransportSocket(sock, { sockname: () => sockname, peername: () => peername }),
    sockname,
    peername,
  };
  if (sock instanceof nodeTls().TLSSocket) {
    extra.peercert = () => {
      const c = sock.getPeerCertificate?.();
      return c && Object.keys(c).length > 0 ? c : null;
    };
    extra.cipher = () => {
      const c = sock.getCipher?.();
      return c ? [c.standardName ?? c.name, c.version, null] : null;
    };
    extra.ssl_object = sock;
    // (CPython gives the SSLContext; Node keeps none per socket: the native TLS handle stands in)
    extra.sslcontext = (sock as tls.TLSSocket & { ssl?: unknown }).ssl ?? sock;
  }
  return extra;
}

// ---------------------------------------------------------------- connecting

/** Python's text for a failed connect: `Connect call failed ('127.0.0.1', 1)`. */
function connectError(err: unknown, fallback: unknown): unknown {
  const one = (e: unknown): unknown => {
    const n = e as { code?: string; address?: string; port?: number } | null;
    if (n !== null && typeof n?.code === "string" && n.address !== undefined && /^E(CONNREFUSED|TIMEDOUT|HOSTUNREACH|NETUNREACH|ADDRNOTAVAIL|CONNRESET|ACCES|PERM)$/.test(n.code)) {
      return osError(n.code, `Connect call failed ${addrRepr(pyAddress(n.address, n.port ?? (fallback as number)))}`);
    }
    if (n !== null && n?.code === "ENOTFOUND") return new OSError(-2, "Name or service not known");
    if (n !== null && n?.code === "EAI_AGAIN") return new OSError(-3, "Temporary failure in name resolution");
    return fromNodeError(e);
  };
  if (err instanceof AggregateError && Array.isArray(err.errors) && err.errors.length > 0) {
    const excs = err.errors.map(one);
    const texts = excs.map((e) => String((e as Error).message));
    if (texts.every((t) => t === texts[0])) return excs[0];
    return new OSError(`Multiple exceptions: ${texts.join(", ")}`);
  }
  return one(err);
}

/** Node's tls.connect options for asyncio's `ssl` / `server_hostname` keywords. */
function tlsConnectOptions(ssl: SslOption, serverHostname: string | null | undefined, host: string | null | undefined): tls.ConnectionOptions {
  const opts: tls.ConnectionOptions = {};
  if (ssl !== null && typeof ssl === "object") {
    if (ssl instanceof (nodeTls().createSecureContext().constructor as new () => tls.SecureContext)) opts.secureContext = ssl as tls.SecureContext;
    else Object.assign(opts, ssl);
  }
  const name = serverHostname ?? host;
  if (opts.servername === undefined && name && !nodeNet().isIP(name)) opts.servername = name;
  return opts;
}

/**
 * Start a Node connection and wait for it on the loop. `connectEvent` is "connect" (net) or
 * "secureConnect" (tls). A cancelled wait destroys the socket.
 */
function* connectSocket(loop: EventLoop, make: () => net.Socket, connectEvent: string, port: unknown): Generator<unknown, net.Socket, unknown> {
  const fut: Future<undefined> = loop.createFuture();
  const ctx = _snapshot();
  let sock: net.Socket;
  try {
    sock = make();
  } catch (e) {
    throw fromNodeError(e);
  }
  const onConnect = () => ioSoon(loop, ctx, settle, fut, null);
  const onError = (err: Error) => ioSoon(loop, ctx, settle, fut, connectError(err, port));
  sock.once(connectEvent, onConnect);
  sock.once("error", onError);
  const guard: IoResource = { _loopClosing: () => sock.destroy() };
  ioOpened(loop, guard);
  try {
    yield* fut.__await__();
  } catch (e) {
    sock.destroy();
    throw e;
  } finally {
    sock.removeListener(connectEvent, onConnect);
    sock.removeListener("error", onError);
    ioClosed(loop, guard);
  }
  return sock;
}

function settle(fut: Future<undefined>, exc: unknown): void {
  if (fut.done()) return;
  if (exc === null) fut.setResult(undefined);
  else fut.setException(exc);
}

/** Make the transport for a connected socket and wait for connectionMade, as CPython's _create_connection_transport. */
function* makeTransport<P extends Protocol>(loop: EventLoop, sock: net.Socket, protocolFactory: () => P, extra: Record<string, unknown>, tlsOn: boolean): Generator<unknown, [Transport, P], unknown> {
  const protocol = protocolFactory();
  const waiter: Future<unknown> = loop.createFuture();
  const transport = new StreamTransport(loop, sock, protocol, {
    extra,
    waiter,
    canWriteEof: !tlsOn,
    reprName: tlsOn ? "_SSLProtocolTransport" : "_SelectorSocketTransport",
  });
  try {
    yield* waiter.__await__();
  } catch (e) {
    transport.close();
    throw e;
  }
  return [transport, protocol];
}

function* createConnectionBody<P extends Protocol>(loop: EventLoop, protocolFactory: () => P, host: string | null | undefined, port: number | null | undefined, options: CreateConnectionOptions): Generator<unknown, [Transport, P], unknown> {
  const ssl = options.ssl;
  if (options.serverHostname != null && !ssl) throw new Error("ValueError: server_hostname is only meaningful with ssl");
  if (host == null && port == null) throw new Error("ValueError: host and port was not specified and no sock specified");
  const tlsOn = !!ssl;
  const base: net.TcpNetConnectOpts = { host: host ?? "localhost", port: Number(port), allowHalfOpen: true, noDelay: true };
  if (options.localAddr) {
    base.localAddress = options.localAddr[0];
    if (options.localAddr[1]) base.localPort = options.localAddr[1];
  }
  if (options.family) base.family = options.family;
  const make = tlsOn ? () => nodeTls().connect({ ...base, ...tlsConnectOptions(ssl, options.serverHostname, host) }) : () => nodeNet().connect(base);
  const sock = yield* connectSocket(loop, make, tlsOn ? "secureConnect" : "connect", port);
  return yield* makeTransport(loop, sock, protocolFactory, socketExtra(sock, null), tlsOn);
}

function* createUnixConnectionBody<P extends Protocol>(loop: EventLoop, protocolFactory: () => P, path: string, options: { ssl?: SslOption; serverHostname?: string | null }): Generator<unknown, [Transport, P], unknown> {
  const ssl = options.ssl;
  const tlsOn = !!ssl;
  const base: net.IpcNetConnectOpts = { path, allowHalfOpen: true };
  const make = tlsOn ? () => nodeTls().connect({ ...base, ...tlsConnectOptions(ssl, options.serverHostname, null) }) : () => nodeNet().connect(base);
  let sock: net.Socket;
  try {
    sock = yield* connectSocket(loop, make, tlsOn ? "secureConnect" : "connect", path);
  } catch (e) {
    // CPython: FileNotFoundError: [Errno 2] No such file or directory (no address in the text)
    throw e;
  }
  return yield* makeTransport(loop, sock, protocolFactory, socketExtra(sock, { peer: path }), tlsOn);
}

EventLoop.prototype.createConnection = function <P extends Protocol>(this: EventLoop, protocolFactory: () => P, host?: string | null, port?: number | null, options: CreateConnectionOptions = {}): LoopCoroutine<[Transport, P]> {
  return new LoopCoroutine(createConnectionBody(this, protocolFactory, host, port, options), "create_connection", "BaseEventLoop.create_connection");
};

EventLoop.prototype.createUnixConnection = function <P extends Protocol>(this: EventLoop, protocolFactory: () => P, path: string, options: { ssl?: SslOption; serverHostname?: string | null } = {}): LoopCoroutine<[Transport, P]> {
  return new LoopCoroutine(createUnixConnectionBody(this, protocolFactory, path, options), "create_unix_connection", "_UnixSelectorEventLoop.create_unix_connection");
};

// ---------------------------------------------------------------- servers

/** asyncio.Server (base_events.Server), 3.11. */
export class Server implements IoResource {
  /** @internal */ _loop: EventLoop;
  /** @internal the listening Node servers; null once closed */ _servers: net.Server[] | null;
  /** @internal */ _activeCount = 0;
  /** @internal */ _waiters: Future<unknown>[] | null = [];
  /** @internal */ _protocolFactory: () => Protocol;
  /** @internal */ _backlog: number;
  /** @internal */ _tls: boolean;
  /** @internal */ _unixPath: string | null;
  /** @internal */ _serving = false;
  /** @internal */ _servingForeverFut: Future<unknown> | null = null;
  /** @internal sockets accepted by Node before the server serves */ _pending: net.Socket[] = [];
  /** @internal the addresses, kept for sockets (Node forgets them once closed) */ _names: unknown[];

  /** @internal */
  constructor(loop: EventLoop, servers: net.Server[], protocolFactory: () => Protocol, backlog: number, tlsOn: boolean, unixPath: string | null) {
    this._loop = loop;
    this._servers = servers;
    this._protocolFactory = protocolFactory;
    this._backlog = backlog;
    this._tls = tlsOn;
    this._unixPath = unixPath;
    this._names = servers.map((s) => {
      if (unixPath !== null) return unixPath;
      const a = s.address() as net.AddressInfo;
      return pyAddress(a.address, a.port, a.family);
    });
    ioOpened(loop, this);
  }

  /** @internal a connection was accepted by Node (called in the loop) */
  _accept(sock: net.Socket): void {
    if (this._servers === null) {
      sock.destroy();
      return;
    }
    if (!this._serving) {
      this._pending.push(sock);
      return;
    }
    let protocol: Protocol;
    try {
      protocol = this._protocolFactory();
    } catch (exc) {
      sock.destroy();
      this._loop.callExceptionHandler({ message: "Error on transport creation for incoming connection", exception: exc });
      return;
    }
    const unix = this._unixPath !== null ? { sock: this._unixPath, peer: "" } : null;
    new StreamTransport(this._loop, sock, protocol, {
      extra: socketExtra(sock, unix),
      server: this,
      canWriteEof: !this._tls,
      reprName: this._tls ? "_SSLProtocolTransport" : "_SelectorSocketTransport",
    });
  }

  /** @internal */
  _attach(): void {
    this._activeCount += 1;
  }

  /** @internal */
  _detach(): void {
    this._activeCount -= 1;
    if (this._activeCount === 0 && this._servers === null) this._wakeup();
  }

  /** @internal */
  _wakeup(): void {
    const waiters = this._waiters;
    this._waiters = null;
    if (waiters === null) return;
    for (const w of waiters) if (!w.done()) w.setResult(w);
  }

  /** @internal */
  _startServing(): void {
    if (this._serving) return;
    this._serving = true;
    const pending = this._pending;
    this._pending = [];
    for (const s of pending) this._accept(s);
  }

  getLoop(): EventLoop {
    return this._loop;
  }

  isServing(): boolean {
    return this._serving;
  }

  /** The listening sockets (`server.sockets[0].getsockname()` is `[host, port]`); empty once closed. */
  get sockets(): TransportSocket[] {
    const servers = this._servers;
    if (servers === null) return [];
    return servers.map((s, i) => new TransportSocket(s, { sockname: () => this._names[i], peername: () => undefined }));
  }

  /** Stop listening (connections already accepted stay open, as in 3.11). */
  close(): void {
    const servers = this._servers;
    if (servers === null) return;
    this._servers = null;
    for (const s of servers) s.close();
    for (const s of this._pending) s.destroy();
    this._pending = [];
    ioClosed(this._loop, this);
    this._serving = false;
    const f = this._servingForeverFut;
    if (f !== null && !f.done()) {
      f.cancel();
      this._servingForeverFut = null;
    }
    if (this._activeCount === 0) this._wakeup();
  }

  /** Start accepting connections (a coroutine: one iteration later, as asyncio's sleep(0)). */
  startServing(): LoopCoroutine<undefined> {
    return new LoopCoroutine(startServingBody(this), "start_serving", "Server.start_serving");
  }

  /** Accept connections until cancelled; cancelling closes the server. */
  serveForever(): LoopCoroutine<undefined> {
    return new LoopCoroutine(serveForeverBody(this), "serve_forever", "Server.serve_forever");
  }

  /** Wait until the server is closed and its connections are gone (3.11: returns at once if already closed). */
  waitClosed(): LoopCoroutine<undefined> {
    return new LoopCoroutine(waitClosedBody(this), "wait_closed", "Server.wait_closed");
  }

  /** `async with server` binds the server itself. */
  __aenter__(): LoopCoroutine<Server> {
    const self = this;
    return new LoopCoroutine((function* (): Generator<unknown, Server, unknown> {
      return self;
    })(), "__aenter__", "Server.__aenter__");
  }

  /** Closes the server and waits for waitClosed(). */
  __aexit__(_t?: unknown, _e?: unknown, _tb?: unknown): LoopCoroutine<undefined> {
    const self = this;
    return new LoopCoroutine((function* (): Generator<unknown, undefined, unknown> {
      self.close();
      yield* waitClosedBody(self);
      return undefined;
    })(), "__aexit__", "Server.__aexit__");
  }

  /** `await using server = await startServer(...)` in unmarked code: close and wait. */
  [Symbol.asyncDispose](): PromiseLike<undefined> {
    return this.__aexit__();
  }

  /** @internal the loop closes with the server open */
  _loopClosing(): void {
    const servers = this._servers;
    if (servers === null) return;
    this._servers = null;
    for (const s of servers) s.close();
    for (const s of this._pending) s.destroy();
  }

  __repr__(): string {
    return `<Server sockets=(${this.sockets.map((s) => s.__repr__()).join(", ")}${this.sockets.length === 1 ? "," : ""})>`;
  }

  toString(): string {
    return this.__repr__();
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.__repr__();
  }
}

function* startServingBody(server: Server): Generator<unknown, undefined, unknown> {
  server._startServing();
  yield* sleep(0);
  return undefined;
}

function* serveForeverBody(server: Server): Generator<unknown, undefined, unknown> {
  if (server._servingForeverFut !== null) throw new RuntimeError(`server ${server.__repr__()} is already being awaited on serve_forever()`);
  if (server._servers === null) throw new RuntimeError(`server ${server.__repr__()} is closed`);
  server._startServing();
  server._servingForeverFut = server._loop.createFuture();
  try {
    yield* server._servingForeverFut.__await__();
  } catch (e) {
    if (e instanceof CancelledError) {
      try {
        server.close();
        yield* waitClosedBody(server);
      } finally {
        // re-raised below
      }
    }
    throw e;
  } finally {
    server._servingForeverFut = null;
  }
  return undefined;
}

function* waitClosedBody(server: Server): Generator<unknown, undefined, unknown> {
  if (server._servers === null || server._waiters === null) return undefined;
  const waiter = server._loop.createFuture();
  server._waiters.push(waiter);
  yield* waiter.__await__();
  return undefined;
}

/** Listen with a Node server and wait until it listens (errors as CPython's bind errors). */
function* listen(loop: EventLoop, srv: net.Server, listenOpts: net.ListenOptions, where: string): Generator<unknown, void, unknown> {
  const fut: Future<undefined> = loop.createFuture();
  const ctx = _snapshot();
  const onListening = () => ioSoon(loop, ctx, settle, fut, null);
  const onError = (err: Error & { code?: string }) => {
    const code = err.code ?? "";
    const e = srv instanceof nodeNet().Server && listenOpts.path !== undefined
      ? code === "EADDRINUSE" ? new OSError(errnoOf(code) ?? 98, `Address ${pyStrRepr(where)} is already in use`) : fromNodeError(err)
      : code.startsWith("E") && code !== "ENOENT" ? osError(code, `error while attempting to bind on address ${where}: ${strerror(code).toLowerCase()}`) : fromNodeError(err);
    ioSoon(loop, ctx, settle, fut, e);
  };
  srv.once("listening", onListening);
  srv.once("error", onError);
  const guard: IoResource = { _loopClosing: () => srv.close() };
  ioOpened(loop, guard);
  try {
    srv.listen(listenOpts);
    yield* fut.__await__();
  } catch (e) {
    srv.close();
    throw e;
  } finally {
    srv.removeListener("listening", onListening);
    srv.removeListener("error", onError);
    ioClosed(loop, guard);
  }
}

/** asyncio (3.11) removes a socket file left at `path` by a previous server before binding. */
function removeStaleSocket(path: string): void {
  if (path.startsWith("\0")) return; // Linux abstract namespace
  try {
    if (nodeFs().statSync(path).isSocket()) nodeFs().unlinkSync(path);
  } catch {
    /* absent, or not ours to remove: bind() reports it */
  }
}

function makeNodeServer(ssl: SslOption, onSocket: (sock: net.Socket) => void): net.Server {
  if (ssl) {
    const opts: tls.TlsOptions = { allowHalfOpen: true };
    if (ssl !== true && typeof ssl === "object") {
      if (ssl instanceof (nodeTls().createSecureContext().constructor as new () => tls.SecureContext)) opts.secureContext = ssl as tls.SecureContext;
      else Object.assign(opts, ssl);
    }
    const srv = nodeTls().createServer(opts, onSocket);
    srv.on("tlsClientError", ignore);
    return srv;
  }
  return nodeNet().createServer({ allowHalfOpen: true, noDelay: true }, onSocket);
}

function ignore(): void {}

function* createServerBody(loop: EventLoop, protocolFactory: () => Protocol, host: string | null | undefined, port: number | null | undefined, options: CreateServerOptions, unixPath: string | null): Generator<unknown, Server, unknown> {
  const backlog = options.backlog ?? 100;
  const ctx = _snapshot();
  let server: Server | null = null;
  const early: net.Socket[] = [];
  const onSocket = (sock: net.Socket) => {
    if (server === null) early.push(sock);
    else ioSoon(loop, ctx, acceptConnection, server, sock);
  };
  const srv = makeNodeServer(options.ssl, onSocket);
  srv.on("error", ignore); // errors after listening: accept failures (EMFILE), reported by Node per connection
  if (unixPath !== null) {
    removeStaleSocket(unixPath);
    yield* listen(loop, srv, { path: unixPath, backlog }, unixPath);
  } else {
    const h = host === null || host === undefined || host === "" ? undefined : host;
    yield* listen(loop, srv, { host: h, port: port ?? 0, backlog, ipv6Only: options.ipv6Only }, `(${h === undefined ? "''" : `'${h}'`}, ${port ?? 0})`);
  }
  server = new Server(loop, [srv], protocolFactory, backlog, !!options.ssl, unixPath);
  for (const s of early) ioSoon(loop, ctx, acceptConnection, server, s);
  if (options.startServing ?? true) {
    server._startServing();
    yield* sleep(0); // asyncio: "Skip one loop iteration so that all 'loop.add_reader' go through."
  }
  return server;
}

function acceptConnection(server: Server, sock: net.Socket): void {
  server._accept(sock);
}
Object.defineProperty(acceptConnection, "__qualname__", { value: "BaseSelectorEventLoop._accept_connection" });

EventLoop.prototype.createServer = function (this: EventLoop, protocolFactory: () => Protocol, host?: string | null, port?: number | null, options: CreateServerOptions = {}): LoopCoroutine<Server> {
  return new LoopCoroutine(createServerBody(this, protocolFactory, host, port, options, null), "create_server", "BaseEventLoop.create_server");
};

EventLoop.prototype.createUnixServer = function (this: EventLoop, protocolFactory: () => Protocol, path: string, options: Omit<CreateServerOptions, "ipv6Only"> = {}): LoopCoroutine<Server> {
  return new LoopCoroutine(createServerBody(this, protocolFactory, null, null, options, path), "create_unix_server", "_UnixSelectorEventLoop.create_unix_server");
};
