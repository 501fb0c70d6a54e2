/**
 * ps.ts — `pycoro ps PID` / `pycoro pstree PID`: the tasks of another running pycoro program, as
 * Python 3.14's `python -m asyncio ps` / `pstree` print them; and the answering side, which
 * `pycoro run` and `pycoro/register` install in the program.
 *
 * The channel. The asking process removes any old answer file, sends SIGUSR2 (Node keeps SIGUSR1
 * for its inspector) and waits for `<dir>/<pid>.json` to appear; the program's SIGUSR2 listener
 * writes its snapshot there (to a temporary name, mode 0600, then renamed, so a half-written file
 * is never read). `<dir>` is the user's runtime folder: `$XDG_RUNTIME_DIR/pycoro`, else
 * `~/.cache/pycoro/run`, created 0700; both sides refuse a folder another user owns or may write
 * to, and the signal itself only reaches the same user's processes. Before signalling, the asker
 * checks (on Linux, from /proc) that the target runs pycoro: SIGUSR2 would end any other Node
 * program.
 *
 * Cost when unused: a signal listener that does nothing until a signal comes; Node's signal
 * handles do not keep a process alive.
 */
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/** One frame, innermost first in a stack (CPython's FrameInfo). */
export interface PsFrame { readonly funcname: string; readonly filename: string; readonly lineno: number }
/** One pending task and the tasks awaiting it (CPython's TaskInfo). */
export interface PsTask {
  readonly id: string;
  readonly name: string;
  readonly stack: readonly PsFrame[];
  readonly awaitedBy: readonly { readonly id: string; readonly stack: readonly PsFrame[] }[];
}
/** The answer file's content. */
export interface PsSnapshot { readonly pid: number; readonly tasks: readonly PsTask[] }

export const PS_SIGNAL = "SIGUSR2";

/** The user's runtime folder for pycoro, created 0700; throws if it is not safe to use. */
export function runtimeDir(): string {
  const xdg = process.env.XDG_RUNTIME_DIR;
  const dir = xdg ? join(xdg, "pycoro") : join(homedir(), ".cache", "pycoro", "run");
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = lstatSync(dir);
  const uid = process.getuid?.();
  if (!st.isDirectory()) throw new Error(`pycoro: ${dir} is not a directory`);
  if (uid !== undefined && st.uid !== uid) throw new Error(`pycoro: ${dir} belongs to another user; refusing to use it`);
  if ((st.mode & 0o022) !== 0) throw new Error(`pycoro: ${dir} is writable by other users; refusing to use it (chmod 700 it)`);
  if ((st.mode & 0o077) !== 0) chmodSync(dir, 0o700);
  return dir;
}

function answerFile(dir: string, pid: number): string {
  return join(dir, `${pid}.json`);
}

// ---------------------------------------------------------------------------------------------
// The answering side (in the program)

type Snapshotter = () => Promise<readonly PsTask[]>;
let installed = false;

/**
 * Answer `pycoro ps` for this process: on SIGUSR2, write the tasks `snapshot()` lists. Idempotent.
 * The listener is the only cost until a request comes.
 */
export function servePs(snapshot: Snapshotter): void {
  if (installed || process.platform === "win32") return;
  installed = true;
  process.on(PS_SIGNAL, () => {
    snapshot().then(
      (tasks) => {
        const dir = runtimeDir();
        const file = answerFile(dir, process.pid);
        const tmp = `${file}.${process.pid}-${Date.now()}.tmp`;
        const body: PsSnapshot = { pid: process.pid, tasks };
        writeFileSync(tmp, JSON.stringify(body), { mode: 0o600, flag: "wx" });
        renameSync(tmp, file);
      },
    ).catch((e: unknown) => process.stderr.write(`pycoro: cannot answer ${PS_SIGNAL}: ${(e as Error).message}\n`));
  });
}

// ---------------------------------------------------------------------------------------------
// The asking side (`pycoro ps` / `pycoro pstree`)

/** Whether process `pid` runs pycoro (`pycoro run`, or `--import pycoro/register`), as far as /proc tells. */
function runsPycoro(pid: number): boolean | null {
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return cmd.some((a) => /pycoro(\.mjs)?$|pycoro[\\/]register|[\\/]compiler[\\/](integrations[\\/])?register\.(js|ts)$/.test(a));
  } catch {
    return null; // no /proc: cannot tell
  }
}

/** Ask process `pid` for its tasks; waits up to `timeoutMs` for the answer. */
export async function requestSnapshot(pid: number, timeoutMs = 5000): Promise<PsSnapshot> {
  try {
    process.kill(pid, 0);
  } catch (e) {
    throw new Error(`no such process: ${pid}${(e as NodeJS.ErrnoException).code === "EPERM" ? " (it belongs to another user)" : ""}`);
  }
  if (runsPycoro(pid) === false) throw new Error(`process ${pid} is not a pycoro program (started with pycoro run or node --import pycoro/register)`);
  const dir = runtimeDir();
  const file = answerFile(dir, pid);
  rmSync(file, { force: true });
  process.kill(pid, PS_SIGNAL);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(file)) {
      const st = lstatSync(file);
      if (st.isFile() && st.uid === process.getuid?.()) {
        const text = readFileSync(file, "utf8");
        rmSync(file, { force: true });
        return JSON.parse(text) as PsSnapshot;
      }
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`process ${pid} did not answer within ${timeoutMs / 1000} s`);
}

function entry(f: PsFrame): string {
  return f.lineno === 0 && f.filename === "" ? f.funcname : `${f.funcname} ${f.filename}:${f.lineno}`;
}

const pad = (s: string, n: number) => s.padEnd(n);

