// bench/lib/measure.mjs `sampleNs`: samples are taken on warm code and last about `minMs`.
//
// Why this test exists: the calibration stops at the first run that takes >= minMs. When that run
// is a cold one (interpreted, before V8 optimizes the body), the repetition count it settles on is
// far too small once the code is warm: the delegation family's D=1000 drain was sampled with
// reps = 1, five samples of one 0.1 ms drain each taken while V8 was still compiling (s6-deleg,
// issue 12). sampleNs now recalibrates on warm code. The body here is slow only on its first call,
// as cold code is; the margins are large (a 60 ms first call, then calls of a few microseconds),
// so load cannot flip the outcome.
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs module of the bench, without type declarations
import { sampleNs } from "../../bench/lib/measure.mjs";

function busyWait(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

describe("sampleNs", () => {
  it("recalibrates once the body is warm, so samples are not single fast repetitions", () => {
    const calls: number[] = [];
    let sink = 0;
    const body = (reps: number) => {
      calls.push(reps);
      if (calls.length === 1) busyWait(60); // the cold first run: longer than minMs on its own
      for (let r = 0; r < reps; r++) sink += r & 1;
    };
    const samples: number[] = sampleNs(body, { minMs: 40, samples: 3, warmup: 1 });
    expect(samples).toHaveLength(3);
    expect(sink).toBeGreaterThanOrEqual(0);
    // Without the recalibration every later call would use the cold calibration's reps = 1.
    const sampled = calls.slice(-3);
    expect(calls[0]).toBe(1);
    for (const reps of sampled) expect(reps).toBeGreaterThan(1000);
  });
});
