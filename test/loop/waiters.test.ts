/**
 * runtime/loop/waiters.ts, the O(1) FIFO behind Lock/Event/Condition/Semaphore/Queue waiters
 * (issue 12: `remove()` spliced a 100,000-entry array per wake-up). The queue must keep
 * collections.deque's order and `remove` semantics (SYNC-02/03/06, Q-04/05): FIFO, removal of any
 * member, a second removal (popped by a wake-up, then removed by the waiter's clean-up) ignored.
 * Then the primitives over it: waiters cancelled in the middle of a long line leave it, and the
 * rest are woken in FIFO order, as CPython prints for the same program.
 */
import { expect, test } from "vitest";
import { CancelledError } from "../../runtime/core/errors.js";
import { Future } from "../../runtime/loop/futures.js";
import { Event, Lock, Semaphore } from "../../runtime/loop/locks.js";
import { Queue } from "../../runtime/loop/queues.js";
import { run } from "../../runtime/loop/run.js";
import { sleep } from "../../runtime/loop/sleep.js";
import { createTask, type Task } from "../../runtime/loop/tasks.js";
import { PARKED, ParkQueue, ParkingCoroutine, WOKEN } from "../../runtime/loop/waiters.js";
import { waitFor } from "../../runtime/loop/wait.js";
import { awaitOne, bridge } from "../runtime/coframes.js";
import { StepCoro, aw, co } from "./helpers.js";

// The line of waits that are their own waiters (Event.wait...): the same deque semantics with the
// frames as nodes, and firstPending() past the woken ones.
test("ParkQueue: FIFO, removal anywhere, double removal ignored, firstPending skips woken waiters", () => {
  const q = new ParkQueue();
  const w = (name: string) => ({ name, $s: PARKED, $prev: null, $next: null }) as unknown as ParkingCoroutine & { name: string };
  const all = () => {
    const out: string[] = [];
    for (let n = q.head as (ParkingCoroutine & { name: string }) | null; n !== null; n = n.$next as typeof n) out.push(n.name);
    return out;
  };
  const ws = ["a", "b", "c", "d"].map(w);
  for (const x of ws) q.push(x);
  expect(all()).toEqual(["a", "b", "c", "d"]);
  q.remove(ws[2]!);
  q.remove(ws[2]!); // already removed: no-op
  expect(all()).toEqual(["a", "b", "d"]);
  expect(q.length).toBe(3);
  ws[0]!.$s = WOKEN;
  ws[1]!.$s = WOKEN;
  expect((q.firstPending() as { name: string } | null)?.name).toBe("d");
  q.remove(ws[0]!);
  q.remove(ws[3]!);
  expect(all()).toEqual(["b"]);
  expect(q.firstPending()).toBe(null);
  q.remove(ws[1]!);
  expect(q.length).toBe(0);
  expect(q.head).toBe(null);
  expect(q.tail).toBe(null);
  const e = w("e");
  q.push(e);
  expect(all()).toEqual(["e"]);
  expect(q.firstPending()).toBe(e);
});

// CPython 3.11.7 prints for the same program (asyncio.Semaphore(1), 6 waiters, w1 and w3
// cancelled while queued): ['w0', 'w2', 'w4', 'w5'] and the semaphore unlocked with value 1 at the end.
test("Semaphore: waiters cancelled in the middle leave the line; the rest enter FIFO (SYNC-05/06)", async () => {
  const order: string[] = [];
  const main = co(function* () {
    const sem = new Semaphore(1);
    yield* aw(sem.acquire());
    const job = co(function* (name: string) {
      yield* aw(sem.acquire());
      order.push(name);
      yield* aw(sleep(0));
      sem.release();
    });
    const ts: Task<unknown>[] = [];
    for (let i = 0; i < 6; i++) ts.push(createTask(job(`w${i}`)));
    yield* aw(sleep(0));
    ts[1]!.cancel();
    ts[3]!.cancel();
    yield* aw(sleep(0));
    sem.release();
    for (const t of ts) {
      try {
        yield* aw(t);
      } catch (e) {
        if (!(e instanceof CancelledError)) throw e;
      }
    }
    return [sem.locked(), sem._value, sem._waiters?.length];
  });
  expect(await run(main(), { clock: "virtual" })).toEqual([false, 1, 0]);
  expect(order).toEqual(["w0", "w2", "w4", "w5"]);
});

