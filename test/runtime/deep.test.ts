// Deep delegation: a chain of 100,000 nested yield* is resumed, thrown into, closed and driven
// from the middle without growing the JavaScript stack (DESIGN.md §3). CPython would hit its
// recursion limit long before; the results are what CPython gives for shallow chains.

import { describe, expect, it } from "vitest";
import { ValueError, getGeneratorState as st } from "../../runtime/index.js";
import { chain, type ChainLog, type G } from "./frames.js";
import { raises } from "./helpers.js";

const D = 100_000;

/** The frame at depth k below g (k = 0 is g), following gi_yieldfrom. */
function at(g: G, k: number): G {
  let x = g;
  for (let i = 0; i < k; i++) x = x.gi_yieldfrom as G;
  return x;
}

function ascending(log: ChainLog): boolean {
  // finally blocks ran innermost first: the leaf (-1), then depth 0, 1, ..., D
  if (log.fin[0] !== -1) return false;
  for (let i = 1; i < log.fin.length; i++) if (log.fin[i] !== i - 1) return false;
  return true;
}

describe(`a chain of ${D} nested delegations`, () => {
  it("is resumed in O(1) per value and returns through every level", () => {
    const log: ChainLog = { fin: [] };
    const g = chain(D, log);
    expect(g.send(undefined)).toBe(0);
    const t0 = performance.now();
    for (let i = 1; i <= 1000; i++) expect(g.send(i)).toBe(i);
    const perResume = (performance.now() - t0) / 1000;
    expect(perResume).toBeLessThan(0.5); // ms; O(depth) would be ~1 ms per resume or more
    expect(st(at(g, D))).toBe("GEN_SUSPENDED");
    expect(at(g, D + 1).__name__).toBe("leaf");
    const e = raises(() => g.send("stop"));
    expect(e.value).toBe("leaf-ret");
    expect(log.fin.length).toBe(D + 2);
    expect(ascending(log)).toBe(true);
    expect(st(g)).toBe("GEN_CLOSED");
  });

  it("is thrown into: the leaf handles it, then the chain returns through every level", () => {
    const log: ChainLog = { fin: [] };
    const g = chain(D, log);
    g.send(undefined);
    expect(g.throw(new ValueError("deep"))).toBe("leaf caught deep");
    expect(log.fin).toEqual([]);
    const e = raises(() => g.send(undefined));
    expect(e.value).toBe("leaf-after-catch");
    expect(ascending(log)).toBe(true);
  });

  it("is thrown into: unhandled, the exception unwinds every level innermost first", () => {
    const log: ChainLog = { fin: [] };
    const g = chain(D, log);
    g.send(undefined);
    const err = new Error("unhandled");
    expect(raises(() => g.throw(err))).toBe(err);
    expect(log.fin.length).toBe(D + 2);
    expect(ascending(log)).toBe(true);
    expect(st(g)).toBe("GEN_CLOSED");
  });

  it("is closed: every finally runs, innermost first", () => {
    const log: ChainLog = { fin: [] };
    const g = chain(D, log);
    g.send(undefined);
    g.send(undefined);
    expect(g.close()).toBeUndefined();
    expect(log.fin.length).toBe(D + 2);
    expect(ascending(log)).toBe(true);
    expect(st(g)).toBe("GEN_CLOSED");
    expect(st(at(g, 0))).toBe("GEN_CLOSED");
  });

  it("is driven from the middle, then from the base again (the base's stack is rebuilt)", () => {
    const log: ChainLog = { fin: [] };
    const g = chain(D, log);
    expect(g.send(undefined)).toBe(0);
    const mid = at(g, D / 2);
    expect(st(mid)).toBe("GEN_SUSPENDED");
    expect(mid.send(undefined)).toBe(1);
    expect(mid.send(undefined)).toBe(2);
    expect(g.send(undefined)).toBe(3);
    expect(mid.send(undefined)).toBe(4);
    expect(g.throw(new ValueError("x"))).toBe("leaf caught x");
    expect(mid.close()).toBeUndefined(); // closes the lower half and the leaf
    expect(log.fin.length).toBe(D / 2 + 2);
    expect(st(mid)).toBe("GEN_CLOSED");
    // the base's sub-chain now ends in a closed generator: it returns None up to the base
    const e = raises(() => g.send(undefined));
    expect(e.value).toBeUndefined();
    expect(log.fin.length).toBe(D + 2);
  });
});
