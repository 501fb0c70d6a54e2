// The programs in docs/asyncio.md and docs/io.md run, and print exactly the output the page shows after each:
// every ```ts block is followed by a ```text block with its output.
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const dir = path.join(root, ".pycoro-cache", "docs");

function examples(page: string): { code: string; output: string }[] {
  const text = readFileSync(path.join(root, page), "utf8");
  const out: { code: string; output: string }[] = [];
  const re = /```ts\n([\s\S]*?)```\s*```text\n([\s\S]*?)```/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ code: m[1], output: m[2] });
  return out;
}

for (const [page, count] of [["docs/asyncio.md", 4], ["docs/io.md", 6]] as const) {
describe(page, () => {
  const cases = examples(page);
  it("has its examples", () => expect(cases.length).toBe(count));
  cases.forEach(({ code, output }, i) => {
    it(`example ${i + 1} prints what the page shows`, () => {
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${path.basename(page, ".md")}-example-${i + 1}.ts`);
      writeFileSync(file, code);
      const r = spawnSync(process.execPath, [path.join(root, "bin", "pycoro.mjs"), "run", file], { encoding: "utf8", cwd: dir, timeout: 60_000 });
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe(output);
    }, 60_000);
  });
});
}
