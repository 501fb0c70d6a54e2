// Python's OSError family and asyncio's stream errors, and how Node's error codes map onto them.
//
// Why this file exists: a Python user catches `ConnectionResetError` or `ConnectionRefusedError`
// and reads `e.errno`; Node reports `{ code: "ECONNRESET", errno: -104 }` on a plain Error. Every
// error the I/O layer raises goes through `fromNodeError` (or `osError`), which picks the subclass
// Python's `OSError(errno, strerror)` constructor would pick and writes Python's message:
// `[Errno 111] Connect call failed ('127.0.0.1', 1)`. Errno numbers and strerror texts are Linux's
// (what CPython prints on the machines pycoro runs on); another platform's Node gives its own
// numbers through `os.constants.errno`, with Linux's text as a fallback.

import { nodeOs } from "./node.js";
import { TimeoutError } from "../../core/errors.js";

function named<C extends abstract new (...a: never[]) => Error>(C: C, name: string): C {
  Object.defineProperty(C.prototype, "name", { value: name, writable: true, configurable: true });
  return C;
}

/**
 * Python's OSError: `new OSError(errno, strerror[, filename])` reads `[Errno 111] strerror`
 * (`: 'filename'` appended); `new OSError(message)` reads as the message with `errno` None.
 * `osError(errno, strerror)` picks the subclass for the errno, as Python's constructor does.
 */
export class OSError extends Error {
  /** The errno number, or null (None). */
  errno: number | null;
  /** The error's text without the `[Errno N]` prefix, or null. */
  strerror: string | null;
  filename: string | null;
  declare context?: unknown;
  constructor(errnoOrMessage?: number | string, strerror?: string, filename?: string | null) {
    const full = typeof errnoOrMessage === "number" && strerror !== undefined;
    let message = full ? `[Errno ${errnoOrMessage}] ${strerror}` : errnoOrMessage === undefined ? "" : String(errnoOrMessage);
    if (full && filename != null) message += `: ${pyStrRepr(filename)}`;
    super(message);
    this.errno = full ? (errnoOrMessage as number) : null;
    this.strerror = full ? strerror! : null;
    this.filename = full && filename != null ? filename : null;
  }
}
named(OSError, "OSError");

/** Base of the connection errors (ConnectionRefusedError and its siblings). */
export class ConnectionError extends OSError {}
named(ConnectionError, "ConnectionError");
export class ConnectionResetError extends ConnectionError {}
named(ConnectionResetError, "ConnectionResetError");
export class ConnectionRefusedError extends ConnectionError {}
named(ConnectionRefusedError, "ConnectionRefusedError");
export class ConnectionAbortedError extends ConnectionError {}
named(ConnectionAbortedError, "ConnectionAbortedError");
export class BrokenPipeError extends ConnectionError {}
named(BrokenPipeError, "BrokenPipeError");
export class FileNotFoundError extends OSError {}
named(FileNotFoundError, "FileNotFoundError");
export class FileExistsError extends OSError {}
named(FileExistsError, "FileExistsError");
export class PermissionError extends OSError {}
named(PermissionError, "PermissionError");
export class IsADirectoryError extends OSError {}
named(IsADirectoryError, "IsADirectoryError");
export class NotADirectoryError extends OSError {}
named(NotADirectoryError, "NotADirectoryError");
export class BlockingIOError extends OSError {}
named(BlockingIOError, "BlockingIOError");
export class InterruptedError extends OSError {}
named(InterruptedError, "InterruptedError");
export class ProcessLookupError extends OSError {}
named(ProcessLookupError, "ProcessLookupError");
export class ChildProcessError extends OSError {}
named(ChildProcessError, "ChildProcessError");

/** ssl.SSLError (an OSError): a TLS failure. */
export class SSLError extends OSError {}
named(SSLError, "SSLError");
/** ssl.SSLCertVerificationError: the peer's certificate did not verify (`[SSL: CERTIFICATE_VERIFY_FAILED] ...`). */
export class SSLCertVerificationError extends SSLError {}
named(SSLCertVerificationError, "SSLCertVerificationError");

/** Node's (OpenSSL's) certificate verification codes. */
const CERT_CODES = new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT", "SELF_SIGNED_CERT_IN_CHAIN", "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT", "UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "CERT_HAS_EXPIRED", "CERT_NOT_YET_VALID",
  "CERT_REVOKED", "CERT_UNTRUSTED", "CERT_REJECTED", "INVALID_CA", "HOSTNAME_MISMATCH", "ERR_TLS_CERT_ALTNAME_INVALID",
]);

