// Every path a thrown value takes through the runtime (issue 8 item 5, docs/DESIGN.md "Thrown
// values"): JavaScript may throw or reject with any value, and it must arrive as that value, as
// native async/await delivers it. test/loop/thrown-values.test.ts runs this program (compiled by
// `pycoro run`) and checks each line.
import {
  coroutine, run, createTask, gather, shield, waitFor, asCompleted, wait, sleep, TaskGroup, toThread,
  ThreadPoolExecutor, wrapFuture, getRunningLoop, ExceptionGroup, generator,
} from "pycoro";

const VALUES: unknown[] = [null, 0, "s", undefined, false];
const show = (v: unknown) => (v === undefined ? "undefined" : v instanceof Error ? `${v.constructor.name}: ${v.message}` : JSON.stringify(v));
const report = (path: string, v: unknown, e: unknown) => console.log(`${path} ${show(v)} -> ${show(e)}`);

const thrower = coroutine(async function (v: unknown) {
  await sleep(0);
  throw v;
});
const throwsAtOnce = coroutine(async function (v: unknown) {
  throw v;
});
const genCoro = coroutine(function* (v: unknown) {
  yield* sleep(0);
  throw v;
});
const delegating = generator(function* (v: unknown) {
  yield* (function* () { yield 1; throw v; })();
});

const main = coroutine(async function () {
  const ex = new ThreadPoolExecutor({ maxWorkers: 1 });
  for (const v of VALUES) {
    const job = new Function(`return () => { throw ${v === undefined ? "undefined" : JSON.stringify(v)}; }`)() as () => never;
    // Every body is a marked coroutine: an unmarked `async` arrow would be native JavaScript.
    const attempt = coroutine(async function (path: string, f: () => unknown) {
      try {
        await (f() as PromiseLike<unknown>);
        console.log(`${path} ${show(v)} -> no exception`);
      } catch (e) {
        report(path, v, e);
      }
    });
    await attempt("await-rejected-promise", coroutine(async () => await Promise.reject(v)));
    await attempt("await-coroutine", coroutine(async () => await throwsAtOnce(v)));
    await attempt("await-task", coroutine(async () => await createTask(thrower(v))));
    await attempt("await-generator-coroutine-task", coroutine(async () => await createTask(genCoro(v))));
    await attempt("gather", coroutine(async () => await gather(thrower(v))));
    await attempt("shield", coroutine(async () => await shield(thrower(v))));
    await attempt("waitFor", coroutine(async () => await waitFor(thrower(v), 10)));
    await attempt("asCompleted", coroutine(async () => {
      for (const f of asCompleted([thrower(v)])) await f;
    }));
    await attempt("wait-result", coroutine(async () => {
      const [done] = await wait([createTask(thrower(v))]);
      for (const t of done) t.result();
    }));
    await attempt("taskgroup-child", coroutine(async () => {
      try {
        await using tg = new TaskGroup();
        tg.createTask(thrower(v));
      } catch (e) {
        if (e instanceof ExceptionGroup) throw e.exceptions[0];
        throw e;
      }
    }));
    await attempt("toThread", coroutine(async () => await waitFor(toThread(job), 10)));
    await attempt("executor-submit", coroutine(async () => await waitFor(wrapFuture(ex.submit(job)), 10)));
    await attempt("runInExecutor", coroutine(async () => await waitFor(getRunningLoop().runInExecutor(ex, job), 10)));
    await attempt("yield*-generator", coroutine(async () => {
      const g = delegating(v);
      g.send(undefined);
      g.send(undefined);
    }));
  }
  await ex.shutdown();
});

await run(main());
