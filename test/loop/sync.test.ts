/**
 * asyncio's synchronisation primitives (SYNC-01..09, ORD-11), against
 * /work/shared/spec/pysem/lock_01.py and sync_01_event_sem_cond.py (CPython 3.11.7): the expected
 * lines are those snippets' .out lines (items that print a tick count kept exactly; the sync
 * `with lock:` item is not portable). The remaining cases are CPython's test_locks.py scenarios,
 * with the traces CPython prints for them (also checked through fixtures/asyncio/sync-*).
 * `tick` is the number of `_runOnce` calls, as the snippets' CountingLoop counts them.
 */
import { expect, test } from "vitest";
import { CancelledError, RuntimeError } from "../../runtime/core/errors.js";
import { Barrier, BrokenBarrierError } from "../../runtime/loop/barrier.js";
import { gather } from "../../runtime/loop/gather.js";
import { BoundedSemaphore, Condition, Event, Lock, Semaphore } from "../../runtime/loop/locks.js";
import { Runner, run } from "../../runtime/loop/run.js";
import { sleep } from "../../runtime/loop/sleep.js";
import { createTask, type Task } from "../../runtime/loop/tasks.js";
import { CountingLoop, aw, co } from "./helpers.js";

/** Runs `body` as the main coroutine on a CountingLoop; the lines it printed. */
async function traced(body: (loop: CountingLoop, out: string[]) => Generator<unknown, unknown, unknown>): Promise<string[]> {
  const loop = new CountingLoop();
  const out: string[] = [];
  const runner = new Runner({ loopFactory: () => loop });
  await runner.run(co(() => body(loop, out), "main")());
  await runner.close();
  return out;
}

/** Python's repr of a list of str. */
const strs = (xs: readonly string[]) => `[${xs.map((s) => `'${s}'`).join(", ")}]`;
const msg = (e: unknown) => (e as Error).message;

/** `async with cm:` inside a `co` body: `yield* asyncWith(cm, function* () { ... })`. */
function* asyncWith<T>(cm: { __aenter__(): unknown; __aexit__(): unknown }, body: () => Generator<unknown, T, unknown>): Generator<unknown, T, unknown> {
  yield* aw(cm.__aenter__());
  try {
    return yield* body();
  } finally {
    yield* aw(cm.__aexit__());
  }
}

