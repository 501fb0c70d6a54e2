// asyncio's subprocesses on node:child_process: createSubprocessExec / createSubprocessShell,
// Process, the PIPE / STDOUT / DEVNULL constants.
//
// Why this file exists: a Python program runs a child with `await create_subprocess_exec(...)` and
// talks to it through streams; this is asyncio's subprocess.py (SubprocessStreamProtocol, Process)
// and base_subprocess.py (BaseSubprocessTransport and its pipe protocols) over a Node ChildProcess.
// Each pipe is a StreamTransport (transports.ts: Node makes a child's pipes net.Sockets), so data,
// EOF and errors enter the loop as a socket's do; the child's exit enters it as the child watcher's
// callback does (a Handle queued from Node's "exit" event). What a user can observe is CPython's:
//
// - `returncode` is None (null) until the loop has seen the exit, then the exit status, or -N when
//   signal N ended the child (-9 after kill(), -15 after terminate()).
// - wait() resolves once the child has exited *and* every pipe reached EOF (the transport's
//   connection_lost), as CPython's `_wait`; communicate(input) writes the input, closes stdin,
//   reads stdout/stderr to EOF, waits, and resolves to `[stdout, stderr]` with None (null) for a
//   stream that is not a pipe. A child that dies mid-communicate gives what it wrote; a BrokenPipe
//   on stdin is ignored, as in CPython.
// - sendSignal/terminate/kill raise ProcessLookupError once the transport has finished (CPython's
//   `_check_proc`); between the exit and that point they do nothing (Popen.send_signal).
// - Errors of the spawn are CPython's OSErrors: `[Errno 2] No such file or directory: 'nosuch'`
//   (FileNotFoundError, also for a missing cwd), PermissionError, `[Errno 9] Bad file descriptor`
//   for STDOUT given as stdin or stdout.
// - `stderr: STDOUT` is one pipe for both streams, so the child's flushed writes keep their order.
//   Node cannot create a pipe to hand to both fds, so the child is started through `/bin/sh -c
//   'exec "$0" "$@" 2>&1'` (the shell duplicates the descriptor, then replaces itself with the
//   program: same pid, same signals). The program is looked up on PATH first, so a missing program
//   is still FileNotFoundError.
// - A task cancelled in wait()/communicate() gets CancelledError there (the child keeps running,
//   as in CPython). When the loop is closed with a child still running, the child is killed and
//   its handles released (CPython's transport does this when collected), so Node exits when the
//   program ends and no child is left behind.

import { ValueError } from "../../core/errors.js";
import type { EventLoop } from "../events.js";
import type { Future } from "../futures.js";
import { gather } from "../gather.js";
import { LoopCoroutine } from "../loop-coroutine.js";
import { getRunningLoop } from "../state.js";
import { _snapshot, type VarMap } from "../../objects/contextvars.js";
import { pyRepr } from "../../core/repr.js";
import { BrokenPipeError, ConnectionResetError, ProcessLookupError, osError } from "./errors.js";
import { BaseProtocol, Protocol } from "./protocols.js";
import { FlowControlMixin, StreamReader, StreamWriter, streamAwait } from "./streams.js";
import { BaseTransport, StreamTransport, ioSoon, type Bytes, type IoResource, type NodeStreamLike, type Transport } from "./transports.js";
import { signalName } from "./signals.js";

/** subprocess.PIPE: a new pipe to the child. */
export const PIPE = -1;
/** subprocess.STDOUT: stderr goes where stdout goes (one pipe for both). */
export const STDOUT = -2;
/** subprocess.DEVNULL: /dev/null. */
export const DEVNULL = -3;

/** A child's stdin/stdout/stderr: PIPE, DEVNULL, STDOUT (stderr only), a file descriptor, or null (inherit). */
export type StdioOption = typeof PIPE | typeof STDOUT | typeof DEVNULL | number | null | undefined;

/** Python's keywords of create_subprocess_exec/_shell, as the trailing options object. */
export interface SubprocessOptions {
  stdin?: StdioOption;
  stdout?: StdioOption;
  stderr?: StdioOption;
  /** The child's working directory. */
  cwd?: string | null;
  /** The child's environment (a plain object; default: the parent's). */
  env?: Record<string, string | undefined> | null;
  /** The StreamReaders' limit (default 64 KiB). */
  limit?: number;
}

