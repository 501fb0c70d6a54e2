/**
 * asyncio.Task and cancellation (TASK-01..17), against /work/shared/spec/pysem/task_01_basics.py,
 * task_02_cancel.py and task_03_logging.py (CPython 3.11.7). Coroutines are hand-written
 * (helpers.ts) until compiled coroutines exist.
 */
import { describe, expect, test } from "vitest";
import { CancelledError, InvalidStateError, RuntimeError, ValueError } from "../../runtime/core/errors.js";
import { newEventLoop } from "../../runtime/loop/events.js";
import { gather } from "../../runtime/loop/gather.js";
import { run } from "../../runtime/loop/run.js";
import { sleep } from "../../runtime/loop/sleep.js";
import { getRunningLoop } from "../../runtime/loop/state.js";
import { Task, allTasks, createTask, currentTask, ensureFuture } from "../../runtime/loop/tasks.js";
import { StepCoro, aw, co } from "./helpers.js";

function raised(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("did not raise");
}

/** Run `main` as asyncio.run would, on a virtual clock. */
function runV<T>(main: () => Generator<unknown, T, unknown>): Promise<T> {
  return run(co(main, "main")(), { clock: "virtual" });
}

describe("TASK: scheduling, names, protocol errors", () => {
  test("TASK-06 current_task / get_running_loop outside a loop", () => {
    expect(raised(() => currentTask())).toEqual(new RuntimeError("no running event loop"));
    expect(raised(() => getRunningLoop())).toEqual(new RuntimeError("no running event loop"));
  });

  test("TASK-01..05 basics", async () => {
    const out: string[] = [];
    await runV(function* () {
      const log: string[] = [];
      const child = co(function* child(tag: string) {
        log.push(`${tag} started`);
        return tag;
      });
      const t = createTask(child("A"));
      const n = Number(t.getName().slice(5));
      out.push(`1 ${JSON.stringify(log)} ${t.__repr__().split(" coro=")[0]}`);
      yield* aw(sleep(0));
      out.push(`2 ${JSON.stringify(log)} ${t.done()} ${t.result()}`);

      const t2 = createTask(child("B"), { name: "custom" });
      expect(raised(() => t2.result())).toEqual(new InvalidStateError("Result is not set."));
      expect(raised(() => t2.setResult(1 as never))).toEqual(new RuntimeError("Task does not support set_result operation"));
      expect(raised(() => t2.setException(new Error()))).toEqual(new RuntimeError("Task does not support set_exception operation"));
      yield* aw(t2);
      out.push(`6 ${t2.__repr__()}`);
      const t3 = createTask(child("C"));
      t3.setName(123);
      out.push(`7 ${JSON.stringify(t3.getName())}`);
      yield* aw(t3);
      out.push(`names ${t2.getName()} ${t3.getName()} ${n > 0}`);

      expect(raised(() => createTask((() => 1) as never))).toEqual(new TypeError("a coroutine was expected, got <function <anonymous>>"));

      // TASK-05 what a coroutine may yield
      const yieldsInt = co(function* () {
        yield 123;
      });
      let e: unknown;
      const t10 = createTask(yieldsInt());
      try {
        yield* aw(t10);
      } catch (x) {
        e = x;
      }
      out.push(`10 ${(e as Error).name}: ${(e as Error).message}`);
      const yieldsNone = co(function* () {
        yield;
        return "bare yield == sleep(0)";
      });
      out.push(`11 ${yield* aw(createTask(yieldsNone()))}`);
      const awaitsSelf = co(function* () {
        yield* aw(currentTask());
      });
      try {
        yield* aw(createTask(awaitsSelf()));
      } catch (x) {
        out.push(`12 ${(x as Error).message.replace(/coro=<.*?>/, "coro=<...>")}`);
      }
      const badBlocking = co(function* () {
        const f = getRunningLoop().createFuture();
        f._asyncio_future_blocking = false;
        yield f;
      });
      try {
        yield* aw(createTask(badBlocking()));
      } catch (x) {
        out.push(`13 ${(x as Error).message.replace(/coro=<.*?>/, "coro=<...>")}`);
      }
      const other = newEventLoop();
      const foreign = co(function* () {
        yield* aw(other.createFuture());
      });
      try {
        yield* aw(createTask(foreign()));
      } catch (x) {
        out.push(`14 ${(x as Error).message.replace(/coro=<.*?>/, "coro=<...>")}`);
      }
      other.close();
      out.push(`15 ${currentTask() instanceof Task} ${allTasks().size}`);
      out.push(`16 ${(currentTask()!.getCoro() as unknown as { __qualname__: string }).__qualname__}`);
      out.push(`17 ${ensureFuture(child("E")).constructor.name}`);
      const f = getRunningLoop().createFuture();
      out.push(`18 ${ensureFuture(f) === f}`);
      expect(raised(() => ensureFuture(1))).toEqual(new TypeError("An asyncio.Future, a coroutine or an awaitable is required"));
      yield* aw(sleep(0));
      f.cancel();
    });
    expect(out).toEqual([
      "1 [] <Task pending name='Task-" + out[0].split("Task-")[1].split("'")[0] + "'",
      '2 ["A started"] true A',
      "6 <Task finished name='custom' coro=<child()> result='B'>",
      '7 "123"',
      out[4],
      "10 RuntimeError: Task got bad yield: 123",
      "11 bare yield == sleep(0)",
      "12 Task cannot await on itself: <Task pending name='" + out[7].split("name='")[1].split("'")[0] + "' coro=<...> cb=[Task.task_wakeup()]>",
      out[8],
      out[9],
      "15 true 1",
      "16 main",
      "17 Task",
      "18 true",
    ]);
    expect(out[8]).toMatch(/^13 yield was used instead of yield from in task <Task pending name='Task-\d+' coro=<...> cb=\[Task.task_wakeup\(\)\]> with <Future pending>$/);
    expect(out[9]).toMatch(/^14 Task <Task pending name='Task-\d+' coro=<...> cb=\[Task.task_wakeup\(\)\]> got Future <Future pending> attached to a different loop$/);
    expect(out[4]).toBe("names custom 123 true");
  });

  test("TASK-01 default names count up process-wide; the named create_task consumes one", async () => {
    const names = await runV(function* () {
      const c = co(function* () {});
      const a = createTask(c());
      const b = createTask(c(), { name: "x" });
      const d = getRunningLoop().createTask(c(), { name: "y" }); // loop.create_task(name=) does not
      const e = createTask(c());
      yield* aw(gather(a, b, d, e));
      return [a, e].map((t) => Number(t.getName().slice(5)));
    });
    expect(names[1] - names[0]).toBe(2);
  });

  test("TASK-04 a pycoro-style generator object is accepted (3.11); run() refuses non-coroutines", async () => {
    expect(raised(() => run(123 as never))).toEqual(new ValueError("a coroutine was expected, got 123"));
    const nested = co(function* () {
      run(sleep(0));
    });
    await expect(run(nested(), { clock: "virtual" })).rejects.toThrow(new RuntimeError("asyncio.run() cannot be called from a running event loop"));
    const steps = new StepCoro([() => ({ yield: undefined }), () => ({ return: "stepped" })]);
    expect(await run(steps)).toBe("stepped");
  });
});

