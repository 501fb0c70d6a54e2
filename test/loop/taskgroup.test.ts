/**
 * TaskGroup (TG-01..12, python-semantics.md §13) against /work/shared/spec/pysem/tg_01_taskgroup.py
 * and its .out (CPython 3.11.7), on the virtual clock. `async with` is spelled out by `asyncWith`
 * (what the compiler emits for `await using`: __aenter__, the body, __aexit__(type, exc, tb)).
 */
import { describe, expect, test } from "vitest";
import { CancelledError, ExceptionGroup, RuntimeError, TimeoutError, ValueError } from "../../runtime/core/errors.js";
import { excRepr } from "../../runtime/core/repr.js";
import { newEventLoop, run } from "../../runtime/loop/run.js";
import { sleep } from "../../runtime/loop/sleep.js";
import { getRunningLoop } from "../../runtime/loop/state.js";
import { TaskGroup } from "../../runtime/loop/taskgroups.js";
import { createTask, currentTask, type Task } from "../../runtime/loop/tasks.js";
import { timeout } from "../../runtime/loop/timeouts.js";
import { asyncWith } from "./async-with.js";
import { aw, captureLog, co } from "./helpers.js";

function runV<T>(main: () => Generator<unknown, T, unknown>): Promise<T> {
  return run(co(main, "main")(), { clock: "virtual" });
}

class KeyError extends Error {}

const log: string[] = [];
const ok = co(function* ok(tag: string, delay: number) {
  try {
    yield* aw(sleep(delay));
    log.push(`${tag} done`);
    return tag;
  } catch (e) {
    if (e instanceof CancelledError) log.push(`${tag} cancelled`);
    throw e;
  }
});
const fail = co(function* fail(tag: string, delay: number, E: new (m: string) => Error = ValueError): Generator<unknown, never, unknown> {
  yield* aw(sleep(delay));
  log.push(`${tag} raising`);
  throw new E(tag);
});

/** tg_01's eg_summary: `ExceptionGroup: 'msg (n sub-exceptions)' ["Repr('x')", ...]`. */
function egSummary(eg: unknown): string {
  expect(eg).toBeInstanceOf(ExceptionGroup);
  const g = eg as ExceptionGroup;
  const n = g.exceptions.length;
  return `ExceptionGroup: '${g.message} (${n} sub-exception${n === 1 ? "" : "s"})' [${g.exceptions.map((e) => `"${excRepr(e)}"`).join(", ")}]`;
}
const cancelling = () => currentTask()!.cancelling();