test("Lock and Queue: 4,000 waiters, every other one cancelled, the rest served in FIFO order", async () => {
  const main = co(function* () {
    const lock = new Lock();
    const q = new Queue<number>();
    yield* aw(lock.acquire());
    const got: number[] = [];
    const locked: number[] = [];
    const getter = co(function* (i: number) {
      got.push((yield* aw(q.get())) as number);
      yield* aw(lock.acquire());
      locked.push(i);
      lock.release();
    });
    const ts: Task<unknown>[] = [];
    for (let i = 0; i < 4_000; i++) ts.push(createTask(getter(i)));
    yield* aw(sleep(0));
    for (let i = 1; i < 4_000; i += 2) ts[i]!.cancel();
    yield* aw(sleep(0));
    for (let i = 0; i < 2_000; i++) q.putNowait(i);
    lock.release();
    for (let i = 0; i < 4_000; i += 2) yield* aw(ts[i]!);
    return { got, locked, getters: q._getters.length, waiters: lock._waiters?.length ?? 0 };
  });
  const r = await run(main(), { clock: "virtual" });
  expect(r.got).toEqual(Array.from({ length: 2_000 }, (_, i) => i));
  expect(r.locked).toEqual(Array.from({ length: 2_000 }, (_, i) => 2 * i));
  expect([r.getters, r.waiters]).toEqual([0, 0]);
});

test("ParkQueue.firstPending: the oldest waiter not woken, resumed where the last scan stopped", () => {
  const q = new ParkQueue();
  const g = (name: string) => ({ name, $s: PARKED, $prev: null, $next: null }) as unknown as ParkingCoroutine & { name: string };
  const name = (n: ParkingCoroutine | null) => (n === null ? null : (n as unknown as { name: string }).name);
  expect(q.firstPending()).toBeNull();
  const ws = ["a", "b", "c", "d", "e"].map(g);
  for (const w of ws) q.push(w);
  expect(name(q.firstPending())).toBe("a");
  ws[0]!.$s = ws[1]!.$s = WOKEN;
  expect(name(q.firstPending())).toBe("c");
  ws[3]!.$s = WOKEN; // woken behind the first pending one: c is still first
  expect(name(q.firstPending())).toBe("c");
  q.remove(ws[2]!); // the first pending one leaves: the scan goes on after it, d is woken
  expect(name(q.firstPending())).toBe("e");
  ws[4]!.$s = WOKEN;
  expect(q.firstPending()).toBeNull();
  const f = g("f"); // all woken so far: the new one is first pending
  q.push(f);
  expect(name(q.firstPending())).toBe("f");
  for (const w of [f, ws[0]!, ws[1]!, ws[3]!, ws[4]!]) q.remove(w);
  expect(q.length).toBe(0);
  expect(q.firstPending()).toBeNull();
  q.push(g("h"));
  expect(name(q.firstPending())).toBe("h");
});

// 100,000 releases of a Semaphore(0) in one iteration with 100,000 waiters (each release walked
// past every waiter woken before it: quadratic, minutes). Counted, not timed: the number of
// state checks (a future's `done()`) the releases make must stay linear.
test("Semaphore: k releases in one iteration check O(k) futures, and wake the waiters in FIFO order", async () => {
  const main = co(function* () {
    const sem = new Semaphore(0);
    const order: number[] = [];
    const job = co(function* (i: number) {
      yield* aw(sem.acquire());
      order.push(i);
    });
    const n = 20_000;
    const ts: Task<unknown>[] = [];
    for (let i = 0; i < n; i++) ts.push(createTask(job(i)));
    yield* aw(sleep(0));
    // each waiter is its acquire's frame (waiters.ts ParkingCoroutine): count the reads of its
    // state made while releasing (woken or not: its future's done())
    let checks = 0;
    let counting = false;
    for (let w = sem._waiters!.head; w !== null; w = w.$next) {
      let st = w.$s;
      Object.defineProperty(w, "$s", {
        get: () => (counting && checks++, st),
        set: (x: number) => void (st = x),
      });
    }
    counting = true;
    for (let i = 0; i < n; i++) sem.release();
    counting = false;
    for (const t of ts) yield* aw(t);
    return [checks, order.every((x, i) => x === i), sem._value];
  });
  const [checks, inOrder, value] = (await run(main(), { clock: "virtual" })) as [number, boolean, number];
  expect(inOrder).toBe(true);
  expect(value).toBe(0);
  expect(checks).toBeGreaterThanOrEqual(20_000); // (each release checks at least one: the count is live)
  expect(checks).toBeLessThan(3 * 20_000); // quadratic was 2 * 10^8
});

