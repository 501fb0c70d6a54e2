// Drives one program instance and records a trace. The same plan is used for the native and the
// pycoro variant; only behaviour JavaScript and Python share is exercised:
//  - the first resume sends undefined (Python refuses a non-None send to a just-started generator);
//  - throw() only after the first resume, only Error instances, never StopIteration, and never
//    while the program may be delegating to a foreign iterator (JS closes it, PEP 380 does not);
//  - no return()/close() (JS return() skips catch blocks; Python's close() raises GeneratorExit);
//  - for..of runs to exhaustion (a break would call return()).
// pycoro's send/throw return the yielded value and raise StopIteration(value) on return; they are
// normalised to {value, done} here.
import { makeRng } from "./gen.mjs";

export const MAX_STEPS = 400;
export const MAX_FOROF = 5000;

function show(v) {
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number" || typeof v === "boolean" || v === undefined || v === null) return String(v);
  if (typeof v === "function") return "<function>";
  try {
    return `<${v?.constructor?.name ?? "object"} ${JSON.stringify(v)}>`;
  } catch {
    return "<object>";
  }
}

export function showError(e) {
  if (e instanceof Error || (e && typeof e === "object" && "message" in e)) return `${e.name ?? e.constructor?.name}(${JSON.stringify(String(e.message))})`;
  return `raw ${show(e)}`;
}

const protocols = {
  js: {
    send: (g, v) => g.next(v),
    throw: (g, e) => g.throw(e),
  },
  py: {
    send(g, v) {
      try {
        return { value: g.send(v), done: false };
      } catch (e) {
        if (e && e.name === "StopIteration") return { value: e.value, done: true };
        throw e;
      }
    },
    throw(g, err) {
      try {
        return { value: g.throw(err), done: false };
      } catch (e) {
        if (e && e.name === "StopIteration") return { value: e.value, done: true };
        throw e;
      }
    },
  },
};

/** The action at step `i` of program `p`'s plan: ["send", v] or ["throw", tag]. */
export function planStep(p, i) {
  if (i === 0) return ["send", undefined];
  const r = makeRng((p.seed * 7919 + i * 104729) >>> 0);
  const x = r.next();
  if (p.throws && x < 0.15) return ["throw", "T" + i];
  if (x < 0.25) return ["send", undefined];
  return ["send", r.int(10)];
}

/**
 * Run `make(log, p.arg)` under plan `p` with protocol "js" (native) or "py" (pycoro).
 * Returns the trace: an array of strings mixing the program's log and the driver's events.
 * `made(g)`, if given, receives the generator object (run.mjs checks its frame once finished).
 */
export function drive(make, p, proto, made) {
  const log = [];
  const P = protocols[proto];
  let g;
  try {
    g = make.call({ k: "K" }, log, p.arg);
    made?.(g);
  } catch (e) {
    log.push(`CALL raised ${showError(e)}`);
    return log;
  }
  if (p.mode === "forof") {
    try {
      let n = 0;
      for (const x of g) {
        log.push(`Y ${show(x)}`);
        if (++n >= MAX_FOROF) {
          log.push("CAP");
          break;
        }
      }
      log.push("END");
    } catch (e) {
      log.push(`E ${showError(e)}`);
    }
    return log;
  }
  let finished = false;
  for (let i = 0; i < MAX_STEPS; i++) {
    const [kind, arg] = planStep(p, i);
    try {
      const r = kind === "send" ? P.send(g, arg) : P.throw(g, new Error(arg));
      log.push(`${kind === "send" ? `send(${show(arg)})` : `throw(${arg})`} -> ${r.done ? "done" : "yield"} ${show(r.value)}`);
      if (r.done) finished = true;
    } catch (e) {
      log.push(`${kind === "send" ? `send(${show(arg)})` : `throw(${arg})`} raised ${showError(e)}`);
      finished = true;
    }
    if (finished) {
      // One more resume of the finished generator: both must report done (value undefined).
      try {
        const r = P.send(g, 7);
        log.push(`after: ${r.done ? "done" : "yield"} ${show(r.value)}`);
      } catch (e) {
        log.push(`after: raised ${showError(e)}`);
      }
      return log;
    }
  }
  log.push("CAP");
  return log;
}

/** Index of the first differing entry, or -1. */
export function firstDiff(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i;
  return -1;
}

/**
 * pycoro only (no native twin: JavaScript's return() skips catch blocks, Python's close() raises
 * GeneratorExit in the frame): make the generator again, run the first `k` actions of `p`'s plan,
 * then close() it; outcomes are ignored. Returns the generator (its frame is checked once
 * finished: run.mjs, frames.mjs). k = 0 closes it before it starts.
 */
export function closeAfter(make, p, k) {
  let g;
  try {
    g = make.call({ k: "K" }, [], p.arg);
  } catch {
    return undefined;
  }
  for (let i = 0; i < k; i++) {
    const [kind, arg] = planStep(p, i);
    try {
      if (kind === "send") g.send(arg);
      else g.throw(new Error(arg));
    } catch {
      return g; // finished (returned or raised)
    }
  }
  try {
    g.close();
  } catch {
    // (a yield in a finally: "generator ignored GeneratorExit"; the frame stays unfinished)
  }
  return g;
}

/** Resume a pycoro awaitable that never suspends (no await in the body): "yield" / "done" / "raised". */
function settle(aw) {
  try {
    aw.send(undefined);
    return "suspended"; // (an await that really waits: not generated)
  } catch (e) {
    if (e && e.name === "StopIteration") return "yield";
    if (e && e.name === "StopAsyncIteration") return "done";
    return "raised";
  }
}

/**
 * pycoro only, for the finished-frame check: the program printed as an async generator (gen.mjs
 * MODE "agen") driven by `asend` / `athrow` under p's plan until it finishes, or — `closeAt` = k —
 * for k actions and then `aclose()`d. Returns the async generator.
 */
export function driveAsyncGen(make, p, closeAt) {
  let ag;
  try {
    ag = make.call({ k: "K" }, [], p.arg);
  } catch {
    return undefined;
  }
  const steps = closeAt ?? MAX_STEPS;
  for (let i = 0; i < steps; i++) {
    const [kind, arg] = planStep(p, i);
    let r;
    try {
      r = settle(kind === "send" ? ag.asend(arg) : ag.athrow(new Error(arg)));
    } catch {
      return ag; // (asend/athrow refused: a finished or running generator)
    }
    if (r !== "yield") return ag;
  }
  if (closeAt !== undefined) settle(ag.aclose());
  return ag;
}

/**
 * pycoro only, for the finished-frame check: the program printed as a coroutine (gen.mjs MODE
 * "coro"; it never suspends) run to its end by one send, or closed before it starts.
 */
export function driveCoroutine(make, p, close) {
  let c;
  try {
    c = make.call({ k: "K" }, [], p.arg);
  } catch {
    return undefined;
  }
  try {
    if (close) c.close();
    else c.send(undefined);
  } catch {
    // finished: StopIteration (returned) or raised
  }
  return c;
}
