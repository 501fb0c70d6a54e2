/**
 * `await asyncio.sleep(0)` — the namespace form of SURFACE.md §1 (`import * as asyncio from
 * "pycoro"`) — takes the compiled sleep(0) fast path that `await sleep(0)` takes
 * (compiler/passes/emit.ts `sleepZero`; issue 12: zero bytes per switch), and a member call that is
 * not the runtime's sleep behaves exactly as the plain call: the member read once, `this` bound,
 * the argument passed, V8's message for a non-callable member.
 *
 * Which path ran is visible on the parked coroutine: the fast path's frame comes from `sleep0()`
 * and is marked recyclable (`$tmp`, runtime/loop/sleep.ts `awaitedSleep0`); `sleep(0)` called as a
 * function makes an ordinary one. The native half (`plain`, an unmarked async function) runs the
 * same member calls through V8 for the messages and the order.
 */
import { expect, test } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dir = path.join(root, ".pycoro-cache", "sleep-member-test");
const file = path.join(dir, "sleep-member.ts");

const PROGRAM = `import * as asyncio from "pycoro";
import * as aio from "pycoro";
import { coroutine, createTask, run, sleep } from "pycoro";

type Parked = { $yf: { $tmp?: boolean; constructor: { name: string } } | null };
const path = (t: { getCoro(): unknown }) => {
  const yf = (t.getCoro() as Parked).$yf;
  return yf === null ? "nothing" : yf.$tmp === true ? "fast" : "plain";
};

const log: string[] = [];
const seen: string[] = [];
const proxied = new Proxy(asyncio, { get(t, k, r) { if (k === "sleep") log.push("get sleep"); return Reflect.get(t, k, r); } });
const own = {
  get sleep() {
    log.push("get sleep");
    return function (this: unknown, ...args: unknown[]) {
      log.push(\`call this=\${this === own ? "own" : String(this)} args=\${args.join(",")}\`);
      return asyncio.sleep(0, "own result");
    };
  },
};
const notCallable = { sleep: 5 } as unknown as typeof asyncio;
const missing = {} as unknown as typeof asyncio;

const parkAt = coroutine(async function parkAt(how: string) {
  if (how === "namespace") await asyncio.sleep(0);
  else if (how === "second namespace") await aio.sleep(0);
  else if (how === "identifier") await sleep(0);
  else if (how === "proxied namespace") await proxied.sleep(0);
  else if (how === "kept in a variable") { const s = asyncio.sleep(0); await s; }
  else if (how === "non-zero") await asyncio.sleep(0.0001);
  return how;
});

const members = coroutine(async function members() {
  seen.push("own: " + String(await own.sleep(0)) + " | " + log.splice(0).join("; "));
  try { await notCallable.sleep(0); } catch (e) { seen.push(\`not callable: \${(e as Error).constructor.name}: \${(e as Error).message}\`); }
  try { await missing.sleep(0); } catch (e) { seen.push(\`missing: \${(e as Error).constructor.name}: \${(e as Error).message}\`); }
});
async function plain() {
  const out: string[] = [];
  out.push("own: " + String(await own.sleep(0)) + " | " + log.splice(0).join("; "));
  try { await notCallable.sleep(0); } catch (e) { out.push(\`not callable: \${(e as Error).constructor.name}: \${(e as Error).message}\`); }
  try { await missing.sleep(0); } catch (e) { out.push(\`missing: \${(e as Error).constructor.name}: \${(e as Error).message}\`); }
  return out;
}

const main = coroutine(async function main() {
  for (const how of ["namespace", "second namespace", "identifier", "proxied namespace", "kept in a variable"]) {
    const t = createTask(parkAt(how));
    await asyncio.sleep(0);
    const p = path(t);
    const got = await t;
    console.log(\`\${how}: \${p}, returned \${got}\${log.length ? " | " + log.splice(0).join("; ") : ""}\`);
  }
  await members();
  const native = await plain();
  for (let i = 0; i < seen.length; i++) console.log(seen[i] === native[i] ? \`same as V8 | \${seen[i]}\` : \`DIFFERS | \${seen[i]} | V8: \${native[i]}\`);
});

run(main());
`;

test("await ns.sleep(0) takes the sleep(0) fast path; any other member `sleep` is called as written", () => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }\n');
  writeFileSync(file, PROGRAM);
  const out = execFileSync(process.execPath, [path.join(root, "bin", "pycoro.mjs"), "run", file], { encoding: "utf8", cwd: dir, env: { ...process.env, PYCORO_CACHE: "0" } });
  expect(out.trimEnd().split("\n")).toEqual([
    "namespace: fast, returned namespace",
    "second namespace: fast, returned second namespace",
    "identifier: fast, returned identifier",
    "proxied namespace: fast, returned proxied namespace | get sleep",
    "kept in a variable: plain, returned kept in a variable",
    "same as V8 | own: own result | get sleep; call this=own args=0",
    "same as V8 | not callable: TypeError: notCallable.sleep is not a function",
    "same as V8 | missing: TypeError: missing.sleep is not a function",
  ]);
}, 120_000);
