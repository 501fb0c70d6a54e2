// Python's tracebacks for errors that went through pycoro frames (issue 10, SURFACE "Tracebacks").
//
// Why this file exists: a failing coroutine three awaits deep is resumed by the driver with O(1)
// cost, so its delegators are *not* on the JavaScript stack when the error is created: V8's stack
// shows the innermost step and the runtime's loop, never `main → middle → failing`. CPython builds
// `__traceback__` as the exception unwinds, one entry per frame it leaves. pycoro does the same,
// at the only place that knows: when the driver resumes a frame *with* an exception (m = 1) and the
// frame's step throws that same exception, the exception passed through that frame at its
// suspension point, whose line the compiled class's `$meta.lines` gives. `passedThrough` prepends
// that entry (a WeakMap per exception: nothing is added to the error object, nothing is computed
// on the normal path — the hooks sit in the driver's `catch` blocks only).
//
// Formatting (only when asked) joins three parts, outermost first:
//   1. the user frames below the driver in the error's own V8 stack (synchronous callers of a
//      `send()`, the module that called `run()`),
//   2. the frames the exception passed through (above),
//   3. the user frames above the first runtime frame: the innermost step where it was raised and
//      what that step called (inline-run coroutines are real nested calls, so they are there).
// Runtime and Node-internal frames never appear. Positions are what V8 reports: the user's
// TypeScript lines when source maps are enabled (`pycoro run`, `pycoro/register`,
// `--enable-source-maps`), the compiled file's otherwise.
//
// The text is CPython 3.11's `traceback.format_exception`: chained exceptions (`cause` is
// `__cause__`, `__context__` or the runtime's `context` property is `__context__`) with its two
// separator lines, exception groups in its boxed layout.

import { GeneratorExit } from "./errors.js";
import type { Frame, FrameMeta } from "./frame.js";

/** One line of a traceback: `File "file", line N, in name`. */
export interface TracebackEntry {
  readonly file: string;
  readonly line: number;
  readonly name: string;
}

/**
 * Entries recorded while an exception unwound through suspended frames, innermost first (appended
 * as it unwinds: a million-deep chain costs a million pushes, not a quadratic unshift).
 */
const passed = new WeakMap<object, TracebackEntry[]>();
/** The parsed V8 stack of an error, kept once parsed (its `stack` may be replaced afterwards). */
const natives = new WeakMap<object, NativeFrame[]>();

/**
 * The driver resumes frame `f` at state `s` with exception `e` (m = 1): `e` is raised in `f` at
 * its suspension point, which adds `f`'s entry to its traceback whether `f` catches it or not (as
 * CPython's does). Called on the driver's throw paths only, never on a send.
 */
export function passedThrough(e: unknown, f: Frame, s: number): void {
  if (typeof e !== "object" || e === null || e instanceof GeneratorExit) return; // close() is no error
  const mt = (f.constructor as { $meta?: FrameMeta }).$meta;
  if (mt === undefined) return; // an adapter around a foreign iterator: no user frame
  let list = passed.get(e);
  if (list === undefined) {
    passed.set(e, (list = []));
    // first raised by a throw() into this frame: its V8 stack is where it was created, not raised
    if (!raisedInStep.has(e)) createdOnly.add(e);
  }
  list.push({ file: mt.file, line: s > 0 && s < mt.lines.length ? mt.lines[s] : mt.line, name: mt.name });
}

/** Exceptions a compiled frame's step raised itself (their V8 stack shows where). */
const raisedInStep = new WeakSet<object>();
/** Exceptions first raised by a throw() into a frame: their V8 stack only shows their creation. */
const createdOnly = new WeakSet<object>();

/** A step raised `e` itself (not the exception thrown into it). Called from the driver's catch blocks. */
export function raisedHere(e: unknown): void {
  if (typeof e === "object" && e !== null) raisedInStep.add(e);
}

/** Exceptions that never reached the callers below the step they were raised in. */
const stopped = new WeakSet<object>();

/**
 * `e` ended in the frame it was raised in (PEP 479 replaced it by a RuntimeError there): its
 * traceback has no entries for the JavaScript callers below that frame.
 */
export function endedInFrame(e: unknown): void {
  if (typeof e === "object" && e !== null) stopped.add(e);
}

/**
 * Prepend the frames of a JavaScript caller stack (an `Error` made where `run()` was called) to
 * `e`'s traceback: the `<module>` line CPython shows above `asyncio.run(main())`.
 */
export function addCallerFrames(e: unknown, caller: Error | undefined): void {
  if (caller === undefined || typeof e !== "object" || e === null) return;
  const outer = userFrames(parseStack(caller.stack)); // innermost first
  if (outer.length === 0) return;
  let list = passed.get(e);
  if (list === undefined) passed.set(e, (list = []));
  outer.forEach((f, i) => list.push({ file: f.file, line: f.line, name: nativeName(f, i === outer.length - 1) }));
}

