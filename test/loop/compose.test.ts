/**
 * gather (GA-01..10), wait / as_completed (WAIT-01..05), wait_for / shield (WF-01..06), against
 * /work/shared/spec/pysem/gather_01.py, wait_01.py and waitfor_01.py (CPython 3.11.7), on the
 * virtual clock (the timings of the snippets become exact).
 */
import { describe, expect, test } from "vitest";
import { CancelledError, TimeoutError } from "../../runtime/core/errors.js";
import { Future } from "../../runtime/loop/futures.js";
import { gather } from "../../runtime/loop/gather.js";
import { run } from "../../runtime/loop/run.js";
import { shield } from "../../runtime/loop/shield.js";
import { sleep } from "../../runtime/loop/sleep.js";
import { getRunningLoop } from "../../runtime/loop/state.js";
import { createTask, currentTask, ensureFuture, type Task } from "../../runtime/loop/tasks.js";
import { ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, asCompleted, wait, waitFor } from "../../runtime/loop/wait.js";
import { aw, co } from "./helpers.js";

function runV<T>(main: () => Generator<unknown, T, unknown>): Promise<T> {
  return run(co(main, "main")(), { clock: "virtual" });
}

class PyValueError extends Error {}
Object.defineProperty(PyValueError.prototype, "name", { value: "ValueError" });
class KeyError extends Error {}
Object.defineProperty(KeyError.prototype, "name", { value: "KeyError" });

const val = co(function* val<T>(x: T, delay: number = 0) {
  yield* aw(sleep(delay));
  return x;
});
const boom = co(function* boom(msg: string, delay: number = 0): Generator<unknown, never, unknown> {
  yield* aw(sleep(delay));
  throw new PyValueError(msg);
});
const msgOf = (e: unknown) => (e as Error).message;

