// Timing loop used inside benchmark child processes (never in the parent).
// Method (shared/research/anchor-benchmarks.md): calibrate so one sample takes ≥ minMs, run
// warm-up samples, then take `samples` samples; report ns per unit for each.

const now = () => process.hrtime.bigint();

/**
 * `body(reps)` does `reps` repetitions of `unitsPerRep` units of work each.
 * Returns ns per unit for each sample.
 */
export function sampleNs(body, { unitsPerRep = 1, minMs = 20, samples = 5, warmup = 1 } = {}) {
  const minNs = minMs * 1e6;
  let reps = 1;
  for (;;) {
    const t0 = now();
    body(reps);
    const t = Number(now() - t0);
    if (t >= minNs) break;
    reps = t < minNs / 64 ? reps * 16 : Math.ceil((reps * minNs * 1.15) / Math.max(t, 1));
  }
  for (let i = 0; i < warmup; i++) body(reps);
  // Calibrated on cold code, a repetition may be far shorter once optimized: then recalibrate on
  // warm code and warm up again, so that samples are the >= minMs they are meant to be. Without
  // this, the delegation family's D=1000 drain (one cold drain of 10,000 values through 1000 fresh
  // levels takes > 20 ms in the interpreter) was sampled with reps = 1: five samples of one 0.1 ms
  // drain each, at about the tenth drain of the process, while V8 was still compiling — 10–47 ns
  // per value (wall) against 9.4 for 20 ms samples of the same build (s6-deleg, issue 12).
  for (let k = 0; k < 3; k++) {
    const t0 = now();
    body(reps);
    const t = Number(now() - t0);
    if (t >= minNs / 2) break;
    reps = Math.ceil((reps * minNs * 1.15) / Math.max(t, 1));
    for (let i = 0; i < warmup; i++) body(reps);
  }
  const out = [];
  for (let i = 0; i < samples; i++) {
    const t0 = now();
    body(reps);
    out.push(Number(now() - t0) / (reps * unitsPerRep));
  }
  return out;
}

/**
 * `sampleNs` for a body that returns a promise (awaited between repetitions), with a warm-up
 * measured in time: both variants of a family are then JIT-compiled code (V8 tiers a function up
 * over its first ~100 ms of calls, each function of a call tree at its own moment).
 */
export async function sampleNsAsync(body, { minMs = 20, samples = 5, warmupMs = 0 } = {}) {
  const minNs = minMs * 1e6;
  let reps = 16;
  for (;;) {
    const t0 = now();
    await body(reps);
    const t = Number(now() - t0);
    if (t >= minNs) break;
    reps = Math.ceil((reps * minNs * 1.15) / Math.max(t, 1));
  }
  for (const end = now() + BigInt(warmupMs * 1e6); now() < end;) await body(reps);
  const out = [];
  for (let i = 0; i < samples; i++) {
    const t0 = now();
    await body(reps);
    out.push(Number(now() - t0) / reps);
  }
  return out;
}

/** The generator protocols a driver can use. */
export const protocols = {
  /** JavaScript iterator protocol: g.next(v) -> {value, done}. */
  js: {
    start: (g) => g.next(),
    send: (g, v) => g.next(v).value,
    drain(g) {
      let n = 0;
      while (!g.next().done) n++;
      return n;
    },
  },
  /** Python protocol (pycoro): g.send(v) -> value, StopIteration at the end. */
  py: {
    start: (g) => g.send(undefined),
    send: (g, v) => g.send(v),
    drain(g) {
      let n = 0;
      try {
        for (;;) {
          g.send(undefined);
          n++;
        }
      } catch (e) {
        if (!e || e.name !== "StopIteration") throw e;
      }
      return n;
    },
  },
};
