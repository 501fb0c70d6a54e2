// The program every executor worker runs: a worker thread (Node `worker_threads`, `eval: true`) or,
// for ProcessPoolExecutor, a child process (`node -e`, messages over the IPC channel).
//
// Why this file exists: JavaScript cannot run a closure on another thread, so a job reaches a
// worker either as source text (`fn.toString()`, for self-contained functions) or as a module
// reference (`{ module, export }`, loaded with import()). This is the worker's half of that
// protocol, kept as a string so that it needs no file of its own next to the compiled runtime (and
// works the same from dist/ and from the TypeScript sources under a test runner).
//
// - Source text is compiled once per distinct text inside `with (scope)`, where `scope` is a Proxy
//   that claims every name the worker's global object does not have: a free variable of the
//   original closure therefore fails, when it is used, with a TypeError naming rule EXEC-01 instead
//   of silently reading something else. The scope provides pycoro's Python exception classes by
//   name (ValueError, RuntimeError, ...) so that a self-contained job can raise them.
// - contextvars: a ContextVar passed as a direct argument arrives as a worker-side variable with
//   the same identity key; each worker keeps its own base context, as a Python thread does, and a
//   job sent by `toThread` runs in the copy of the caller's context shipped with it (EXEC-03).
// - The result goes back by structured clone; an error as { name, message, stack } (the main side
//   rebuilds the class by name).

/** pycoro exception classes a job sent as source may use by name (the main side maps them back). */
export const WORKER_ERROR_NAMES = ["StopIteration", "RuntimeError", "ValueError", "LookupError", "CancelledError", "InvalidStateError", "TimeoutError"];

/** How a worker thread talks to the main thread. */
const THREAD_PORT = `const { parentPort } = require("node:worker_threads");`;
/**
 * How a ProcessPoolExecutor's child process talks to its parent: Node's IPC channel (with
 * `serialization: "advanced"`, structured clone as for threads) behind the same two calls.
 */
const PROCESS_PORT = `const parentPort = { on: (ev, f) => process.on(ev, f), postMessage: (m) => process.send(m) };`;

const WORKER_BODY = String.raw`

const provided = Object.create(null);
for (const name of ${JSON.stringify(WORKER_ERROR_NAMES)}) {
  const C = class extends Error {};
  Object.defineProperty(C, "name", { value: name });
  Object.defineProperty(C.prototype, "name", { value: name, writable: true, configurable: true });
  provided[name] = C;
}

const MISSING = Object.freeze({ toString: () => "<Token.MISSING>" });
let current = new Map(); // this thread's context: key -> value
const vars = new Map(); // key -> worker-side ContextVar

class ContextVar {
  constructor(d) {
    this.key = d.key;
    this.name = d.name;
    this.hasDefault = d.hasDefault;
    this.default = d.default;
  }
  get(...rest) {
    if (current.has(this.key)) {
      const v = current.get(this.key);
      if (v !== null && typeof v === "object" && v.__pycoroUnclonable !== undefined) {
        throw new TypeError("EXEC-03: the value of ContextVar '" + this.name + "' could not be sent to the worker thread (" + v.__pycoroUnclonable + ")");
      }
      return v;
    }
    if (rest.length > 0) return rest[0];
    if (this.hasDefault) return this.default;
    throw new provided.LookupError("<ContextVar name='" + this.name + "'>");
  }
  set(value) {
    const oldValue = current.has(this.key) ? current.get(this.key) : MISSING;
    current.set(this.key, value);
    return { var: this, oldValue };
  }
  reset(token) {
    if (token.oldValue === MISSING) current.delete(token.var.key);
    else current.set(token.var.key, token.oldValue);
  }
}

function varFor(d) {
  let v = vars.get(d.key);
  if (v === undefined) vars.set(d.key, (v = new ContextVar(d)));
  return v;
}

function closureError(fname, name) {
  return new TypeError(
    "EXEC-01: " + fname + "() was sent to a worker thread as source text and uses '" + String(name) +
      "', which the worker does not have: a function run in an executor must be self-contained " +
      "(pass values as arguments, or submit { module, export })",
  );
}

function scopeFor(fname) {
  return new Proxy(provided, {
    has: (t, k) => typeof k === "string" && (k in t || !(k in globalThis)),
    get: (t, k) => {
      if (k === Symbol.unscopables) return undefined;
      if (k in t) return t[k];
      throw closureError(fname, k);
    },
    set: (_t, k) => {
      throw closureError(fname, k);
    },
  });
}

const compiled = new Map();
function compile(src, name) {
  let f = compiled.get(src);
  if (f !== undefined) return f;
  // A function or arrow expression; else method shorthand (name() {...}), read off an object literal.
  for (const expr of ["(" + src + "\n)", "({ " + src + "\n })[" + JSON.stringify(name) + "]"]) {
    let make;
    try {
      make = new Function("__pycoroScope", "with (__pycoroScope) { return " + expr + "; }");
    } catch (e) {
      if (e instanceof SyntaxError) continue;
      throw e;
    }
    f = make(scopeFor(name || "<anonymous>"));
    if (typeof f !== "function") break;
    compiled.set(src, f);
    return f;
  }
  throw new TypeError("EXEC-01: cannot run " + (name || "<anonymous>") + "() in a worker thread: its source text is not a function");
}

async function load(ref) {
  const m = await import(ref.module);
  const f = m[ref.export];
  if (typeof f !== "function") throw new TypeError("EXEC-01: " + ref.module + " has no function export '" + ref.export + "'");
  return f;
}

function describe(e) {
  if (e instanceof Error) return { name: e.name, message: e.message, stack: e.stack };
  return { name: null, message: String(e), value: e };
}

parentPort.on("message", async (job) => {
  let reply;
  try {
    const fn = job.fn.source !== undefined ? compile(job.fn.source, job.fn.name) : await load(job.fn);
    const args = job.args;
    for (const [i, d] of job.argVars) args[i] = varFor(d);
    const base = current;
    if (job.context !== null) current = new Map(job.context.map(([d, v]) => (varFor(d), [d.key, v])));
    try {
      let value = fn(...args);
      if (value !== null && typeof value === "object" && typeof value.then === "function") value = await value;
      reply = { ok: true, value };
    } finally {
      current = base;
    }
  } catch (e) {
    reply = { ok: false, error: describe(e) };
  }
  try {
    parentPort.postMessage(reply);
  } catch (e) {
    // The result (or the thrown value) cannot be structured-cloned.
    const what = reply.ok ? "its result" : "what it threw";
    parentPort.postMessage({ ok: false, error: { name: "TypeError", message: "EXEC-01: " + what + " cannot be sent back from the worker thread: " + e.message, stack: "" } });
  }
});
`;

/** The program of a ThreadPoolExecutor worker thread. */
export const WORKER_SOURCE = THREAD_PORT + WORKER_BODY;
/** The same program for a ProcessPoolExecutor child process (`node -e`). */
export const PROCESS_WORKER_SOURCE = PROCESS_PORT + WORKER_BODY;
