// The driver's send loop (runtime/core/driver.ts `sendLoop`): resuming a suspended delegation
// chain goes on through plain delegations and returns in one loop, and hands everything else to
// runStack. Run by test/runtime/delegation-resume.test.ts through `pycoro run`; resume-loop.py is
// its Python twin (the lines before "limit" must be equal).
import { generator, setRecursionLimit, RecursionError } from "pycoro";

const tree = generator(function* (t: any): Generator<number, number, unknown> {
  if (t === null) return 0;
  const a = yield* tree(t[0]);
  yield t[1];
  const b = yield* tree(t[2]);
  return a + b + 1;
});
const mk = (lo: number, hi: number): any => (lo > hi ? null : [mk(lo, ((lo + hi) >> 1) - 1), (lo + hi) >> 1, mk(((lo + hi) >> 1) + 1, hi)]);
const outer = generator(function* (t: any): Generator<number, string, unknown> {
  const n = yield* tree(t);
  return `count ${n}`;
});
{
  const g = outer(mk(1, 12));
  const seen: number[] = [];
  let r = g.next();
  while (!r.done) { seen.push(r.value as number); r = g.next(); }
  console.log("walk", seen.join(","), r.value);
}

const counter = generator(function* (tag: string, n: number): Generator<string, string, unknown> {
  for (let i = 0; i < n; i++) yield `${tag}${i}`;
  return `${tag} done`;
});
const via = generator(function* (sub: Generator<string, string, unknown>): Generator<string, string, unknown> {
  yield "via start";
  const r = yield* sub;
  yield `via got ${r ?? "None"}`;
  return "via end";
});
{
  // the delegate is suspended under another delegator (another stack): taken over
  const shared = counter("s", 3);
  const other = via(shared);
  other.next(); other.next();
  const g = via(shared);
  const out: string[] = [];
  for (let r = g.next(); !r.done; r = g.next()) out.push(r.value);
  console.log("taken over", out.join(","), "| the other now:", JSON.stringify(other.next()));
}
{
  // the delegate is closed: yield* of it returns None at once
  const closed = counter("c", 2);
  closed.next();
  closed.return(undefined);
  const g = via(closed);
  const out: string[] = [];
  for (let r = g.next(); !r.done; r = g.next()) out.push(r.value);
  console.log("closed delegate", out.join(","));
}
{
  // a foreign iterable under yield*, reached on a resume
  const g = via([1, 2][Symbol.iterator]() as any);
  const out: unknown[] = [];
  for (let r = g.next(); !r.done; r = g.next()) out.push(r.value);
  console.log("foreign", out.join(","));
}
{
  // a throw into the chain: the leaf handles it and returns; the delegator gets the value
  const catcher = generator(function* (): Generator<string, string, unknown> {
    try {
      yield "c0";
    } catch (e) {
      return `caught ${(e as Error).message}`;
    }
    return "not thrown";
  });
  const g = via(catcher());
  g.next(); g.next();
  console.log("throw", (g as any).throw(new Error("boom")), JSON.stringify(g.next()));
}

setRecursionLimit(60);
console.log("limit");
{
  // each level yields, then on its next resume delegates one level deeper: past the limit the
  // delegation fails in the deepest frame, which catches it and returns
  let failedAt = -1;
  const deeper = generator(function* (n: number): Generator<number, number, unknown> {
    yield n;
    try {
      return yield* deeper(n + 1);
    } catch (e) {
      if (!(e instanceof RecursionError)) throw e;
      failedAt = n;
      return n;
    }
  });
  const g = deeper(0);
  let last = -1, ok = true;
  let r = g.next();
  while (!r.done) { ok &&= r.value === last + 1; last = r.value as number; r = g.next(); }
  console.log("resumed past the limit:", ok, failedAt === last, r.value === failedAt, failedAt > 30 && failedAt < 60);
}
