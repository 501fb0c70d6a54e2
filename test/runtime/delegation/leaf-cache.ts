// The delegation fast path (runtime/core/driver.ts `resumeChain`) resumes the leaf a chain's Stack
// remembers from its last yield (`Stack.leaf`) without walking the chain. These are the ways that
// leaf goes stale behind the chain's back — the leaf driven directly and finishing or delegating
// further, an invalid throw() detaching it (GEN-17), a close the base ignores while a frame it delegated to
// yields — after which the next resume through the base must do what CPython does. Run by
// test/runtime/delegation-leaf.test.ts through `pycoro run`; leaf-cache.py is its Python twin.
import { generator } from "pycoro";

type G = Generator<string, string, unknown>;
const counter = generator(function* (tag: string, n: number): G {
  for (let i = 0; i < n; i++) yield `${tag}${i}`;
  return `${tag} done`;
});
const via = generator(function* (sub: G): G {
  yield "via start";
  const r = yield* sub;
  yield `via got ${r ?? "None"}`;
  return "via end";
});
const step = (g: G): string => {
  try {
    const r = g.next();
    return r.done ? `done(${r.value ?? "None"})` : r.value;
  } catch (e) {
    return `raised(${(e as Error).name})`;
  }
};

{
  // the leaf is driven directly, then finishes while the base still delegates to it
  const leaf = counter("d", 4);
  const g = via(leaf);
  const out = [step(g), step(g), step(leaf), step(g), step(leaf), step(leaf), step(g), step(g), step(g)];
  console.log("leaf driven directly:", out.join(" "));
}
{
  // the leaf, driven directly, delegates further: the base's next resume reaches the new leaf
  const hop = generator(function* (): G {
    yield "h0";
    const r = yield* counter("k", 3);
    yield `hop got ${r}`;
    return "hop end";
  });
  const h = hop();
  const g = via(h);
  const out = [step(g), step(g), step(h), step(g), step(g), step(g), step(g), step(g)];
  console.log("leaf delegates:", out.join(" "), "| gi_yieldfrom:", (g as any).gi_yieldfrom === null ? "None" : "set");
}
{
  // an invalid throw() is rejected by the leaf, untouched, and raised in its delegator
  const leaf = counter("t", 4);
  const catcher = generator(function* (sub: G): G {
    try {
      yield* sub;
    } catch (e) {
      yield `caught ${(e as Error).name}`;
    }
    return "catcher end";
  });
  const g = catcher(leaf);
  const out = [step(g), step(g)];
  out.push((g as any).throw(1) as string);
  out.push(step(leaf), step(g), step(leaf), step(g));
  console.log("invalid throw:", out.join(" "));
}
{
  // close: the base ignores GeneratorExit and delegates again while closing; that frame yields
  const stubborn = generator(function* (sub: G): G {
    try {
      yield* sub;
    } finally {
      yield* counter("z", 3);
    }
    return "stubborn end";
  });
  const g = stubborn(counter("a", 5));
  const out = [step(g), step(g)];
  try {
    (g as any).close();
  } catch (e) {
    out.push(`close: ${(e as Error).name}: ${(e as Error).message}`);
  }
  out.push(step(g), step(g), step(g), step(g), step(g));
  console.log("ignored close:", out.join(" | "));
}
{
  // another delegator takes the leaf over; each base, resumed, reaches it
  const leaf = counter("s", 6);
  const g1 = via(leaf), g2 = via(leaf);
  const out = [step(g1), step(g1), step(g2), step(g2), step(g1), step(g2), step(g1), step(g1), step(g2), step(g2), step(g2)];
  console.log("shared leaf:", out.join(" "));
}