describe("GA: gather", () => {
  test("gather_01.py items 1-14", async () => {
    const out: string[] = [];
    await runV(function* () {
      const loop = getRunningLoop();
      out.push(`1 ${JSON.stringify(yield* aw(gather(val("slow", 0.02), val("fast", 0))))}`);
      const g0 = gather();
      out.push(`2 ${g0.done()} ${JSON.stringify(g0.result())}`);

      const survivors: string[] = [];
      const survivor = co(function* () {
        yield* aw(sleep(0.02));
        survivors.push("survivor finished");
        return "s";
      });
      const st = ensureFuture(survivor());
      try {
        yield* aw(gather(boom("first", 0), st, boom("second", 0.01)));
      } catch (e) {
        out.push(`3 ${msgOf(e)} ${st.cancelled()} ${st.done()}`);
      }
      yield* aw(sleep(0.03));
      out.push(`  later ${survivors}`);

      const r4 = (yield* aw(gather(val(1), boom("x"), val(3), { returnExceptions: true }))) as unknown[];
      out.push(`4 ${r4[0]} ${(r4[1] as Error).name}('${msgOf(r4[1])}') ${r4[2]}`);

      const toCancel = co(function* () {
        yield* aw(sleep(10));
      });
      let c = ensureFuture(toCancel());
      loop.callLater(0.01, (m: string) => c.cancel(m), "child msg");
      const r5 = (yield* aw(gather(c, val("ok"), { returnExceptions: true }))) as unknown[];
      out.push(`5 ${(r5[0] as Error).name}(${JSON.stringify(msgOf(r5[0]))}) ${r5[1]}`);

      c = ensureFuture(toCancel());
      loop.callLater(0.01, () => c.cancel());
      try {
        yield* aw(gather(c, val("ok", 0.02)));
      } catch (e) {
        if (e instanceof CancelledError) out.push(`6 cancelling() ${currentTask()!.cancelling()}`);
      }

      let kids: Future<unknown>[] = [0, 1, 2].map(() => ensureFuture(toCancel()));
      let g: Future<unknown> = gather(...kids);
      yield* aw(sleep(0));
      out.push(`7 ${g.cancel("outer msg")}`);
      try {
        yield* aw(g);
      } catch (e) {
        out.push(`  ${(e as Error).name} ${msgOf(e)} ${kids.map((k) => k.cancelled())}`);
      }

      kids = [0, 1].map(() => ensureFuture(toCancel()));
      const waiter = co(function* () {
        yield* aw(gather(...kids));
      });
      const w = ensureFuture(waiter());
      yield* aw(sleep(0));
      w.cancel();
      yield* aw(wait([w]));
      out.push(`8 ${kids.map((k) => k.cancelled())} ${w.cancelled()}`);
      const swallower = co(function* () {
        try {
          yield* aw(sleep(10));
        } catch {
          return "swallowed";
        }
      });
      g = gather(ensureFuture(swallower()));
      yield* aw(sleep(0));
      g.cancel();
      try {
        out.push(`8b ${yield* aw(g)}`);
      } catch (e) {
        out.push(`8b ${(e as Error).name}`);
      }

      kids = [0, 1].map((i) => ensureFuture(val(i)));
      yield* aw(wait(kids));
      g = gather(...kids);
      out.push(`9 ${g.cancel()} ${g.done()} ${JSON.stringify(yield* aw(g))}`);

      const f = ensureFuture(val("dup"));
      out.push(`10 ${JSON.stringify(yield* aw(gather(f, f)))}`);
      const co1 = val("co-dup");
      out.push(`   ${JSON.stringify(yield* aw(gather(co1, co1)))}`);

      kids = [0, 1].map(() => ensureFuture(toCancel()));
      g = gather(...kids, { returnExceptions: true });
      yield* aw(sleep(0));
      g.cancel();
      try {
        out.push(`11 ${JSON.stringify(yield* aw(g))}`);
      } catch (e) {
        out.push(`11 ${(e as Error).name}`);
      }

      const t0 = loop.time();
      try {
        yield* aw(gather(val(1, 0.05), boom("early", 0)));
      } catch {
        out.push(`12 ${loop.time() - t0 < 0.04}`);
      }
      yield* aw(sleep(0.06));

      try {
        gather(1 as never);
      } catch (e) {
        out.push(`13 ${msgOf(e)}`);
      }

      const t1 = ensureFuture(boom("a"));
      const t2 = ensureFuture(boom("b", 0.01));
      try {
        yield* aw(gather(t1, t2));
      } catch {
        /* first */
      }
      yield* aw(sleep(0.02));
      out.push(`14 ${msgOf(t2.exception())}`);
    });
    expect(out).toEqual([
      '1 ["slow","fast"]',
      "2 true []",
      "3 first false false",
      "  later survivor finished",
      "4 1 ValueError('x') 3",
      '5 CancelledError("") ok',
      "6 cancelling() 0",
      "7 true",
      "  CancelledError outer msg true,true,true",
      "8 true,true true",
      "8b CancelledError",
      "9 false false [0,1]",
      '10 ["dup","dup"]',
      '   ["co-dup","co-dup"]',
      "11 CancelledError",
      "12 true",
      "13 An asyncio.Future, a coroutine or an awaitable is required",
      "14 b",
    ]);
  });
});

