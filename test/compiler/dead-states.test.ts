// Why this file exists: emit.ts leaves out the `case` labels nothing dispatches to, the code no path
// reaches, and runs a short tail in place of a jump to it (tailAt; issue 12, s7-emit). These checks
// pin the shapes that must survive it: the states a frame is observed at (gi_frame.line, f_lineno, at a resume
// point), and a tail that starts where a try region starts (its exception must reach the handler,
// which the `catch` dispatch finds by the state: a jump into it is not threaded), and a jump out of
// verbatim code that ends the frame from inside a `try ... finally`.
import { describe, it, expect, beforeAll } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { compile } from "../../compiler/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

const source = `import { generator } from "pycoro";
export const endless = generator(function* () { let i = 0; for (;;) { yield i; i = (i + 1) & 127; } });
export const guarded = generator(function* (f: () => number) {
  for (;;) {
    try {
      yield f();
    } catch (e) {
      yield "caught " + (e as Error).message;
    }
  }
});
export const counted = generator(function* (n: number) {
  let i = 0;
  while (i < n) {
    yield i;
    i++;
  }
  return "done";
});
export const breakFinally = generator(function* (log: string[]) {
  for (const k in { a: 0 }) {
    const got = yield k;
    try {
      break;
    } finally {
      log.push("finally " + String(got) + " " + log.length);
    }
  }
});
`;

let code = "";
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let m: any;

beforeAll(async () => {
  const r = compile(source, { fileName: "dead-states.ts" });
  expect(r.diagnostics).toEqual([]);
  code = r.code;
  mkdirSync(`${root}.pycoro-cache`, { recursive: true });
  const file = `${root}.pycoro-cache/dead-states-test.mjs`;
  writeFileSync(file, r.code);
  m = await import(pathToFileURL(file).href);
});

/** The `case N:` labels of the class named `name$`'s step. */
function casesOf(name: string): string[] {
  const start = code.indexOf(`class ${name}$`);
  const body = code.slice(start, code.indexOf("$next(", start));
  return [...body.matchAll(/case (\d+):/g)].map((x) => x[1]);
}

describe("dead states and threaded jumps in the emitted step", () => {
  it("an endless loop: only the entry and the resume state get a case; it still counts and wraps", () => {
    expect(casesOf("endless")).toEqual(["0", "4"]);
    const g = m.endless();
    const got: number[] = [];
    for (let k = 0; k < 130; k++) got.push(g.send(undefined));
    expect(got.slice(0, 3)).toEqual([0, 1, 2]);
    expect(got[128]).toBe(0);
    // the frame is suspended at the yield's line (line 2 of the source) after a threaded back edge
    expect(g.gi_frame.line).toBe(2);
  });

  it("a loop whose body starts a try block: an exception of the repeated head reaches the catch", () => {
    let n = 0;
    const g = m.guarded(() => {
      n++;
      if (n % 2 === 0) throw new Error(`boom ${n}`);
      return n;
    });
    const got: unknown[] = [];
    for (let k = 0; k < 5; k++) got.push(g.send(undefined));
    expect(got).toEqual([1, "caught boom 2", 3, "caught boom 4", 5]);
  });

  it("a while loop with a test: values, the return value, and the line of each resume", () => {
    const g = m.counted(3);
    expect(g.send(undefined)).toBe(0);
    expect(g.gi_frame.line).toBe(15);
    expect(g.send(undefined)).toBe(1);
    expect(g.gi_frame.line).toBe(15);
    expect(g.send(undefined)).toBe(2);
    let stop: unknown;
    try { g.send(undefined); } catch (e) { stop = e; }
    expect((stop as { value: unknown }).value).toBe("done");
    expect(g.gi_frame).toBe(null);
  });

  it("a break out of a loop from a try with a finally: the finally reads the locals before the frame forgets them", () => {
    // (the fuzzer's seed 12, program 704425243: the loop's exit, threaded into the frame's end,
    // reset the fields inside the try, and the finally's `log.push` raised a TypeError)
    const log: string[] = [];
    const g = m.breakFinally(log);
    expect(g.send(undefined)).toBe("a");
    let stop: unknown;
    try { g.send("x"); } catch (e) { stop = e; }
    expect((stop as Error).name).toBe("StopIteration");
    expect(log).toEqual(["finally x 0"]);
  });
});
