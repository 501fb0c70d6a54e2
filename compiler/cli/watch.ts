/**
 * watch.ts — what `pycoro build --watch` and `pycoro run --watch` share: a debounced watcher of a
 * source tree, and the rule that at most one build (or one program) runs at a time.
 *
 * Why a module of its own: both watch modes had the same two races, fixed once here.
 * - A change made right after the first "build ok" was lost: the watcher was registered after
 *   that line was printed, so a user (or a test) that saved the file on seeing it could save
 *   before the watch existed, and nothing ever rebuilt (CI stop 15, test/cli/habits.test.ts).
 *   Invariant: the watchers exist before the first build starts; a change during a build is
 *   a reason to build again after it.
 * - Two changes close together started two builds (or two programs) at once.
 *   Invariant: one at a time; changes during a run coalesce into one more run after it.
 */
import { watch, type FSWatcher } from "node:fs";
import path from "node:path";

/** The files whose change means "build or run again": sources and JSON, not node_modules or .git. */
const SOURCE = /\.(m|c)?[tj]sx?$|\.json$/;
const IGNORED = /(^|[\\/])(node_modules|\.git)[\\/]/;

/**
 * Call `onChange` when a source-ish file under `dir` changes, 60 ms after the last event of a burst
 * (an editor's save is several events: truncate, write, rename). The watch is registered when this
 * returns (Node registers inotify watches synchronously), so a change made after it is seen.
 */
export function watchTree(dir: string, onChange: (file: string) => void): FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  return watch(dir, { recursive: true }, (_event, name) => {
    if (!name || IGNORED.test(name) || !SOURCE.test(name)) return;
    clearTimeout(timer);
    timer = setTimeout(() => onChange(path.join(dir, name)), 60);
  });
}

/**
 * Wrap `job` so that calls never overlap: a call while a run is in progress marks it dirty, and one
 * more run starts when the current one ends (however many calls came meanwhile). The returned
 * promise settles when the runs this call asked for are done. `job`'s errors are its own to report:
 * a rejection ends the current run and is passed to `onError`.
 */
export function oneAtATime(job: () => Promise<void>, onError: (e: unknown) => void): () => Promise<void> {
  let running: Promise<void> | null = null;
  let dirty = false;
  const loop = async (): Promise<void> => {
    do {
      dirty = false;
      try { await job(); } catch (e) { onError(e); }
    } while (dirty);
    running = null;
  };
  return () => {
    if (running) { dirty = true; return running; }
    return (running = loop());
  };
}