test("lock_01.py #1-4, 6-11: SYNC-01 errors, SYNC-02 FIFO / no barging, SYNC-03 cancelled waiters, ORD-11 hand-off", async () => {
  const out = await traced(function* (loop, out) {
    const lock = new Lock();
    out.push(`1 repr: ${lock.__repr__()} | locked(): ${lock.locked() ? "True" : "False"}`);
    try {
      lock.release();
    } catch (e) {
      out.push(`2 release unlocked -> ${msg(e)}`);
    }
    try {
      new Lock({ loop } as never);
    } catch (e) {
      out.push(`3 Lock(loop=...) -> ${msg(e)}`);
    }
    const t0 = loop.tick;
    const got = yield* aw(lock.acquire());
    if (loop.tick === t0) out.push(`4 acquire() on free lock returns ${got ? "True" : "False"} without suspending; locked(): ${lock.locked() ? "True" : "False"}`);
    lock.release();

    const order: string[] = [];
    const worker = co(function* worker(name: string) {
      yield* asyncWith(lock, function* () {
        order.push(`${name}@t${loop.tick}`);
        yield* aw(sleep(0));
      });
    });
    yield* aw(lock.acquire());
    let ws: Task<unknown>[] = ["A", "B", "C", "D"].map((n) => createTask(worker(n)));
    yield* aw(sleep(0));
    out.push(`6 4 waiters queued; release at t${loop.tick}`);
    lock.release();
    yield* aw(gather(...ws));
    out.push(`   acquisition order: ${strs(order)}`);

    order.length = 0;
    yield* aw(lock.acquire());
    let w = createTask(worker("waiter"));
    yield* aw(sleep(0));
    lock.release();
    out.push(`7 after release: locked() = ${lock.locked() ? "True" : "False"} (waiter woken but has not run yet)`);
    const b = createTask(worker("newcomer"));
    yield* aw(gather(w, b));
    out.push(`   order: ${strs(order)}`);

    order.length = 0;
    yield* aw(lock.acquire());
    w = createTask(worker("waiter"));
    yield* aw(sleep(0));
    lock.release();
    yield* aw(lock.acquire());
    order.push("releaser re-acquired");
    lock.release();
    yield* aw(w);
    out.push(`8 releaser re-acquire vs woken waiter: ${strs(order)}`);

    order.length = 0;
    yield* aw(lock.acquire());
    ws = ["c1", "c2"].map((n) => createTask(worker(n)));
    yield* aw(sleep(0));
    ws[0].cancel();
    lock.release();
    yield* aw(gather(...ws, { returnExceptions: true }));
    out.push(`9 first waiter cancelled -> second acquires: ${strs(order)} | c1 cancelled: ${ws[0].cancelled() ? "True" : "False"}`);

    order.length = 0;
    yield* aw(lock.acquire());
    ws = ["d1", "d2"].map((n) => createTask(worker(n)));
    yield* aw(sleep(0));
    lock.release();
    ws[0].cancel();
    yield* aw(gather(...ws, { returnExceptions: true }));
    out.push(`10 woken waiter cancelled -> next one gets it: ${strs(order)} | locked: ${lock.locked() ? "True" : "False"}`);

    yield* aw(lock.acquire());
    const t = createTask(lock.acquire());
    yield* aw(sleep(0));
    const t1 = loop.tick;
    lock.release();
    yield* aw(t);
    out.push(`11 hand-off latency (iterations from release to waiter resumed, as seen by awaiting task): ${loop.tick - t1}`);
    lock.release();
  });
  expect(out).toEqual([
    "1 repr: <asyncio.locks.Lock object [unlocked]> | locked(): False",
    "2 release unlocked -> Lock is not acquired.",
    "3 Lock(loop=...) -> Lock.__init__() got an unexpected keyword argument 'loop'",
    "4 acquire() on free lock returns True without suspending; locked(): True",
    "6 4 waiters queued; release at t2",
    "   acquisition order: ['A@t3', 'B@t5', 'C@t7', 'D@t9']",
    "7 after release: locked() = False (waiter woken but has not run yet)",
    "   order: ['waiter@t14', 'newcomer@t16']",
    "8 releaser re-acquire vs woken waiter: ['waiter@t21', 'releaser re-acquired']",
    "9 first waiter cancelled -> second acquires: ['c2@t26'] | c1 cancelled: True",
    "10 woken waiter cancelled -> next one gets it: ['d2@t32'] | locked: False",
    "11 hand-off latency (iterations from release to waiter resumed, as seen by awaiting task): 2",
  ]);
});

test("SYNC-01: a Lock is not awaitable, has no owner, and is bound to the loop of its first wait", async () => {
  const lock = new Lock();
  const out: string[] = [];
  await run(
    co(function* () {
      try {
        yield* aw(lock);
      } catch (e) {
        out.push(`${(e as Error).name}: ${msg(e)}`);
      }
      yield* aw(lock.acquire());
      const other = co(function* () {
        lock.release(); // any task may release it
      });
      yield* aw(createTask(other()));
      out.push(`released by another task: ${!lock.locked()}`);
      yield* aw(lock.acquire());
      const waiter = createTask(lock.acquire()); // binds the lock to this loop
      yield* aw(sleep(0));
      waiter.cancel();
      yield* aw(gather(waiter, { returnExceptions: true }));
    })(),
    { clock: "virtual" },
  );
  await run(
    co(function* () {
      try {
        yield* aw(lock.acquire());
      } catch (e) {
        out.push(`${(e as Error).name}: ${msg(e)}`);
      }
      lock.release();
      out.push(`a free lock needs no loop: ${yield* aw(lock.acquire())}`);
    })(),
    { clock: "virtual" },
  );
  expect(out).toEqual([
    "TypeError: object Lock can't be used in 'await' expression",
    "released by another task: true",
    "RuntimeError: <asyncio.locks.Lock object [locked]> is bound to a different event loop",
    "a free lock needs no loop: true",
  ]);
});

