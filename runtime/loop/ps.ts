// The tasks of this process, for `pycoro ps PID` / `pycoro pstree PID` asked from another process.
//
// Why this file exists: Python 3.14's `python -m asyncio ps/pstree PID` reads another process's
// tasks through its remote-debugging support. A Node process cannot be read from outside, so the
// asking process sends a signal and this process answers with a snapshot (compiler/cli/ps.ts is the
// channel). Here is what the snapshot holds — every pending task of every open loop, its
// coroutine stack and who awaits it, the same data CPython's RemoteUnwinder.get_all_awaited_by
// returns — and the registry of open loops it is taken from.
//
// The loops come from loop/graph-links.ts's registry, a global, so that the host answering the
// signal (loaded by `pycoro run` or `pycoro/register`) finds the loops of whichever copy of the
// runtime the program imported.

import type { EventLoop } from "./events.js";
import { awaitedByTasks, futureId, taskCallStack } from "./graph.js";
import { loopRegistry } from "./graph-links.js";

/** One frame of a task's coroutine stack (RemoteUnwinder's FrameInfo). */
export interface PsFrame {
  readonly funcname: string;
  readonly filename: string;
  readonly lineno: number;
}

/** One pending task (RemoteUnwinder's TaskInfo): its stack innermost first, and its awaiters. */
export interface PsTask {
  readonly id: string;
  readonly name: string;
  readonly stack: readonly PsFrame[];
  /** The tasks awaiting this one: their ids and their stacks (innermost first). */
  readonly awaitedBy: readonly { readonly id: string; readonly stack: readonly PsFrame[] }[];
}

function frames(stack: readonly { qualname: string; file: string; line: number }[]): PsFrame[] {
  return stack.map((f) => ({ funcname: f.qualname, filename: f.file, lineno: f.line }));
}

/** The pending tasks of `loop`, in creation order. */
export function psTasks(loop: EventLoop): PsTask[] {
  const out: PsTask[] = [];
  for (const t of loop._tasks) {
    if (t.done()) continue;
    out.push({
      id: futureId(t),
      name: t.getName(),
      stack: frames(taskCallStack(t)),
      awaitedBy: awaitedByTasks(t).map((p) => ({ id: futureId(p), stack: frames(taskCallStack(p)) })),
    });
  }
  return out;
}

/** The pending tasks of every open loop of this process (of any copy of the runtime). */
export function allPsTasks(): PsTask[] {
  const out: PsTask[] = [];
  const registry = loopRegistry();
  for (const e of [...registry]) {
    const loop = e.loop.deref() as EventLoop | undefined;
    if (loop === undefined || loop.isClosed()) {
      registry.delete(e);
      continue;
    }
    out.push(...psTasks(loop));
  }
  return out;
}
