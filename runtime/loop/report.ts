// The default exception handler's output (BaseEventLoop.default_exception_handler).
//
// Why this file exists: errors that nobody can catch (a callback that throws, a task failing
// during asyncio.run's shutdown) are reported, not raised. asyncio logs them through the `asyncio`
// logger, which with no logging configured prints the message, one `key: repr(value)` line per
// other context key (sorted), and the traceback, to stderr. This file renders that text; the
// traceback is runtime/traceback.ts's (Python's layout, the user's frames across awaits).

import { pyRepr } from "../core/repr.js";
import { formatException as formatTraceback } from "../core/traceback.js";

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

/** The traceback of an exception as the `asyncio` logger prints it (no trailing newline). */
export function formatException(exc: unknown): string {
  return formatTraceback(exc).replace(/\n$/, "");
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
