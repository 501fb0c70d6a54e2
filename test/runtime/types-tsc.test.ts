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