/** asyncio.streams._DEFAULT_LIMIT */
const DEFAULT_LIMIT = 2 ** 16;

type NodeChild = {
  pid?: number;
  stdin: NodeStreamLike | null;
  stdout: NodeStreamLike | null;
  stderr: NodeStreamLike | null;
  on(ev: string, f: (...a: never[]) => void): unknown;
  once(ev: string, f: (...a: never[]) => void): unknown;
  removeListener(ev: string, f: (...a: never[]) => void): unknown;
  kill(sig?: string | number): boolean;
  ref(): void;
  unref(): void;
  exitCode: number | null;
  signalCode: string | null;
};

type NodeModules = {
  cp: { spawn(file: string, args: string[], o: object): NodeChild };
  fs: { statSync(p: string, o?: object): { isDirectory(): boolean; isFile(): boolean; mode: number } | undefined; accessSync(p: string, mode: number): void; constants: { X_OK: number } };
  path: { join(...p: string[]): string; delimiter: string };
  os: { constants: { signals: Record<string, number> } };
  env: Record<string, string | undefined>;
};

let modules: NodeModules | null = null;
function node(): NodeModules {
  if (modules !== null) return modules;
  const p = (globalThis as unknown as { process?: { env: Record<string, string | undefined>; getBuiltinModule?: (m: string) => unknown } }).process;
  const get = p?.getBuiltinModule;
  if (get === undefined) throw new Error("subprocesses need Node's child_process (process.getBuiltinModule)");
  modules = {
    cp: get("node:child_process") as NodeModules["cp"],
    fs: get("node:fs") as NodeModules["fs"],
    path: get("node:path") as NodeModules["path"],
    os: get("node:os") as NodeModules["os"],
    env: p!.env,
  };
  return modules;
}

// ---------------------------------------------------------------- protocols

/** asyncio.SubprocessProtocol: what a subprocess transport calls. */
export class SubprocessProtocol extends BaseProtocol {
  /** The child wrote `data` to its stdout (fd 1) or stderr (fd 2). */
  pipeDataReceived(_fd: number, _data: Uint8Array): void {}
  /** One of the child's pipes was closed (exc: null after a clean close). */
  pipeConnectionLost(_fd: number, _exc: Error | null): void {}
  /** The child exited. */
  processExited(): void {}
}

/** base_subprocess.WriteSubprocessPipeProto / ReadSubprocessPipeProto: one pipe's protocol, forwarding to the subprocess transport. */
class SubprocessPipeProto extends Protocol {
  proc: SubprocessTransport | null;
  pipe: StreamTransport | null = null;
  disconnected = false;

  constructor(
    proc: SubprocessTransport,
    readonly fd: number,
  ) {
    super();
    this.proc = proc;
  }

  override connectionMade(transport: Transport): void {
    this.pipe = transport as StreamTransport;
  }

  override connectionLost(exc: Error | null): void {
    this.disconnected = true;
    this.proc!._pipeConnectionLost(this.fd, exc);
    this.proc = null;
  }

  override pauseWriting(): void {
    this.proc!._protocol!.pauseWriting();
  }

  override resumeWriting(): void {
    this.proc!._protocol!.resumeWriting();
  }

  override dataReceived(data: Uint8Array): void {
    this.proc!._pipeDataReceived(this.fd, data);
  }
}

/** asyncio.subprocess.SubprocessStreamProtocol: the child's pipes as StreamReaders and a StreamWriter. */
export class SubprocessStreamProtocol extends FlowControlMixin {
  /** @internal */ _limit: number;
  stdin: StreamWriter | null = null;
  stdout: StreamReader | null = null;
  stderr: StreamReader | null = null;
  /** @internal */ _transport: SubprocessTransport | null = null;
  /** @internal */ _processExited = false;
  /** @internal */ _pipeFds: number[] = [];
  /** @internal */ _stdinClosed: Future<undefined>;

  constructor(limit: number, loop: EventLoop) {
    super(loop);
    this._limit = limit;
    this._stdinClosed = this._loop.createFuture<undefined>();
  }

