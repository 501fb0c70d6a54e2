// The transformer's contract with users: what it compiles, what it leaves alone, what it rejects.
import { describe, it, expect } from "vitest";
import ts from "typescript";
import { compile, createTransformer, Codes } from "../../compiler/index.js";

const plain = (src: string) => ts.transpileModule(src, {
  fileName: "x.ts",
  compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, useDefineForClassFields: true },
}).outputText;

describe("unmarked code", () => {
  it("is byte-for-byte what TypeScript emits without pycoro", () => {
    const src = `import { x } from "./other.js";
export function* native(a: number) { yield a; yield* [1, 2]; }
export async function f() { await x; for await (const y of x as any) {} }
class A { *m() { yield 1; } }
export const g = function* () { let i = 0; while (true) yield i++; };`;
    expect(compile(src, { fileName: "x.ts" }).code).toBe(plain(src));
  });

  it("stays byte-for-byte identical in a file that also has marked functions", () => {
    const untouched = `export function* native(a: number) { const b = yield a; return b; }`;
    const out = compile(`import { generator } from "pycoro";\n${untouched}\nexport const g = generator(function* () { yield 1; });`).code;
    expect(out).toContain(plain(untouched).trim());
  });
});

describe("marker imports", () => {
  const imports = (src: string) => compile(src).code.split("\n").filter((l) => l.startsWith("import ")).join("\n");
  it("a marker the transformer used up is no longer imported (bundlers would warn)", () => {
    expect(imports(`import { generator, run } from "pycoro";\nexport const g = generator(function* () { yield 1; });\nrun(null as any);`))
      .toBe(`import * as __pycoro from "pycoro/internal";\nimport { run } from "pycoro";`);
    expect(imports(`import { coroutine } from "pycoro";\nclass A { @coroutine async m() { return 1; } }`)).toBe(`import * as __pycoro from "pycoro/internal";`);
  });
  it("a marker still used as a value stays imported", () => {
    expect(imports(`import { generator as gen } from "pycoro";\nexport const g = gen(function* () { yield 1; });\nexport const keep = gen;`))
      .toContain(`import { generator as gen } from "pycoro";`);
  });
});

describe("marker detection", () => {
  const compiles = (src: string) => {
    const r = compile(src);
    expect(r.diagnostics.filter((d) => d.category === "error")).toEqual([]);
    return r;
  };
  it("named import", () => expect(compiles(`import { generator } from "pycoro"; const g = generator(function* () { yield 1; });`).machines).toHaveLength(1));
  it("aliased import", () => expect(compiles(`import { generator as gen, coroutine as co } from "pycoro"; const g = gen(function* () { yield 1; }); const c = co(function* () { yield 2; });`).machines.map((m) => m.kind)).toEqual(["generator", "generator-coroutine"]));
  it("namespace import", () => expect(compiles(`import * as pc from "pycoro"; const g = pc.generator(function* () { yield 1; });`).machines).toHaveLength(1));
  it("method decorators", () => {
    const r = compiles(`import { generator } from "pycoro"; class A { #k = 1; @generator *items(n: number) { yield this.#k + n; } }`);
    expect(r.machines.map((m) => m.qualname)).toEqual(["A.items"]);
    expect(r.code).not.toContain("@generator");
  });
  it("a same-named function from another module is not a marker", () => {
    const r = compile(`import { generator } from "./elsewhere.js"; const g = generator(function* () { yield 1; });`);
    expect(r.machines).toHaveLength(0);
    expect(r.code).toBe(plain(`import { generator } from "./elsewhere.js"; const g = generator(function* () { yield 1; });`));
  });
  it("resolves markers through re-exports when a type checker is available", () => {
    const files: Record<string, string> = {
      "/p/node_modules/pycoro/index.d.ts": `export declare function generator<F>(f: F): F;`,
      "/p/node_modules/pycoro/package.json": `{"name":"pycoro","types":"index.d.ts"}`,
      "/p/lib.ts": `export { generator as gen } from "pycoro";`,
      "/p/main.ts": `import { gen } from "./lib.js"; export const g = gen(function* () { yield 1; });`,
    };
    const host = ts.createCompilerHost({});
    host.getSourceFile = (name, lang) => files[name] !== undefined ? ts.createSourceFile(name, files[name], lang) : undefined;
    host.fileExists = (name) => files[name] !== undefined;
    host.readFile = (name) => files[name];
    host.directoryExists = (dir) => Object.keys(files).some((f) => f.startsWith(`${dir}/`));
    const options = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, noLib: true };
    const program = ts.createProgram(["/p/main.ts"], options, host);
    let out = "";
    const machines: unknown[] = [];
    program.emit(program.getSourceFile("/p/main.ts"), (_n, text) => { out = text; }, undefined, false,
      { before: [createTransformer({ checker: program.getTypeChecker(), onMachine: (m) => machines.push(m) })] });
    expect(machines).toHaveLength(1);
    expect(out).toContain("defineGenerator");
  });
});

describe("qualnames", () => {
  it("follow Python's __qualname__ rules", () => {
    const r = compile(`import { generator } from "pycoro";
function outer() { const inner = generator(function* () { yield 1; }); return inner; }
class K { @generator *meth() { yield 1; } }
const top = generator(function* named() { yield 1; });`);
    expect(r.machines.map((m) => [m.name, m.qualname])).toEqual([["inner", "outer.<locals>.inner"], ["meth", "K.meth"], ["named", "named"]]);
  });
});

