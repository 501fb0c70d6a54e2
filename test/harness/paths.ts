import { fileURLToPath } from "node:url";
import path from "node:path";

/** Repository root (this file lives in test/harness/). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** fixtures/ (or $PYCORO_FIXTURES, e.g. to try the harness on a scratch tree). */
export const FIXTURES = process.env.PYCORO_FIXTURES ? path.resolve(process.env.PYCORO_FIXTURES) : path.join(ROOT, "fixtures");
export const CLI = path.join(ROOT, "bin", "pycoro.mjs");
/** Scratch space inside the repo (gitignored) so `import "pycoro"` self-references resolve. */
export const CACHE = path.join(ROOT, ".pycoro-cache");