  override connectionMade(transport: BaseTransport): void {
    const t = transport as unknown as SubprocessTransport;
    this._transport = t;
    const out = t.getPipeTransport(1);
    if (out !== null) {
      this.stdout = new StreamReader(this._limit, this._loop);
      this.stdout.setTransport(out);
      this._pipeFds.push(1);
    }
    const err = t.getPipeTransport(2);
    if (err !== null) {
      this.stderr = new StreamReader(this._limit, this._loop);
      this.stderr.setTransport(err);
      this._pipeFds.push(2);
    }
    const inp = t.getPipeTransport(0);
    if (inp !== null) this.stdin = new StreamWriter(inp, this, null, this._loop);
  }

  pipeDataReceived(fd: number, data: Uint8Array): void {
    const reader = fd === 1 ? this.stdout : fd === 2 ? this.stderr : null;
    reader?._feedChunk(data); // a pipe's chunk from Node: borrowed, not copied
  }

  pipeConnectionLost(fd: number, exc: Error | null): void {
    if (fd === 0) {
      this.stdin?.close();
      this.connectionLost(exc);
      if (exc === null || exc === undefined) this._stdinClosed.setResult(undefined);
      else {
        this._stdinClosed.setException(exc);
        this._stdinClosed.exception(); // waitClosed() is optional: never "exception was never retrieved"
      }
      return;
    }
    const reader = fd === 1 ? this.stdout : fd === 2 ? this.stderr : null;
    if (reader !== null) {
      if (exc === null || exc === undefined) reader.feedEof();
      else reader.setException(exc);
    }
    const i = this._pipeFds.indexOf(fd);
    if (i >= 0) this._pipeFds.splice(i, 1);
    this._maybeCloseTransport();
  }

  processExited(): void {
    this._processExited = true;
    this._maybeCloseTransport();
  }

  /** @internal */
  _maybeCloseTransport(): void {
    if (this._pipeFds.length === 0 && this._processExited) {
      this._transport?.close();
      this._transport = null;
    }
  }

  override _getCloseWaiter(stream: StreamWriter): Future<unknown> {
    if (stream === this.stdin) return this._stdinClosed;
    return super._getCloseWaiter(stream);
  }
}

// ---------------------------------------------------------------- the transport

type ProcessProtocol = SubprocessStreamProtocol;

/**
 * The child's exit, watched from the spawn on (a fast child can exit before the transport exists):
 * `status` is the returncode once Node reported it, `onExit` the transport's callback.
 */
interface ExitWatch {
  status: number | null;
  onExit: ((returncode: number) => void) | null;
}

function watchExit(child: NodeChild): ExitWatch {
  const watch: ExitWatch = { status: null, onExit: null };
  child.once("exit", ((code: number | null, signal: string | null) => {
    watch.status = code ?? -(node().os.constants.signals[signal ?? ""] ?? 0);
    watch.onExit?.(watch.status);
  }) as never);
  return watch;
}

/** base_subprocess.BaseSubprocessTransport over a Node ChildProcess. */
export class SubprocessTransport extends BaseTransport implements IoResource {
  /** @internal */ _loop: EventLoop | null;
  /** @internal */ _protocol: ProcessProtocol | null;
  /** @internal the child, until the transport has finished (then ProcessLookupError) */ _proc: NodeChild | null;
  /** @internal */ _pid: number | null;
  /** @internal */ _returncode: number | null = null;
  /** @internal */ _exitWaiters: Future<number>[] | null = [];
  /** @internal calls made before connectionMade was scheduled */ _pendingCalls: [Function, unknown[]][] | null = [];
  /** @internal fd -> its pipe protocol (0 stdin, 1 stdout, 2 stderr) */ _pipes = new Map<number, SubprocessPipeProto>();
  /** @internal */ _closed = false;
  /** @internal */ _finished = false;
  /** @internal */ _ctx: VarMap;

