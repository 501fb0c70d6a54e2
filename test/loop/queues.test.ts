/**
 * Queue, LifoQueue, PriorityQueue (Q-01..07), against /work/shared/spec/pysem/queue_01.py (its .out
 * is compared line by line), order_02_latency.py G, and the cancellation races of CPython 3.11.7's
 * test_asyncio/test_queues.py, transcribed. Iterations are counted by CountingLoop as the snippets
 * count BaseEventLoop._run_once.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { CancelledError, QueueEmpty, QueueFull, RuntimeError, TimeoutError, ValueError } from "../../runtime/core/errors.js";
import { newEventLoop } from "../../runtime/loop/events.js";
import { Future } from "../../runtime/loop/futures.js";
import { gather } from "../../runtime/loop/gather.js";
import { LifoQueue, PriorityQueue, Queue, pyLt } from "../../runtime/loop/queues.js";
import { pyRepr } from "../../runtime/core/repr.js";
import { Runner, run } from "../../runtime/loop/run.js";
import { sleep } from "../../runtime/loop/sleep.js";
import { createTask } from "../../runtime/loop/tasks.js";
import { waitFor } from "../../runtime/loop/wait.js";
import { CountingLoop, aw, co } from "./helpers.js";

async function counted<T>(body: (loop: CountingLoop) => Generator<unknown, T, unknown>): Promise<T> {
  const loop = new CountingLoop();
  const runner = new Runner({ loopFactory: () => loop });
  try {
    return await runner.run(co(() => body(loop), "main")());
  } finally {
    await runner.close();
  }
}

function runV<T>(main: () => Generator<unknown, T, unknown>): Promise<T> {
  return run(co(main, "main")(), { clock: "virtual" });
}

const tuple = (...xs: unknown[]) => `(${xs.map((x) => pyRepr(x)).join(", ")})`;
const errRepr = (e: unknown) => `${(e as Error).name}(${(e as Error).message ? pyRepr((e as Error).message) : ""})`;

test("queue_01.py items 1-16 (Q-01..07), line for line", async () => {
  const out: string[] = [];
  await counted(function* (loop) {
    let q = new Queue<unknown>();
    out.push(`1 Queue(): ${q.__repr__()} | maxsize ${q.maxsize} | empty ${pyRepr(q.empty())} | full ${pyRepr(q.full())} | qsize ${q.qsize()}`);
    try {
      q.getNowait();
    } catch (e) {
      // QueueEmpty derives from Exception (a plain JS Error)
      if (e instanceof QueueEmpty) out.push(`2 get_nowait on empty -> QueueEmpty ${errRepr(e)} | base: ${Object.getPrototypeOf(QueueEmpty) === Error ? "Exception" : "?"}`);
    }
    const q2 = new Queue<string>(1);
    q2.putNowait("a");
    try {
      q2.putNowait("b");
    } catch (e) {
      if (e instanceof QueueFull) out.push(`3 put_nowait on full -> QueueFull ${errRepr(e)} | full(): ${pyRepr(q2.full())} | repr: ${q2.__repr__()}`);
    }
    const unbounded = new Queue<number>(-1);
    for (let i = 0; i < 100; i++) unbounded.putNowait(i);
    out.push(`4 maxsize<=0 means unbounded: Queue(0).full() = ${pyRepr(new Queue(0).full())} | Queue(-1) after 100 puts full() = ${pyRepr(unbounded.full())}`);
    try {
      new Queue().taskDone();
    } catch (e) {
      if (e instanceof ValueError) out.push(`5 task_done() with nothing unfinished -> ${e.message}`);
    }

    const lq = new LifoQueue<number>();
    const pq = new PriorityQueue<number>();
    for (const x of [3, 1, 2]) {
      q.putNowait(x);
      lq.putNowait(x);
      pq.putNowait(x);
    }
    const drain = (qq: Queue<unknown>) => pyRepr([0, 1, 2].map(() => qq.getNowait()));
    out.push(`6 FIFO ${drain(q)} LIFO ${drain(lq)} Priority ${drain(pq)}`);

    // 7 blocked getters are served FIFO, one item each, all in the same iteration
    q = new Queue();
    const got: string[] = [];
    const getter = co(function* (name: string) {
      got.push(tuple(name, yield* aw(q.get()), `t${loop.tick}`));
    });
    const gs = ["A", "B", "C"].map((n) => createTask(getter(n)));
    yield* aw(sleep(0));
    out.push(`7 three getters waiting; put 1,2,3 at t${loop.tick}`);
    for (const i of [1, 2, 3]) q.putNowait(i);
    yield* aw(gather(...gs));
    out.push(`   served: [${got.join(", ")}]`);

    // 9 blocked putters on a full queue resume FIFO
    q = new Queue(1);
    q.putNowait("x");
    const order: string[] = [];
    const putter = co(function* (v: string) {
      yield* aw(q.put(v));
      order.push(v);
    });
    const ps = ["p1", "p2"].map((v) => createTask(putter(v)));
    yield* aw(sleep(0));
    const items: unknown[] = [];
    for (let i = 0; i < 3; i++) items.push(yield* aw(q.get()));
    yield* aw(gather(...ps));
    out.push(`9 putters complete in order: ${pyRepr(order)} | items: ${pyRepr(items)}`);

    // 10 join waits for task_done for every item put
    q = new Queue();
    for (let i = 0; i < 3; i++) q.putNowait(i);
    const doneLog: unknown[] = [];
    const worker = co(function* () {
      for (;;) {
        const item = yield* aw(q.get());
        yield* aw(sleep(0.001));
        doneLog.push(item);
        q.taskDone();
      }
    });
    const w = createTask(worker());
    yield* aw(q.join());
    out.push(`10 join() returned after all task_done: ${pyRepr(doneLog)} | unfinished: ${q._unfinishedTasks}`);
    w.cancel();
    out.push(`11 join() on a queue with no unfinished tasks returns immediately: ${pyRepr(yield* aw(waitFor(new Queue().join(), 0.01)))}`);

    // 12 a cancelled getter does not lose an item
    q = new Queue();
    const t1 = createTask(q.get());
    const t2 = createTask(q.get());
    yield* aw(sleep(0));
    q.putNowait("only");
    t1.cancel();
    yield* aw(sleep(0));
    yield* aw(sleep(0));
    out.push(`12 cancelled getter -> item handed to the next getter: ${pyRepr(t1.cancelled())} ${t2.done() && t2.result()} | qsize ${q.qsize()}`);

    // 13 get() on a non-empty queue does not suspend
    q = new Queue();
    q.putNowait(1);
    let t0 = loop.tick;
    yield* aw(q.get());
    out.push(`13 get() on non-empty queue costs ${loop.tick - t0} iterations`);

    // 14 put() on a non-full queue does not suspend; a waiting getter's task is done 2 later
    q = new Queue();
    const g = createTask(q.get());
    yield* aw(sleep(0));
    t0 = loop.tick;
    yield* aw(q.put("v"));
    const t1_ = loop.tick;
    yield* aw(g);
    out.push(`14 put() cost ${t1_ - t0} iterations; waiting getter done after ${loop.tick - t0}`);

    // 15 equal priorities compare the payloads
    const pq2 = new PriorityQueue<[number, object]>();
    pq2.putNowait([1, { a: 1 }]);
    try {
      pq2.putNowait([1, { b: 2 }]);
    } catch (e) {
      if (e instanceof TypeError) out.push(`15 PriorityQueue equal priority + dict payload -> ${e.message}`);
    }
    out.push(`16 hasattr(Queue, 'shutdown') in 3.11: ${pyRepr("shutdown" in Queue.prototype)}`);
  });
  const expected = readFileSync("/work/shared/spec/pysem/queue_01.out", "utf8")
    .trimEnd()
    .split("\n")
    // JavaScript type names stand in for Python's in messages (SURFACE §2): a plain object is 'Object'
    .map((l) => l.replaceAll("'dict'", "'Object'"));
  expect(out.map((l) => l.replace(/0x[0-9a-f]+/, "0xADDR"))).toEqual(expected);
});

test("order_02_latency.py G: a blocked getter runs 1 iteration after put_nowait (Q-06)", async () => {
  const trace = await counted(function* (loop) {
    const q = new Queue<number>();
    const qg = co(function* () {
      loop.mark(`got ${yield* aw(q.get())}`);
    });
    const t = createTask(qg());
    yield* aw(sleep(0));
    loop.mark("put_nowait");
    const at = loop.tick;
    q.putNowait(1);
    yield* aw(t);
    return loop.flush().replace(/t(\d+)/g, (_, n) => `t+${Number(n) - at}`);
  });
  expect(trace).toBe("t+0:put_nowait | t+1:got 1");
});

describe("test_queues.py (CPython 3.11.7), transcribed", () => {
  test("repr / str with getters, putters, items, tasks (Q-07, test_repr, test_str, test_format)", async () => {
    const seen: string[] = [];
    await runV(function* () {
      let q = new Queue<number>();
      const getter = createTask(q.get());
      yield* aw(sleep(0));
      seen.push(String(q), q.__repr__());
      q.putNowait(0);
      expect(yield* aw(getter)).toBe(0);
      q = new Queue<number>(1);
      q.putNowait(1);
      const putter = createTask(q.put(2));
      yield* aw(sleep(0));
      seen.push(q.__str__());
      q.getNowait();
      yield* aw(putter);
      q = new Queue();
      q._unfinishedTasks = 2;
      seen.push(q._format());
    });
    expect(seen[0]).toBe("<Queue maxsize=0 _getters[1]>");
    expect(seen[1]).toMatch(/^<Queue at 0x[0-9a-f]+ maxsize=0 _getters\[1\]>$/);
    expect(seen[2]).toBe("<Queue maxsize=1 _queue=[1] _putters[1] tasks=1>");
    expect(seen[3]).toBe("maxsize=0 tasks=2");
    expect(String(new LifoQueue(2.5))).toBe("<LifoQueue maxsize=2.5>");
  });

  test("test_get_cancelled_race, test_get_cancel_drop_one_pending_reader (Q-05)", async () => {
    await runV(function* () {
      const q = new Queue<string>();
      const t1 = createTask(q.get());
      const t2 = createTask(q.get());
      yield* aw(sleep(0));
      t1.cancel();
      yield* aw(sleep(0));
      expect(t1.done()).toBe(true);
      yield* aw(q.put("a"));
      yield* aw(sleep(0));
      expect(yield* aw(t2)).toBe("a");

      const q2 = new Queue<number>();
      let reader = createTask(q2.get());
      yield* aw(sleep(0));
      q2.putNowait(1);
      q2.putNowait(2);
      reader.cancel();
      try {
        yield* aw(reader);
      } catch (e) {
        expect(e).toBeInstanceOf(CancelledError);
        reader = createTask(q2.get());
        yield* aw(reader);
      }
      expect(reader.result()).toBe(1); // 2 would mean 1 was dropped
    });
  });

  test("test_get_cancel_drop_many_pending_readers: the woken-then-cancelled reader passes the wake-up on (Q-05)", async () => {
    await runV(function* () {
      const q = new Queue<number>();
      const [r1, r2, r3] = [0, 1, 2].map(() => createTask(q.get()));
      yield* aw(sleep(0));
      q.putNowait(1);
      q.putNowait(2);
      r1.cancel();
      yield* aw(gather(r1, { returnExceptions: true }));
      yield* aw(gather(r2, r3));
      expect(new Set([r2.result(), r3.result()])).toEqual(new Set([1, 2]));
      expect(q._getters.length).toBe(0);
    });
  });

  test("test_cancelled_getters_not_being_held_in_self_getters (wait_for timeout)", async () => {
    await runV(function* () {
      const q = new Queue(5);
      yield* aw(sleep(0));
      try {
        yield* aw(waitFor(q.get(), 0.1));
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(TimeoutError);
      }
      expect(q._getters.length).toBe(0);
    });
  });

  test("test_put_cancel_drop, test_put_cancelled_race, test_cancelled_put_silence_value_error_exception (Q-04, Q-05)", async () => {
    await runV(function* () {
      const q = new Queue<number>(1);
      q.putNowait(1);
      let writer = createTask(q.put(2));
      yield* aw(sleep(0));
      expect(q.getNowait()).toBe(1);
      writer.cancel();
      try {
        yield* aw(writer);
      } catch {
        writer = createTask(q.put(2));
        yield* aw(writer);
      }
      expect(q.getNowait()).toBe(2);
      expect(q.qsize()).toBe(0);

      const q2 = new Queue<string>(1);
      const putA = createTask(q2.put("a"));
      const putB = createTask(q2.put("b"));
      const putC = createTask(q2.put("X"));
      yield* aw(sleep(0));
      expect([putA.done(), putB.done()]).toEqual([true, false]);
      putC.cancel();
      yield* aw(sleep(0));
      expect(putC.done()).toBe(true);
      expect(q2.getNowait()).toBe("a");
      yield* aw(sleep(0));
      expect(q2.getNowait()).toBe("b");
      yield* aw(putB);

      // the putter's future was already popped by get_nowait() when the task is cancelled
      const q3 = new Queue<number>(1);
      q3.putNowait(1);
      const put = createTask(q3.put(1));
      yield* aw(sleep(0));
      expect(q3._putters.length).toBe(1);
      q3.getNowait();
      put.cancel();
      const [r] = (yield* aw(gather(put, { returnExceptions: true }))) as unknown[];
      expect(r).toBeInstanceOf(CancelledError);
      expect(q3._putters.length).toBe(0);
    });
  });

  test("test_float_maxsize, test_why_are_putters_waiting, test_task_done with two workers (Q-01, Q-02)", async () => {
    await runV(function* () {
      const qf = new Queue<number>(1.3);
      yield* aw(qf.put(1));
      yield* aw(qf.put(2));
      expect(qf.full()).toBe(true);
      expect(() => qf.putNowait(3)).toThrow(QueueFull);

      const q = new Queue<number>(2);
      const getter = co(function* () {
        yield* aw(sleep(0));
        const n = q.qsize();
        for (let i = 0; i < n; i++) q.getNowait();
      });
      const putter = co(function* (item: number) {
        yield* aw(q.put(item));
      });
      yield* aw(gather(getter(), putter(0), putter(1), putter(2), putter(3)));
      expect(q.qsize()).toBe(2);

      for (const Q of [Queue, LifoQueue, PriorityQueue]) {
        const jq = new Q<number>();
        for (let i = 0; i < 100; i++) jq.putNowait(i);
        let acc = 0;
        let running = true;
        const worker = co(function* () {
          while (running) {
            acc += (yield* aw(jq.get())) as number;
            jq.taskDone();
          }
        });
        const ws = [createTask(worker()), createTask(worker())];
        yield* aw(jq.join());
        expect(acc).toBe(4950);
        running = false;
        for (const _ of ws) jq.putNowait(0);
        yield* aw(gather(...ws)); // each worker took a 0, called taskDone and left its loop
        expect(jq._unfinishedTasks).toBe(0);
      }
    });
  });
});

describe("beyond the snippets", () => {
  test("join() waiters all wake in the iteration after the last taskDone; join on 0 is free (Q-02, Q-06)", async () => {
    const trace = await counted(function* (loop) {
      const q = new Queue<number>();
      q.putNowait(1);
      const joiner = co(function* (n: string) {
        yield* aw(q.join());
        loop.mark(`join ${n}`);
      });
      const js = [createTask(joiner("a")), createTask(joiner("b"))];
      yield* aw(sleep(0));
      q.getNowait();
      loop.mark("task_done");
      q.taskDone();
      expect(() => q.taskDone()).toThrow("task_done() called too many times");
      yield* aw(gather(...js));
      expect(q._joinWaiters.length).toBe(0);
      const t0 = loop.tick;
      yield* aw(q.join());
      expect(loop.tick).toBe(t0);
      const at = Number(/t(\d+):task_done/.exec(loop.log[0])![1]);
      return loop.flush().replace(/t(\d+)/g, (_, n) => `t+${Number(n) - at}`);
    });
    expect(trace).toBe("t+0:task_done | t+1:join a | t+1:join b");
  });

  test("a cancelled join() leaves no waiter behind", async () => {
    await runV(function* () {
      const q = new Queue<number>();
      q.putNowait(1);
      const j = createTask(q.join());
      yield* aw(sleep(0));
      j.cancel();
      yield* aw(gather(j, { returnExceptions: true }));
      expect(j.cancelled()).toBe(true);
      expect(q._joinWaiters.length).toBe(0);
    });
  });

  test("closing a blocked get() coroutine cleans up like CPython's bare except (GeneratorExit)", async () => {
    await runV(function* () {
      const q = new Queue<number>();
      const c = q.get();
      // Driven by hand the wait yields its future, as CPython's does (waiters.ts `$handOut`; the
      // fixture asyncio/wait-by-hand covers every wait and outcome)
      const f = c.send(undefined) as Future<unknown>;
      expect(f).toBeInstanceOf(Future);
      expect([f.done(), f._asyncio_future_blocking]).toEqual([false, true]);
      expect(q._getters.length).toBe(1);
      c.close();
      expect(q._getters.length).toBe(0);
      // `getter.cancel()` in the except: the future is cancelled, not woken, so a later item is
      // handed to nobody
      expect(f.cancelled()).toBe(true);
      q.putNowait(1);
      expect([q.qsize(), q._getters.length]).toEqual([1, 0]);
    });
  });

  test("a queue is bound to the first loop a blocking call ran on (mixins._LoopBoundMixin)", async () => {
    const q = new Queue<number>();
    await runV(function* () {
      const t = createTask(q.get());
      yield* aw(sleep(0));
      t.cancel();
      yield* aw(gather(t, { returnExceptions: true }));
    });
    let err: unknown;
    await runV(function* () {
      try {
        yield* aw(q.get());
      } catch (e) {
        err = e;
      }
    });
    expect(err).toBeInstanceOf(RuntimeError);
    expect((err as Error).message).toMatch(/^<Queue at 0x[0-9a-f]+ maxsize=0> is bound to a different event loop$/);
    // non-blocking calls never touch the loop
    q.putNowait(1);
    expect(q.getNowait()).toBe(1);
    newEventLoop().close();
  });

  test("coroutine names (Queue.get, ...) as CPython's", () => {
    const q = new PriorityQueue<number>();
    const cs = [q.get(), q.put(1), q.join()];
    expect(cs.map((c) => [c.__name__, c.__qualname__])).toEqual([
      ["get", "Queue.get"],
      ["put", "Queue.put"],
      ["join", "Queue.join"],
    ]);
    for (const c of cs) c.close();
  });

  test("PriorityQueue: Python's < on JS values (Q-03)", () => {
    expect(pyLt(1, 2)).toBe(true);
    expect(pyLt(true, 2)).toBe(true);
    expect(pyLt(1n, 1.5)).toBe(true);
    expect(pyLt("b", "ab")).toBe(false);
    // code point order: U+1F600 (a surrogate pair in UTF-16) sorts after U+FFFD, as in Python
    expect(pyLt("\ufffd", "\u{1F600}")).toBe(true);
    expect("\u{1F600}" < "\ufffd").toBe(true); // JavaScript's own < would not
    expect(pyLt([1, "b"], [1, "c"])).toBe(true);
    expect(pyLt([1, 2], [1, 2, 0])).toBe(true);
    expect(pyLt([1, { a: 1 }], [1, { a: 1 }])).toBe(false); // equal dicts: decided by length
    expect(pyLt([1, [2, { a: 1 }]], [1, [2, { a: 1 }], 0])).toBe(true);
    class P {
      constructor(readonly n: number) {}
      __lt__(o: P) {
        return this.n > o.n;
      }
    }
    expect(pyLt(new P(2), new P(1))).toBe(true);
    expect(() => pyLt(1, "a")).toThrow("'<' not supported between instances of 'number' and 'string'");
    expect(() => pyLt(null, undefined)).toThrow("'<' not supported between instances of 'null' and 'undefined'");
    expect(() => pyLt([1, { a: 1 }], [1, { b: 1 }])).toThrow("'<' not supported between instances of 'Object' and 'Object'");
  });

  test("PriorityQueue: a failing comparison leaves the entry in the heap, tasks not counted (Q-03)", () => {
    // python3: pq.put_nowait((1, {'a': 1})); pq.put_nowait((0, 'x')); pq.put_nowait((1, {'b': 2}));
    //          pq.put_nowait((0, {'b': 2})) -> TypeError: '<' not supported between instances of 'dict' and 'str'
    //          str(pq) -> <PriorityQueue maxsize=0 _queue=[(0, 'x'), (0, {'b': 2}), (1, {'b': 2}), (1, {'a': 1})] tasks=3>
    const pq = new PriorityQueue<[number, unknown]>();
    pq.putNowait([1, { a: 1 }]);
    pq.putNowait([0, "x"]);
    pq.putNowait([1, { b: 2 }]);
    expect(() => pq.putNowait([0, { b: 2 }])).toThrow("'<' not supported between instances of 'Object' and 'string'");
    expect(String(pq)).toBe("<PriorityQueue maxsize=0 _queue=[[0, 'x'], [0, {'b': 2}], [1, {'b': 2}], [1, {'a': 1}]] tasks=3>");
    expect(pq.qsize()).toBe(4);
  });

  test("FIFO order holds across the deque's compaction (large backlogs)", () => {
    const q = new Queue<number>();
    const got: number[] = [];
    let next = 0;
    for (let round = 0; round < 50; round++) {
      for (let i = 0; i < 200; i++) q.putNowait(next++);
      for (let i = 0; i < 150; i++) got.push(q.getNowait());
    }
    while (!q.empty()) got.push(q.getNowait());
    expect(got).toEqual(Array.from({ length: next }, (_, i) => i));
    q.putNowait(1);
    q.putNowait(2);
    expect(String(q)).toBe(`<Queue maxsize=0 _queue=[1, 2] tasks=${next + 2}>`);
  });

  test("typed results: await q.get() is a T", async () => {
    const q = new Queue<{ id: number }>();
    q.putNowait({ id: 7 });
    const v: { id: number } = await q.get(); // a LoopCoroutine is a thenable: runs as a task
    expect(v.id).toBe(7);
  });
});
