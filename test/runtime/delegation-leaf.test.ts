/**
 * The delegation fast path resumes the leaf its Stack remembers from the chain's last yield
 * (runtime/core/driver.ts `resumeChain`, `Stack.leaf`; issue 12). delegation/leaf-cache.ts drives
 * chains whose remembered leaf went stale behind the base's back — the leaf driven directly and
 * finishing or delegating further, an invalid throw() detaching it (GEN-17: the leaf rejects it untouched), a
 * close the base ignores while a frame it delegated to yields (GEN-12, YF-11), a leaf shared by two
 * delegators — and must print what its Python twin prints (PEP 380; YF-06: a finished delegate
 * gives None).
 */
import { expect, test } from "vitest";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dir = fileURLToPath(new URL("./delegation/", import.meta.url));

test("a stale remembered leaf: each resume through the base does what CPython does", () => {
  const ts = execFileSync(process.execPath, [`${root}bin/pycoro.mjs`, "run", `${dir}leaf-cache.ts`], { encoding: "utf8", env: { ...process.env, PYCORO_CACHE: "0" }, timeout: 120_000 }).trimEnd().split("\n");
  const py = execFileSync("python3", [`${dir}leaf-cache.py`], { encoding: "utf8" }).trimEnd().split("\n");
  expect(py.length).toBe(5);
  expect(ts).toEqual(py);
}, 150_000);