  /** @internal */
  constructor(loop: EventLoop, protocol: ProcessProtocol, child: NodeChild, watch: ExitWatch) {
    super(null);
    this._loop = loop;
    this._protocol = protocol;
    this._proc = child;
    this._pid = child.pid ?? null;
    this._ctx = _snapshot();
    this._extra.subprocess = child;
    (loop._ioResources ??= new Set()).add(this);
    watch.onExit = (n) => {
      if (this._loop !== null) ioSoon(this._loop, this._ctx, () => this._processExited(n));
    };
    if (watch.status !== null) watch.onExit(watch.status);
    const pipes: [number, NodeStreamLike | null][] = [
      [0, child.stdin],
      [1, child.stdout],
      [2, child.stderr],
    ];
    for (const [fd, stream] of pipes) {
      if (stream === null) continue;
      const proto = new SubprocessPipeProto(this, fd);
      this._pipes.set(fd, proto);
      proto.pipe = new StreamTransport(loop, stream as never, proto, {
        readable: fd !== 0,
        writable: fd === 0,
        reprName: fd === 0 ? "_UnixWritePipeTransport" : "_UnixReadPipeTransport",
        extra: { pipe: stream },
      });
    }
    // connect_read_pipe / connect_write_pipe ran: the protocol sees the transport next.
    loop._callSoon((t: SubprocessTransport) => t._connected(), [this], this._ctx);
  }

  /** @internal `_connect_pipes` done: connection_made, then what arrived meanwhile. */
  _connected(): void {
    const loop = this._loop!;
    loop._callSoon((p: ProcessProtocol, t: SubprocessTransport) => p.connectionMade(t as never), [this._protocol, this], this._ctx);
    for (const [cb, args] of this._pendingCalls!) loop._callSoon(cb, args, this._ctx);
    this._pendingCalls = null;
  }

  getPid(): number | null {
    return this._pid;
  }

  getReturncode(): number | null {
    return this._returncode;
  }

  /** The transport of pipe `fd` (0, 1, 2), or null if it is not a pipe. */
  getPipeTransport(fd: number): StreamTransport | null {
    return this._pipes.get(fd)?.pipe ?? null;
  }

  override getProtocol(): BaseProtocol | null {
    return this._protocol;
  }

  override setProtocol(protocol: BaseProtocol): void {
    this._protocol = protocol as ProcessProtocol;
  }

  override isClosing(): boolean {
    return this._closed;
  }

  /** Close the pipes; kill the child if it is still running. */
  override close(): void {
    if (this._closed) return;
    this._closed = true;
    for (const proto of this._pipes.values()) proto.pipe?.close();
    const proc = this._proc;
    if (proc !== null && this._returncode === null && proc.exitCode === null && proc.signalCode === null) proc.kill("SIGKILL");
    this._loop?._ioResources?.delete(this);
  }

  /** @internal */
  _checkProc(): NodeChild {
    if (this._proc === null) throw new ProcessLookupError();
    return this._proc;
  }

  sendSignal(sig: string | number): void {
    const proc = this._checkProc();
    // Popen.send_signal: nothing once the child is known to have exited
    if (this._returncode !== null || proc.exitCode !== null || proc.signalCode !== null) return;
    try {
      proc.kill(signalName(sig));
    } catch (e) {
      if ((e as { code?: string }).code !== "ESRCH") throw e;
    }
  }

  terminate(): void {
    this.sendSignal("SIGTERM");
  }

  kill(): void {
    this.sendSignal("SIGKILL");
  }

  /** @internal */
  _call(cb: Function, ...args: unknown[]): void {
    if (this._pendingCalls !== null) this._pendingCalls.push([cb, args]);
    else this._loop!._callSoon(cb, args, this._ctx);
  }

  /** @internal */
  _pipeConnectionLost(fd: number, exc: Error | null): void {
    const p = this._protocol!;
    this._call((f: number, e: Error | null) => p.pipeConnectionLost(f, e), fd, exc);
    this._tryFinish();
  }

  /** @internal */
  _pipeDataReceived(fd: number, data: Uint8Array): void {
    const p = this._protocol!;
    this._call((f: number, d: Uint8Array) => p.pipeDataReceived(f, d), fd, data);
  }

  /** @internal the child watcher's callback */
  _processExited(returncode: number): void {
    if (this._returncode !== null || this._finished) return;
    this._returncode = returncode;
    const p = this._protocol!;
    this._call(() => p.processExited());
    this._tryFinish();
  }

  /** @internal the body of Process.wait() */
  *_wait(): Generator<unknown, number, unknown> {
    if (this._returncode !== null) return this._returncode;
    const waiter = this._loop!.createFuture<number>();
    this._exitWaiters!.push(waiter);
    return (yield* waiter.__await__()) as number;
  }

