// The call graph: Python 3.14's asyncio.capture_call_graph / format_call_graph / print_call_graph.
//
// Why this file exists: "show me the running tasks and where each one is waiting" (issue 10). A
// task's call stack is its chain of suspended frames — the coroutine, what it awaits through
// `$yf`, down to the leaf — each with the line of its suspension point (`$meta.lines[$s]`); for the
// current task, the frames still running come from the V8 stack instead. "Awaited by" is who
// waits for a future: a task whose `_futWaiter` it is, the task awaiting a `gather` of it, a
// TaskGroup's parent task, the task awaiting a `shield` or `waitFor` of it (CPython 3.14 records
// these with `future_add_to_awaited_by`).
//
// Cost: CPython 3.14 keeps an `_asyncio_awaited_by` set on every future. Here nothing is recorded
// on the hot paths: the edges are computed when a graph is asked for, from what tasks already
// hold (`_futWaiter`, a gather's children), plus what loop/graph-links.ts records off the hot
// path (a shield's or waitFor's waiter → the future it stands for; a task → its open TaskGroups).

import { RuntimeError } from "../core/errors.js";
import type { Frame, FrameMeta } from "../core/frame.js";
import { nativeCallStack, type NativeEntry } from "../core/traceback.js";
import { type Future, getLoopOf, isFuture } from "./futures.js";
import { pseudoAddress, pyRepr, strRepr } from "../core/repr.js";
import { _getRunningLoop } from "./state.js";
import { groupsOf, standsFor } from "./graph-links.js";
import { Task, currentTask } from "./tasks.js";
import type { EventLoop } from "./events.js";

/** A frame of a call graph: a coroutine, generator or plain function, and its current line. */
export interface CallGraphFrame {
  readonly name: string;
  readonly qualname: string;
  readonly file: string;
  readonly line: number;
  /** What CPython's print_call_graph tags it with: `async`, `async generator`, `generator`, or "" for a function. */
  readonly kind: "async" | "async generator" | "generator" | "";
}

/** asyncio.FrameCallGraphEntry. */
export interface FrameCallGraphEntry {
  readonly frame: CallGraphFrame;
}

/** asyncio.FutureCallGraph: `callStack` is innermost first (the top frame first). */
export interface FutureCallGraph {
  readonly future: Future<unknown>;
  readonly callStack: readonly FrameCallGraphEntry[];
  readonly awaitedBy: readonly FutureCallGraph[];
}

export interface CallGraphOptions {
  /** For the current task: how many frames to skip from the top (1: start at the caller). */
  depth?: number;
  /** Keep at most |limit| frames per call stack: the outermost if positive, the innermost if negative; 0: none. */
  limit?: number | null;
}

function contains(xs: Iterable<unknown>, x: unknown): boolean {
  for (const y of xs) if (y === x) return true;
  return false;
}

/** Does task `t` await future `f` (directly, or through a gather, shield, waitFor or TaskGroup)? */
function awaits(t: Task<unknown>, f: Future<unknown>): boolean {
  const w = t._futWaiter as (Future<unknown> & { _children?: unknown[] }) | null;
  if (w !== null) {
    if (w === f) return true;
    if (Array.isArray(w._children) && w._children.includes(f)) return true;
    const via = standsFor.get(w);
    if (via !== undefined && contains(via(), f)) return true;
  }
  const groups = groupsOf.get(t);
  if (groups !== undefined) for (const g of groups) if (g._tasks.has(f as Task<unknown>)) return true;
  return false;
}