// A wait driven by a task parks the task on the wait's own frame (no Future: issue 12's fast path);
// driven through a public send, by a custom coroutine object a task runs, it yields a Future bound
// to the wait, which the task parks on instead, and which the task's cancel() cancels, waiter and
// all (waiters.ts `$handOut`; fixture asyncio/wait-by-hand prints the hand-driven outcomes).
test("a task parks on the wait's frame; a custom driver's public send gets the Future, and cancelling its task cancels the wait", async () => {
  const main = co(function* () {
    const ev = new Event();
    const direct = createTask(ev.wait());
    const viaAwait = createTask(co(function* () {
      return yield* aw(ev.wait());
    })());
    let inner: ReturnType<Event["wait"]> | null = null;
    const custom = createTask(new StepCoro([
      () => {
        inner = ev.wait();
        return { yield: inner.send(undefined) };
      },
      ({ thrown, hasThrown }) => {
        if (hasThrown) return { yield: inner!.throw(thrown) }; // raises: the task is cancelled
        return { return: "resumed" };
      },
    ]) as never);
    yield* aw(sleep(0));
    const kinds = [direct, viaAwait, custom].map((t) => {
      const w = (t as unknown as { _futWaiter: unknown })._futWaiter;
      return w instanceof ParkingCoroutine ? "frame" : w instanceof Future ? `Future ${(w as Future<unknown>).done()}` : String(w);
    });
    const before = ev._waiters.length;
    custom.cancel("stop");
    yield* aw(sleep(0));
    const after = [custom.cancelled(), ev._waiters.length];
    ev.set();
    const results = [yield* aw(direct), yield* aw(viaAwait)];
    return { kinds, before, after, results };
  });
  expect(await run(main(), { clock: "virtual" })).toEqual({
    kinds: ["frame", "frame", "Future false"],
    before: 3,
    after: [true, 2],
    results: [true, true],
  });
});

// Every way a task drives a wait keeps the task parked on the wait's own frame (issue 12's fast
// path) — a compiled `await`, a generator-based coroutine's `yield*` (the task steps it through
// `[SEND_RESULT]`, not its public next()), the runtime's own LoopCoroutine awaits (`delegateTo`
// sends through `[SEND_RESULT]`, not the public next() of the wait's `__await__()` iterator, which
// hands out the Future) — while a hand that looks at the wait's cr_await gets the Future CPython's
// wait awaits, and the task waits on that Future from then on, woken as before (waiters.ts
// `futureOf`; fixture asyncio/wait-by-hand-next prints the outcomes a hand sees).
test("tasks park on the wait's frame by every internal path; cr_await moves a task onto the wait's Future", async () => {
  const main = co(function* () {
    const ev = new Event();
    const ts = [
      createTask(ev.wait()),
      createTask(awaitOne(ev.wait()) as never),
      createTask(bridge(ev.wait()) as never),
      createTask(waitFor(ev.wait(), null)),
      createTask(co(function* () {
        return yield* aw(ev.wait());
      })()),
    ];
    yield* aw(sleep(0));
    const kind = (t: Task<unknown>) => {
      const w = (t as unknown as { _futWaiter: unknown })._futWaiter;
      return w instanceof ParkingCoroutine ? "frame" : w instanceof Future ? "Future" : String(w);
    };
    const before = ts.map(kind);
    const seen = (ts[0].getCoro() as unknown as { cr_await: unknown }).cr_await;
    const after = ts.map(kind);
    const same = seen === (ts[0] as unknown as { _futWaiter: unknown })._futWaiter;
    const waiters = ev._waiters.length;
    ev.set();
    const results: unknown[] = [];
    for (const t of ts) results.push(yield* aw(t));
    return { before, after, same, waiters, results, left: ev._waiters.length };
  });
  expect(await run(main(), { clock: "virtual" })).toEqual({
    before: ["frame", "frame", "frame", "frame", "frame"],
    after: ["Future", "frame", "frame", "frame", "frame"],
    same: true,
    waiters: 5,
    results: [true, true, true, true, true],
    left: 0,
  });
});