  /** @internal */
  _tryFinish(): void {
    if (this._returncode === null || this._finished) return;
    for (const p of this._pipes.values()) if (!p.disconnected) return;
    this._finished = true;
    this._call(() => this._callConnectionLost(null));
  }

  /** @internal */
  _callConnectionLost(exc: Error | null): void {
    try {
      this._protocol!.connectionLost(exc);
    } finally {
      for (const w of this._exitWaiters!) if (!w.cancelled()) w.setResult(this._returncode!);
      this._exitWaiters = null;
      this._loop?._ioResources?.delete(this);
      this._loop = null;
      this._proc = null;
      this._protocol = null;
    }
  }

  /** @internal the spawn failed (or was cancelled): drop the pipes, the protocol never hears of it. */
  _abandon(): void {
    this._closed = true;
    this._pendingCalls = [];
    for (const proto of this._pipes.values()) proto.pipe?.abort();
    this._loopClosing();
  }

  /** @internal the loop is closed with the child still attached: kill it, let Node forget it. */
  _loopClosing(): void {
    const proc = this._proc;
    this.close();
    if (proc !== null) {
      proc.unref();
      for (const s of [proc.stdin, proc.stdout, proc.stderr]) s?.destroy();
    }
  }

  __repr__(): string {
    const info = ["_UnixSubprocessTransport"];
    if (this._closed) info.push("closed");
    if (this._pid !== null) info.push(`pid=${this._pid}`);
    if (this._returncode !== null) info.push(`returncode=${this._returncode}`);
    else if (this._pid !== null) info.push("running");
    else info.push("not started");
    return `<${info.join(" ")}>`;
  }

  toString(): string {
    return this.__repr__();
  }
}

// ---------------------------------------------------------------- Process

/** asyncio.subprocess.Process: a child started by createSubprocessExec / createSubprocessShell. */
export class Process {
  /** @internal */ _transport: SubprocessTransport;
  /** @internal */ _protocol: SubprocessStreamProtocol;
  /** @internal */ _loop: EventLoop;
  /** The child's stdin (a StreamWriter) if it is a pipe, else null. */
  readonly stdin: StreamWriter | null;
  /** The child's stdout (a StreamReader) if it is a pipe, else null. */
  readonly stdout: StreamReader | null;
  /** The child's stderr (a StreamReader) if it is a pipe, else null. */
  readonly stderr: StreamReader | null;
  readonly pid: number;

  constructor(transport: SubprocessTransport, protocol: SubprocessStreamProtocol, loop: EventLoop) {
    this._transport = transport;
    this._protocol = protocol;
    this._loop = loop;
    this.stdin = protocol.stdin;
    this.stdout = protocol.stdout;
    this.stderr = protocol.stderr;
    this.pid = transport.getPid()!;
  }

  /** The exit status once the loop has seen the exit (-N: killed by signal N), else None (null). */
  get returncode(): number | null {
    return this._transport.getReturncode();
  }

  /** Wait for the child to exit (and its pipes to close); resolves to the returncode. */
  wait(): LoopCoroutine<number> {
    return new LoopCoroutine(this._transport._wait(), "wait", "Process.wait");
  }

  /** Send `sig` ("SIGUSR1" or a number); ProcessLookupError once the process is gone. */
  sendSignal(sig: string | number): void {
    this._transport.sendSignal(sig);
  }

  /** SIGTERM. */
  terminate(): void {
    this._transport.terminate();
  }

  /** SIGKILL. */
  kill(): void {
    this._transport.kill();
  }

  /**
   * Write `input` to stdin (then close it), read stdout and stderr to EOF, wait for the exit;
   * resolves to `[stdout, stderr]` (null for a stream that is not a pipe).
   */
  communicate(input?: Uint8Array | string | null): LoopCoroutine<[Bytes | null, Bytes | null]> {
    return new LoopCoroutine(communicateBody(this, input ?? null), "communicate", "Process.communicate");
  }

  __repr__(): string {
    return `<Process ${this.pid}>`;
  }

  toString(): string {
    return this.__repr__();
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.__repr__();
  }
}