test("sync_01 #1-4: SYNC-04 Event; order_02 F: ORD-11 Event.set latency", async () => {
  const out = await traced(function* (loop, out) {
    const ev = new Event();
    const order: string[] = [];
    const waiter = co(function* waiter(name: string) {
      const r = yield* aw(ev.wait());
      order.push(`('${name}', ${r ? "True" : "False"}, 't${loop.tick}')`);
    });
    const ws = ["A", "B", "C"].map((n) => createTask(waiter(n)));
    yield* aw(sleep(0));
    const head = `1 Event: set() at t${loop.tick} wakes all waiters (FIFO):`;
    ev.set();
    yield* aw(gather(...ws));
    out.push(`${head} [${order.join(", ")}] | is_set: ${ev.isSet() ? "True" : "False"}`);
    let t0 = loop.tick;
    const r = yield* aw(ev.wait());
    out.push(`2 wait() on a set event returns ${r ? "True" : "False"} in ${loop.tick - t0} iterations`);
    ev.clear();
    const w = createTask(ev.wait());
    yield* aw(sleep(0));
    ev.set();
    ev.clear();
    yield* aw(sleep(0));
    out.push(`3 set() then clear() before waiter runs: waiter still wakes: ${w.done() && w.result() ? "True" : "False"}`);
    out.push(`4 repr: ${ev.__repr__()}`);

    ev.clear();
    const log: string[] = [];
    const evw = co(function* evw() {
      yield* aw(ev.wait());
      log.push(`t${loop.tick}:event waiter resumed`);
    });
    const t = createTask(evw());
    yield* aw(sleep(0));
    log.push(`t${loop.tick}:set()`);
    t0 = loop.tick;
    ev.set();
    yield* aw(t);
    log.push(`t${loop.tick}:main after await`);
    out.push(`F +${log.map((l) => Number(l.slice(1, l.indexOf(":"))) - t0).join(" +")}: ${log.map((l) => l.slice(l.indexOf(":") + 1)).join(" | ")}`);
  });
  expect(out).toEqual([
    "1 Event: set() at t2 wakes all waiters (FIFO): [('A', True, 't3'), ('B', True, 't3'), ('C', True, 't3')] | is_set: True",
    "2 wait() on a set event returns True in 0 iterations",
    "3 set() then clear() before waiter runs: waiter still wakes: True",
    "4 repr: <asyncio.locks.Event object [unset]>",
    // order_02_latency.out: t37:set() | t38:event waiter resumed | t39:main after await
    "F +0 +1 +2: set() | event waiter resumed | main after await",
  ]);
});