/** The tasks of `f`'s loop that await `f` (CPython 3.14's `f._asyncio_awaited_by`). */
export function awaitedByTasks(f: Future<unknown>): Task<unknown>[] {
  let loop: EventLoop;
  try {
    loop = getLoopOf(f);
  } catch {
    return [];
  }
  const out: Task<unknown>[] = [];
  for (const t of loop._tasks) if (t !== f && !t.done() && awaits(t, f)) out.push(t);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Call stacks

function kindOf(f: Frame): CallGraphFrame["kind"] {
  const k = f.$kind;
  if (k === "coroutine") return "async";
  if (k === "async_generator") return "async generator";
  return "generator";
}

/** The entry of a compiled frame at its suspension point (or `line` while it runs). */
function frameEntry(f: Frame, line?: number): CallGraphFrame | null {
  const mt = (f.constructor as { $meta?: FrameMeta }).$meta;
  if (mt === undefined) return null; // a runtime adapter: not the user's
  const s = f.$s;
  const at = line ?? (s > 0 && s < mt.lines.length ? mt.lines[s] : mt.line);
  return { name: mt.name, qualname: mt.qualname, file: mt.file, line: at, kind: kindOf(f) };
}

/** The suspended chain of `coro`, outermost first: it, what it awaits (`$yf`), and so on. */
function suspendedChain(coro: unknown): CallGraphFrame[] {
  const out: CallGraphFrame[] = [];
  const seen = new Set<unknown>();
  for (let f = coro as Frame | null; f !== null && f !== undefined && typeof f === "object" && !seen.has(f); f = f.$yf ?? null) {
    seen.add(f);
    if (f.$s === -2 || f.$s === -1) break; // running (the V8 stack has it) or closed
    const e = frameEntry(f);
    if (e !== null) out.push(e);
  }
  return out;
}

/** The call stack of a suspended task, innermost first (for `pycoro ps`). */
export function taskCallStack(t: Task<unknown>): CallGraphFrame[] {
  return suspendedChain(t.getCoro()).reverse();
}

function applyLimit<T>(st: T[], limit: number | null | undefined): T[] {
  if (limit === undefined || limit === null) return st;
  if (limit > 0) return st.slice(0, limit);
  if (limit < 0) return st.slice(limit);
  return [];
}

function buildForFuture(f: Future<unknown>, limit: number | null | undefined, seen: Set<unknown>): FutureCallGraph {
  if (!isFuture(f)) throw new TypeError(`${pyRepr(f)} object does not appear to be compatible with asyncio.Future`);
  seen.add(f);
  let st: CallGraphFrame[] = [];
  if (f instanceof Task && limit !== 0) st = suspendedChain(f.getCoro());
  const by: FutureCallGraph[] = [];
  for (const p of awaitedByTasks(f)) if (!seen.has(p)) by.push(buildForFuture(p, limit, seen));
  st = applyLimit(st, limit).reverse();
  return { future: f, callStack: st.map((frame) => ({ frame })), awaitedBy: by };
}

/** The call stack of the running task, innermost first: its V8 frames, then its suspended delegators. */
function currentStack(task: Task<unknown>, depth: number): CallGraphFrame[] {
  // The delegators of the running leaf are suspended (`$yf` links from the task's coroutine);
  // the leaf and what it called inline are on the V8 stack.
  const outer = suspendedChain(task.getCoro());
  const inner: CallGraphFrame[] = nativeCallStack(new Error()).map((e: NativeEntry) => ({
    name: e.name,
    qualname: e.name,
    file: e.file,
    line: e.line,
    kind: e.step ? "async" : "",
  }));
  const all = [...outer, ...inner].reverse();
  return all.slice(Math.max(0, depth - 1));
}

/**
 * asyncio.capture_call_graph(future=None, *, depth=1, limit=None): the call graph of `future`, or
 * of the current task (null if there is none). Throws RuntimeError outside a running loop with no
 * future given.
 */
export function captureCallGraph(future?: Future<unknown> | null, options: CallGraphOptions = {}): FutureCallGraph | null {
  const depth = options.depth ?? 1;
  const limit = options.limit;
  const loop = _getRunningLoop();
  if (future !== undefined && future !== null) {
    if (loop === null || future !== currentTask(loop)) return buildForFuture(future, limit, new Set());
  } else {
    if (loop === null) throw new RuntimeError("capture_call_graph() is called outside of a running event loop and no *future* to introspect was provided");
    future = currentTask(loop);
  }
  if (future === null) return null;
  if (!isFuture(future)) throw new TypeError(`${pyRepr(future)} object does not appear to be compatible with asyncio.Future`);
  const task = future as Task<unknown>;
  let st = limit === 0 ? [] : currentStack(task, depth);
  const seen = new Set<unknown>([task]);
  const by: FutureCallGraph[] = [];
  for (const p of awaitedByTasks(task)) if (!seen.has(p)) by.push(buildForFuture(p, limit, seen));
  if (limit !== undefined && limit !== null) {
    const l = -limit;
    if (l > 0) st = st.slice(0, l);
    else if (l < 0) st = st.slice(l);
  }
  return { future: task, callStack: st.map((frame) => ({ frame })), awaitedBy: by };
}

/** `id(future)` for the graph's text: a stable pseudo-address per future. */
const ids = new WeakMap<object, string>();
export function futureId(f: object): string {
  let id = ids.get(f);
  if (id === undefined) ids.set(f, (id = pseudoAddress()));
  return id;
}

function render(g: FutureCallGraph, buf: string[], level: number): void {
  const add = (line: string) => buf.push("    ".repeat(level) + line);
  if (g.future instanceof Task) add(`* Task(name=${strRepr(g.future.getName())}, id=${futureId(g.future)})`);
  else add(`* Future(id=${futureId(g.future)})`);
  if (g.callStack.length > 0) {
    add("  + Call stack:");
    for (const { frame: f } of g.callStack) {
      const tag = f.kind === "" ? "" : `${f.kind} `;
      add(`  |   File ${strRepr(f.file)}, line ${f.line}, in ${tag}${f.qualname}()`);
    }
  }
  if (g.awaitedBy.length > 0) {
    add("  + Awaited by:");
    for (const p of g.awaitedBy) render(p, buf, level + 1);
  }
}

/** asyncio.format_call_graph: the graph as text ("" when there is no current task). */
export function formatCallGraph(future?: Future<unknown> | null, options: CallGraphOptions = {}): string {
  // (this function and captureCallGraph are runtime frames, which the stack leaves out: no +1)
  const g = captureCallGraph(future, { depth: options.depth ?? 1, limit: options.limit });
  if (g === null) return "";
  const buf: string[] = [];
  render(g, buf, 0);
  return buf.join("\n");
}

/** asyncio.print_call_graph: write the graph and a newline to `file` (default: stdout). */
export function printCallGraph(future?: Future<unknown> | null, options: CallGraphOptions & { file?: { write(s: string): unknown } } = {}): void {
  const text = formatCallGraph(future, { depth: options.depth ?? 1, limit: options.limit });
  const out = options.file ?? (globalThis as { process?: { stdout?: { write(s: string): unknown } } }).process?.stdout;
  if (out !== undefined) out.write(text + "\n");
  else console.log(text);
}
