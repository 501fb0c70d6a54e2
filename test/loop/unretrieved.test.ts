// "Task exception was never retrieved" / "Future exception was never retrieved" (ERR-01, ERR-02):
// reported to the loop's exception handler when the future is collected with its exception never
// retrieved; retrieved, awaited and cancelled ones are not. A child `node --expose-gc` collects
// until the two expected reports arrived (finalisation is asynchronous) or 50 rounds passed.
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dir = path.join(root, ".pycoro-cache", "unretrieved");

const PROGRAM = `import { coroutine, run, createTask, getRunningLoop, ValueError, sleep } from "pycoro";

const seen: string[] = [];
const bad = coroutine(async function bad() { throw new ValueError("lost"); });
const main = coroutine(async function main() {
  const loop = getRunningLoop();
  loop.setExceptionHandler((_l, ctx: any) =>
    seen.push(\`\${ctx.message} keys=\${Object.keys(ctx).sort()} exception=\${ctx.exception.message} future=\${ctx.future.__repr__()}\`));
  createTask(bad());                                                        // ERR-01: reported
  const f = loop.createFuture(); f.setException(new ValueError("fut"));     // ERR-02: reported
  const g = loop.createFuture(); g.setException(new ValueError("seen")); g.exception();  // retrieved
  const awaited = createTask(bad());
  try { await awaited; } catch {}                                           // awaited: retrieved
  const t = createTask(bad()); await sleep(0); t.cancel();                  // cancel() after it failed
  const c = createTask(sleep(10)); await sleep(0); c.cancel();              // cancelled
  await sleep(0);
});
await run(main(), { clock: "virtual" });
for (let i = 0; i < 50 && seen.length < 2; i++) { (globalThis as any).gc(); await new Promise((r) => setTimeout(r, 10)); }
console.log(seen.sort().join("\\n"));
`;

describe("exceptions never retrieved (ERR-01, ERR-02)", () => {
  it("are reported to the loop's exception handler when the future is collected", () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "prog.ts"), PROGRAM);
    const r = spawnSync(process.execPath, ["--expose-gc", "--import", "pycoro/register", "prog.ts"], { cwd: dir, encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split("\n")).toEqual([
      "Future exception was never retrieved keys=exception,future,message exception=fut future=<Future finished exception=ValueError('fut')>",
      `Task exception was never retrieved keys=exception,future,message exception=lost future=<Task finished name='Task-2' coro=<bad() done, defined at ${path.join(dir, "prog.ts")}:4> exception=ValueError('lost')>`,
    ]);
  }, 60_000);
});