describe("TaskGroup (tg_01_taskgroup.py)", () => {
  test("TG-01 __aexit__ waits for every child; results kept", async () => {
    log.length = 0;
    const line = await runV(function* () {
      let t1!: Task<string>, t2!: Task<string>;
      yield* asyncWith(new TaskGroup(), function* (tg: TaskGroup) {
        t1 = tg.createTask(ok("a", 0.02));
        t2 = tg.createTask(ok("b", 0.01));
        log.push("body end");
      });
      return `1 all ok: __aexit__ waits for all: ${JSON.stringify(log)} | results: ${t1.result()} ${t2.result()}`;
    });
    expect(line).toBe(`1 all ok: __aexit__ waits for all: ["body end","b done","a done"] | results: a b`);
  });

  test("TG-02 first failure cancels siblings and the body (cancelling 1), group raised, uncancel to 0", async () => {
    log.length = 0;
    const line = await runV(function* () {
      try {
        yield* asyncWith(new TaskGroup(), function* (tg: TaskGroup) {
          tg.createTask(ok("sib", 1));
          tg.createTask(fail("bad", 0.01));
          try {
            yield* aw(sleep(1));
          } catch (e) {
            if (e instanceof CancelledError) log.push(`body cancelled (cancelling=${cancelling()})`);
            throw e;
          }
        });
      } catch (eg) {
        return `2 ${egSummary(eg)} | log: ${log.join(", ")} | parent cancelling() after: ${cancelling()}`;
      }
    });
    expect(line).toBe(
      `2 ExceptionGroup: 'unhandled errors in a TaskGroup (1 sub-exception)' ["ValueError('bad')"] | log: bad raising, sib cancelled, body cancelled (cancelling=1) | parent cancelling() after: 0`,
    );
  });

  test("TG-03 several failures collected in completion order", async () => {
    const line = await runV(function* () {
      try {
        yield* asyncWith(new TaskGroup(), function* (tg: TaskGroup) {
          tg.createTask(fail("x", 0.01));
          tg.createTask(fail("y", 0.01, KeyError));
          yield* aw(sleep(1));
        });
      } catch (eg) {
        return `3 ${egSummary(eg)} | cancelling() after: ${cancelling()}`;
      }
    });
    expect(line).toBe(`3 ExceptionGroup: 'unhandled errors in a TaskGroup (2 sub-exceptions)' ["ValueError('x')", "KeyError('y')"] | cancelling() after: 0`);
  });

  test("TG-04 an exception from the body cancels the children and joins the group", async () => {
    log.length = 0;
    const line = await runV(function* () {
      try {
        yield* asyncWith(new TaskGroup(), function* (tg: TaskGroup) {
          tg.createTask(ok("sib4", 1));
          yield* aw(sleep(0));
          throw new RuntimeError("body failed");
        });
      } catch (eg) {
        return `4 ${egSummary(eg)} | log: ${log.join(", ")}`;
      }
    });
    expect(line).toBe(`4 ExceptionGroup: 'unhandled errors in a TaskGroup (1 sub-exception)' ["RuntimeError('body failed')"] | log: sib4 cancelled`);
  });

  test("TG-05 failure while __aexit__ waits: group raised, parent cancelling() stays 1 (3.11 quirk), a later timeout still works", async () => {
    log.length = 0;
    const lines = await runV(function* () {
      const out: string[] = [];
      try {
        yield* asyncWith(new TaskGroup(), function* (tg: TaskGroup) {
          tg.createTask(ok("long", 1));
          tg.createTask(fail("late", 0.01));
        });
      } catch (eg) {
        out.push(`5 ${egSummary(eg)} | log: ${log.join(", ")}`);
      }
      out.push(`cancelling after: ${cancelling()}`);
      try {
        yield* asyncWith(timeout(0.01), function* () {
          yield* aw(sleep(1));
        });
      } catch (e) {
        out.push(e instanceof TimeoutError ? "later timeout -> TimeoutError" : `later timeout -> ${excRepr(e)}`);
      }
      return out;
    });
    expect(lines).toEqual([
      `5 ExceptionGroup: 'unhandled errors in a TaskGroup (1 sub-exception)' ["ValueError('late')"] | log: late raising, long cancelled`,
      "cancelling after: 1",
      "later timeout -> TimeoutError",
    ]);
  });

  test("TG-06 a cancelled child is not an error", async () => {
    log.length = 0;
    const line = await runV(function* () {
      let c!: Task<string>;
      yield* asyncWith(new TaskGroup(), function* (tg: TaskGroup) {
        c = tg.createTask(ok("child", 1));
        tg.createTask(ok("other", 0.01));
        yield* aw(sleep(0));
        c.cancel();
      });
      return `6 ${c.cancelled()} | log: ${log.join(", ")}`;
    });
    expect(line).toBe("6 true | log: child cancelled, other done");
  });

  test("TG-08 external cancel of the parent: children cancelled, CancelledError (no group)", async () => {
    log.length = 0;
    const line = await runV(function* () {
      const parent = co(function* parent() {
        yield* asyncWith(new TaskGroup(), function* (tg: TaskGroup) {
          for (let i = 0; i < 4; i++) tg.createTask(ok(`p${i}`, 1));
          yield* aw(sleep(1));
        });
      });
      const t = createTask(parent());
      yield* aw(sleep(0.01));
      t.cancel();
      try {
        yield* aw(t);
      } catch (e) {
        // CPython cancels in set (hash) order, which varies; compare sorted
        if (e instanceof CancelledError) return `8 CancelledError ${[...log].sort().join(", ")} ${t.cancelled()}`;
        throw e;
      }
    });
    expect(line).toBe("8 CancelledError p0 cancelled, p1 cancelled, p2 cancelled, p3 cancelled true");
  });

  test("TG-08 a parent cancelled while __aexit__ waits: children cancelled, CancelledError, cancelling() 1", async () => {
    log.length = 0;
    const line = await runV(function* () {
      let seen = -1;
      const parent = co(function* parent() {
        try {
          yield* asyncWith(new TaskGroup(), function* (tg: TaskGroup) {
            tg.createTask(ok("w", 1));
          });
        } finally {
          seen = cancelling();
        }
      });
      const t = createTask(parent());
      yield* aw(sleep(0.01));
      t.cancel();
      try {
        yield* aw(t);
      } catch (e) {
        if (e instanceof CancelledError) return `${log.join(", ")} | cancelling in parent: ${seen}`;
        throw e;
      }
    });
    expect(line).toBe("w cancelled | cancelling in parent: 1");
  });

  test("TG-09 external cancel + child failure: the errors win", async () => {
    const line = await runV(function* () {
      const parent9 = co(function* parent9() {
        yield* asyncWith(new TaskGroup(), function* (tg: TaskGroup) {
          tg.createTask(fail("f9", 0));
          yield* aw(sleep(1));
        });
      });
      const t = createTask(parent9());
      yield* aw(sleep(0));
      yield* aw(sleep(0));
      t.cancel();
      try {
        yield* aw(t);
      } catch (e) {
        return `9 ${(e as Error).name} ${egSummary(e)}`;
      }
    });
    expect(line).toBe(`9 ExceptionGroup ExceptionGroup: 'unhandled errors in a TaskGroup (1 sub-exception)' ["ValueError('f9')"]`);
  });

  test("TG-10, TG-11 misuse messages and reprs; createTask name", async () => {
    const lines = await runV(function* () {
      const out: string[] = [];
      const msg = (f: () => unknown) => {
        try {
          f();
          return "no error";
        } catch (e) {
          return `${(e as Error).name}: ${(e as Error).message}`;
        }
      };
      const tg = new TaskGroup();
      let coro = ok("never", 0);
      out.push(`10 ${msg(() => tg.createTask(coro))}`);
      coro.close();
      out.push(`14 ${tg.__repr__()}`);
      let named!: Task<string>;
      yield* asyncWith(tg, function* () {
        out.push(`entered ${tg.__repr__()}`);
        named = tg.createTask(ok("r", 0), { name: "my-task" });
        out.push(`with task ${tg.__repr__()}`);
      });
      out.push(`after exit ${tg.__repr__()} ${named.getName()}`);
      coro = ok("never", 0);
      out.push(`11 ${msg(() => tg.createTask(coro))}`);
      coro.close();
      const tg2 = new TaskGroup();
      yield* asyncWith(tg2, function* () {
        try {
          yield* aw(tg2.__aenter__());
        } catch (e) {
          out.push(`12 ${(e as Error).message}`);
        }
      });
      try {
        yield* asyncWith(tg2, function* () {});
      } catch (e) {
        out.push(`re-enter ${(e as Error).message}`);
      }
      try {
        yield* asyncWith(new TaskGroup(), function* (tg3: TaskGroup) {
          tg3.createTask(fail("f13", 0));
          try {
            yield* aw(sleep(1));
          } catch (e) {
            const c = ok("late-child", 0);
            out.push(`13 ${msg(() => tg3.createTask(c))}`);
            c.close();
            throw e;
          }
        });
      } catch (e) {
        expect(e).toBeInstanceOf(ExceptionGroup);
      }
      return out;
    });
    expect(lines).toEqual([
      "10 RuntimeError: TaskGroup <TaskGroup> has not been entered",
      "14 <TaskGroup>",
      "entered <TaskGroup entered>",
      "with task <TaskGroup tasks=1 entered>",
      "after exit <TaskGroup entered> my-task",
      "11 RuntimeError: TaskGroup <TaskGroup entered> is finished",
      "12 TaskGroup <TaskGroup entered> has already been entered",
      "re-enter TaskGroup <TaskGroup entered> has already been entered",
      "13 RuntimeError: TaskGroup <TaskGroup errors=1 cancelling> is shutting down",
    ]);
  });

  test("TG-10 no parent task: entered from a loop callback", async () => {
    const loop = newEventLoop({ clock: "virtual" });
    let message = "";
    loop.callSoon(() => {
      const c = new TaskGroup().__aenter__();
      try {
        c.send(undefined);
      } catch (e) {
        message = (e as Error).message;
      }
      loop.stop();
    });
    await loop.runForever();
    loop.close();
    expect(message).toBe("TaskGroup <TaskGroup> cannot determine the parent task");
  });

  test("TG-12 the body runs on synchronously until its first await; children start next iteration", async () => {
    log.length = 0;
    const line = await runV(function* () {
      const quickFail = co(function* quick_fail(): Generator<unknown, never, unknown> {
        throw new ValueError("immediate");
      });
      try {
        yield* asyncWith(new TaskGroup(), function* (tg: TaskGroup) {
          const t = tg.createTask(quickFail());
          log.push(`body continues, child done: ${t.done()}`);
        });
      } catch (eg) {
        return `15 ${log.join(", ")} ${egSummary(eg)}`;
      }
    });
    expect(line).toBe(`15 body continues, child done: false ExceptionGroup: 'unhandled errors in a TaskGroup (1 sub-exception)' ["ValueError('immediate')"]`);
  });

  test("createTask refuses a context that is not a Context (EXEC-05); done-callback name as CPython", async () => {
    await runV(function* () {
      yield* asyncWith(new TaskGroup(), function* (tg: TaskGroup) {
        const c = ok("x", 0);
        expect(() => tg.createTask(c, { context: {} as never })).toThrow(new TypeError("context must be a contextvars.Context, got Object"));
        c.close();
        const t = tg.createTask(ok("y", 0), { context: null });
        expect(t.__repr__()).toContain("cb=[TaskGroup._on_task_done()]");
      });
    });
  });

  test("a child failing after its parent finished goes to the exception handler", async () => {
    const cap = captureLog();
    const contexts: string[] = [];
    try {
      await runV(function* () {
        getRunningLoop().setExceptionHandler((_l, ctx) => contexts.push(`${ctx.message} | ${excRepr(ctx.exception)}`));
        const tg = new TaskGroup();
        const parent = co(function* parent() {
          yield* aw(tg.__aenter__()); // entered by hand and never exited
          tg.createTask(fail("orphan", 0.01));
        });
        yield* aw(createTask(parent(), { name: "P" }));
        yield* aw(sleep(0.1));
      });
    } finally {
      cap.restore();
    }
    expect(contexts).toHaveLength(1);
    expect(contexts[0]).toMatch(/^Task <Task finished name='Task-\d+' coro=<.*> exception=ValueError\('orphan'\)> has errored out but its parent task <Task finished name='P' .*> is already completed \| ValueError\('orphan'\)$/);
  });
});