/** `python -m asyncio ps`: the table of tasks (CPython 3.14's layout). */
export function formatTable(snap: PsSnapshot): string {
  const names = new Map(snap.tasks.map((t) => [t.id, t.name]));
  const lines = [
    `${pad("tid", 10)} ${pad("task id", 20)} ${pad("task name", 20)} ${pad("coroutine stack", 50)} ${pad("awaiter chain", 50)} ${pad("awaiter name", 15)} ${pad("awaiter id", 15)}`,
    "-".repeat(180),
  ];
  const row = (r: string[]) => lines.push(`${pad(r[0], 10)} ${pad(r[1], 20)} ${pad(r[2], 20)} ${pad(r[3], 50)} ${pad(r[4], 50)} ${pad(r[5], 15)} ${pad(r[6], 15)}`);
  const tid = String(snap.pid);
  for (const t of snap.tasks) {
    const stack = t.stack.map((f) => f.funcname).join(" -> ");
    if (t.awaitedBy.length === 0) row([tid, t.id, t.name, stack, "", "", "0x0"]);
    for (const a of t.awaitedBy) row([tid, t.id, t.name, stack, a.stack.map((f) => f.funcname).join(" -> "), names.get(a.id) ?? "Unknown", a.id]);
  }
  return lines.join("\n");
}

/** `python -m asyncio pstree`: the await tree, tasks `(T)` and coroutine frames (CPython 3.14). */
export function formatTree(snap: PsSnapshot): string {
  type Node = string; // "T:<id>" or "C:<n>"
  const label = new Map<Node, string>();
  const children = new Map<Node, Node[]>();
  const corNodes = new Map<Node, Map<string, Node>>();
  let next = 1;
  for (const t of snap.tasks) label.set(`T:${t.id}`, t.name);
  const kids = (n: Node) => (children.get(n) ?? (children.set(n, []), children.get(n)!));
  const corNode = (parent: Node, frame: string): Node => {
    let m = corNodes.get(parent);
    if (m === undefined) corNodes.set(parent, (m = new Map()));
    let n = m.get(frame);
    if (n === undefined) {
      n = `C:${next++}`;
      label.set(n, frame);
      kids(parent).push(n);
      m.set(frame, n);
    }
    return n;
  };
  const awaits: [string, readonly PsFrame[], string][] = [];
  for (const t of snap.tasks) for (const a of t.awaitedBy) awaits.push([a.id, a.stack, t.id]);
  // cycles cannot be drawn (CPython prints them and exits 1)
  const graph = new Map<string, Set<string>>();
  for (const [p, , c] of awaits) (graph.get(p) ?? (graph.set(p, new Set()), graph.get(p)!)).add(c);
  const cycle = findCycle(graph);
  if (cycle !== null) {
    const names = new Map(snap.tasks.map((t) => [t.id, t.name]));
    throw new Error(`ERROR: await-graph contains cycles - cannot print a tree!\n\ncycle: ${cycle.map((id) => names.get(id) ?? id).join(" → ")}`);
  }
  for (const [p, stack, c] of awaits) {
    let cur: Node = `T:${p}`;
    for (const f of [...stack].reverse()) cur = corNode(cur, entry(f));
    if (!kids(cur).includes(`T:${c}`)) kids(cur).push(`T:${c}`);
  }
  const parents = new Set(awaits.map(([p]) => p));
  for (const t of snap.tasks) {
    if (parents.has(t.id)) continue;
    let cur: Node = `T:${t.id}`;
    for (const f of [...t.stack].reverse()) cur = corNode(cur, entry(f));
  }
  const all = new Set([...children.values()].flat());
  const roots = [...label.keys()].filter((n) => !all.has(n));
  const out: string[] = [];
  const render = (n: Node, prefix: string, last: boolean) => {
    out.push(`${prefix}${last ? "└── " : "├── "}${n.startsWith("T:") ? "(T)" : ""} ${label.get(n)}`);
    const ks = children.get(n) ?? [];
    ks.forEach((k, i) => render(k, prefix + (last ? "    " : "│   "), i === ks.length - 1));
  };
  for (const r of roots) render(r, "", true);
  return out.join("\n");
}

function findCycle(g: Map<string, Set<string>>): string[] | null {
  const color = new Map<string, number>();
  const path: string[] = [];
  const dfs = (v: string): string[] | null => {
    color.set(v, 1);
    path.push(v);
    for (const w of g.get(v) ?? []) {
      const c = color.get(w) ?? 0;
      if (c === 0) {
        const r = dfs(w);
        if (r) return r;
      } else if (c === 1) return [...path.slice(path.indexOf(w)), w];
    }
    color.set(v, 2);
    path.pop();
    return null;
  };
  for (const v of g.keys()) if ((color.get(v) ?? 0) === 0) {
    const r = dfs(v);
    if (r) return r;
  }
  return null;
}

/** The `ps` / `pstree` verbs: print the table or tree of process `pid`; returns the exit code. */
export async function psMain(args: string[], tree: boolean): Promise<number> {
  const pid = Number(args[0]);
  if (args.length !== 1 || !Number.isInteger(pid) || pid <= 0) {
    process.stderr.write(`usage: pycoro ${tree ? "pstree" : "ps"} PID\n`);
    return 2;
  }
  let snap: PsSnapshot;
  try {
    snap = await requestSnapshot(pid);
  } catch (e) {
    process.stdout.write(`Error retrieving tasks: ${(e as Error).message}\n`);
    return 1;
  }
  if (!tree) {
    process.stdout.write(formatTable(snap) + "\n");
    return 0;
  }
  try {
    const text = formatTree(snap);
    if (text !== "") process.stdout.write(text + "\n");
    return 0;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 1;
  }
}