/**
 * Make Node's `util.inspect(e)` — `console.error(e)`, the `pycoro` command's report of a failed
 * program — show the Python traceback (`formatException(e)`). `e.stack` stays V8's. The V8 stack is
 * parsed now, so the traceback keeps its frames whatever happens to `stack` later.
 */
export function usePythonStack(e: unknown): void {
  if (!(e instanceof Error)) return;
  nativeFrames(e);
  try {
    Object.defineProperty(e, INSPECT, { value: inspectTraceback, writable: true, configurable: true, enumerable: false });
  } catch {
    // a frozen error is shown as Node shows it
  }
}

const INSPECT = Symbol.for("nodejs.util.inspect.custom");
function inspectTraceback(this: Error): string {
  return formatException(this).replace(/\n$/, "");
}

// ---------------------------------------------------------------------------------------------
// V8 stacks

interface NativeFrame {
  readonly fn: string | undefined;
  readonly file: string;
  readonly line: number;
  /** pycoro's own code (runtime, compiler, loader) or Node's internals. */
  readonly internal: boolean;
}

const FRAME_RE = /^\s*at (?:async )?(?:(.*?) \()?(.*?):(\d+):(\d+)\)?$/;

/** The folder that holds pycoro's `runtime/` (and `dist/`), from this module's own URL. */
const PKG_ROOT: string | null = (() => {
  try {
    const p = decodeURIComponent(new URL(import.meta.url).pathname);
    const i = p.lastIndexOf("/runtime/");
    if (i < 0) return null;
    const root = p.slice(0, i);
    return root.endsWith("/dist") ? root.slice(0, -5) : root;
  } catch {
    return null;
  }
})();

/** True for a path of pycoro's own code or Node's. */
export function isInternalPath(file: string): boolean {
  if (file.startsWith("node:") || file === "native" || file.startsWith("<")) return true;
  if (/[\\/]node_modules[\\/]pycoro[\\/]/.test(file)) return true;
  if (PKG_ROOT !== null && file.startsWith(PKG_ROOT + "/")) {
    const rest = file.slice(PKG_ROOT.length + 1);
    return /^(dist\/)?(runtime|compiler)\//.test(rest);
  }
  return false;
}

function toPath(file: string): string {
  if (!file.startsWith("file://")) return file;
  try {
    return decodeURIComponent(new URL(file).pathname);
  } catch {
    return file;
  }
}

function parseStack(stack: unknown): NativeFrame[] {
  if (typeof stack !== "string") return [];
  const out: NativeFrame[] = [];
  for (const l of stack.split("\n")) {
    const m = FRAME_RE.exec(l);
    if (m === null) continue;
    const file = toPath(m[2]);
    // A frame class's `$next` (emitted into the user's file, compiler/passes/emit.ts) is runtime code.
    out.push({ fn: m[1], file, line: Number(m[3]), internal: isInternalPath(file) || (m[1] !== undefined && /(^|\.)\$next$/.test(m[1])) });
  }
  return out;
}

/** The parsed V8 stack of `e`, innermost first (cached). */
function nativeFrames(e: object): NativeFrame[] {
  let n = natives.get(e);
  if (n === undefined) {
    let stack: unknown;
    try {
      stack = (e as { stack?: unknown }).stack;
    } catch {
      stack = undefined;
    }
    n = parseStack(stack);
    natives.set(e, n);
  }
  return n;
}

function userFrames(frames: NativeFrame[]): NativeFrame[] {
  return frames.filter((f) => !f.internal);
}

/**
 * The Python-style name of a V8 frame: a compiled step `f$.$step` is `f`; a method `A.m` is `m`
 * (CPython 3.11 shows `co_name`); a nameless frame is `<module>` when it is the outermost,
 * else `<lambda>`.
 */
function nativeName(f: NativeFrame, outermost: boolean): string {
  let fn = f.fn;
  if (fn === undefined || fn === "" || fn === "<anonymous>" || fn === "Object.<anonymous>") return outermost ? "<module>" : "<lambda>";
  if (fn.startsWith("new ")) fn = fn.slice(4);
  fn = fn.replace(/ \[as [^\]]*\]$/, "");
  const step = /^(.*?)\$\d*\.\$step$/.exec(fn);
  if (step !== null) return step[1];
  const dot = fn.lastIndexOf(".");
  const last = dot >= 0 ? fn.slice(dot + 1) : fn;
  return last === "<anonymous>" ? "<lambda>" : last;
}