test("sync_01 #5-10: SYNC-05 Semaphore / BoundedSemaphore, SYNC-06 no barging", async () => {
  const out = await traced(function* (_loop, out) {
    try {
      new Semaphore(-1);
    } catch (e) {
      out.push(`5 Semaphore(-1) -> ${msg(e)}`);
    }
    let s = new Semaphore(0);
    out.push(`6 Semaphore(0).locked(): ${s.locked() ? "True" : "False"}`);
    s.release();
    s.release();
    out.push(`7 plain Semaphore release() beyond initial value allowed: _value = ${s._value}`);
    const bs = new BoundedSemaphore(1);
    try {
      bs.release();
    } catch (e) {
      out.push(`8 BoundedSemaphore over-release -> ${msg(e)}`);
    }
    s = new Semaphore(2);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const limited = co(function* limited(n: number) {
      yield* asyncWith(s, function* () {
        running += 1;
        peak = Math.max(peak, running);
        order.push(n);
        yield* aw(sleep(0.001));
        running -= 1;
      });
    });
    yield* aw(gather(...[0, 1, 2, 3, 4, 5].map((i) => limited(i))));
    out.push(`9 Semaphore(2): peak concurrency ${peak} | entry order (FIFO): [${order.join(", ")}]`);

    const sem = new Semaphore(1);
    const log: string[] = [];
    const take = co(function* take(name: string) {
      yield* asyncWith(sem, function* () {
        log.push(name);
        yield* aw(sleep(0));
      });
    });
    yield* aw(sem.acquire());
    const w = createTask(take("waiter"));
    yield* aw(sleep(0));
    sem.release();
    out.push(`10 after release() with a waiter: locked() = ${sem.locked() ? "True" : "False"} (the slot is already reserved for the woken waiter)`);
    yield* aw(sem.acquire());
    log.push("releaser re-acquired");
    sem.release();
    yield* aw(w);
    out.push(`   Semaphore no-barging: ${strs(log)}`);
  });
  expect(out).toEqual([
    "5 Semaphore(-1) -> Semaphore initial value must be >= 0",
    "6 Semaphore(0).locked(): True",
    "7 plain Semaphore release() beyond initial value allowed: _value = 2",
    "8 BoundedSemaphore over-release -> BoundedSemaphore released too many times",
    "9 Semaphore(2): peak concurrency 2 | entry order (FIFO): [0, 1, 2, 3, 4, 5]",
    "10 after release() with a waiter: locked() = True (the slot is already reserved for the woken waiter)",
    "   Semaphore no-barging: ['waiter', 'releaser re-acquired']",
  ]);
});

test("SYNC-06: a semaphore waiter cancelled after its slot was reserved passes the slot on", async () => {
  // fixtures/asyncio/sync-semaphore #7; the expected trace is CPython's for this exact program
  const out = await traced(function* (loop, out) {
    const sem = new Semaphore(1);
    const log: string[] = [];
    const take = co(function* take(name: string) {
      yield* asyncWith(sem, function* () {
        log.push(name);
        yield* aw(sleep(0));
      });
    });
    yield* aw(sem.acquire());
    const ws = ["a", "b", "c"].map((n) => createTask(take(n)));
    yield* aw(sleep(0));
    sem.release();
    out.push(`reserved: ${sem._value} ${sem.__repr__()}`);
    ws[0].cancel();
    yield* aw(gather(...ws, { returnExceptions: true }));
    out.push(`${strs(log)} ${ws[0].cancelled()} ${sem.__repr__()} t${loop.tick}`);
  });
  expect(out).toEqual(["reserved: 0 <asyncio.locks.Semaphore object [locked, waiters:3]>", "['b', 'c'] true <asyncio.locks.Semaphore object [unlocked, value:1]> t9"]);
});

