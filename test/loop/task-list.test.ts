/**
 * runtime/loop/task-list.ts: the loop's pending tasks found by their task number (issue 12), with
 * the tasks named when made kept aside in their place. What the loop's users of the Set it
 * replaced rely on: creation order, add/delete/has/size, a task added twice or deleted twice
 * changes nothing, and an iteration goes on past tasks deleted meanwhile (the one it stands on, the
 * next ones) without showing them; pages are let go once empty, and come back when needed.
 */
import { expect, test } from "vitest";
import { TaskList, type Listed } from "../../runtime/loop/task-list.js";
import { _lastTaskNumber, _nextTaskNumber } from "../../runtime/loop/state.js";

type Item = Listed & { tag: string };
/** An item made as a task is: the next number, or (named) none. */
const item = (tag: string, named = false): Item => ({ tag, _name: named ? tag : _nextTaskNumber() });
/** Items made and added one by one, as the Task constructor registers each (a named one's place is read then). */
const made = (l: TaskList<Item>, specs: [string, boolean][]): Item[] =>
  specs.map(([tag, named]) => {
    const x = item(tag, named);
    l.add(x);
    return x;
  });
const tags = (l: TaskList<Item>) => [...l].map((x) => x.tag);

test("add, delete, has, size, creation order", () => {
  const l = new TaskList<Item>();
  const [a, b, c, d] = ["a", "b", "c", "d"].map((t) => item(t));
  for (const x of [a, b, c, a]) l.add(x);
  expect(tags(l)).toEqual(["a", "b", "c"]);
  expect(l.size).toBe(3);
  expect(l.delete(b)).toBe(true);
  expect(l.delete(b)).toBe(false);
  expect(l.has(b)).toBe(false);
  expect(l.has(c)).toBe(true);
  l.add(d);
  l.delete(a);
  expect(tags(l)).toEqual(["c", "d"]);
  l.delete(c);
  l.delete(d);
  expect([...l]).toEqual([]);
  expect(l.size).toBe(0);
  l.add(b);
  expect(tags(l)).toEqual(["b"]);
  expect(l.has(b)).toBe(true);
});

test("tasks named when made take their place in creation order", () => {
  const l = new TaskList<Item>();
  const xs = made(l, [["n1", true], ["a", false], ["b", false], ["n2", true], ["n3", true], ["c", false], ["n4", true]]);
  expect(tags(l)).toEqual(["n1", "a", "b", "n2", "n3", "c", "n4"]);
  expect(l.size).toBe(7);
  expect(l.has(xs[3])).toBe(true);
  expect(l.delete(xs[3])).toBe(true);
  expect(l.delete(xs[3])).toBe(false);
  expect(l.has(xs[3])).toBe(false);
  l.delete(xs[1]);
  expect(tags(l)).toEqual(["n1", "b", "n3", "c", "n4"]);
  expect(l.size).toBe(5);
});

test("iterating while tasks are deleted: the current one, the next ones, all of them", () => {
  const l = new TaskList<Item>();
  const xs = made(l, ["a", "b", "c", "d", "e", "f"].map((t): [string, boolean] => [t, t === "d"]));
  const seen: string[] = [];
  for (const x of l) {
    seen.push(x.tag);
    if (x.tag === "a") l.delete(x); // the one it stands on
    if (x.tag === "b") {
      l.delete(xs[2]); // the next two (a numbered one, a named one)
      l.delete(xs[3]);
      l.delete(x);
    }
  }
  expect(seen).toEqual(["a", "b", "e", "f"]);
  expect(tags(l)).toEqual(["e", "f"]);
});

