// Python-style repr() for the runtime's messages and reprs (the loop's, contextvars').
//
// Why this file exists: asyncio's reprs and messages embed reprs of user values
// (`<Future finished result='B'>`, `Task got bad yield: 123`, `Exception in callback cb(1)`), through
// `reprlib` where CPython limits their length. These helpers render JavaScript values the way a
// Python user expects: None/True/False, quoted strings, lists, exceptions as `Name('msg')`, and any
// object with a `__repr__()` method (futures, tasks, handles) by that method.

import { typeName } from "./errors.js";

let nextAddress = 0x7f0000001000;
/**
 * A unique hex pseudo-address, `0x7f0000001040`, for reprs that show CPython's `at 0x...` (Context,
 * Token, ContextVar, Queue, concurrent Future): JavaScript has no `id()`. Tests strip it as they
 * strip CPython's.
 */
export function pseudoAddress(): string {
  nextAddress += 0x40;
  return "0x" + nextAddress.toString(16).padStart(12, "0");
}

/** An object literal (or `Object.create(null)`): an options bag, or Python's dict. */
export function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (x === null || typeof x !== "object") return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

/** Python's str repr: single quotes unless the text has ' and no ". */
export function strRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + q;
}

/** The Python name of an exception's class (a plain JS `Error` is Python's `Exception`). */
export function excTypeName(e: unknown): string {
  if (e instanceof Error) {
    const n = e.constructor?.name || e.name;
    return n === "Error" ? "Exception" : n;
  }
  return typeName(e);
}

/** `Name('message')` / `Name()`, as repr() of a Python exception with zero or one argument. */
export function excRepr(e: unknown): string {
  if (e instanceof Error) return e.message === "" ? `${excTypeName(e)}()` : `${excTypeName(e)}(${strRepr(e.message)})`;
  return `${typeName(e)}(${pyRepr(e)})`;
}

function numberRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  return Number.isInteger(x) && Math.abs(x) < 1e16 ? String(x) : String(x).replace(/e\+?/, "e+").replace("e+-", "e-");
}

/** The name a callback shows in messages: `__qualname__`, else its name (minus `bound `). */
export function funcName(fn: Function): string {
  const q = (fn as { __qualname__?: unknown }).__qualname__;
  if (typeof q === "string" && q !== "") return q;
  const n = fn.name.startsWith("bound ") ? fn.name.slice(6) : fn.name;
  return n === "" ? "<anonymous>" : n;
}

/** Python's repr() of a JavaScript value. `limit` applies reprlib's default size limits. */
export function pyRepr(x: unknown, limit = false, depth = 0, seen?: Set<unknown>): string {
  if (x === undefined || x === null) return "None";
  if (x === true) return "True";
  if (x === false) return "False";
  if (typeof x === "number") return numberRepr(x);
  if (typeof x === "bigint") return x.toString();
  if (typeof x === "string") {
    if (!limit) return strRepr(x);
    // reprlib.repr_str: maxstring = 30
    let s = strRepr(x.slice(0, 30));
    if (s.length > 30) {
      const i = Math.max(0, Math.floor((30 - 3) / 2));
      const j = Math.max(0, 30 - 3 - i);
      s = strRepr(x.slice(0, i) + x.slice(x.length - j));
      s = s.slice(0, i) + "..." + s.slice(s.length - j);
    }
    return s;
  }
  if (typeof x === "symbol") return x.toString();
  if (typeof x === "function") {
    if (x.prototype instanceof Error || x === Error) return `<class ${strRepr(x === Error ? "Exception" : x.name)}>`;
    return `<function ${funcName(x)}>`;
  }
  const r = (x as { __repr__?: unknown }).__repr__;
  if (typeof r === "function") return String(r.call(x));
  if (x instanceof Error) return excRepr(x);
  seen ??= new Set();
  if (seen.has(x)) return Array.isArray(x) ? "[...]" : "{...}";
  if (limit && depth >= 6) return Array.isArray(x) ? "[...]" : "{...}";
  seen.add(x);
  try {
    const items = (xs: unknown[], max: number): string => {
      const shown = limit ? xs.slice(0, max) : xs;
      const parts = shown.map((v) => pyRepr(v, limit, depth + 1, seen));
      if (limit && xs.length > max) parts.push("...");
      return parts.join(", ");
    };
    if (Array.isArray(x)) return `[${items(x, 6)}]`;
    if (x instanceof Set) return x.size === 0 ? "set()" : `{${items([...x], 6)}}`;
    if (x instanceof Map) {
      const es = [...x].slice(0, limit ? 4 : undefined).map(([k, v]) => `${pyRepr(k, limit, depth + 1, seen)}: ${pyRepr(v, limit, depth + 1, seen)}`);
      if (limit && x.size > 4) es.push("...");
      return `{${es.join(", ")}}`;
    }
    if (isPlainObject(x)) {
      const all = Object.entries(x as object);
      const es = all.slice(0, limit ? 4 : undefined).map(([k, v]) => `${strRepr(k)}: ${pyRepr(v, limit, depth + 1, seen)}`);
      if (limit && all.length > 4) es.push("...");
      return `{${es.join(", ")}}`;
    }
    return `<${typeName(x)} object>`;
  } finally {
    seen.delete(x);
  }
}