/** A Node TLS error as Python's ssl exception, or null if it is not one. */
export function sslError(err: unknown): Error | null {
  const e = err as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === "string" ? e.code : "";
  const msg = typeof e?.message === "string" ? e.message : "";
  if (CERT_CODES.has(code)) {
    const why = code === "ERR_TLS_CERT_ALTNAME_INVALID" ? "Hostname mismatch, certificate is not valid" : msg;
    return new SSLCertVerificationError(1, `[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: ${why} (_ssl.c:1006)`);
  }
  if (code.startsWith("ERR_SSL_") || code.startsWith("ERR_TLS_") || code === "EPROTO") {
    const reason = code.replace(/^ERR_SSL_|^ERR_TLS_/, "") || "UNKNOWN";
    return new SSLError(1, `[SSL: ${reason}] ${msg} (_ssl.c:1006)`);
  }
  return null;
}

/** Python's AssertionError (what asyncio's `assert`s raise: feedData after feedEof, ...). */
export class AssertionError extends Error {
  declare context?: unknown;
}
named(AssertionError, "AssertionError");

/** Python's EOFError (IncompleteReadError's base). */
export class EOFError extends Error {
  declare context?: unknown;
}
named(EOFError, "EOFError");

/**
 * asyncio.IncompleteReadError: EOF came before `expected` bytes (null: readuntil's separator).
 * `partial` holds what was read; the message is CPython's (`3 bytes read on a total of 10 expected bytes`).
 */
export class IncompleteReadError extends EOFError {
  readonly partial: Uint8Array;
  readonly expected: number | null;
  constructor(partial: Uint8Array, expected: number | null) {
    super(`${partial.length} bytes read on a total of ${expected === null || expected === undefined ? "undefined" : expected} expected bytes`);
    this.partial = partial;
    this.expected = expected ?? null;
  }
}
named(IncompleteReadError, "IncompleteReadError");

/** asyncio.LimitOverrunError: the buffer limit was reached before the separator; `consumed` bytes are to be consumed. */
export class LimitOverrunError extends Error {
  readonly consumed: number;
  declare context?: unknown;
  constructor(message: string, consumed: number) {
    super(message);
    this.consumed = consumed;
  }
}
named(LimitOverrunError, "LimitOverrunError");

// ---------------------------------------------------------------- errno

/** Linux's errno numbers (fallback where `os.constants.errno` lacks one). */
const LINUX_ERRNO: Record<string, number> = {
  EPERM: 1, ENOENT: 2, ESRCH: 3, EINTR: 4, EIO: 5, EBADF: 9, ECHILD: 10, EAGAIN: 11, ENOMEM: 12, EACCES: 13,
  EEXIST: 17, ENOTDIR: 20, EISDIR: 21, EINVAL: 22, EMFILE: 24, EPIPE: 32, ENOTSOCK: 88, EMSGSIZE: 90,
  EADDRINUSE: 98, EADDRNOTAVAIL: 99, ENETDOWN: 100, ENETUNREACH: 101, ECONNABORTED: 103, ECONNRESET: 104,
  ENOBUFS: 105, EISCONN: 106, ENOTCONN: 107, ESHUTDOWN: 108, ETIMEDOUT: 110, ECONNREFUSED: 111,
  EHOSTUNREACH: 113, EALREADY: 114, EINPROGRESS: 115, ECANCELED: 125,
};