test("many tasks across pages: emptied pages are let go, the order and the count stay right", () => {
  const l = new TaskList<Item>();
  const xs = made(l, Array.from({ length: 2000 }, (_, i): [string, boolean] => [String(i), i % 97 === 5]));
  expect(l.size).toBe(2000);
  // every task but one in each 300 finishes
  for (let i = 0; i < xs.length; i++) if (i % 300 !== 7) expect(l.delete(xs[i])).toBe(true);
  const left = xs.filter((_, i) => i % 300 === 7).map((x) => x.tag);
  expect(tags(l)).toEqual(left);
  expect(l.size).toBe(left.length);
  // pages holding no task were let go (the last one is kept for the next numbers)
  const pages = (l as unknown as { _pages: unknown[] })._pages;
  expect(pages.filter((p) => p !== null).length).toBeLessThanOrEqual(left.length + 1);
  // one task at a time made and finished: one page, reused
  const before = _lastTaskNumber();
  for (let i = 0; i < 1000; i++) {
    const t = item(`s${i}`);
    l.add(t);
    expect(l.has(t)).toBe(true);
    l.delete(t);
  }
  expect(_lastTaskNumber()).toBe(before + 1000);
  expect(tags(l)).toEqual(left);
  for (const x of xs) l.delete(x);
  expect(l.size).toBe(0);
  expect([...l]).toEqual([]);
  const z = item("z");
  l.add(z);
  expect(tags(l)).toEqual(["z"]);
});

test("tasks not in the list yet (negative numbers) come from its source, merged in creation order", () => {
  const waiting: Item[] = []; // as the loop's ready queue holds tasks not stepped yet
  const l = new TaskList<Item>(() => waiting.filter((x) => (x._name as number) < 0));
  const unlisted = (tag: string): Item => {
    const x: Item = { tag, _name: -_nextTaskNumber() };
    waiting.push(x);
    return x;
  };
  const a = item("a");
  l.add(a);
  const b = unlisted("b");
  const [n] = made(l, [["n", true]]);
  const c = unlisted("c");
  const d = item("d");
  l.add(d);
  expect(tags(l)).toEqual(["a", "b", "n", "c", "d"]);
  expect(l.size).toBe(3); // (those in the list itself)
  expect(l.has(b)).toBe(false);
  expect(l.delete(b)).toBe(false);
  // b's first step leaves it pending: it joins the list, in its place
  (b as { _name: number })._name = -(b._name as number);
  l.add(b);
  expect(tags(l)).toEqual(["a", "b", "n", "c", "d"]);
  expect(l.has(b)).toBe(true);
  // c joins the list during an iteration: seen once
  const seen: string[] = [];
  for (const x of l) {
    seen.push(x.tag);
    if (x.tag === "a") {
      (c as { _name: number })._name = -(c._name as number);
      l.add(c);
    }
  }
  expect(seen).toEqual(["a", "b", "n", "c", "d"]);
  expect(l.delete(n)).toBe(true);
  expect(tags(l)).toEqual(["a", "b", "c", "d"]);
});

test("a task renamed (in the list, or not in it yet) keeps its place; once done it leaves", () => {
  const waiting: Item[] = [];
  const l = new TaskList<Item>(() => waiting.filter((x) => typeof x._name === "number" && x._name < 0));
  const a = item("a");
  l.add(a);
  const b = item("b");
  l.add(b);
  const [n] = made(l, [["n", true]]); // made between b and c
  const c: Item = { tag: "c", _name: -_nextTaskNumber() }; // not stepped yet
  waiting.push(c);
  const d = item("d");
  l.add(d);
  expect(tags(l)).toEqual(["a", "b", "n", "c", "d"]);
  l.rename(d, "D");
  l.rename(b, "B");
  l.rename(c, "C");
  l.rename(n, "N");
  expect([...l].map((x) => x._name)).toEqual([a._name, "B", "N", "C", "D"]);
  expect(l.has(b) && l.has(c) && l.has(d)).toBe(true);
  expect(l.size).toBe(5);
  expect(l.delete(b)).toBe(true);
  expect(l.delete(c)).toBe(true);
  expect([...l].map((x) => x.tag)).toEqual(["a", "n", "d"]);
  expect(l.size).toBe(3);
});
