// Every fixture program type-checks (strict) against the runtime's own declarations, as a user's
// program would against the published package: `npx tsc -p fixtures`, run through the compiler API.
import { expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const config = fileURLToPath(new URL("../fixtures/tsconfig.json", import.meta.url));

it("fixtures type-check against the runtime's declarations", () => {
  const read = ts.readConfigFile(config, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(config));
  const inputs = fs.readdirSync(path.dirname(config), { recursive: true }).filter((f) => /(^|[\\/])input\.ts$/.test(String(f)));
  expect(inputs.length).toBeGreaterThan(150);
  expect(parsed.fileNames.filter((f) => f.endsWith("/input.ts"))).toHaveLength(inputs.length);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const errors = ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    return `${d.file ? path.relative(path.dirname(config), d.file.fileName) : ""}${where ? `:${where.line + 1}:${where.character + 1}` : ""} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
  expect(errors).toEqual([]);
}, 120_000);