describe("WAIT: wait and as_completed", () => {
  test("wait_01.py items 1-13", async () => {
    const out: string[] = [];
    await runV(function* () {
      const mk = () =>
        new Map<Task<unknown>, string>([
          [createTask(val("a", 0.01)), "a"],
          [createTask(boom("boom", 0.02)), "boom"],
          [createTask(val("c", 0.05)), "c"],
        ]);
      const names = (s: Set<Future<unknown>>, tasks: Map<Task<unknown>, string>) => [...s].map((t) => tasks.get(t as Task<unknown>)).sort().join(",");
      for (const mode of [FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED] as const) {
        const tasks = mk();
        const [done, pending] = (yield* aw(wait(tasks.keys(), { returnWhen: mode }))) as [Set<Future<unknown>>, Set<Future<unknown>>];
        out.push(`1 ${mode}: done=${names(done, tasks)} pending=${names(pending, tasks)} ${done instanceof Set}`);
        yield* aw(wait(tasks.keys()));
      }
      let tasks = mk();
      const [done2, pending2] = (yield* aw(wait(tasks.keys(), { timeout: 0.015 }))) as [Set<Future<unknown>>, Set<Future<unknown>>];
      out.push(`2 ${names(done2, tasks)} | ${names(pending2, tasks)} | ${[...pending2].map((t) => t.cancelled())}`);
      yield* aw(wait(pending2));
      tasks = new Map([
        [createTask(val("x", 0.01)), "x"],
        [createTask(val("y", 0.01)), "y"],
      ]);
      const [d3, p3] = (yield* aw(wait(tasks.keys(), { returnWhen: FIRST_EXCEPTION }))) as [Set<Future<unknown>>, Set<Future<unknown>>];
      out.push(`3 ${names(d3, tasks)} | ${names(p3, tasks)}`);
      const cases: [string, () => unknown][] = [
        ["4", () => wait(new Set<Future<unknown>>())],
        ["5", () => wait([val(1, 0) as never])],
        ["6", () => wait([ensureFuture(val(1, 0))], { returnWhen: "bogus" as never })],
        ["7", () => wait(ensureFuture(val(1, 0)) as never)],
      ];
      for (const [label, fn] of cases) {
        try {
          yield* aw(fn());
          out.push(`${label} ok`);
        } catch (e) {
          out.push(`${label} ${(e as Error).name} ${msgOf(e)}`);
        }
      }
      yield* aw(sleep(0.01));
      const t = createTask(boom("boom", 0));
      const [d8] = (yield* aw(wait([t]))) as [Set<Future<unknown>>];
      out.push(`8 ${msgOf([...d8][0].exception())}`);
      const f = getRunningLoop().createFuture();
      f.setResult(1);
      const [d9, p9] = (yield* aw(wait([f]))) as [Set<unknown>, Set<unknown>];
      out.push(`9 ${d9.size} ${p9.size}`);
      const order: unknown[] = [];
      for (const fut of asCompleted([val("slow", 0.03), val("fast", 0.01), val("mid", 0.02)])) order.push(yield* aw(fut));
      out.push(`10 ${order}`);
      try {
        for (const fut of asCompleted([val("slow", 1)], { timeout: 0.01 })) yield* aw(fut);
      } catch (e) {
        if (e instanceof TimeoutError) out.push(`11 TimeoutError ${JSON.stringify(msgOf(e))}`);
      }
      const ac = asCompleted(ensureFuture(val(1, 0)) as never);
      try {
        ac.next();
      } catch (e) {
        out.push(`12 ${msgOf(e)}`);
      }
      const t13 = createTask(val(1, 0));
      const [d13] = (yield* aw(wait([t13, t13]))) as [Set<unknown>];
      out.push(`13 ${d13.size}`);
    });
    expect(out).toEqual([
      "1 FIRST_COMPLETED: done=a pending=boom,c true",
      "1 FIRST_EXCEPTION: done=a,boom pending=c true",
      "1 ALL_COMPLETED: done=a,boom,c pending= true",
      "2 a | boom,c | false,false",
      "3 x,y | ",
      "4 ValueError Set of Tasks/Futures is empty.",
      "5 TypeError Passing coroutines is forbidden, use tasks explicitly.",
      "6 ValueError Invalid return_when value: bogus",
      "7 TypeError expect a list of futures, not Task",
      "8 boom",
      "9 1 0",
      "10 fast,mid,slow",
      '11 TimeoutError ""',
      "12 expect an iterable of futures, not Task",
      "13 1",
    ]);
  });
});