/** The traceback of `e`, outermost frame first (CPython's `traceback.extract_tb(e.__traceback__)`). */
export function extractTraceback(e: unknown): TracebackEntry[] {
  if (typeof e !== "object" || e === null) return [];
  const native = createdOnly.has(e) ? [] : nativeFrames(e);
  const chain = [...(passed.get(e) ?? [])].reverse();
  // The innermost step: user frames from the first one down to the first internal frame below it.
  let i = 0;
  while (i < native.length && native[i].internal) i++;
  let k = i;
  while (k < native.length && !native[k].internal) k++;
  const inner = native.slice(i, k).reverse();
  const outer = stopped.has(e) ? [] : userFrames(native.slice(k)).reverse();
  const out: TracebackEntry[] = [];
  outer.forEach((f, j) => out.push({ file: f.file, line: f.line, name: nativeName(f, j === 0) }));
  out.push(...chain);
  inner.forEach((f, j) => out.push({ file: f.file, line: f.line, name: nativeName(f, out.length === 0 && j === 0) }));
  return out;
}

/** A frame of the running JavaScript stack, for the call graph of the current task. */
export interface NativeEntry extends TracebackEntry {
  /** True for a compiled frame's step (a coroutine, generator or async generator). */
  readonly step: boolean;
}

/**
 * The user frames of `probe`'s V8 stack (an `Error` made by the caller), from the first one down
 * to the runtime frame below them, outermost first: the running step and what it called.
 */
export function nativeCallStack(probe: Error): NativeEntry[] {
  const native = parseStack(probe.stack);
  let i = 0;
  while (i < native.length && native[i].internal) i++;
  let k = i;
  while (k < native.length && !native[k].internal) k++;
  return native
    .slice(i, k)
    .reverse()
    .map((f, j) => ({ file: f.file, line: f.line, name: nativeName(f, j === 0 && k === native.length), step: /\$\d*\.\$step$/.test(f.fn ?? "") }));
}

// ---------------------------------------------------------------------------------------------
// Source lines

const sources = new Map<string, string[] | null>();
type Fs = { readFileSync(p: string, enc: string): string };

/** Line `line` of `file`, stripped, or "" (CPython's linecache.getline(...).strip()). */
export function sourceLine(file: string, line: number): string {
  let lines = sources.get(file);
  if (lines === undefined) {
    lines = null;
    try {
      const fs = (globalThis as { process?: { getBuiltinModule?: (m: string) => unknown } }).process?.getBuiltinModule?.("node:fs") as Fs | undefined;
      if (fs !== undefined && file !== "") lines = fs.readFileSync(file, "utf8").split(/\r?\n/);
    } catch {
      lines = null;
    }
    sources.set(file, lines);
  }
  return lines === null ? "" : (lines[line - 1] ?? "").trim();
}

/** CPython's `_RECURSIVE_CUTOFF`: identical consecutive entries shown before they are counted. */
const RECURSIVE_CUTOFF = 3;

/**
 * `StackSummary.format`: two lines per entry (the source line when there is one); a run of more
 * than three identical entries (a recursion) ends with `[Previous line repeated N more times]`.
 */
