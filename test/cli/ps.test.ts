// `pycoro ps PID` / `pycoro pstree PID` end to end (issue 10): a program with a TaskGroup, a gather
// and a named task is started with `pycoro run`, asked from another process, and killed. The
// table and the tree have Python 3.14's layout (`python -m asyncio ps/pstree`). The channel's
// safety: a runtime folder others may write to is refused, and a Node process that is not a
// pycoro program is never signalled (SIGUSR2 would end it).
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = path.join(root, "bin", "pycoro.mjs");
const dir = path.join(root, ".pycoro-cache", "ps");
const file = path.join(dir, "tasks.ts");

const PROGRAM = `import { TaskGroup, coroutine, createTask, gather, run, sleep } from "pycoro";

const worker = coroutine(async function worker(n: number) {
  await sleep(3600);
  return n;
});

const album = coroutine(async function album() {
  await using tg = new TaskGroup();
  tg.createTask(worker(1), { name: "track-1" });
  tg.createTask(worker(2), { name: "track-2" });
});

const main = coroutine(async function main() {
  const a = createTask(album(), { name: "album" });
  setTimeout(() => console.log("ready"), 50);
  await gather(a, createTask(worker(3), { name: "solo" }));
});

await run(main());
`;

let runtimeRoot: string;
let child: ChildProcess;
const env = () => ({ ...process.env, XDG_RUNTIME_DIR: runtimeRoot });
const pycoro = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", env: env(), timeout: 60_000 });

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, PROGRAM);
  runtimeRoot = mkdtempSync(path.join(tmpdir(), "pycoro-ps-"));
  child = spawn(process.execPath, [cli, "run", file], { env: env(), stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => { if (d.toString().includes("ready")) resolve(); });
    child.on("exit", (code) => reject(new Error(`the program exited (${code}) before it was ready`)));
  });
}, 60_000);

afterAll(() => {
  child?.kill("SIGKILL");
  rmSync(runtimeRoot, { recursive: true, force: true });
});

describe("pycoro ps / pstree", () => {
  it("prints the table of tasks: id, name, coroutine stack, awaiter", () => {
    const r = pycoro("ps", String(child.pid));
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^tid {8}task id {14}task name {12}coroutine stack {36}awaiter chain {38}awaiter name {4}awaiter id/);
    expect(lines[1]).toBe("-".repeat(180));
    const rows = lines.slice(2).map((l) => l.split(/\s{2,}|\s(?=0x)/).map((c) => c.trim()).filter((c) => c !== ""));
    // [tid, task id, name, coroutine stack, (awaiter chain, awaiter name,) awaiter id]
    const byName = new Map(rows.map((r) => [r[2], r]));
    expect([...byName.keys()]).toEqual(["Task-1", "album", "solo", "track-1", "track-2"]);
    expect(byName.get("Task-1")!.slice(3)).toEqual(["main", "0x0"]);
    expect(byName.get("album")!.slice(3, 6)).toEqual(["album", "main", "Task-1"]);
    expect(byName.get("solo")!.slice(3, 6)).toEqual(["worker", "main", "Task-1"]);
    expect(byName.get("track-1")!.slice(3, 6)).toEqual(["worker", "album", "album"]);
    expect(byName.get("album")![6]).toBe(byName.get("Task-1")![1]);
    expect(byName.get("track-2")![6]).toBe(byName.get("album")![1]);
    for (const row of rows) expect(row[0]).toBe(String(child.pid));
  });

  it("prints the tree of who awaits whom, with file:line of each suspended frame", () => {
    const r = pycoro("pstree", String(child.pid));
    expect(r.status).toBe(0);
    expect(r.stdout.replaceAll(file, "tasks.ts")).toBe(
      [
        "└── (T) Task-1",
        "    └──  main tasks.ts:17",
        "        ├── (T) album",
        "        │   └──  album tasks.ts:9",
        "        │       ├── (T) track-1",
        "        │       │   └──  worker tasks.ts:4",
        "        │       └── (T) track-2",
        "        │           └──  worker tasks.ts:4",
        "        └── (T) solo",
        "            └──  worker tasks.ts:4",
        "",
      ].join("\n"),
    );
  });

  it("refuses a runtime folder other users may write to", () => {
    const unsafe = mkdtempSync(path.join(tmpdir(), "pycoro-ps-unsafe-"));
    try {
      mkdirSync(path.join(unsafe, "pycoro"));
      chmodSync(path.join(unsafe, "pycoro"), 0o777);
      const r = spawnSync(process.execPath, [cli, "ps", String(child.pid)], { encoding: "utf8", env: { ...process.env, XDG_RUNTIME_DIR: unsafe } });
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/^Error retrieving tasks: pycoro: .*pycoro is writable by other users; refusing to use it/);
    } finally {
      rmSync(unsafe, { recursive: true, force: true });
    }
  });

  it("never signals a process that is not a pycoro program", async () => {
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
    try {
      await new Promise((r) => setTimeout(r, 200));
      const r = pycoro("ps", String(other.pid));
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/is not a pycoro program/);
      expect(other.exitCode).toBe(null);
      expect(other.signalCode).toBe(null);
    } finally {
      other.kill("SIGKILL");
    }
  });

  it("answers usage errors with exit code 2", () => {
    expect(pycoro("ps").status).toBe(2);
    expect(pycoro("pstree", "abc").status).toBe(2);
  });
});
