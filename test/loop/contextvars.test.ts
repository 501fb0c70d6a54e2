/**
 * contextvars (runtime/objects/contextvars.ts) and contexts in the loop (EXEC-05), against CPython 3.11.7:
 * the messages of Python/context.c (test_context.py) and /work/shared/spec/pysem/
 * exec_01_executor_context.py #7-10.
 */
import { describe, expect, test } from "vitest";
import { Context, ContextVar, Token, copyContext } from "../../runtime/objects/contextvars.js";
import { LookupError, RuntimeError, ValueError } from "../../runtime/core/errors.js";
import { run } from "../../runtime/loop/run.js";
import { sleep } from "../../runtime/loop/sleep.js";
import { getRunningLoop } from "../../runtime/loop/state.js";
import { TaskGroup } from "../../runtime/loop/taskgroups.js";
import { createTask, currentTask } from "../../runtime/loop/tasks.js";
import { asyncWith } from "./async-with.js";
import { aw, co } from "./helpers.js";

const noAddr = (s: string) => s.replace(/ at 0x[0-9a-f]+/g, "");

function raised(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error("did not raise");
}

describe("contextvars API (CPython's Python/context.c)", () => {
  test("get / set / reset and their errors", () => {
    const a = new ContextVar<number>("a");
    const b = new ContextVar("b", { default: 1 });
    expect(noAddr(a.__repr__())).toBe("<ContextVar name='a'>");
    expect(noAddr(b.__repr__())).toBe("<ContextVar name='b' default=1>");
    expect(a.name).toBe("a");
    const e = raised(() => a.get());
    expect(e).toBeInstanceOf(LookupError);
    expect(e.message).toBe(a.__repr__());
    expect(a.get(7)).toBe(7);
    expect(a.get(undefined)).toBe(undefined); // get(None)
    expect(b.get()).toBe(1);

    const ctx = new Context();
    ctx.run(() => {
      const t = a.set(5);
      expect(t.var).toBe(a);
      expect(t.oldValue).toBe(Token.MISSING);
      expect(noAddr(t.__repr__())).toBe("<Token var=<ContextVar name='a'>>");
      expect(a.get()).toBe(5);
      a.reset(t);
      expect(noAddr(t.__repr__())).toBe("<Token used var=<ContextVar name='a'>>");
      expect(() => a.get()).toThrow(LookupError);
      expect(noAddr(raised(() => a.reset(t)).message)).toBe("<Token used var=<ContextVar name='a'>> has already been used once");
      expect(raised(() => a.reset(t))).toBeInstanceOf(RuntimeError);
      const t2 = b.set(2);
      expect(t2.oldValue).toBe(Token.MISSING);
      const e2 = raised(() => a.reset(t2 as never));
      expect(e2).toBeInstanceOf(ValueError);
      expect(noAddr(e2.message)).toBe("<Token var=<ContextVar name='b' default=1>> was created by a different ContextVar");
      const t3 = a.set(9);
      const e3 = raised(() => copyContext().run(() => a.reset(t3)));
      expect(e3).toBeInstanceOf(ValueError);
      expect(noAddr(e3.message)).toBe("<Token var=<ContextVar name='a'>> was created in a different Context");
      expect(raised(() => a.reset(1 as never))).toEqual(new TypeError("expected an instance of Token, got 1"));
    });
    expect(raised(() => new ContextVar(1 as never))).toEqual(new TypeError("context variable name must be a str"));
    expect(raised(() => ctx.get(1 as never))).toEqual(new TypeError("a ContextVar key was expected, got 1"));
  });

  test("Context.run re-entry, copies are independent, mapping view", () => {
    const v = new ContextVar("v", { default: "d" });
    const c = new Context();
    const e = raised(() => c.run(() => c.run(() => 0)));
    expect(e).toBeInstanceOf(RuntimeError);
    expect(noAddr(e.message)).toBe("cannot enter context: <_contextvars.Context object> is already entered");
    expect(c.run((x: number, y: number) => x + y, 1, 2)).toBe(3);

    c.run(() => v.set("in c"));
    const d = c.copy();
    c.run(() => v.set("c again"));
    d.run(() => v.set("d only"));
    expect([c.get(v), d.get(v), v.get()]).toEqual(["c again", "d only", "d"]);
    expect([c.has(v), c.size, [...c.keys()], [...c.values()], [...c.items()]]).toEqual([true, 1, [v], ["c again"], [[v, "c again"]]]);
    expect(new Context().get(v, 3)).toBe(3);
    expect(new Context().get(v)).toBe(undefined);
    // a context's changes do not leak into the caller's
    expect(v.get()).toBe("d");
  });
});

