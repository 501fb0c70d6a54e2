// What the call graph and `pycoro ps` read that tasks do not already hold, written off the hot
// paths: which futures a waiter stands for, which TaskGroups a task has open, which loops are open.
//
// Why this file exists: CPython 3.14 records "awaited by" on every future as tasks await them
// (`future_add_to_awaited_by`); pycoro computes those edges only when a graph is asked for
// (loop/graph.ts), from a task's `_futWaiter` and a gather's children. Three relations are not
// visible there, and are recorded here, each once per shield / waitFor / TaskGroup / loop, never per
// step: shield's outer future and waitFor's waiter stand for the future they wait on; a TaskGroup's
// tasks are awaited by its parent task; and the open loops, for a snapshot taken from a signal
// handler. This module imports nothing, so any loop module can write to it without a cycle.

/** A future a task waits on in place of others (shield's outer future, waitFor's waiter). */
export const standsFor = new WeakMap<object, () => Iterable<unknown>>();

/** @internal `waiter` is awaited in place of the futures `of()` returns. */
export function _standsFor(waiter: object, of: () => Iterable<unknown>): void {
  standsFor.set(waiter, of);
}

/** A TaskGroup as the graph sees it: its pending tasks. */
export interface OpenGroup {
  readonly _tasks: Set<unknown>;
}

/** The TaskGroups whose parent is the key task, while they are open. */
export const groupsOf = new WeakMap<object, Set<OpenGroup>>();

/** @internal A TaskGroup of `parent` opened (true) or finished (false): while open, its tasks are awaited by `parent`. */
export function _taskGroupOpen(parent: object, group: OpenGroup, open: boolean): void {
  let s = groupsOf.get(parent);
  if (open) {
    if (s === undefined) groupsOf.set(parent, (s = new Set()));
    s.add(group);
  } else if (s !== undefined) {
    s.delete(group);
    if (s.size === 0) groupsOf.delete(parent);
  }
}

/**
 * An open loop in the process-wide registry (a global, so that `pycoro ps`'s answering side finds
 * the loops of whichever copy of the runtime the program imported; it reads them with its own
 * copy's code, which only needs the fields every copy has).
 */
export interface LoopEntry {
  readonly loop: WeakRef<object>;
}

const REGISTRY = Symbol.for("pycoro.loops");

/** The open loops of the process (`Symbol.for("pycoro.loops")` on globalThis). */
export function loopRegistry(): Set<LoopEntry> {
  const g = globalThis as { [REGISTRY]?: Set<LoopEntry> };
  return (g[REGISTRY] ??= new Set());
}

const entries = new WeakMap<object, LoopEntry>();

/** @internal A loop was created: `pycoro ps` lists it until it closes. */
export function _loopOpened(loop: object): void {
  const e: LoopEntry = { loop: new WeakRef(loop) };
  entries.set(loop, e);
  loopRegistry().add(e);
}

/** @internal A loop closed. */
export function _loopClosed(loop: object): void {
  const e = entries.get(loop);
  if (e !== undefined) loopRegistry().delete(e);
}