test("sync_01 #11-16: SYNC-07 Condition needs the lock, SYNC-08 notify(n) / notify_all / wait_for / cancelled wait", async () => {
  const out = await traced(function* (_loop, out) {
    const cond = new Condition();
    const calls: [string, () => unknown][] = [
      ["wait()", () => cond.wait()],
      ["wait_for(lambda: True)", () => cond.waitFor(() => true)],
      ["wait_for(lambda: False)", () => cond.waitFor(() => false)],
    ];
    for (const [label, fn] of calls) {
      try {
        const r = yield* aw(fn());
        out.push(`11 Condition.${label} without lock -> returned ${r ? "True" : "False"} (predicate checked first, no lock check)`);
      } catch (e) {
        out.push(`11 Condition.${label} without lock -> ${msg(e)}`);
      }
    }
    for (const [label, fn] of [["notify", () => cond.notify()], ["notify_all", () => cond.notifyAll()]] as const) {
      try {
        fn();
      } catch (e) {
        out.push(`12 Condition.${label}() without lock -> ${msg(e)}`);
      }
    }
    const woke: string[] = [];
    const cwaiter = co(function* cwaiter(name: string) {
      yield* asyncWith(cond, function* () {
        yield* aw(cond.wait());
        woke.push(name);
      });
    });
    const ws = ["A", "B", "C", "D"].map((n) => createTask(cwaiter(n)));
    yield* aw(sleep(0));
    yield* asyncWith(cond, function* () {
      cond.notify(2);
    });
    yield* aw(sleep(0.01));
    out.push(`13 notify(2) wakes the first two waiters: ${strs(woke)}`);
    yield* asyncWith(cond, function* () {
      cond.notifyAll();
    });
    yield* aw(gather(...ws));
    out.push(`   notify_all wakes the rest: ${strs(woke)}`);

    const state = { n: 0 };
    const wf = co(function* wf() {
      return yield* asyncWith(cond, function* () {
        return yield* aw(cond.waitFor(() => state.n >= 2));
      });
    });
    let t: Task<unknown> = createTask(wf());
    for (let i = 0; i < 2; i++) {
      yield* aw(sleep(0));
      yield* asyncWith(cond, function* () {
        state.n += 1;
        cond.notifyAll();
      });
    }
    out.push(`14 wait_for returns predicate value: ${(yield* aw(t)) ? "True" : "False"}`);

    const cancelledWaiter = co(function* cancelledWaiter() {
      return yield* asyncWith(cond, function* () {
        try {
          yield* aw(cond.wait());
        } catch (e) {
          if (e instanceof CancelledError) return `cancelled; lock held on exit from wait(): ${cond.locked() ? "True" : "False"}`;
          throw e;
        }
      });
    });
    t = createTask(cancelledWaiter());
    yield* aw(sleep(0));
    t.cancel();
    out.push(`15 ${yield* aw(t)}`);
    const lk = new Lock();
    const c2 = new Condition(lk);
    const same = c2.locked() === lk.locked();
    const acquired = (yield* aw(c2.acquire())) && lk.locked();
    out.push(`16 Condition(lock) shares the lock: ${same ? "True" : "False"} | acquire through condition locks lock: ${acquired ? "True" : "False"}`);
    c2.release();
  });
  expect(out).toEqual([
    "11 Condition.wait() without lock -> cannot wait on un-acquired lock",
    "11 Condition.wait_for(lambda: True) without lock -> returned True (predicate checked first, no lock check)",
    "11 Condition.wait_for(lambda: False) without lock -> cannot wait on un-acquired lock",
    "12 Condition.notify() without lock -> cannot notify on un-acquired lock",
    "12 Condition.notify_all() without lock -> cannot notify on un-acquired lock",
    "13 notify(2) wakes the first two waiters: ['A', 'B']",
    "   notify_all wakes the rest: ['A', 'B', 'C', 'D']",
    "14 wait_for returns predicate value: True",
    "15 cancelled; lock held on exit from wait(): True",
    "16 Condition(lock) shares the lock: True | acquire through condition locks lock: True",
  ]);
});

test("SYNC-08: a notified waiter cancelled while it re-acquires raises CancelledError only once it holds the lock", async () => {
  // test_locks.py ConditionTests.test_wait_cancel_after_notify (bpo-32841), fixtures/asyncio/sync-condition #10;
  // the expected trace is CPython's for this exact program
  const out = await traced(function* (loop, out) {
    const cond = new Condition();
    const waitOnCond = co(function* waitOnCond() {
      yield* asyncWith(cond, function* () {
        try {
          yield* aw(cond.wait());
        } catch (e) {
          if (e instanceof CancelledError) out.push(`CancelledError at t${loop.tick}, lock held: ${cond.locked()}`);
          throw e;
        }
      });
    });
    const waiter = createTask(waitOnCond());
    yield* aw(sleep(1));
    yield* aw(cond.acquire());
    cond.notify();
    yield* aw(sleep(0));
    waiter.cancel();
    yield* aw(sleep(0));
    out.push(`still re-acquiring: ${waiter.done()} ${cond.__repr__()}`);
    cond.release();
    yield* aw(sleep(0));
    out.push(`cancelled: ${waiter.cancelled()} locked: ${cond.locked()}`);
  });
  expect(out).toEqual(["still re-acquiring: false <asyncio.locks.Condition object [locked]>", "CancelledError at t7, lock held: true", "cancelled: true locked: false"]);
});