function* feedStdin(p: Process, input: Uint8Array | string): Generator<unknown, undefined, unknown> {
  try {
    p.stdin!.write(input);
    yield* streamAwait(p.stdin!.drain());
  } catch (e) {
    // communicate() ignores BrokenPipeError and ConnectionResetError (write() and drain() raise them)
    if (!(e instanceof BrokenPipeError || e instanceof ConnectionResetError)) throw e;
  }
  p.stdin!.close();
  return undefined;
}

function* noop(): Generator<unknown, null, unknown> {
  return null;
}

function* readStream(p: Process, fd: 1 | 2): Generator<unknown, Bytes, unknown> {
  const transport = p._transport.getPipeTransport(fd);
  const stream = fd === 2 ? p.stderr! : p.stdout!;
  const output = (yield* streamAwait(stream.read())) as Bytes;
  transport?.close();
  return output;
}

function* communicateBody(p: Process, input: Uint8Array | string | null): Generator<unknown, [Bytes | null, Bytes | null], unknown> {
  const co = <T>(g: Generator<unknown, T, unknown>, name: string) => new LoopCoroutine(g, name, `Process.${name}`);
  const stdin = input !== null ? co(feedStdin(p, input), "_feed_stdin") : co(noop(), "_noop");
  const stdout = p.stdout !== null ? co(readStream(p, 1), "_read_stream") : co(noop(), "_noop");
  const stderr = p.stderr !== null ? co(readStream(p, 2), "_read_stream") : co(noop(), "_noop");
  const [, out, err] = (yield* gather(stdin, stdout, stderr).__await__()) as [unknown, Bytes | null, Bytes | null];
  yield* p.wait().__await__();
  return [out, err];
}

// ---------------------------------------------------------------- starting a child

function splitOptions(args: unknown[]): [unknown[], SubprocessOptions] {
  const last = args[args.length - 1];
  if (last !== null && typeof last === "object" && !ArrayBuffer.isView(last)) return [args.slice(0, -1), last as SubprocessOptions];
  return [args, {}];
}

function stdio(v: StdioOption, which: "stdin" | "stdout" | "stderr"): string | number {
  if (v === null || v === undefined) return "inherit";
  if (v === PIPE) return "pipe";
  if (v === DEVNULL) return "ignore";
  if (v === STDOUT && which === "stderr") return "pipe"; // replaced by the shell's 2>&1
  if (typeof v === "number" && Number.isInteger(v) && v >= 0) return v;
  if (typeof v === "number") throw osError("EBADF");
  throw new TypeError(`${which} must be PIPE, DEVNULL, STDOUT, a file descriptor or None, not ${pyRepr(v)}`);
}

/** A program as execvp finds it: a path with a slash as it is, else the first executable on PATH. */
function findProgram(program: string, env: Record<string, string | undefined>): string {
  const { fs, path } = node();
  const check = (p: string): string | null => {
    try {
      const st = fs.statSync(p);
      if (st === undefined) return null;
      fs.accessSync(p, fs.constants.X_OK);
      if (st.isDirectory()) throw osError("EACCES", undefined, program);
      return p;
    } catch (e) {
      if ((e as { code?: string }).code === "EACCES") throw osError("EACCES", undefined, program);
      if (e instanceof Error && e.name === "PermissionError") throw e;
      return null;
    }
  };
  if (program.includes("/")) {
    const found = check(program);
    if (found === null) throw osError("ENOENT", undefined, program);
    return found;
  }
  for (const dir of (env.PATH ?? "/usr/local/bin:/usr/bin:/bin").split(path.delimiter)) {
    const found = check(path.join(dir || ".", program));
    if (found !== null) return found;
  }
  throw osError("ENOENT", undefined, program);
}

function checkCwd(cwd: string): void {
  const { fs } = node();
  let st;
  try {
    st = fs.statSync(cwd);
  } catch (e) {
    const code = (e as { code?: string }).code ?? "ENOENT";
    throw osError(code, undefined, cwd);
  }
  if (st !== undefined && !st.isDirectory()) throw osError("ENOTDIR", undefined, cwd);
}

