/**
 * The driver's send loop (runtime/core/driver.ts `sendLoop`, issue 12 gen-iter): a suspended
 * delegation chain resumed by send goes on through plain delegations and returns in one loop and
 * hands the rest (a delegate held by another stack, a closed or foreign delegate, errors, the
 * recursion limit) to runStack. delegation/resume-loop.ts must print what its Python twin prints
 * (YF rules: PEP 380 delegation, YF-06 a finished delegate gives None), then pass the limit checks.
 */
import { expect, test } from "vitest";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dir = fileURLToPath(new URL("./delegation/", import.meta.url));

test("resuming delegation chains: what CPython does, and RecursionError past the limit on a resume", () => {
  const ts = execFileSync(process.execPath, [`${root}bin/pycoro.mjs`, "run", `${dir}resume-loop.ts`], { encoding: "utf8", env: { ...process.env, PYCORO_CACHE: "0" }, timeout: 120_000 }).trimEnd().split("\n");
  const py = execFileSync("python3", [`${dir}resume-loop.py`], { encoding: "utf8" }).trimEnd().split("\n");
  const cut = ts.indexOf("limit");
  expect(py.length).toBe(5);
  expect(ts.slice(0, cut)).toEqual(py);
  expect(ts.slice(cut + 1)).toEqual(["resumed past the limit: true true true true"]);
}, 150_000);