export function formatEntries(entries: readonly TracebackEntry[]): string {
  let out = "";
  let last: TracebackEntry | null = null;
  let count = 0;
  const flush = () => {
    if (count > RECURSIVE_CUTOFF) {
      const n = count - RECURSIVE_CUTOFF;
      out += `  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`;
    }
  };
  for (const f of entries) {
    if (last === null || last.file !== f.file || last.line !== f.line || last.name !== f.name) {
      flush();
      last = f;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    out += `  File "${f.file}", line ${f.line}, in ${f.name}\n`;
    const src = sourceLine(f.file, f.line);
    if (src !== "") out += `    ${src}\n`;
  }
  flush();
  return out;
}

// ---------------------------------------------------------------------------------------------
// Exceptions

/** The Python name of an exception's class (a plain JS `Error` is Python's `Exception`). */
function typeNameOf(e: unknown): string {
  if (e instanceof Error) {
    const n = e.constructor?.name || e.name;
    return n === "Error" ? "Exception" : n;
  }
  if (e === null) return "NoneType";
  if (typeof e === "object") return (e as object).constructor?.name ?? "object";
  return typeof e;
}

function groupOf(e: unknown): readonly unknown[] | null {
  if (e instanceof AggregateError && Array.isArray(e.errors) && e.errors.length > 0) return e.errors;
  return null;
}

/** `traceback.format_exception_only`: `Name: message` (+ `__notes__`). */
export function formatExceptionOnly(e: unknown): string {
  const name = typeNameOf(e);
  let msg: string;
  if (e instanceof Error) {
    msg = e.message;
    const g = groupOf(e);
    if (g !== null) msg = `${msg} (${g.length} sub-exception${g.length > 1 ? "s" : ""})`;
  } else {
    try {
      msg = String(e);
    } catch {
      msg = "<exception str() failed>";
    }
  }
  let out = msg === "" ? `${name}\n` : `${name}: ${msg}\n`;
  const notes = (e as { __notes__?: unknown } | null)?.__notes__;
  if (Array.isArray(notes)) for (const n of notes) out += `${String(n)}\n`;
  return out;
}

const CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";

function causeOf(e: unknown): unknown {
  if (typeof e !== "object" || e === null) return undefined;
  const c = (e as { __cause__?: unknown }).__cause__;
  if (c !== undefined) return c;
  return Object.prototype.hasOwnProperty.call(e, "cause") ? (e as { cause?: unknown }).cause : undefined;
}

function contextOf(e: unknown): unknown {
  if (typeof e !== "object" || e === null) return undefined;
  const o = e as { __context__?: unknown; context?: unknown; __suppress_context__?: unknown };
  // `{ cause: null }` is `raise X from None`: it suppresses the context, as __suppress_context__
  if (o.__suppress_context__ === true || Object.prototype.hasOwnProperty.call(e, "cause")) return undefined;
  const c = o.__context__ !== undefined ? o.__context__ : o.context;
  return c instanceof Error ? c : undefined;
}

/** CPython's `_ExceptionPrintContext`: the group depth and whether a group box must be closed. */
class PrintContext {
  depth = 0;
  needClose = false;
  readonly seen = new Set<unknown>();
  indent(): string {
    return " ".repeat(2 * this.depth);
  }
  emit(text: string, margin = "|"): string {
    let pre = this.indent();
    if (this.depth > 0) pre += margin + " ";
    return text
      .split("\n")
      .map((l, i, a) => (i === a.length - 1 && l === "" ? "" : pre + l))
      .join("\n");
  }
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

function format(e0: unknown, ctx: PrintContext): string {
  // the chain, innermost (the exception itself) first
  const chain: [string | null, unknown][] = [];
  ctx.seen.add(e0);
  for (let e: unknown = e0; e !== undefined; ) {
    const cause = causeOf(e);
    const context = contextOf(e);
    let msg: string | null = null;
    let next: unknown = undefined;
    if (cause != null && !ctx.seen.has(cause)) {
      msg = CAUSE;
      next = cause;
    } else if (cause == null && context != null && !ctx.seen.has(context)) {
      msg = CONTEXT;
      next = context;
    }
    chain.push([msg, e]);
    if (next !== undefined) ctx.seen.add(next);
    e = next;
  }
  let out = "";
  for (let j = chain.length - 1; j >= 0; j--) {
    const [msg, e] = chain[j];
    const group = groupOf(e);
    const tb = formatEntries(extractTraceback(e));
    if (msg !== null) out += ctx.emit(msg);
    if (group === null) {
      if (tb !== "") out += ctx.emit("Traceback (most recent call last):\n") + ctx.emit(tb);
      out += ctx.emit(formatExceptionOnly(e));
    } else if (ctx.depth > MAX_GROUP_DEPTH) {
      out += ctx.emit(`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    } else {
      out += formatGroup(e, group, tb, ctx);
    }
  }
  return out;
}

function formatGroup(e: unknown, group: readonly unknown[], tb: string, ctx: PrintContext): string {
  let out = "";
  const top = ctx.depth === 0;
  if (top) ctx.depth += 1;
  if (tb !== "") out += ctx.emit("Exception Group Traceback (most recent call last):\n", top ? "+" : "|") + ctx.emit(tb);
  out += ctx.emit(formatExceptionOnly(e));
  const n = group.length <= MAX_GROUP_WIDTH ? group.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    const title = truncated ? "..." : String(i + 1);
    out += `${ctx.indent()}${i === 0 ? "+-" : "  "}+---------------- ${title} ----------------\n`;
    ctx.depth += 1;
    if (!truncated) out += format(group[i], ctx);
    else {
      const rest = group.length - MAX_GROUP_WIDTH;
      out += ctx.emit(`and ${rest} more exception${rest > 1 ? "s" : ""}\n`);
    }
    if (last && ctx.needClose) {
      out += `${ctx.indent()}+------------------------------------\n`;
      ctx.needClose = false;
    }
    ctx.depth -= 1;
  }
  if (top) ctx.depth = 0;
  return out;
}

/**
 * Python's `"".join(traceback.format_exception(e))`: the traceback of `e` across awaits and tasks,
 * outermost frame first, with the user's files and lines, chained exceptions and groups.
 */
export function formatException(e: unknown): string {
  return format(e, new PrintContext());
}

/** Write `formatException(e)` to `file` (default: stderr), as `traceback.print_exception`. */
export function printException(e: unknown, options: { file?: { write(s: string): unknown } } = {}): void {
  const text = formatException(e);
  const out = options.file ?? (globalThis as { process?: { stderr?: { write(s: string): unknown } } }).process?.stderr;
  if (out !== undefined) out.write(text);
  else console.error(text.replace(/\n$/, ""));
}
