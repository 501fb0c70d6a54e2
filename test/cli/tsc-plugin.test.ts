// PYC diagnostics through tsc (issue 11): the ts-patch plugin entry run by the real `tspc` on a
// sample project. tsc prints every diagnostic as `TS<number>`, so a PYC code must not arrive as one
// of TypeScript's own numbers (PYC1002 used to print as TS1002, "Unterminated string literal"):
// it prints as TS901002 with the PYC code leading the message, and the output is still written.
import { it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "../harness/paths.js";

it("tspc with pycoro/transformer shows the PYC code, never a TypeScript error number", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "pycoro-tspc-"));
  mkdirSync(path.join(dir, "node_modules"));
  symlinkSync(ROOT, path.join(dir, "node_modules", "pycoro"));
  for (const dep of ["typescript", "ts-patch"]) symlinkSync(path.join(ROOT, "node_modules", dep), path.join(dir, "node_modules", dep));
  writeFileSync(path.join(dir, "package.json"), `{"type":"module"}`);
  writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({
    compilerOptions: { target: "ES2022", module: "NodeNext", strict: true, skipLibCheck: true, outDir: "out", types: [], lib: ["ES2022", "ESNext.Disposable", "DOM"], plugins: [{ transform: "pycoro/transformer" }] },
    include: ["*.ts"],
  }));
  writeFileSync(path.join(dir, "main.ts"), `import { generator } from "pycoro";
const g: any = generator;
export const hidden = g(function* () { yield 1; });
export const fine = generator(function* () { yield 2; });
`);
  const r = spawnSync(process.execPath, [path.join(dir, "node_modules", "ts-patch", "bin", "tspc.js"), "-p", dir], { encoding: "utf8", cwd: dir });
  const out = r.stdout + r.stderr;
  expect(out).toMatch(/main\.ts\(2,16\): warning TS901002: PYC1002: pycoro can only compile a marker applied directly/);
  expect(out).not.toMatch(/\bTS1002\b/);
  // The marked function is compiled in the output tsc wrote.
  expect(readFileSync(path.join(dir, "out", "main.js"), "utf8")).toContain("__pycoro.defineGenerator(class fine$");
});
