// The inspector's graph formats, each checked by the tool that reads it (issue 11): DOT through
// Graphviz (`dot -Tsvg`, Debian's graphviz), Mermaid through Mermaid's own parser, and the HTML page
// in real Chromium (Debian's chromium, driven by playwright-core): no console errors, no network,
// clicking a state highlights its source lines and its `case`, clicking a line selects its state,
// hostile source text shows as text and never runs. The screenshot is kept as a test artifact:
// .pycoro-cache/artifacts/inspect.png.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { CACHE, CLI, ROOT } from "../harness/paths.js";

const CHROMIUM = "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
const haveDot = spawnSync("dot", ["-V"]).status === 0;

const DEMO = `import { generator, coroutine, sleep } from "pycoro";

export const running = generator(function* () {
  let total = 0;
  try {
    while (true) total += (yield total) as number;
  } finally {
    console.log("closed at", total);
  }
});

export const fetchAll = coroutine(async function (urls: string[]) {
  const out: string[] = [];
  for (const u of urls) {
    try {
      await sleep(0.1);
      out.push(u);
    } catch (e) {
      console.log("failed", u, "</script><script>window.__pwned = 1</script>");
    }
  }
  return out;
});

// Hostile text in the source: shown, never run.
const html = "<img src=x onerror=\\"window.__pwned = 2\\">";
export const tpl = generator(function* (name: string) {
  yield \`\${name} </script><script>window.__pwned = 3</script> \${"\${alert(1)}"}\`;
  yield html;
});
`;

let dir = "";
const inspect = (...args: string[]) => spawnSync(process.execPath, [CLI, "inspect", path.join(dir, "demo.ts"), ...args], { encoding: "utf8", cwd: dir });

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "pycoro-inspect-"));
  writeFileSync(path.join(dir, "demo.ts"), DEMO);
});

describe.skipIf(!haveDot)("--format dot", () => {
  it("renders with Graphviz: dot -Tsvg succeeds without warnings, and no box shows a literal \\l", () => {
    const text = inspect("--format", "dot").stdout;
    expect(text.match(/^digraph /gm)).toHaveLength(3);
    const svg = spawnSync("dot", ["-Tsvg"], { input: text, encoding: "utf8" });
    expect(svg.stderr).toBe("");
    expect(svg.status).toBe(0);
    expect(svg.stdout.match(/<svg /g)).toHaveLength(3);
    const labels = [...svg.stdout.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels.some((l) => l.startsWith("state 0 [function]"))).toBe(true);
    expect(labels.filter((l) => l.includes("\\l"))).toEqual([]);
  });
});

describe.skipIf(!haveChromium)("in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
  });
  afterAll(async () => { await browser?.close(); });

  it("--format mermaid: one diagram per function, each parsed by Mermaid", async () => {
    const text = inspect("--format", "mermaid").stdout;
    const blocks = [...text.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks).toHaveLength(3);
    const page = await browser.newPage();
    await page.addScriptTag({ path: path.join(ROOT, "node_modules", "mermaid", "dist", "mermaid.min.js") });
    const results = await page.evaluate(async (all: string[]) => {
      const m = (globalThis as unknown as { mermaid: { parse(t: string): Promise<unknown> } }).mermaid;
      const out: string[] = [];
      for (const b of all) out.push(await m.parse(b).then(() => "ok", (e: Error) => `error: ${e.message}`));
      // The old output, two diagrams in one text, is what Mermaid rejects.
      out.push(await m.parse(all.slice(0, 2).join("\n")).then(() => "ok", () => "rejected"));
      return out;
    }, blocks);
    expect(results).toEqual(["ok", "ok", "ok", "rejected"]);
    await page.close();
  });

  describe("--format html", () => {
    let page: Page;
    const errors: string[] = [];
    const requests: string[] = [];
    let dialogs = 0;
    beforeAll(async () => {
      const r = inspect("--format", "html");
      expect(r.status).toBe(0);
      const url = r.stdout.trim();
      expect(url).toBe(pathToFileURL(path.join(dir, "demo.ts.inspect.html")).href);
      page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
      page.on("pageerror", (e) => errors.push(String(e)));
      page.on("request", (req) => requests.push(req.url()));
      page.on("dialog", (d) => { dialogs++; void d.dismiss(); });
      await page.goto(url);
    });

    it("loads without console errors, network requests or dialogs, and hostile source never runs", async () => {
      expect(errors).toEqual([]);
      expect(requests.filter((u) => !u.startsWith("file:"))).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(dialogs).toBe(0);
      // ... and is shown as text, in the source pane and in the emitted code.
      const src = await page.locator("#src").textContent();
      expect(src).toContain(`"</script><script>window.__pwned = 1</script>"`);
      expect(src).toContain(`"<img src=x onerror=\\"window.__pwned = 2\\">"`);
      expect(src).toContain("${\"${alert(1)}\"}");
      expect(await page.locator("#out").textContent()).toContain("</script><script>window.__pwned = 3</script>");
      expect(await page.locator("img").count()).toBe(0);
    });

    it("draws one diagram per machine with states, suspension, exception and finally styling", async () => {
      expect(await page.locator("svg.diagram").count()).toBe(3);
      const first = page.locator("#m0");
      expect(await first.locator("g.state").count()).toBeGreaterThan(4);
      expect(await first.locator("g.state.r-finally").count()).toBeGreaterThan(0);
      expect(await first.locator("g.state.suspends").count()).toBeGreaterThan(0);
      expect(await first.locator("path.k-yield").count()).toBeGreaterThan(0);
      expect(await first.locator("path.k-handler").count()).toBeGreaterThan(0);
    });

    it("clicking a state highlights its source lines and its case in the emitted code", async () => {
      // The finally block of `running`: source lines 7-9 (`} finally {` .. `}`).
      const fin = page.locator("#m0 g.state.r-finally").first();
      const state = await fin.getAttribute("data-state");
      await fin.click();
      const hlSrc = await page.locator("#src .line.hl").evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.line)));
      expect(hlSrc.length).toBeGreaterThan(0);
      expect(hlSrc.every((n) => n >= 7 && n <= 9)).toBe(true);
      expect(hlSrc).toContain(8);
      const hlOut = await page.locator("#out .line.hl").allTextContents();
      expect(hlOut[0]).toMatch(new RegExp(`case ${state}:`));
      expect(hlOut.join("")).toContain(`console.log("closed at"`);
      expect(await fin.getAttribute("class")).toContain("selected");
      mkdirSync(path.join(CACHE, "artifacts"), { recursive: true });
      await page.screenshot({ path: path.join(CACHE, "artifacts", "inspect.png"), fullPage: false });
    });

    it("clicking a source line selects the state it belongs to (the reverse direction)", async () => {
      await page.locator('#src .line[data-line="16"]').click(); // await sleep(0.1) in fetchAll
      const selected = page.locator("g.state.selected");
      expect(await selected.count()).toBe(1);
      expect(await selected.getAttribute("data-machine")).toBe("1");
      expect(await page.locator("#src .line.hl").evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.line)))).toContain(16);
      const hlOut = await page.locator("#out .line.hl").allTextContents();
      expect(hlOut[0]).toMatch(/case \d+:/);
      expect(hlOut.join("")).toMatch(/sleep\(0\.1\)/);
    });
  });
});