test("sync_01 #17-19: SYNC-09 Barrier indices, parties check, abort()", async () => {
  const out = await traced(function* (_loop, out) {
    const b = new Barrier(3);
    const idx = (yield* aw(gather(b.wait(), b.wait(), b.wait()))) as number[];
    out.push(`17 Barrier(3).wait() returns distinct indices: [${idx.sort().join(", ")}]`);
    try {
      new Barrier(0);
    } catch (e) {
      out.push(`18 Barrier(0) -> ${msg(e)}`);
    }
    const b2 = new Barrier(2);
    const t = createTask(b2.wait());
    yield* aw(sleep(0));
    yield* aw(b2.abort());
    try {
      yield* aw(t);
    } catch (e) {
      if (e instanceof BrokenBarrierError) {
        out.push(`19 abort() -> waiters get BrokenBarrierError ${e.name}('${msg(e)}') | base: ${Object.getPrototypeOf(BrokenBarrierError).name}`);
      }
    }
    try {
      yield* aw(b2.wait());
    } catch (e) {
      out.push(`   then: ${e instanceof RuntimeError} ${msg(e)}`);
    }
  });
  expect(out).toEqual([
    "17 Barrier(3).wait() returns distinct indices: [0, 1, 2]",
    "18 Barrier(0) -> parties must be > 0",
    "19 abort() -> waiters get BrokenBarrierError BrokenBarrierError('Abort or reset of barrier') | base: RuntimeError",
    "   then: true Barrier aborted",
  ]);
});

test("SYNC-09: reset() breaks the waiting round (resetting until they leave); a task arriving while the barrier drains waits for the next round", async () => {
  // fixtures/asyncio/sync-barrier #4, #7; the expected trace is CPython's for this exact program
  const out = await traced(function* (loop, out) {
    const b = new Barrier(3);
    const ts = [0, 1].map(() => createTask(b.wait()));
    yield* aw(sleep(0));
    yield* aw(b.reset());
    out.push(b.__repr__());
    const res = (yield* aw(gather(...ts, { returnExceptions: true }))) as unknown[];
    out.push(`${res.map((e) => `${(e as Error).name}: ${msg(e)}`).join(", ")} ${b.__repr__()}`);

    const log: string[] = [];
    const b2 = new Barrier(2);
    const party = co(function* party(name: string) {
      log.push(`${name} arrives@t${loop.tick}`);
      const i = yield* aw(b2.wait());
      log.push(`${name} -> ${i}@t${loop.tick}`);
      return i;
    });
    const first = [createTask(party("r1a"))];
    yield* aw(sleep(0));
    first.push(createTask(party("r1b")), createTask(party("r2a")));
    yield* aw(sleep(0));
    out.push(b2.__repr__());
    yield* aw(sleep(0));
    const late = createTask(party("r2b"));
    const idx = yield* aw(gather(...first, late));
    out.push(`${JSON.stringify(idx)} ${log.join(", ")}`);
  });
  expect(out).toEqual([
    "<asyncio.locks.Barrier object [resetting, waiters:0/3]>",
    "BrokenBarrierError: Abort or reset of barrier, BrokenBarrierError: Abort or reset of barrier <asyncio.locks.Barrier object [filling, waiters:0/3]>",
    "<asyncio.locks.Barrier object [draining, waiters:0/2]>",
    "[0,1,0,1] r1a arrives@t6, r1b arrives@t7, r1b -> 1@t7, r2a arrives@t7, r1a -> 0@t8, r2b arrives@t9, r2b -> 1@t9, r2a -> 0@t10",
  ]);
});
