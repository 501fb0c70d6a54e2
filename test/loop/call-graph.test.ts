// The call graph (issue 10) against the structure Python 3.14 documents for
// asyncio.capture_call_graph / format_call_graph: `{ future, callStack, awaitedBy }`, the call
// stack innermost first with each frame's suspended line, "awaited by" through tasks awaiting
// tasks, gather, TaskGroup children, shield and waitFor, recursively; `limit` and `depth`.
// One program, run by `pycoro run` (compiled frames carry the lines the graph shows).
import { expect, test } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dir = path.join(root, ".pycoro-cache", "call-graph");
const file = path.join(dir, "graph.ts");

const PROGRAM = `import { Future, TaskGroup, captureCallGraph, coroutine, createTask, formatCallGraph, gather, getRunningLoop, run, shield, sleep, waitFor } from "pycoro";

type G = { future: Future<unknown>; callStack: readonly { frame: { qualname: string; line: number; kind: string } }[]; awaitedBy: readonly G[] };
const show = (g: G | null): string =>
  g === null ? "null" : \`\${(g.future as { getName?(): string }).getName?.() ?? "Future"}[\${g.callStack.map((e) => \`\${e.frame.kind} \${e.frame.qualname}:\${e.frame.line}\`).join(", ")}]\` +
    (g.awaitedBy.length ? \` <- {\${g.awaitedBy.map(show).join("; ")}}\` : "");

const probe = coroutine(async function probe(label: string) {
  await sleep(0);
  console.log(label, show(captureCallGraph() as G));
});

const inner = coroutine(async function inner() {
  await probe("nested");
});

const leaf = coroutine(async function leaf() {
  await sleep(3600);
});

const main = coroutine(async function main() {
  await inner();
  await createTask(probe("task"), { name: "child" });
  await gather(createTask(probe("gather"), { name: "g1" }));
  {
    await using tg = new TaskGroup();
    tg.createTask(probe("taskgroup"), { name: "tg1" });
  }
  await shield(createTask(probe("shield"), { name: "sh" }));
  await waitFor(createTask(probe("waitFor"), { name: "wf" }), 10);
  const t = createTask(leaf(), { name: "leaf" });
  const w = createTask((coroutine(async function waiter() { await t; }))(), { name: "waiter" });
  await sleep(0);
  await sleep(0);
  console.log("other", show(captureCallGraph(t) as G));
  console.log("limit 1", show(captureCallGraph(w, { limit: 1 }) as G));
  console.log("limit 0", show(captureCallGraph(w, { limit: 0 }) as G));
  console.log("depth 2", show(captureCallGraph(undefined, { depth: 2 }) as G));
  const f = getRunningLoop().createFuture();
  console.log("future", formatCallGraph(f).replace(/0x[0-9a-f]+/, "ID"));
  t.cancel();
  w.cancel();
});

await run(main());
console.log("outside", (() => { try { captureCallGraph(); return "no error"; } catch (e) { return (e as Error).message; } })());
`;

test("captureCallGraph shows who awaits whom, as Python 3.14", () => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, PROGRAM);
  const out = execFileSync(process.execPath, [path.join(root, "bin", "pycoro.mjs"), "run", file], { encoding: "utf8", cwd: dir });
  expect(out.trimEnd().split("\n")).toEqual([
    "nested Task-1[async probe:10, async inner:14, async main:22]",
    "task child[async probe:10] <- {Task-1[async main:23]}",
    "gather g1[async probe:10] <- {Task-1[async main:24]}",
    "taskgroup tg1[async probe:10] <- {Task-1[async main:26]}",
    "shield sh[async probe:10] <- {Task-1[async main:29]}",
    "waitFor wf[async probe:10] <- {Task-1[async main:30]}",
    "other leaf[async leaf:18] <- {waiter[async main.<locals>.waiter:32]}",
    "limit 1 waiter[async main.<locals>.waiter:32]",
    "limit 0 waiter[]",
    "depth 2 Task-1[]", // as sys._getframe(2) from main: no frame below it
    "future * Future(id=ID)",
    "outside capture_call_graph() is called outside of a running event loop and no *future* to introspect was provided",
  ]);
}, 60_000);
