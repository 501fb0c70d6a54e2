/**
 * compile-cache.ts — the disk cache of `pycoro run` and `pycoro/register` (loader-hooks.ts), made
 * safe on a machine shared with other users.
 *
 * Where: $PYCORO_CACHE_DIR, else $XDG_CACHE_HOME/pycoro, else ~/.cache/pycoro (the convention
 * tsx, pip and npm users know) — never a shared temporary folder, where another local user could
 * create the folder first and plant code that then runs as you.
 *
 * The folder is created 0700 and used only if it is a real folder (not a symlink) owned by the
 * user and writable by nobody else; otherwise `pycoro` says once why it compiles without the
 * cache. Entries are written to a temporary name created exclusively (O_EXCL, mode 0600), then
 * renamed: a symlink planted at that name makes the open fail instead of writing through it.
 *
 * The key holds everything that changes the output: the compiler's build, the TypeScript version,
 * the tsconfig.json text tsc would read for the file (extends included), the module format, the
 * file's path and its text.
 */
import { readFile, open, rename, unlink } from "node:fs/promises";
import { mkdirSync, lstatSync, readdirSync, statSync, readFileSync, openSync, writeSync, closeSync, renameSync, unlinkSync } from "node:fs";
import { createHash, randomBytes } from "node:crypto";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

/** The cache folder to use, or undefined (off, or refused: the reason is written to stderr once). */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.PYCORO_CACHE === "0") return undefined;
  const dir = env.PYCORO_CACHE_DIR || path.join(env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(homedir(), ".cache"), "pycoro");
  const problem = unsafe(dir);
  if (problem) {
    warnOnce(`pycoro: not using the compile cache ${dir}: ${problem}; compiling without it (PYCORO_CACHE=0 silences this)`);
    return undefined;
  }
  return dir;
}

/** Why `dir` must not be used (created 0700 if missing), or undefined when it is safe. */
export function unsafe(dir: string): string | undefined {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (e) {
    return `cannot create it (${(e as NodeJS.ErrnoException).code})`;
  }
  const st = lstatSync(dir);
  if (st.isSymbolicLink()) return "it is a symbolic link";
  if (!st.isDirectory()) return "it is not a folder";
  const uid = process.getuid?.();
  if (uid !== undefined && st.uid !== uid) return `it belongs to another user (uid ${st.uid})`;
  if (st.mode & 0o022) return `other users can write to it (mode ${(st.mode & 0o777).toString(8)})`;
  return undefined;
}

let warned = false;
function warnOnce(message: string): void {
  if (warned) return;
  warned = true;
  process.stderr.write(`${message}\n`);
}

export function cacheKey(parts: readonly string[]): string {
  const h = createHash("sha256");
  for (const p of parts) h.update(p).update("\0");
  return h.digest("hex");
}

export async function readEntry<T>(dir: string, key: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path.join(dir, `${key}.json`), "utf8")) as T;
  } catch {
    return undefined; // a miss, or an unreadable entry: compile
  }
}

/** Write an entry; `suffix` (random by default) names the temporary file, for tests. */
export async function writeEntry(dir: string, key: string, value: unknown, suffix = randomBytes(6).toString("hex")): Promise<boolean> {
  const entry = path.join(dir, `${key}.json`);
  const tmp = `${entry}.${suffix}.tmp`;
  try {
    const fh = await open(tmp, "wx", 0o600); // O_CREAT|O_EXCL: never through a planted symlink
    try {
      await fh.writeFile(JSON.stringify(value));
    } finally {
      await fh.close();
    }
    await rename(tmp, entry); // concurrent runs share the cache: readers see whole entries only
    return true;
  } catch (e) {
    // Not ours to remove when it already existed (EEXIST: someone planted it); otherwise clean up.
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") await unlink(tmp).catch(() => {});
    return false; // a read-only or full disk only costs the next run its cache
  }
}

/** readEntry / writeEntry for require() (require-hook.ts), which cannot wait. */
export function readEntrySync<T>(dir: string, key: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path.join(dir, `${key}.json`), "utf8")) as T;
  } catch {
    return undefined;
  }
}

export function writeEntrySync(dir: string, key: string, value: unknown): boolean {
  const entry = path.join(dir, `${key}.json`);
  const tmp = `${entry}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    const fd = openSync(tmp, "wx", 0o600);
    try { writeSync(fd, JSON.stringify(value)); } finally { closeSync(fd); }
    renameSync(tmp, entry);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") try { unlinkSync(tmp); } catch { /* gone already */ }
    return false;
  }
}

let build: string | undefined;

/** What identifies this compiler build (the sizes and times of its files) and TypeScript's version. */
export function compilerBuild(): string {
  if (build !== undefined) return build;
  const root = fileURLToPath(new URL("../", import.meta.url)); // all of dist/compiler/
  const files = compiledFiles(root).map((f) => {
    const s = statSync(path.join(root, f));
    return `${f}:${s.size}:${s.mtimeMs}`;
  });
  build = `${files.join("|")}|typescript@${typescriptVersion()}`;
  return build;
}

/** The .js files under `dir`, as sorted paths relative to it (the passes live in subfolders). */
function compiledFiles(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...compiledFiles(dir, rel));
    else if (e.name.endsWith(".js")) out.push(rel);
  }
  return out.sort();
}

/** The version of the TypeScript the compiler would load, read from its package.json (no load). */
export function typescriptVersion(): string {
  try {
    const require = createRequire(import.meta.url);
    return (JSON.parse(readFileSync(require.resolve("typescript/package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "none";
  }
}