/** Spawn and wait for Node's "spawn" (or "error"); then the transport and the Process. */
function* startChild(file: string, argv: string[], program: string, options: SubprocessOptions): Generator<unknown, Process, unknown> {
  const loop = getRunningLoop();
  const { cp, env: parentEnv } = node();
  const env = options.env ?? parentEnv;
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (options.cwd !== null && options.cwd !== undefined) checkCwd(options.cwd);
  const spawnOptions = {
    stdio: [stdio(options.stdin, "stdin"), stdio(options.stdout, "stdout"), options.stderr === STDOUT ? "inherit" : stdio(options.stderr, "stderr")],
    cwd: options.cwd ?? undefined,
    env,
    windowsHide: true,
  };
  if (options.stderr === STDOUT) {
    // One descriptor for both: the shell makes fd 2 a copy of fd 1 (whatever fd 1 is), then execs.
    spawnOptions.stdio[2] = "inherit";
  }
  const child = cp.spawn(file, argv, spawnOptions);
  // The pipes get their transports now: Node discards what a child wrote to a pipe nobody reads
  // when it exits (child_process flushStdio), and a fast child exits before "spawn" reaches us.
  const protocol = new SubprocessStreamProtocol(limit, loop);
  const transport = new SubprocessTransport(loop, protocol, child, watchExit(child));
  const started = loop.createFuture<undefined>();
  const ctx = _snapshot();
  const onSpawn = () => ioSoon(loop, ctx, () => started.done() || started.setResult(undefined));
  const onError = (e: Error) =>
    ioSoon(loop, ctx, () => {
      if (started.done()) return;
      const code = (e as { code?: string }).code;
      started.setException(typeof code === "string" && /^E[A-Z]+$/.test(code) ? osError(code, undefined, program) : e);
    });
  child.once("spawn", onSpawn);
  child.once("error", onError as never);
  try {
    yield* started.__await__();
  } catch (e) {
    transport._abandon();
    throw e;
  } finally {
    child.removeListener("spawn", onSpawn);
    child.removeListener("error", onError as never);
  }
  // wait for connection_made (the protocol's streams exist then), as CPython's waiter does
  const ready = loop.createFuture<undefined>();
  loop._callSoon(() => loop._callSoon(() => ready.done() || ready.setResult(undefined), [], ctx), [], ctx);
  try {
    yield* ready.__await__();
  } catch (e) {
    transport.close();
    throw e;
  }
  return new Process(transport, protocol, loop);
}

function checkArgs(args: unknown[]): string[] {
  for (const a of args) {
    if (typeof a !== "string") throw new TypeError(`expected str, bytes or os.PathLike object, not ${a === null || a === undefined ? "NoneType" : typeof a === "object" ? (a as object).constructor?.name ?? "object" : typeof a}`);
  }
  return args as string[];
}

/**
 * asyncio.create_subprocess_exec(program, *args, stdin=, stdout=, stderr=, cwd=, env=, limit=):
 * `await createSubprocessExec("ls", "-l", { stdout: PIPE })`. The program is found on PATH.
 */
export function createSubprocessExec(program: string, ...args: [...string[], SubprocessOptions] | string[]): LoopCoroutine<Process> {
  const [rest, options] = splitOptions(args);
  const argv = checkArgs([program, ...rest]);
  return new LoopCoroutine(
    (function* () {
      const resolved = findProgram(argv[0], options.env ?? node().env);
      if (options.stderr === STDOUT) return yield* startChild("/bin/sh", ["-c", 'exec "$0" "$@" 2>&1', resolved, ...argv.slice(1)], argv[0], options);
      return yield* startChild(resolved, argv.slice(1), argv[0], options);
    })(),
    "create_subprocess_exec",
  );
}

/** asyncio.create_subprocess_shell(cmd, ...): `cmd` run by `/bin/sh -c`. */
export function createSubprocessShell(cmd: string, options: SubprocessOptions = {}): LoopCoroutine<Process> {
  if (typeof cmd !== "string") throw new ValueError("cmd must be a string");
  return new LoopCoroutine(
    (function* () {
      if (options.stderr === STDOUT) return yield* startChild("/bin/sh", ["-c", 'exec /bin/sh -c "$0" 2>&1', cmd], "/bin/sh", options);
      return yield* startChild("/bin/sh", ["-c", cmd], "/bin/sh", options);
    })(),
    "create_subprocess_shell",
  );
}
