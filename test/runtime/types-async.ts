// Type-level checks of coroutines, async generators and the async helpers. Not a test file:
// `tsc -p tsconfig.json` checks it (each `@ts-expect-error` must be an error, everything else must
// not be); nothing runs it. types-tsc.test.ts compiles a copy of these cases on its own and
// asserts the diagnostics.

import { expectTypeOf } from "vitest";
import {
  coroutine,
  sleep,
  aiter,
  anext,
  asyncList,
  aclosing,
  AsyncContextManager,
  getCoroutineState,
  getAsyncGenState,
  type AwaitableLike,
  type PyCoroutine,
  type PyAsyncGenerator,
  type PyGeneratorCoroutine,
  type PyAsyncGenAwaitable,
} from "../../runtime/index.js";

// coroutine(async function) keeps the parameters and gives PyCoroutine<R>
const fetchLen = coroutine(async (url: string, retries?: number): Promise<number> => url.length + (retries ?? 0));
expectTypeOf(fetchLen).parameters.toEqualTypeOf<[string, (number | undefined)?]>();
expectTypeOf(fetchLen).returns.toEqualTypeOf<PyCoroutine<number>>();
// @ts-expect-error -- a number is not a string
fetchLen(5);

// a coroutine is a PromiseLike of its result: `await` types it as R, in marked and in plain code
const usesAwait = coroutine(async function (): Promise<string> {
  const n = await fetchLen("x");
  expectTypeOf(n).toEqualTypeOf<number>();
  // @ts-expect-error -- number is not assignable to string
  const s: string = await fetchLen("y");
  return String(n) + s;
});
const asPromiseLike: PromiseLike<string> = usesAwait();
void asPromiseLike;
async function plainJs(): Promise<number> {
  return await fetchLen("from plain async code");
}
void plainJs;

// not an iterator at run time (CO-01): no next(); send/throw/close/__await__ are there
const c = fetchLen("z");
c.send(undefined);
c.close();
expectTypeOf(c.__await__().next()).toEqualTypeOf<IteratorResult<unknown, number>>();
// @ts-expect-error -- a coroutine has no next()
c.next();
expectTypeOf(getCoroutineState(c)).toEqualTypeOf<"CORO_CREATED" | "CORO_RUNNING" | "CORO_SUSPENDED" | "CORO_CLOSED">();

// yield* of a native coroutine in a generator-based coroutine gives its result
const legacy = coroutine(function* () {
  const n = yield* fetchLen("legacy");
  expectTypeOf(n).toEqualTypeOf<number>();
  // @ts-expect-error -- number is not assignable to string
  const s: string = yield* fetchLen("legacy");
  return s;
});
expectTypeOf(legacy).returns.toEqualTypeOf<PyGeneratorCoroutine<unknown, string, unknown>>();
// ...which is awaitable, with its return type
const awaitsLegacy = coroutine(async () => {
  const s = await legacy();
  expectTypeOf(s).toEqualTypeOf<string>();
});
void awaitsLegacy;

// async generators: PyAsyncGenerator<Y, S>
const ticks = coroutine(async function* (n: number) {
  for (let i = 0; i < n; i++) {
    await sleep(0);
    const sent: string | undefined = yield i;
    void sent;
  }
});
expectTypeOf(ticks).returns.toEqualTypeOf<PyAsyncGenerator<number, string | undefined>>();
const consumer = coroutine(async function () {
  const g = ticks(3);
  for await (const t of g) expectTypeOf(t).toEqualTypeOf<number>();
  const first = await g.__anext__();
  expectTypeOf(first).toEqualTypeOf<number>();
  const next = await g.asend("hello");
  expectTypeOf(next).toEqualTypeOf<number>();
  // @ts-expect-error -- the generator is sent strings
  await g.asend(42);
  expectTypeOf(g.aclose()).toEqualTypeOf<PyAsyncGenAwaitable<undefined>>();
  expectTypeOf(await anext(g, "done")).toEqualTypeOf<number | "done">();
  expectTypeOf(await asyncList(ticks(2))).toEqualTypeOf<number[]>();
  expectTypeOf(getAsyncGenState(g)).toEqualTypeOf<"AGEN_CREATED" | "AGEN_RUNNING" | "AGEN_SUSPENDED" | "AGEN_CLOSED">();
  aiter(g);
  // @ts-expect-error -- a number is not an async iterable
  aiter(5);
  // @ts-expect-error -- an async generator is not awaitable
  await ticks(1).then;
});
void consumer;

// async context managers: a base class that type-checks under `await using`
class Connection extends AsyncContextManager<Connection> {
  open = false;
  __aenter__(): AwaitableLike<Connection> {
    this.open = true;
    return Promise.resolve(this);
  }
  __aexit__(excType: Function | undefined): AwaitableLike<boolean> {
    this.open = false;
    return Promise.resolve(excType === undefined);
  }
}
const withConnection = coroutine(async function () {
  await using conn = new Connection();
  expectTypeOf(conn.open).toEqualTypeOf<boolean>();
  await using ag = aclosing(ticks(1));
  void ag;
  // @ts-expect-error -- an object without Symbol.asyncDispose is not a resource for `await using`
  await using bad = { __aenter__() {} };
  void bad;
});
void withConnection;
// @ts-expect-error -- __aexit__ is abstract
class Incomplete extends AsyncContextManager {
  __aenter__() {
    return Promise.resolve(1);
  }
}
void Incomplete;
