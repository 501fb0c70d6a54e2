// Family "loop": the event loop against CPython's asyncio on the same two programs (no target yet;
// ratios are reported so the loop's cost is measured, not guessed).
// 1. Task switching: 10,000 tasks each awaiting sleep(0) ten times, gathered: ns per task step.
// 2. A bounded queue: a producer puts 100,000 items into Queue(10), a consumer task gets them:
//    ns per item (each put/get pair suspends whenever the queue is full or empty).
import { pathToFileURL } from "node:url";
import { buildVariants } from "./build.mjs";
import { fmt, fmtRatios, median, table } from "./stats.mjs";
import { ratios, timeRounds, unavailableLines, value } from "./variants.mjs";

export const id = "loop";
export const title = "Event loop: task switching and a bounded queue, against CPython's asyncio";

export const source = `import { coroutine, sleep, createTask, gather, Queue } from "pycoro";

export const worker = coroutine(async function (n: number): Promise<number> {
  for (let i = 0; i < n; i++) await sleep(0);
  return n;
});

export const switching = coroutine(async function (tasks: number, steps: number): Promise<number> {
  const ts = [];
  for (let i = 0; i < tasks; i++) ts.push(createTask(worker(steps)));
  const done = await gather(...ts);
  return done.length;
});

const consumer = coroutine(async function (q: Queue<number>): Promise<number> {
  let s = 0;
  for (;;) {
    const x = await q.get();
    if (x < 0) return s;
    s += x;
  }
});

export const queue = coroutine(async function (items: number): Promise<number> {
  const q = new Queue<number>(10);
  const c = createTask(consumer(q));
  for (let i = 0; i < items; i++) await q.put(i);
  await q.put(-1);
  return await c;
});
`;

const VARIANT_IDS = ["pycoro", "cpython"];
const TASKS = 10_000, STEPS = 10, ITEMS = 100_000;

export async function run(ctx) {
  const built = await buildVariants(id, source, ["pycoro"]);
  const { perRound, errors } = await timeRounds(ctx, {
    family: id, variants: VARIANT_IDS, built, args: { tasks: TASKS, steps: STEPS, items: ITEMS },
    pyScript: "loopbench.py", pyArgs: { tasks: TASKS, steps: STEPS, items: ITEMS },
  });
  const label = { pycoro: "pycoro (`run()`, real clock)", cpython: "CPython 3.11 asyncio (`asyncio.run`)" };
  const rows = VARIANT_IDS.filter((v) => perRound[v]).map((v) => [label[v],
    fmt(value(perRound, v, "switch")), fmtRatios(ratios(perRound, v, "pycoro", "switch")),
    fmt(value(perRound, v, "queue")), fmtRatios(ratios(perRound, v, "pycoro", "queue"))]);
  const md = [
    `### ${title}`,
    "",
    `Switching: ${TASKS.toLocaleString("en")} tasks each awaiting \`sleep(0)\` ${STEPS} times, gathered (ns per task step). Queue: ${ITEMS.toLocaleString("en")} items through \`Queue(10)\` from the main task to a consumer task (ns per item). Each program runs 5 times in one process after a warm-up run; median. No target: this measures the loop against asyncio.`,
    "",
    table(["implementation", "ns per task step", "÷ pycoro", "ns per queued item", "÷ pycoro"], rows),
    "",
    ...unavailableLines(VARIANT_IDS, errors).map((l) => `- ${l}`),
  ].join("\n");
  return { id, perRound, errors, markdown: md };
}

export async function child({ file, quick, tasks, steps, items }) {
  const m = await import(pathToFileURL(file).href);
  const { run } = await import("pycoro");
  const reps = quick ? 2 : 5;
  const time = async (f, units) => {
    await run(f()); // warm-up
    const out = [];
    for (let i = 0; i < reps; i++) {
      const t0 = process.hrtime.bigint();
      await run(f());
      out.push(Number(process.hrtime.bigint() - t0) / units);
    }
    return out;
  };
  const sw = await time(() => m.switching(tasks, steps), tasks * (steps + 1));
  const q = await time(() => m.queue(items), items);
  return { samples: { switch: sw, queue: q } };
}
