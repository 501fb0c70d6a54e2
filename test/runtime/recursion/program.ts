// Runaway recursion through `await` and `yield*` (issue 8 item 7): RecursionError, catchable, in the
// frame whose delegation went too deep; deep chains below the limit keep working.
// Run by test/runtime/recursion.test.ts through `pycoro run`.
import { coroutine, generator, run, sleep, setRecursionLimit, getRecursionLimit, RecursionError, RuntimeError } from "pycoro";

const depth = coroutine(async function (n: number): Promise<number> {
  if (n === 0) {
    await sleep(0); // the whole chain parks on the loop and resumes
    return 0;
  }
  return 1 + (await depth(n - 1));
});
const forever = coroutine(async function (n: number): Promise<number> {
  return 1 + (await forever(n + 1));
});
let deepest = 0;
const catching = coroutine(async function (n: number): Promise<number> {
  try {
    return await catching(n + 1);
  } catch (e) {
    if (!(e instanceof RecursionError)) throw e;
    deepest = Math.max(deepest, n);
    return n; // handled at the level that failed: the chain unwinds normally
  }
});
const gforever = generator(function* (): Generator<number, number, unknown> {
  return yield* gforever();
});
const gdepth = generator(function* (n: number): Generator<number, number, unknown> {
  if (n === 0) return (yield 7) as number;
  return 1 + (yield* gdepth(n - 1));
});

const main = coroutine(async function () {
  console.log("default limit", getRecursionLimit());
  console.log("100,000 awaits deep:", await depth(100_000));
  const g = gdepth(100_000);
  console.log("100,000 yield* deep yields", g.next().value, "then returns", g.next(1).value);
  try {
    await forever(0);
  } catch (e) {
    console.log("await:", (e as Error).constructor.name, (e as Error).message, e instanceof RuntimeError);
  }
  try {
    gforever().next();
  } catch (e) {
    console.log("yield*:", (e as Error).constructor.name, (e as Error).message);
  }
  setRecursionLimit(1000);
  console.log("limit", getRecursionLimit());
  const at = await catching(0);
  console.log("caught in the failing frame:", at === deepest && at > 500 && at < 1000);
  try {
    await depth(5000);
  } catch (e) {
    console.log("5,000 under a limit of 1,000:", (e as Error).constructor.name);
  }
  console.log("500 under a limit of 1,000:", await depth(500));
  for (const bad of [0, 1.5, "10"]) {
    try {
      setRecursionLimit(bad as number);
    } catch (e) {
      console.log(`setRecursionLimit(${JSON.stringify(bad)}):`, (e as Error).constructor.name, (e as Error).message);
    }
  }
});
await run(main());
