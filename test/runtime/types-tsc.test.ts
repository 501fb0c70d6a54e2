// The public types under a real type check: a small project is compiled with the TypeScript
// compiler API (strict, as users would), and the test asserts that exactly the expected errors
// appear, each at its line. (types-async.ts holds the same kind of cases as `@ts-expect-error`
// lines, checked by `tsc -p tsconfig.json`.)

import { describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Lines ending in `//!TSnnnn` must have that error; every other line must have none. */
const SOURCE = `
import { coroutine, generator, sleep, aclosing, anext, AsyncContextManager, type AwaitableLike, type PyCoroutine } from "${path.join(root, "runtime/index.js")}";

const fetchLen = coroutine(async (url: string): Promise<number> => url.length);
fetchLen(5); //!TS2345
const c: PyCoroutine<number> = fetchLen("x");
c.send(undefined);
c.next(); //!TS2339
const asPromise: PromiseLike<number> = c;
const wrong: PromiseLike<string> = c; //!TS2322

const user = coroutine(async function () {
  const n: number = await fetchLen("a");
  const s: string = await fetchLen("b"); //!TS2322
  return n + s;
});
async function plain(): Promise<number> {
  return await fetchLen("plain async code awaits a coroutine");
}

const legacy = coroutine(function* () {
  const n: number = yield* fetchLen("c");
  const s: string = yield* fetchLen("d"); //!TS2322
  return n;
});

const leaf = generator(function* (): Generator<string, number, unknown> { yield "x"; return 1; });
const mid = generator(function* (): Generator<string, number, unknown> {
  const r: number = yield* leaf(); // the result is R, not R | undefined
  const s: string = yield* leaf(); //!TS2322
  return r;
});

const ticks = coroutine(async function* (n: number) {
  for (let i = 0; i < n; i++) {
    await sleep(0);
    const sent: string | undefined = yield i;
  }
});
const consume = coroutine(async function () {
  const g = ticks(2);
  for await (const t of g) {
    const ok: number = t;
    const bad: string = t; //!TS2322
  }
  await g.asend("s");
  await g.asend(1); //!TS2345
  const d: number | "end" = await anext(g, "end");
  await using closing = aclosing(g);
});

class Conn extends AsyncContextManager<Conn> {
  __aenter__(): AwaitableLike<Conn> {
    return Promise.resolve(this);
  }
  __aexit__(): AwaitableLike<boolean> {
    return Promise.resolve(false);
  }
}
const usesConn = coroutine(async function () {
  await using conn = new Conn();
  await using notResource = { __aenter__() {} }; //!TS2851
});
class Partial extends AsyncContextManager {} //!TS2654
`;

function diagnostics(): { line: number; code: number; text: string }[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pycoro-types-"));
  try {
    const file = path.join(dir, "case.ts");
    fs.writeFileSync(file, SOURCE);
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ["lib.es2022.d.ts", "lib.esnext.disposable.d.ts"],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      noUnusedLocals: false,
      types: [],
    };
    const program = ts.createProgram([file], options);
    return ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file?.fileName === file)
      .map((d) => ({
        line: d.file!.getLineAndCharacterOfPosition(d.start!).line,
        code: d.code,
        text: ts.flattenDiagnosticMessageText(d.messageText, "\n"),
      }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("public types under tsc --strict", () => {
  it("report exactly the expected errors", () => {
    const lines = SOURCE.split("\n");
    const expected = lines.flatMap((l, i) => {
      const m = /\/\/!TS(\d+)$/.exec(l);
      return m ? [`${i}: TS${m[1]}`] : [];
    });
    const got = diagnostics();
    const actual = [...new Set(got.map((d) => `${d.line}: TS${d.code}`))];
    expect(actual, got.map((d) => `${d.line}: TS${d.code} ${d.text}`).join("\n")).toEqual(expected);
    // and the messages name the types involved
    const byLine = (n: number) => got.find((d) => d.line === n)!.text;
    const at = (marker: string) => lines.findIndex((l) => l.includes(marker));
    expect(byLine(at("c.next();"))).toContain("Property 'next' does not exist on type 'PyCoroutine<number>'");
    expect(byLine(at('const s: string = await fetchLen("b")'))).toContain("Type 'number' is not assignable to type 'string'");
    expect(byLine(at('yield* fetchLen("d")'))).toContain("Type 'number' is not assignable to type 'string'");
    expect(byLine(at("await g.asend(1)"))).toContain("'number' is not assignable to parameter of type 'string'");
  }, 60_000);
});

/**
 * As a package user sees the types (issue 8 item 11): the built declarations (dist/, through the
 * package's `exports`), lib ES2022 only, no @types/node, no ESNext.Disposable, and skipLibCheck
 * off, so an error inside pycoro's .d.ts files counts too. Covers the inference of what `send`
 * takes (`const got = yield v` leaked the marker's type parameter: TS2345 on `send(3)`) and
 * decorated methods typed through an overload signature (no cast for `send`).
 */
const CONSUMER = `
import { coroutine, generator, run, sleep, gather, createTask, Queue, type PyGenerator, type GeneratorMethod, type PyAsyncGenerator, type AsyncGeneratorMethod } from "pycoro";

const averager = generator(function* () {
  let total = 0, count = 0;
  while (true) {
    const term = yield total / (count || 1);
    total += term as number;
    count += 1;
  }
});
averager().send(3);
const echo = generator(function* () { return yield 1; });
echo().send("anything");
const typed = generator(function* (): Generator<number, string, string> { const s = yield 1; return s; });
const r: number = typed().send("x");
const wrongYield: string = typed().send("x"); //!TS2322
const generic = generator(function* <U>(x: U) { yield x; return x; });
const fromGeneric: number = generic(5).send(undefined);

class Feed {
  items(n: number): PyGenerator<number, void, string>;
  @generator *items(n: number): GeneratorMethod<number, void, string> { const s: string = yield n; }
  ticks(): PyAsyncGenerator<number, string>;
  @coroutine async *ticks(): AsyncGeneratorMethod<number, string> { yield 1; }
}
new Feed().items(1).send("x");
new Feed().items(1).send(2); //!TS2345
new Feed().ticks().asend("x");

const worker = coroutine(async (q: Queue<number>, n: number) => {
  await sleep(0.01);
  await q.put(n);
  return n * 2;
});
const main = coroutine(async function () {
  const q = new Queue<number>(2);
  const t = createTask(worker(q, 1));
  const [a, b] = await gather(t, worker(q, 2));
  const sum: number = a + b;
  const bad: string = await t; //!TS2322
  return sum;
});
run(main()).then((n) => n.toFixed());
`;

describe("the package's declarations as a user with lib ES2022 and no @types/node", () => {
  it("type-check, with exactly the expected errors", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pycoro-consumer-"));
    try {
      fs.mkdirSync(path.join(dir, "node_modules"));
      fs.symlinkSync(root, path.join(dir, "node_modules", "pycoro"), "dir");
      fs.writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }');
      const file = path.join(dir, "main.ts");
      fs.writeFileSync(file, CONSUMER);
      const program = ts.createProgram([file], {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        lib: ["lib.es2022.d.ts"],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      });
      const got = ts.getPreEmitDiagnostics(program).map((d) => {
        const where = d.file ? `${path.relative(dir, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start!).line}` : "(global)";
        return `${where}: TS${d.code}`;
      });
      const lines = CONSUMER.split("\n");
      const expected = lines.flatMap((l, i) => (/\/\/!TS(\d+)$/.exec(l) ? [`main.ts:${i}: TS${/\/\/!TS(\d+)$/.exec(l)![1]}`] : []));
      const texts = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      expect([...new Set(got)], texts.join("\n")).toEqual(expected);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