describe("TASK: cancellation", () => {
  test("TASK-07..17 (task_02_cancel.py)", async () => {
    const out: string[] = [];
    await runV(function* () {
      const loop = getRunningLoop();
      const log: string[] = [];
      const worker = co(function* worker() {
        log.push("start");
        try {
          yield* aw(sleep(10));
        } catch (e) {
          if (e instanceof CancelledError) log.push(`CancelledError at await, args=${JSON.stringify(e.message)}`);
          throw e;
        } finally {
          log.push("finally");
        }
      });
      // 1 TASK-07
      let t: Task<unknown> = createTask(worker());
      yield* aw(sleep(0));
      out.push(`1 ${t.cancel()} ${t.cancelling()} ${t.done()} ${log.join(",")}`);
      try {
        yield* aw(t);
      } catch (e) {
        out.push(`  ${(e as Error).name} ${JSON.stringify((e as Error).message)} ${t.cancelled()} ${log.join(",")}`);
      }
      out.push(`  ${t.cancel()}`);
      // 2 TASK-08/09
      log.length = 0;
      t = createTask(worker());
      yield* aw(sleep(0));
      t.cancel("stop now");
      try {
        yield* aw(t);
      } catch (e) {
        out.push(`2 ${log[1]} | outside ${(e as Error).message}`);
      }
      out.push(`  result ${JSON.stringify((raised(() => t.result()) as Error).message)} exception ${(raised(() => t.exception()) as Error).name}`);
      // 3 TASK-10
      log.length = 0;
      t = createTask(worker());
      t.cancel();
      try {
        yield* aw(t);
      } catch {
        out.push(`3 ${JSON.stringify(log)} ${t.cancelled()}`);
      }
      // 4 TASK-11
      const swallow = co(function* () {
        try {
          yield* aw(sleep(10));
        } catch {
          return "swallowed";
        }
      });
      t = createTask(swallow());
      yield* aw(sleep(0));
      t.cancel();
      out.push(`4 ${yield* aw(t)} ${t.cancelled()} ${t.cancelling()}`);
      // 6 TASK-12
      const hits: string[] = [];
      const counts = co(function* () {
        for (let i = 0; i < 3; i++) {
          try {
            yield* aw(sleep(10));
          } catch (e) {
            hits.push((e as Error).message);
            return hits;
          }
        }
      });
      t = createTask(counts());
      yield* aw(sleep(0));
      out.push(`6 ${t.cancel("a")} ${t.cancel("b")} ${t.cancel("c")} ${t.cancelling()} ${JSON.stringify(yield* aw(t))}`);
      // 7 TASK-13
      const usesUncancel = co(function* () {
        const me = currentTask()!;
        try {
          yield* aw(sleep(10));
        } catch {
          out.push(`7 ${me.cancelling()} ${me.uncancel()} ${me.cancelling()}`);
        }
        return "ok";
      });
      t = createTask(usesUncancel());
      yield* aw(sleep(0));
      t.cancel();
      yield* aw(t);
      // 8, 9 TASK-14
      let fut = loop.createFuture();
      const waitsOn = co(function* (f: unknown) {
        yield* aw(f);
      });
      t = createTask(waitsOn(fut));
      yield* aw(sleep(0));
      t.cancel("msg8");
      out.push(`8 ${fut.cancelled()}`);
      try {
        yield* aw(t);
      } catch (e) {
        out.push(`  task ${(e as Error).message}`);
      }
      out.push(`  inner ${(raised(() => fut.result()) as Error).message}`);
      fut = loop.createFuture();
      t = createTask(waitsOn(fut));
      yield* aw(sleep(0));
      fut.cancel();
      try {
        yield* aw(t);
      } catch {
        out.push(`9 ${t.cancelled()} ${t.cancelling()}`);
      }
      // 10 TASK-15
      const inner = co(function* () {
        try {
          yield* aw(sleep(10));
        } catch (e) {
          out.push("10 inner task received CancelledError");
          throw e;
        }
      });
      const outer = co(function* (it: unknown) {
        yield* aw(it);
      });
      const it = createTask(inner());
      const ot = createTask(outer(it));
      yield* aw(sleep(0));
      ot.cancel();
      yield* aw(gather(ot, it, { returnExceptions: true }));
      out.push(`   ${ot.cancelled()} ${it.cancelled()}`);
      // 11 TASK-16
      const selfCancel = co(function* () {
        currentTask()!.cancel();
        out.push("11 code after cancel() still runs");
        yield* aw(sleep(0));
        out.push("   never printed");
      });
      t = createTask(selfCancel());
      try {
        yield* aw(t);
      } catch {
        out.push(`   ${t.cancelled()}`);
      }
      // 12
      const quick = co(function* () {
        return 1;
      });
      t = createTask(quick());
      yield* aw(sleep(0));
      out.push(`12 ${t.cancel()} ${t.result()}`);
      // 13 TASK-17
      const raisesCe = co(function* () {
        throw new CancelledError("manual");
      });
      t = createTask(raisesCe());
      try {
        yield* aw(t);
      } catch (e) {
        out.push(`13 ${t.cancelled()} ${(e as Error).message}`);
      }
      // 15 TASK-09
      const inside: unknown[] = [];
      const keepExc = co(function* () {
        try {
          yield* aw(sleep(10));
        } catch (e) {
          inside.push(e);
          throw e;
        }
      });
      t = createTask(keepExc());
      yield* aw(sleep(0));
      t.cancel("m15");
      yield* aw(sleep(0));
      for (let i = 0; i < 3; i++) {
        const e = raised(() => t.result()) as Error;
        out.push(`15 #${i + 1} ${JSON.stringify(e.message)} ${e === inside[0]}`);
      }
    });
    expect(out).toEqual([
      "1 true 1 false start",
      '  CancelledError "" true start,CancelledError at await, args="",finally',
      "  false",
      '2 CancelledError at await, args="stop now" | outside stop now',
      '  result "" exception CancelledError',
      "3 [] true",
      "4 swallowed false 1",
      '6 true true true 3 ["a"]',
      "7 1 0 0",
      "8 true",
      "  task msg8",
      "  inner msg8",
      "9 true 0",
      "10 inner task received CancelledError",
      "   true true",
      "11 code after cancel() still runs",
      "   true",
      "12 false 1",
      "13 true manual",
      '15 #1 "m15" true',
      '15 #2 "" false',
      '15 #3 "" false',
    ]);
  });

  test("TASK-03 repr of pending / cancelling tasks", async () => {
    await runV(function* () {
      const t = createTask(sleep(10), { name: "sleeper" });
      expect(t.__repr__()).toBe("<Task pending name='sleeper' coro=<sleep()>>");
      yield* aw(sleep(0));
      expect(t.__repr__()).toBe("<Task pending name='sleeper' coro=<sleep()> wait_for=<Future pending cb=[Task.task_wakeup()]>>");
      t.cancel();
      expect(t.__repr__()).toMatch(/^<Task cancelling name='sleeper' coro=<sleep\(\)> wait_for=<Future cancelled/);
      yield* aw(sleep(0));
      expect(t.__repr__()).toBe("<Task cancelled name='sleeper' coro=<sleep()>>");
    });
  });

  test("a task is a thenable for plain async code, and a coroutine awaited from plain JS runs as a task", async () => {
    const loop = newEventLoop({ clock: "virtual" });
    const results: unknown[] = [];
    const main = co(function* () {
      const t = createTask(sleep(1, "slept"));
      (async () => results.push(await t))();
      (async () => results.push(await sleep(2, "coro awaited from JS")))();
      yield* aw(sleep(5));
    });
    await loop.runUntilComplete(main());
    expect(results).toEqual(["slept", "coro awaited from JS"]);
    loop.close();
    expect(await sleep(0, "outside any loop")).toBe("outside any loop");
  });

  test("getStack / printStack", async () => {
    await runV(function* () {
      const t = createTask(sleep(10), { name: "s" });
      yield* aw(sleep(0));
      expect(t.getStack()).toEqual([]);
      let text = "";
      t.printStack({ file: { write: (s: string) => (text += s) } });
      expect(text).toBe(`No stack for ${t.__repr__()}\n`);
      t.cancel();
    });
  });
});