describe("WF: wait_for and shield", () => {
  test("waitfor_01.py items 1-15", async () => {
    const out: string[] = [];
    await runV(function* () {
      const loop = getRunningLoop();
      const log: string[] = [];
      const slow = co(function* slow(tag: string, delay: number = 10) {
        try {
          yield* aw(sleep(delay));
          return tag;
        } catch (e) {
          if (e instanceof CancelledError) log.push(`${tag}: cancelled`);
          throw e;
        } finally {
          log.push(`${tag}: finally`);
        }
      });
      try {
        yield* aw(waitFor(slow("w1"), 0.01));
      } catch (e) {
        const cause = (e as Error).cause as Error;
        out.push(`1 ${(e as Error).name}(${msgOf(e)}) cause=${cause.name}(${cause.message}) ${log}`);
      }
      log.length = 0;
      out.push(`2 ${yield* aw(waitFor(slow("w2", 0.01), null))}`);
      log.length = 0;
      const started: number[] = [];
      const mark = co(function* () {
        started.push(1);
        return "ran";
      });
      try {
        yield* aw(waitFor(mark(), 0));
      } catch (e) {
        if (e instanceof TimeoutError) out.push(`3 ${started.length > 0}`);
      }
      const f = loop.createFuture<string>();
      f.setResult("ready");
      out.push(`4 ${yield* aw(waitFor(f, 0))}`);
      out.push(`5 ${yield* aw(waitFor(slow("w5", 0.01), 1))}`);
      log.length = 0;
      const outer = co(function* () {
        return yield* aw(waitFor(slow("w6"), 5));
      });
      let t = createTask(outer());
      yield* aw(sleep(0.01));
      t.cancel();
      try {
        yield* aw(t);
      } catch {
        out.push(`6 ${log}`);
      }
      log.length = 0;
      const stubborn = co(function* () {
        try {
          yield* aw(sleep(10));
        } catch {
          return "value despite timeout";
        }
      });
      out.push(`7 ${yield* aw(waitFor(stubborn(), 0.01))}`);
      const raisesOnCancel = co(function* () {
        try {
          yield* aw(sleep(10));
        } catch {
          throw new KeyError("during cancel");
        }
      });
      try {
        yield* aw(waitFor(raisesOnCancel(), 0.01));
      } catch (e) {
        out.push(`8 ${(e as Error).name} ${msgOf(e)}`);
      }
      const fails = co(function* (): Generator<unknown, never, unknown> {
        throw new PyValueError("inner failed");
      });
      try {
        yield* aw(waitFor(fails(), 1));
      } catch (e) {
        out.push(`9 ${msgOf(e)}`);
      }
      const slowCleanup = co(function* () {
        try {
          yield* aw(sleep(10));
        } catch (e) {
          yield* aw(sleep(0.05));
          log.push("slow cleanup done");
          throw e;
        }
      });
      const t0 = loop.time();
      try {
        yield* aw(waitFor(slowCleanup(), 0.01));
      } catch {
        out.push(`10 ${loop.time() - t0 >= 0.05} ${log}`);
      }
      log.length = 0;
      let inner = ensureFuture(slow("s1", 0.03));
      const usesShield = co(function* () {
        return yield* aw(shield(inner));
      });
      t = createTask(usesShield());
      yield* aw(sleep(0.01));
      t.cancel();
      try {
        yield* aw(t);
      } catch {
        out.push(`11 ${!inner.done()}`);
      }
      out.push(`   ${yield* aw(inner)} ${log}`);
      log.length = 0;
      inner = ensureFuture(slow("s2", 10));
      const outerF = shield(inner);
      inner.cancel();
      yield* aw(sleep(0));
      yield* aw(sleep(0));
      out.push(`12 ${outerF.cancelled()}`);
      const g = loop.createFuture();
      g.setResult(1);
      out.push(`13 ${shield(g) === g}`);
      const fails2 = co(function* (): Generator<unknown, never, unknown> {
        throw new KeyError("k");
      });
      try {
        yield* aw(shield(fails2()));
      } catch (e) {
        out.push(`14 ${(e as Error).name} ${msgOf(e)}`);
      }
      const h = loop.createFuture();
      try {
        yield* aw(waitFor(h, 0.01));
      } catch {
        out.push(`15 ${h.cancelled()}`);
      }
    });
    expect(out).toEqual([
      "1 TimeoutError() cause=CancelledError() w1: cancelled,w1: finally",
      "2 w2",
      "3 false",
      "4 ready",
      "5 w5",
      "6 w6: cancelled,w6: finally",
      "7 value despite timeout",
      "8 KeyError during cancel",
      "9 inner failed",
      "10 true slow cleanup done",
      "11 true",
      "   s1 s1: finally",
      "12 true",
      "13 true",
      "14 KeyError k",
      "15 true",
    ]);
  });
});
