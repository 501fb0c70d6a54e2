/**
 * The event loop's scheduling (LOOP-01..08, LOOP-12), checked against the traces of
 * /work/shared/spec/pysem/loop_01_scheduling.py and loop_02_run.py (CPython 3.11.7).
 */
import { describe, expect, test } from "vitest";
import { EventLoop, newEventLoop } from "../../runtime/loop/events.js";
import { heappop, heappush } from "../../runtime/loop/heapq.js";
import { RuntimeError } from "../../runtime/core/errors.js";
import { sleep } from "../../runtime/loop/sleep.js";
import { getRunningLoop } from "../../runtime/loop/state.js";
import { CountingLoop, aw, captureLog, co } from "./helpers.js";

/** run_and_show(): schedule loop.stop 0.05 s ahead, run, return the log. */
async function runAndShow(loop: CountingLoop): Promise<string> {
  loop.tick = 0;
  loop.callLater(0.05, () => loop.stop());
  await loop.runForever();
  const s = loop.log.join(" ");
  loop.log.length = 0;
  return s;
}

describe("LOOP: call_soon, timers, stop", () => {
  test("LOOP-01 call_soon is FIFO; callbacks scheduled by a callback run next iteration", async () => {
    const loop = new CountingLoop();
    for (let i = 0; i < 5; i++) loop.callSoon((x: string) => loop.mark(x), `s${i}`);
    expect(await runAndShow(loop)).toBe("t1:s0 t1:s1 t1:s2 t1:s3 t1:s4");
    loop.callSoon(() => {
      loop.mark("spawner");
      loop.callSoon(() => loop.mark("child-of-spawner"));
    });
    loop.callSoon(() => loop.mark("queued-after-spawner"));
    expect(await runAndShow(loop)).toBe("t1:spawner t1:queued-after-spawner t2:child-of-spawner");
    loop.close();
  });

  test("LOOP-02 timers with equal deadlines come out in heapq order, not FIFO", async () => {
    const loop = new CountingLoop();
    const when = loop.time() + 0.01;
    for (let i = 0; i < 12; i++) loop.callAt(when, () => loop.mark(`a${i}`));
    expect(await runAndShow(loop)).toBe("t1:a0 t1:a2 t1:a6 t1:a5 t1:a11 t1:a10 t1:a9 t1:a8 t1:a7 t1:a1 t1:a3 t1:a4");
    // 3b: the same order from the heap itself
    const h: { when: number; name: string }[] = [];
    const lt = (a: { when: number }, b: { when: number }) => a.when < b.when;
    for (let i = 0; i < 12; i++) heappush(h, { when: 1, name: `a${i}` }, lt);
    heappush(h, { when: 2, name: "stop" }, lt);
    const order = Array.from({ length: 12 }, () => heappop(h, lt).name);
    expect(order.join(" ")).toBe("a0 a2 a6 a5 a11 a10 a9 a8 a7 a1 a3 a4");
    // 4: back-to-back call_later(d) get increasing deadlines (the clock moves), so they look FIFO
    for (let i = 0; i < 8; i++) loop.callLater(0.01, () => loop.mark(`L${i}`));
    expect(await runAndShow(loop)).toBe("t1:L0 t1:L1 t1:L2 t1:L3 t1:L4 t1:L5 t1:L6 t1:L7");
    loop.close();
  });

  test("LOOP-03 due timers run after the callbacks already queued", async () => {
    const loop = new CountingLoop();
    loop.callLater(0, () => loop.mark("later0-first"));
    loop.callSoon(() => loop.mark("soon-second"));
    expect(await runAndShow(loop)).toBe("t1:soon-second t1:later0-first");
    loop.callAt(loop.time() - 1, () => loop.mark("timer-in-past"));
    loop.callSoon(() => loop.mark("soon"));
    expect(await runAndShow(loop)).toBe("t1:soon t1:timer-in-past");
    loop.close();
  });

  test("LOOP-04 cancelled handles are skipped; TimerHandle.when() is absolute", async () => {
    const loop = new CountingLoop();
    const h1 = loop.callSoon(() => loop.mark("cancelled-soon"));
    const h2 = loop.callLater(0.001, () => loop.mark("cancelled-later"));
    loop.callSoon(() => loop.mark("kept"));
    h1.cancel();
    h2.cancel();
    expect([h1.cancelled(), h2.cancelled()]).toEqual([true, true]);
    expect(typeof h2.when()).toBe("number");
    expect(h2.when()).toBeGreaterThan(loop.time() - 1);
    expect(h1.__repr__()).toBe("<Handle cancelled>");
    expect(await runAndShow(loop)).toBe("t1:kept");
    loop.close();
  });

  test("LOOP-04 many cancelled timers are purged by rebuilding the heap", async () => {
    const loop = new CountingLoop();
    const hs = Array.from({ length: 200 }, (_, i) => loop.callLater(1 + i, () => loop.mark(`x${i}`)));
    for (let i = 0; i < 150; i++) hs[i].cancel();
    loop.callSoon(() => loop.stop());
    await loop.runForever();
    expect(loop._scheduled.length).toBe(50);
    expect(loop._timerCancelledCount).toBe(0);
    loop.close();
  });

  test("LOOP-05 stop() lets the iteration finish; stop() before run_forever runs one iteration", async () => {
    const loop = new CountingLoop();
    loop.callSoon(() => {
      loop.mark("stopper calls stop()");
      loop.stop();
      loop.callSoon(() => loop.mark("scheduled-after-stop"));
    });
    loop.callSoon(() => loop.mark("same-iteration-as-stop"));
    loop.tick = 0;
    await loop.runForever();
    expect(loop.log.splice(0).join(" ")).toBe("t1:stopper calls stop() t1:same-iteration-as-stop");
    loop.tick = 0;
    loop.callSoon(() => loop.stop());
    await loop.runForever();
    expect(loop.log.splice(0).join(" ")).toBe("t1:scheduled-after-stop");

    loop.stop();
    loop.callSoon(() => loop.mark("runs-in-the-one-iteration"));
    loop.callSoon(() => loop.callSoon(() => loop.mark("second-iteration?")));
    loop.tick = 0;
    await loop.runForever();
    expect(loop.log.splice(0).join(" ")).toBe("t1:runs-in-the-one-iteration");
    loop.close();
  });

  test("LOOP-06 argument checks only in debug mode; callback errors are reported", async () => {
    const loop = new CountingLoop();
    const cap = captureLog();
    try {
      expect(() => loop.callSoon(1 as unknown as Function)).not.toThrow();
      expect(() => loop.callLater("x" as unknown as number, () => {})).toThrow("unsupported operand type(s) for +: 'float' and 'str'");
      loop.callSoon(() => loop.stop());
      await loop.runForever();
      expect(cap.lines[0].split("\n").slice(0, 2)).toEqual(["Exception in callback 1()", "handle: <Handle 1()>"]);
      loop.setDebug(true);
      expect(() => loop.callSoon(1 as unknown as Function)).toThrow(new TypeError("a callable object was expected by call_soon(), got 1"));
      expect(() => loop.callSoon(sleep(0) as unknown as Function)).toThrow(new TypeError("coroutines cannot be used with call_soon()"));
      loop.setDebug(false);
    } finally {
      cap.restore();
      loop.close();
    }
  });

  test("LOOP-07 a closed loop refuses call_soon and run_forever", () => {
    const loop = newEventLoop();
    loop.close();
    expect(() => loop.callSoon(() => {})).toThrow(new RuntimeError("Event loop is closed"));
    expect(() => loop.runForever()).toThrow(new RuntimeError("Event loop is closed"));
    loop.close(); // idempotent
  });

  test("LOOP-08 run_until_complete: result, type error, stop before done, nesting, close while running", async () => {
    const loop = newEventLoop({ clock: "virtual" });
    const val = co(function* val<T>(x: T) {
      yield* aw(sleep(0));
      return x;
    });
    expect(await loop.runUntilComplete(val(5))).toBe(5);
    expect(() => loop.runUntilComplete(5 as unknown as object)).toThrow(new TypeError("An asyncio.Future, a coroutine or an awaitable is required"));
    const stops = co(function* () {
      getRunningLoop().stop();
      yield* aw(sleep(1));
    });
    await expect(loop.runUntilComplete(stops())).rejects.toThrow(new RuntimeError("Event loop stopped before Future completed."));
    const nested = co(function* () {
      loop.runUntilComplete(val(1));
    });
    await expect(loop.runUntilComplete(nested())).rejects.toThrow(new RuntimeError("This event loop is already running"));
    const closer = co(function* () {
      loop.close();
    });
    await expect(loop.runUntilComplete(closer())).rejects.toThrow(new RuntimeError("Cannot close a running event loop"));
    loop.close();
    expect(() => loop.runUntilComplete(val(1))).toThrow(new RuntimeError("Event loop is closed"));
  });

  test("LOOP-12 sleep(d <= 0) costs one iteration, sleep(1e-9) two; sleep(0, result) returns result", async () => {
    const loop = new CountingLoop();
    const main = co(function* () {
      let t0 = loop.tick;
      yield* aw(sleep(0));
      const a = loop.tick - t0;
      t0 = loop.tick;
      yield* aw(sleep(-5));
      const b = loop.tick - t0;
      t0 = loop.tick;
      yield* aw(sleep(1e-9));
      const c = loop.tick - t0;
      t0 = loop.tick;
      yield; // bare yield (types.coroutine)
      const d = loop.tick - t0;
      const r = yield* aw(sleep(0, "res"));
      return [a, b, c, d, r];
    });
    expect(await loop.runUntilComplete(main())).toEqual([1, 1, 2, 1, "res"]);
    loop.close();
  });

  test("real clock: call_later waits at least its delay", async () => {
    const loop = newEventLoop();
    const start = loop.time();
    let fired = -1;
    loop.callLater(0.02, () => {
      fired = loop.time() - start;
      loop.stop();
    });
    await loop.runForever();
    expect(fired).toBeGreaterThanOrEqual(0.02 - 1e-9);
    loop.close();
  });

  test("virtual clock: a long sleep takes no real time", async () => {
    const loop = newEventLoop({ clock: "virtual" });
    const t0 = performance.now();
    const start = loop.time();
    const main = co(function* () {
      yield* aw(sleep(3600));
      return loop.time() - start;
    });
    const elapsed = await loop.runUntilComplete(main());
    expect(elapsed).toBeGreaterThanOrEqual(3600);
    expect(elapsed).toBeLessThan(3600.001);
    expect(performance.now() - t0).toBeLessThan(1000);
    loop.close();
  });
});

test("EventLoop repr", () => {
  const loop = new EventLoop();
  expect(loop.__repr__()).toBe("<EventLoop running=False closed=False debug=False>");
  loop.close();
});