/** `format_helpers._format_callback_source(func, args)`: `name(arg, ...)`; JS functions have no source position. */
export function formatCallback(fn: unknown, args: readonly unknown[]): string {
  const name = typeof fn === "function" ? funcName(fn) : pyRepr(fn);
  return `${name}(${args.map((a) => pyRepr(a, true)).join(", ")})`;
}

interface CoroLike {
  __qualname__?: unknown;
  __name__?: unknown;
  cr_running?: unknown;
  gi_running?: unknown;
  cr_frame?: { file?: string; line?: number } | null;
  gi_frame?: { file?: string; line?: number } | null;
}

/** `coroutines._format_coroutine`: `qualname() running at file:line` / `qualname() done, defined at file:line`. */
export function formatCoroutine(coro: unknown): string {
  const c = coro as CoroLike;
  let name: string;
  if (typeof c.__qualname__ === "string" && c.__qualname__) name = c.__qualname__;
  else if (typeof c.__name__ === "string" && c.__name__) name = c.__name__;
  else name = `<${typeName(coro)} without __name__>`;
  name += "()";
  const meta = (c as { constructor?: { $meta?: { file?: string; line?: number } } }).constructor?.$meta;
  if (meta === undefined) {
    const running = c.cr_running ?? c.gi_running;
    return running === true ? `${name} running` : name;
  }
  const frame = c.cr_frame ?? c.gi_frame ?? null;
  const file = meta.file || "<empty co_filename>";
  if (frame != null) return `${name} running at ${file}:${frame.line ?? 0}`;
  return `${name} done, defined at ${file}:${meta.line ?? 0}`;
}

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

function reprOfThis(this: { __repr__(): string }): string {
  return this.__repr__();
}

function strOfThis(this: { __str__(): string }): string {
  return this.__str__();
}

/**
 * Python's str() and repr() for a runtime object in JavaScript: `String(x)`, template literals give
 * `x.__str__()` when `str` is given, else `x.__repr__()`; Node's `util.inspect` (console.log, the
 * REPL) shows `x.__repr__()`. Defined on `proto` (a class's prototype, or the object itself) as
 * non-enumerable methods, as class methods would be: one definition instead of a
 * toString / inspect pair in every class.
 */
export function showRepr(proto: { __repr__(): string }, str?: "__str__"): void {
  const def = (key: PropertyKey, value: unknown) => Object.defineProperty(proto, key, { value, writable: true, configurable: true });
  def("toString", str === undefined ? reprOfThis : strOfThis);
  def(INSPECT, reprOfThis);
}
