// The default exception handler's output (BaseEventLoop.default_exception_handler).
//
// Why this file exists: errors that nobody can catch (a callback that throws, a task failing
// during asyncio.run's shutdown) are reported, not raised. asyncio logs them through the `asyncio`
// logger, which with no logging configured prints the message, one `key: repr(value)` line per
// other context key (sorted), and the traceback, to stderr. This file renders that text; the stack
// is JavaScript's, since there is no Python traceback to show.

import { excTypeName, pyRepr } from "../core/repr.js";

/** asyncio's exception-handler context (`call_exception_handler(context)`). */
export interface ExceptionContext {
  message?: string;
  exception?: unknown;
  future?: unknown;
  task?: unknown;
  handle?: unknown;
  asyncgen?: unknown;
  [key: string]: unknown;
}

/** Where the default handler writes (stderr); replaceable for tests. */
export let logSink: (text: string) => void = (text) => {
  const p = (globalThis as { process?: { stderr?: { write(s: string): unknown } } }).process;
  if (p?.stderr) p.stderr.write(text + "\n");
  else console.error(text);
};

/** Redirect the default handler's output (returns the previous sink). */
export function setLogSink(sink: (text: string) => void): (text: string) => void {
  const prev = logSink;
  logSink = sink;
  return prev;
}

/** The traceback-ish text of an exception: its JavaScript stack, else `Name: message`. */
export function formatException(exc: unknown): string {
  if (exc instanceof Error) {
    const head = exc.message === "" ? excTypeName(exc) : `${excTypeName(exc)}: ${exc.message}`;
    const stack = typeof exc.stack === "string" ? exc.stack.split("\n").filter((l) => /^\s+at /.test(l)) : [];
    return stack.length ? `${head}\n${stack.join("\n")}` : head;
  }
  return `${excTypeName(exc)}: ${String(exc)}`;
}

/** The text default_exception_handler logs for `context`. */
export function formatExceptionContext(context: ExceptionContext): string {
  const message = context.message || "Unhandled exception in event loop";
  const lines = [message];
  for (const key of Object.keys(context).sort()) {
    if (key === "message" || key === "exception") continue;
    lines.push(`${key}: ${pyRepr(context[key])}`);
  }
  let text = lines.join("\n");
  if (context.exception !== undefined && context.exception !== null) text += "\n" + formatException(context.exception);
  return text;
}
