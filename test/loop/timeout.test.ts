/**
 * timeout() / timeoutAt() (TO-01..07, python-semantics.md §12) against
 * /work/shared/spec/pysem/timeout_01.py and its .out (CPython 3.11.7), on the virtual clock.
 */
import { describe, expect, test } from "vitest";
import { CancelledError, TimeoutError } from "../../runtime/core/errors.js";
import { newEventLoop, run } from "../../runtime/loop/run.js";
import { sleep } from "../../runtime/loop/sleep.js";
import { getRunningLoop } from "../../runtime/loop/state.js";
import { createTask, currentTask } from "../../runtime/loop/tasks.js";
import { Timeout, timeout, timeoutAt } from "../../runtime/loop/timeouts.js";
import { asyncWith } from "./async-with.js";
import { aw, co } from "./helpers.js";

function runV<T>(main: () => Generator<unknown, T, unknown>): Promise<T> {
  return run(co(main, "main")(), { clock: "virtual" });
}
const cancelling = () => currentTask()!.cancelling();
const nameOf = (e: unknown) => (e as Error).name;

describe("timeout (timeout_01.py)", () => {
  test("TO-01 expiry: CancelledError inside, TimeoutError (cause: it) outside, expired(), cancelling() 0", async () => {
    const line = await runV(function* () {
      const inside: string[] = [];
      const cm = timeout(0.01);
      try {
        yield* asyncWith(cm, function* () {
          try {
            yield* aw(sleep(1));
          } catch (e) {
            inside.push(nameOf(e));
            throw e;
          }
        });
      } catch (e) {
        expect(e).toBeInstanceOf(TimeoutError);
        const err = e as TimeoutError;
        expect(err.message).toBe("");
        expect(err.cause).toBeInstanceOf(CancelledError);
        expect(err.context).toBe(err.cause);
        return `1 ${inside} ${cm.expired()} ${cancelling()}`;
      }
    });
    expect(line).toBe("1 CancelledError true 0");
  });

  test("TO-02 timeout(null): when() null, repr, reschedule arms it", async () => {
    const out: string[] = [];
    await expect(
      runV(function* () {
        const loop = getRunningLoop();
        yield* asyncWith(timeout(null), function* (cm: Timeout) {
          out.push(`2 ${cm.when()} ${cm.__repr__()}`);
          cm.reschedule(loop.time() + 0.01);
          out.push(cm.__repr__().replace(/when=[0-9.]+/, "when=<float>"));
          try {
            yield* aw(sleep(1));
          } catch (e) {
            if (e instanceof CancelledError) out.push("inside sees CancelledError after reschedule");
            throw e;
          }
        });
        out.push("(never reached)");
      }),
    ).rejects.toBeInstanceOf(TimeoutError);
    expect(out).toEqual(["2 null <Timeout [active] when=None>", "<Timeout [active] when=<float>>", "inside sees CancelledError after reschedule"]);
  });

  test("TO-03 timeout(0) / negative: a body that never suspends passes; any await times out", async () => {
    const out = await runV(function* () {
      const out: string[] = [];
      yield* asyncWith(timeout(0), function* () {});
      out.push("3 no error");
      for (const d of [0, -1]) {
        try {
          yield* asyncWith(timeout(d), function* () {
            yield* aw(sleep(0));
          });
          out.push(`${d}: no error`);
        } catch (e) {
          out.push(`${d}: ${nameOf(e)}`);
        }
      }
      return out;
    });
    expect(out).toEqual(["3 no error", "0: TimeoutError", "-1: TimeoutError"]);
  });

  test("TO-04 nested: only the expired one converts; the inner re-raises CancelledError for the outer", async () => {
    const out = await runV(function* () {
      const out: string[] = [];
      const outer = timeout(1);
      const inner = timeout(0.01);
      yield* asyncWith(outer, function* () {
        try {
          yield* asyncWith(inner, function* () {
            yield* aw(sleep(1));
          });
        } catch (e) {
          if (e instanceof TimeoutError) out.push(`6 ${inner.expired()} ${outer.expired()}`);
        }
        yield* aw(sleep(0));
      });
      const outer2 = timeout(0.01);
      const inner2 = timeout(1);
      try {
        yield* asyncWith(outer2, function* () {
          try {
            yield* asyncWith(inner2, function* () {
              yield* aw(sleep(1));
            });
          } catch (e) {
            out.push(`7 inner raised ${nameOf(e)}`);
            throw e;
          }
        });
      } catch (e) {
        out.push(`outer raised ${nameOf(e)} ${outer2.expired()} ${inner2.expired()} ${cancelling()}`);
      }
      return out;
    });
    expect(out).toEqual(["6 true false", "7 inner raised CancelledError", "outer raised TimeoutError true false 0"]);
  });

  test("TO-05 an external cancel stays CancelledError; a swallowed timeout cancel gives no TimeoutError", async () => {
    const out = await runV(function* () {
      const out: string[] = [];
      const body = co(function* body() {
        yield* asyncWith(timeout(1), function* () {
          yield* aw(sleep(1));
        });
      });
      const t = createTask(body());
      yield* aw(sleep(0));
      t.cancel();
      try {
        yield* aw(t);
      } catch (e) {
        if (e instanceof CancelledError) out.push(`8 ${t.cancelled()}`);
      }
      const cm = timeout(0.01);
      yield* asyncWith(cm, function* () {
        try {
          yield* aw(sleep(1));
        } catch (e) {
          if (!(e instanceof CancelledError)) throw e;
        }
      });
      out.push(`14 ${cm.expired()} ${cancelling()}`);
      return out;
    });
    expect(out).toEqual(["8 true", "14 true 0"]);
  });

  test("TO-05 a foreign exception passes through an expired timeout unchanged", async () => {
    const e = await runV(function* () {
      try {
        yield* asyncWith(timeout(0.01), function* () {
          try {
            yield* aw(sleep(1));
          } catch {
            throw new RangeError("mine");
          }
        });
      } catch (e) {
        return e;
      }
    });
    expect(e).toBeInstanceOf(RangeError);
  });

  test("TO-06 misuse messages", async () => {
    const out = await runV(function* () {
      const out: string[] = [];
      const cm = timeout(1);
      yield* asyncWith(cm, function* () {});
      try {
        yield* aw(cm.__aenter__());
      } catch (e) {
        out.push(`9 ${(e as Error).message}`);
      }
      const cm2 = timeout(1);
      yield* asyncWith(cm2, function* () {
        try {
          yield* aw(cm2.__aenter__());
        } catch (e) {
          out.push(`10 ${(e as Error).message}`);
        }
      });
      for (const [label, f] of [
        ["11", () => timeout(1).reschedule(1)],
        ["12", () => cm.reschedule(1)],
      ] as const) {
        try {
          f();
        } catch (e) {
          out.push(`${label} ${nameOf(e)}: ${(e as Error).message}`);
        }
      }
      out.push(`repr ${cm.__repr__()} ${new Timeout(null).__repr__()}`);
      return out;
    });
    expect(out).toEqual([
      "9 Timeout has already been entered",
      "10 Timeout has already been entered",
      "11 RuntimeError: Timeout has not been entered",
      "12 RuntimeError: Cannot change state of finished Timeout",
      "repr <Timeout [finished]> <Timeout [created]>",
    ]);
  });

  test("TO-06 outside a task (in a loop callback) / outside a loop", async () => {
    expect(() => timeout(1)).toThrow("no running event loop");
    const loop = newEventLoop({ clock: "virtual" });
    let message = "";
    loop.callSoon(() => {
      try {
        timeout(1).__aenter__().send(undefined);
      } catch (e) {
        message = (e as Error).message;
      }
      loop.stop();
    });
    await loop.runForever();
    loop.close();
    expect(message).toBe("Timeout should be used inside a task");
  });

  test("TO-07 timeoutAt: absolute deadline; repr rounds when to 3 places", async () => {
    const out = await runV(function* () {
      const loop = getRunningLoop();
      const out: string[] = [];
      const deadline = loop.time() + 0.01;
      const cm = timeoutAt(deadline);
      try {
        yield* asyncWith(cm, function* () {
          out.push(cm.__repr__());
          yield* aw(sleep(1));
        });
      } catch (e) {
        out.push(`13 ${nameOf(e)} ${cm.when() === deadline} ${loop.time() >= deadline && loop.time() < deadline + 0.001}`);
      }
      yield* asyncWith(timeoutAt(null), function* (cm: Timeout) {
        yield* aw(sleep(0.02));
        out.push(`at(null) ${cm.expired()}`);
      });
      yield* asyncWith(timeoutAt(5.5), function* (cm: Timeout) {
        out.push(cm.__repr__());
      });
      return out;
    });
    expect(out).toEqual(["<Timeout [active] when=0.01>", "13 TimeoutError true true", "at(null) false", "<Timeout [active] when=5.5>"]);
  });

  test("reschedule moves the deadline; the handle is Timeout._on_timeout", async () => {
    const out = await runV(function* () {
      const loop = getRunningLoop();
      const out: string[] = [];
      const t0 = loop.time();
      try {
        yield* asyncWith(timeout(0.01), function* (cm: Timeout) {
          cm.reschedule(loop.time() + 0.05);
          const h = (cm as unknown as { _timeoutHandler: { __repr__(): string } })._timeoutHandler;
          out.push(h.__repr__().includes("Timeout._on_timeout()") ? "handle named" : h.__repr__());
          yield* aw(sleep(1));
        });
      } catch (e) {
        out.push(`${nameOf(e)} after ${Math.round((loop.time() - t0) * 1000)} ms`);
      }
      return out;
    });
    expect(out).toEqual(["handle named", "TimeoutError after 50 ms"]);
  });
});