/** glibc's strerror texts (CPython prints these; libuv's own texts are lower-case). */
const STRERROR: Record<string, string> = {
  EPERM: "Operation not permitted", ENOENT: "No such file or directory", ESRCH: "No such process",
  EINTR: "Interrupted system call", EIO: "Input/output error", EBADF: "Bad file descriptor",
  ECHILD: "No child processes", EAGAIN: "Resource temporarily unavailable", ENOMEM: "Cannot allocate memory",
  EACCES: "Permission denied", EEXIST: "File exists", ENOTDIR: "Not a directory", EISDIR: "Is a directory",
  EINVAL: "Invalid argument", EMFILE: "Too many open files", EPIPE: "Broken pipe",
  ENOTSOCK: "Socket operation on non-socket", EMSGSIZE: "Message too long",
  EADDRINUSE: "Address already in use", EADDRNOTAVAIL: "Cannot assign requested address",
  ENETDOWN: "Network is down", ENETUNREACH: "Network is unreachable",
  ECONNABORTED: "Software caused connection abort", ECONNRESET: "Connection reset by peer",
  ENOBUFS: "No buffer space available", EISCONN: "Transport endpoint is already connected",
  ENOTCONN: "Transport endpoint is not connected", ESHUTDOWN: "Cannot send after transport endpoint shutdown",
  ETIMEDOUT: "Connection timed out", ECONNREFUSED: "Connection refused", EHOSTUNREACH: "No route to host",
  EALREADY: "Operation already in progress", EINPROGRESS: "Operation now in progress", ECANCELED: "Operation canceled",
};

/** The OSError subclass Python's constructor picks for an errno code. */
const SUBCLASS: Record<string, new (errno: number, strerror: string, filename?: string | null) => Error> = {
  EPIPE: BrokenPipeError, ESHUTDOWN: BrokenPipeError, ECONNABORTED: ConnectionAbortedError,
  ECONNREFUSED: ConnectionRefusedError, ECONNRESET: ConnectionResetError, ENOENT: FileNotFoundError,
  EEXIST: FileExistsError, EACCES: PermissionError, EPERM: PermissionError, EISDIR: IsADirectoryError,
  ENOTDIR: NotADirectoryError, EAGAIN: BlockingIOError, EALREADY: BlockingIOError, EINPROGRESS: BlockingIOError,
  EINTR: InterruptedError, ESRCH: ProcessLookupError, ECHILD: ChildProcessError,
};

/** The errno number of a code (`"ECONNRESET"` -> 104 on Linux). */
export function errnoOf(code: string): number | undefined {
  return (nodeOs().constants.errno as Record<string, number | undefined>)[code] ?? LINUX_ERRNO[code];
}

/** The strerror text of a code, as glibc writes it. */
export function strerror(code: string): string {
  return STRERROR[code] ?? code;
}

/**
 * `OSError(errno, strerror)` as Python builds it: the subclass for the code (TimeoutError for
 * ETIMEDOUT, as 3.11's builtin TimeoutError is asyncio's), `[Errno N] text` as the message.
 */
export function osError(code: string, text: string = strerror(code), filename?: string | null): Error {
  const n = errnoOf(code) ?? 0;
  if (code === "ETIMEDOUT") {
    const e = new TimeoutError(`[Errno ${n}] ${text}`) as TimeoutError & { errno?: number; strerror?: string };
    e.errno = n;
    e.strerror = text;
    return e;
  }
  const C = SUBCLASS[code] ?? OSError;
  return new C(n, text, filename);
}

/**
 * A Node error as Python's exception: a Node system error (`code` "E...") becomes the OSError
 * subclass with Python's message (`text` replaces strerror where CPython writes its own text, as
 * `Connect call failed ('127.0.0.1', 1)`); anything else is returned as it is. The Node error is
 * kept as `cause`-less `nodeError` for debugging.
 */
export function fromNodeError(err: unknown, text?: string): unknown {
  if (err instanceof OSError || err instanceof TimeoutError) return err;
  const ssl = sslError(err);
  if (ssl !== null) return ssl;
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== "string" || !/^E[A-Z0-9]+$/.test(code) || errnoOf(code) === undefined) {
    if (code === "ERR_STREAM_PREMATURE_CLOSE") return osError("ECONNRESET");
    return err;
  }
  const e = osError(code, text ?? strerror(code));
  Object.defineProperty(e, "nodeError", { value: err, enumerable: false, configurable: true });
  return e;
}

/** Python's repr of a str (single quotes unless the text has one and no double quote). */
export function pyStrRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    if (ch === "\\") out += "\\\\";
    else if (ch === q) out += "\\" + q;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else out += ch;
  }
  return out + q;
}

/** Python's repr of an address: `('127.0.0.1', 8888)`, or the path of a Unix socket. */
export function addrRepr(addr: unknown): string {
  if (typeof addr === "string") return pyStrRepr(addr);
  if (Array.isArray(addr)) return `(${addr.map((x) => (typeof x === "string" ? pyStrRepr(x) : String(x))).join(", ")}${addr.length === 1 ? "," : ""})`;
  return String(addr);
}
