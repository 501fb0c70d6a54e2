/**
 * runtime/loop/task-list.ts: the loop's pending tasks as a list threaded through the tasks
 * (issue 12). What the loop's users of the Set it replaced rely on: insertion order, add/delete/has
 * /size, a task added twice or deleted twice changes nothing, and an iteration goes on past tasks
 * deleted meanwhile (the one it stands on, the next ones) without showing them.
 */
import { expect, test } from "vitest";
import { TaskList, type Listed } from "../../runtime/loop/task-list.js";

const item = (name: string): Listed & { name: string } => ({ name, _prevTask: undefined, _nextTask: null });

test("add, delete, has, size, insertion order", () => {
  const l = new TaskList<ReturnType<typeof item>>();
  const [a, b, c, d] = ["a", "b", "c", "d"].map(item);
  for (const x of [a, b, c, a]) l.add(x);
  expect([...l].map((x) => x.name)).toEqual(["a", "b", "c"]);
  expect(l.size).toBe(3);
  expect(l.delete(b)).toBe(true);
  expect(l.delete(b)).toBe(false);
  expect(l.has(b)).toBe(false);
  expect(l.has(c)).toBe(true);
  l.add(d);
  l.delete(a);
  expect([...l].map((x) => x.name)).toEqual(["c", "d"]);
  l.delete(c);
  l.delete(d);
  expect([...l]).toEqual([]);
  expect(l.size).toBe(0);
  l.add(b);
  expect([...l].map((x) => x.name)).toEqual(["b"]);
});

test("iterating while tasks are deleted: the current one, the next ones, all of them", () => {
  const l = new TaskList<ReturnType<typeof item>>();
  const xs = ["a", "b", "c", "d", "e", "f"].map(item);
  for (const x of xs) l.add(x);
  const seen: string[] = [];
  for (const x of l) {
    seen.push(x.name);
    if (x.name === "a") l.delete(x); // the one it stands on
    if (x.name === "b") {
      l.delete(xs[2]); // the next two
      l.delete(xs[3]);
      l.delete(x);
    }
  }
  expect(seen).toEqual(["a", "b", "e", "f"]);
  expect([...l].map((x) => x.name)).toEqual(["e", "f"]);
});