describe("ERR: reporting", () => {
  test("ERR-04/05 callback errors and broken handlers; set_exception_handler(5)", async () => {
    const loop = newEventLoop({ clock: "virtual" });
    const seen: string[] = [];
    loop.setExceptionHandler((_l, ctx) => seen.push(`${ctx.message} keys=${Object.keys(ctx).sort().join(",")}`));
    loop.callSoon(function c7() {
      throw new Error("division by zero");
    });
    loop.callSoon(() => loop.stop());
    await loop.runForever();
    expect(seen).toEqual(["Exception in callback c7() keys=exception,handle,message"]);
    expect(raised(() => loop.setExceptionHandler(5 as never))).toEqual(new TypeError("A callable object or None is expected, got 5"));
    const lines: string[] = [];
    const { setLogSink } = await import("../../runtime/loop/report.js");
    const prev = setLogSink((s) => lines.push(s));
    try {
      loop.setExceptionHandler(() => {
        throw new RuntimeError("handler broke");
      });
      loop.callExceptionHandler({ message: "custom message" });
    } finally {
      setLogSink(prev);
    }
    // asyncio logs with exc_info: the handler's frame (this file), then the exception (issue 10)
    const text = lines[0].split("\n");
    expect(text.slice(0, 3)).toEqual(["Unhandled error in exception handler", "context: {'message': 'custom message'}", "Traceback (most recent call last):"]);
    expect(text.at(-1)).toBe("RuntimeError: handler broke");
    loop.close();
  });

  test("LOOP-10 asyncio.run cancels leftover tasks; failures during that are reported", async () => {
    const out: string[] = [];
    const handler = (_l: unknown, ctx: { message?: string; exception?: unknown }) =>
      out.push(`handler: ${ctx.message} ${(ctx.exception as Error).message}`);
    const r = await runV(function* () {
      getRunningLoop().setExceptionHandler(handler);
      const leftover = co(function* () {
        try {
          yield* aw(sleep(10));
        } catch (e) {
          out.push("leftover task got CancelledError during asyncio.run shutdown");
          throw e;
        }
      });
      const failing = co(function* () {
        try {
          yield* aw(sleep(10));
        } catch {
          throw new RangeError("failed during cancel");
        }
      });
      createTask(leftover());
      createTask(failing());
      yield* aw(sleep(0));
      return "main returned";
    });
    out.push(r);
    expect(out).toEqual([
      "leftover task got CancelledError during asyncio.run shutdown",
      "handler: unhandled exception during asyncio.run() shutdown failed during cancel",
      "main returned",
    ]);
  });

  test("LOOP-09 run returns main's value and re-raises main's exception; Runner reuses its loop", async () => {
    const { Runner } = await import("../../runtime/loop/run.js");
    await expect(runV(function* () {
      throw new RangeError("from main");
    })).rejects.toThrow("from main");
    const runner = new Runner({ clock: "virtual" });
    const val = co(function* (x: string) {
      yield* aw(sleep(0));
      return x;
    });
    expect(await runner.run(val("r1"))).toBe("r1");
    expect(await runner.run(val("r2"))).toBe("r2");
    expect(runner.getLoop()).toBe(runner.getLoop());
    await runner.close();
    expect(raised(() => runner.run(val("x")))).toEqual(new RuntimeError("Runner is closed"));
  });
});