describe("diagnostics", () => {
  const diag = (src: string) => compile(`import { generator, coroutine } from "pycoro";\n${src}`, { fileName: "bad.ts" }).diagnostics;
  it("PYC1001: a marker applied to something that is not a generator function", () => {
    const [d] = diag(`const g = generator(function () { return 1; });`);
    expect(d).toMatchObject({ code: Codes.BadMarkerTarget, file: "bad.ts", line: 2, column: 11, category: "error" });
    expect(d.message).toContain("generator(function* (...)");
    expect(diag(`const h = generator(someVariable);`)[0].code).toBe(Codes.BadMarkerTarget);
    expect(diag(`const c = coroutine(function () {});`)[0].code).toBe(Codes.BadMarkerTarget);
  });
  it("PYC1003: a marker decorator on a method of the wrong kind", () => {
    const [d] = diag(`class A { @generator m() { return 1; } }`);
    expect(d).toMatchObject({ code: Codes.BadDecoratorTarget, line: 2, column: 11 });
  });
  it("PYC1002: a marker used where the compiler cannot follow it (warning)", () => {
    const [d] = diag(`const m = generator; const g = m(function* () { yield 1; });`);
    expect(d).toMatchObject({ code: Codes.MarkerNotCalled, category: "warning", line: 2, column: 11 });
  });
  it("PYC2001: an unsupported construct is reported and the function throws when called instead of running differently", () => {
    const r = compile(`import { generator } from "pycoro";\nconst g = generator(function* (o: any) { o.tag\`\${yield 1}\`; });`, { fileName: "bad.ts" });
    expect(r.diagnostics[0]).toMatchObject({ code: Codes.Unsupported, line: 2 });
    expect(r.diagnostics[0].message).toMatch(/store the tag function in a local/);
    expect(r.code).toContain("compileError(");
    expect(r.code).not.toContain("defineGenerator(");
  });
  it("PYC2002/PYC2003: yield* and return-with-value in an async generator", () => {
    const ds = diag(`const ag = coroutine(async function* () { yield* [1]; return 5; });`);
    expect(ds.map((d) => d.code)).toEqual([Codes.YieldStarInAsyncGenerator, Codes.ReturnValueInAsyncGenerator]);
  });
});

describe("lowering keeps suspension-free statements native", () => {
  it("a loop with no yield inside is emitted as a loop", () => {
    const { code } = compile(`import { generator } from "pycoro";
const g = generator(function* (xs: number[]) { let s = 0; for (const x of xs) { s += x; } yield s; });`);
    expect(code).toMatch(/for \(const x of \$f\.xs\)/);
  });
  it("a try with no yield inside stays a real try statement", () => {
    const { code } = compile(`import { generator } from "pycoro";
const g = generator(function* () { try { JSON.parse("{"); } catch (e) { console.log("bad"); } yield 1; });`);
    expect(code).toMatch(/try \{\s*JSON\.parse/);
  });
});

describe("only temporaries live across a suspension stay in the frame", () => {
  const temps = (body: string) => {
    const r = compile(`import { generator, coroutine } from "pycoro";\n${body}`);
    expect(r.diagnostics.filter((d) => d.category === "error")).toEqual([]);
    return r.machines.map((m) => m.fields.filter((f) => f.kind === "temp").map((f) => f.name));
  };
  it("an operand cached before a later yield is a frame field", () => {
    expect(temps(`const g = generator(function* (a: number[]) { return a[0] + (yield 1); });`)).toEqual([["$t0"]]);
  });
  it("the value of a ?: whose branches await, read before any later suspension, is a step local", () => {
    const src = `const f = coroutine(async function (d: number, x: unknown) { return d === 0 ? await x : await f(d - 1, x); });`;
    expect(temps(src)).toEqual([[]]);
    expect(compile(`import { coroutine } from "pycoro";\n${src}`).code).toMatch(/let \$t0_, \$w;[\s\S]*\$t0_ = \$v;[\s\S]*return \$t0_;/);
  });
  it("in a loop: the ?: join (copied before the yield) moves, the cached operand stays", () => {
    expect(temps(`const g = generator(function* (n: number) { let s = 0; while (n--) s = (n > 1 ? (yield 1) : 2) + (yield s); return s; });`)).toEqual([["$t1"]]);
  });
});

describe("PYC3001: coroutines created and dropped", () => {
  it("warns for a marked coroutine function called as a statement, not when awaited or stored", () => {
    const r = compile(`import { coroutine } from "pycoro";
const job = coroutine(async function (n: number) { return n; });
const main = coroutine(async function () {
  job(1);
  await job(2);
  const c = job(3);
  await c;
});`, { fileName: "drop.ts" });
    const ws = r.diagnostics.filter((d) => d.code === Codes.CoroutineNotAwaited);
    expect(ws).toHaveLength(1);
    expect(ws[0]).toMatchObject({ line: 4, column: 3, category: "warning" });
    expect(ws[0].message).toContain("await job(...)");
  });
});

describe("import tracking respects shadowing", () => {
  it("a parameter or local named like a marker is not the marker", () => {
    const r = compile(`import { coroutine, generator } from "pycoro";
function run(coroutine: { send(v: unknown): unknown }) { return coroutine.send(undefined); }
function f() { const generator = (x: unknown) => x; return generator(function* () { yield 1; }); }
const g = generator(function* () { yield 2; });`);
    expect(r.diagnostics).toEqual([]);
    expect(r.machines.map((m) => m.name)).toEqual(["g"]);
  });
});
