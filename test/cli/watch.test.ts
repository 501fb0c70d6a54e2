// compiler/cli/watch.ts, the two rules both --watch modes rest on: a watch registered before the
// first build sees a change made the moment it returns, and builds never overlap (changes during a
// build coalesce into one more build after it). The end-to-end runs are in habits.test.ts.
import { describe, it, expect, afterEach } from "vitest";
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FSWatcher } from "node:fs";
import { watchTree, oneAtATime } from "../../compiler/cli/watch.js";

const dirs: string[] = [];
const watchers: FSWatcher[] = [];
afterEach(() => {
  for (const w of watchers.splice(0)) w.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const tick = () => new Promise<void>((r) => setTimeout(r, 0));

describe("oneAtATime", () => {
  it("never runs two jobs at once; calls during a run make exactly one more run", async () => {
    let active = 0, maxActive = 0, runs = 0;
    const gates: Array<() => void> = [];
    const job = oneAtATime(async () => {
      active++; runs++;
      maxActive = Math.max(maxActive, active);
      await new Promise<void>((r) => gates.push(r));
      active--;
    }, (e) => { throw e; });
    const first = job();
    await tick();
    expect(runs).toBe(1);
    const during = [job(), job(), job()]; // three changes while the first build runs
    await tick();
    expect([runs, maxActive]).toEqual([1, 1]);
    gates.shift()!();
    await tick();
    expect([runs, maxActive]).toEqual([2, 1]); // one more run, not three
    gates.shift()!();
    await Promise.all([first, ...during]);
    expect([runs, maxActive, gates.length]).toEqual([2, 1, 0]);
    // Idle again: the next call starts a run at once.
    const next = job();
    await tick();
    expect(runs).toBe(3);
    gates.shift()!();
    await next;
  });

  it("a failing run is reported and does not stop the next one", async () => {
    const errors: unknown[] = [];
    let n = 0;
    const job = oneAtATime(async () => { if (++n === 1) throw new Error("boom"); }, (e) => errors.push(e));
    await job();
    await job();
    expect(n).toBe(2);
    expect(errors.map((e) => (e as Error).message)).toEqual(["boom"]);
  });
});

describe("watchTree", () => {
  it("sees a change made the moment it returns, in a subfolder, debounced to one call", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pycoro-watch-"));
    dirs.push(dir);
    mkdirSync(path.join(dir, "lib"));
    writeFileSync(path.join(dir, "lib", "a.ts"), "export const a = 1;\n");
    const seen: string[] = [];
    watchers.push(watchTree(dir, (f) => seen.push(f)));
    writeFileSync(path.join(dir, "lib", "a.ts"), "export const a = 2;\n"); // no await in between
    const end = Date.now() + 60_000;
    while (seen.length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 200)); // a second call would come within the debounce
    expect(seen).toEqual([path.join(dir, "lib", "a.ts")]);
  });

  it("ignores node_modules, .git and files that are not sources", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pycoro-watch-"));
    dirs.push(dir);
    for (const d of ["node_modules/x", ".git"]) mkdirSync(path.join(dir, d), { recursive: true });
    const seen: string[] = [];
    watchers.push(watchTree(dir, (f) => seen.push(f)));
    writeFileSync(path.join(dir, "node_modules", "x", "i.ts"), "1");
    writeFileSync(path.join(dir, ".git", "HEAD.js"), "1");
    writeFileSync(path.join(dir, "notes.txt"), "1");
    writeFileSync(path.join(dir, "main.mts"), "1"); // the one that counts, last
    const end = Date.now() + 60_000;
    while (seen.length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 200));
    expect(seen).toEqual([path.join(dir, "main.mts")]);
  });
});