describe("EXEC-05 contexts in tasks and callbacks (pysem exec_01 #7-10)", () => {
  test("tasks copy the context at creation; call_soon captures it; create_task(context=); plain await shares", async () => {
    const v = new ContextVar("var", { default: "default" });
    const out: string[] = [];
    await run(
      co(function* () {
        const loop = getRunningLoop();
        const child = co(function* child() {
          const seen = v.get();
          v.set("changed-in-task");
          return seen;
        });
        v.set("before-task");
        const t = createTask(child());
        v.set("after-create");
        out.push(`7 task sees value at creation: ${yield* aw(t)} | caller still sees: ${v.get()}`);

        v.set("at-call_soon");
        const seen: string[] = [];
        loop.callSoon(() => seen.push(v.get()));
        v.set("later");
        yield* aw(sleep(0));
        out.push(`8 call_soon callback context: ['${seen.join("', '")}']`);
        const ctx = copyContext();
        ctx.run(() => v.set("explicit"));
        loop.callSoon(() => seen.push(v.get()), { context: ctx });
        yield* aw(sleep(0));
        out.push(`   call_soon(context=ctx): ${seen[seen.length - 1]}`);

        const t9 = createTask(child(), { context: ctx });
        out.push(`9 create_task(context=ctx) task sees: ${yield* aw(t9)} | ctx now: ${ctx.get(v)}`);

        const setter = co(function* setter() {
          v.set("set-by-awaited-coroutine");
        });
        yield* aw(setter());
        out.push(`10 plain await shares context: ${v.get()}`);
      }, "main")(),
      { clock: "virtual" },
    );
    expect(out).toEqual([
      "7 task sees value at creation: before-task | caller still sees: after-create",
      "8 call_soon callback context: ['at-call_soon']",
      "   call_soon(context=ctx): explicit",
      "9 create_task(context=ctx) task sees: explicit | ctx now: changed-in-task",
      "10 plain await shares context: set-by-awaited-coroutine",
    ]);
  });

  test("a task keeps its context across steps; done callbacks run in the context of addDoneCallback; TaskGroup.createTask(context)", async () => {
    const v = new ContextVar<string>("v", { default: "-" });
    const out: string[] = [];
    await run(
      co(function* () {
        const loop = getRunningLoop();
        const stepper = co(function* stepper(tag: string) {
          v.set(tag);
          yield* aw(sleep(0.1));
          out.push(`${tag} after sleep sees ${v.get()}`);
        });
        const a = createTask(stepper("A"));
        const b = createTask(stepper("B"));
        v.set("main");
        const f = loop.createFuture();
        f.addDoneCallback(() => out.push(`done callback sees ${v.get()}`));
        const other = copyContext();
        other.run(() => v.set("other"));
        f.addDoneCallback(() => out.push(`done callback (context=other) sees ${v.get()}`), { context: other });
        v.set("main2");
        f.setResult(1);
        yield* aw(a);
        yield* aw(b);
        out.push(`task context of current task: ${currentTask()!.getContext().get(v)}`);
        yield* asyncWith(new TaskGroup(), function* (tg: TaskGroup) {
          tg.createTask(stepper("G"), { context: other });
        });
        out.push(`other after TaskGroup task: ${other.get(v)}`);
      }, "main")(),
      { clock: "virtual" },
    );
    expect(out).toEqual([
      "done callback sees main",
      "done callback (context=other) sees other",
      "A after sleep sees A",
      "B after sleep sees B",
      "task context of current task: main2",
      "G after sleep sees G",
      "other after TaskGroup task: G",
    ]);
  });

  // Issue 12: a task's Context object is made lazily (tasks.ts `_context`); get_context() (3.12, so
  // no 3.11 twin) must still return one object for the whole task, the one its steps run in.
  test("Task.getContext(): one Context per task, asked during a step or while parked", async () => {
    const v = new ContextVar("lazy", { default: "d" });
    const out: unknown[] = [];
    await run(
      co(function* () {
        v.set("creator");
        const inside = co(function* inside() {
          const me = currentTask()!;
          const c1 = me.getContext();
          out.push(c1.get(v)); // creator's value, through the object
          v.set("inside");
          out.push(c1.get(v), me.getContext() === c1);
          yield* aw(sleep(0));
          out.push(v.get(), me.getContext() === c1);
          const tok = v.set("again");
          yield* aw(sleep(0));
          v.reset(tok); // the token's context is still the current one
          return v.get();
        });
        const parked = co(function* parked() {
          yield* aw(sleep(0));
          v.set("parked-set"); // after the creator asked for the context from outside
          yield* aw(sleep(0));
          return v.get();
        });
        const t1 = createTask(inside());
        const t2 = createTask(parked());
        const c2 = t2.getContext(); // before its first step
        out.push(c2.get(v));
        yield* aw(sleep(0));
        yield* aw(sleep(0));
        out.push(c2.get(v), t2.getContext() === c2);
        out.push(yield* aw(t1), yield* aw(t2), v.get());
      }, "main")(),
      { clock: "virtual" },
    );
    expect(out).toEqual(["creator", "creator", "inside", true, "inside", true, "parked-set", true, "inside", "parked-set", "creator"]);
  });

  test("Task.getContext(): a task that stepped several times without a Context object gets one, the same from then on", async () => {
    // (issue 12: a task steps on its creator's values, in the loop's scratch Context, until a step
    // sets a variable or someone asks for its context: tasks.ts `_run`)
    const v = new ContextVar("late", { default: "d" });
    const out: unknown[] = [];
    await run(
      co(function* () {
        v.set("creator");
        const askedLate = co(function* askedLate() {
          for (let i = 0; i < 3; i++) yield* aw(sleep(0));
          const me = currentTask()!;
          const c = me.getContext(); // in its fourth step
          out.push(c.get(v), me.getContext() === c);
          v.set("late-set");
          out.push(c.get(v));
          yield* aw(sleep(0));
          out.push(v.get(), me.getContext() === c);
          return v.get();
        });
        const setLate = co(function* setLate() {
          for (let i = 0; i < 3; i++) yield* aw(sleep(0));
          v.set("step-4");
          yield* aw(sleep(0));
          yield* aw(sleep(0));
          return v.get();
        });
        const askedOutside = co(function* askedOutside() {
          for (let i = 0; i < 4; i++) yield* aw(sleep(0));
          v.set("after-ask");
          yield* aw(sleep(0));
          return v.get();
        });
        const t1 = createTask(askedLate());
        const t2 = createTask(setLate());
        const t3 = createTask(askedOutside());
        for (let i = 0; i < 2; i++) yield* aw(sleep(0));
        const c3 = t3.getContext(); // parked, after two steps
        out.push(c3.get(v));
        v.set("creator-later"); // the tasks' values are a copy: not seen by them
        out.push(yield* aw(t1), yield* aw(t2), yield* aw(t3), c3.get(v), t3.getContext() === c3, v.get());
      }, "main")(),
      { clock: "virtual" },
    );
    expect(out).toEqual(["creator", "creator", true, "late-set", "late-set", true, "late-set", "step-4", "after-ask", "after-ask", true, "creator-later"]);
  });

  test("asyncio.run runs main in a copy of the caller's context (Runner)", async () => {
    const v = new ContextVar("outer", { default: "d" });
    v.set("set-outside");
    const seen = await run(co(function* () {
      const s = v.get();
      v.set("set-inside");
      return s;
    }, "main")(), { clock: "virtual" });
    expect([seen, v.get()]).toEqual(["set-outside", "set-outside"]);
  });
});
