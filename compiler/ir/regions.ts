/**
 * regions.ts — the exception regions of the IR and the static questions asked of them.
 *
 * A region is the try, catch or finally part of one lowered `try` statement (or the function
 * itself); every label records the region it lies in. A region's *handler* is known statically,
 * so the emitted `catch` routes an exception by the current state alone, and a jump that leaves
 * regions knows which finally blocks it crosses (`finallysBetween`).
 */
import type { Label, StateMachine } from "./machine.js";

export type RegionPart = "function" | "try" | "catch" | "finally";

export interface Region {
  readonly id: number;
  readonly part: RegionPart;
  /** The lowered try statement this region belongs to (absent for the function region). */
  readonly block?: number;
  /** The region the try statement itself lies in. */
  readonly parent: number;
}

export interface ExceptionBlock {
  readonly id: number;
  readonly tryLabel: Label;
  catchLabel?: Label;
  finallyLabel?: Label;
  readonly endLabel: Label;
  /** Region enclosing the whole try statement. */
  readonly outer: number;
  /** Frame fields holding the pending completion of the finally part. */
  completionField?: string;
  valueField?: string;
  /** Step-local that carries the caught exception from the dispatcher to the catch body. */
}

/** Handler of a region: where an exception raised in it goes. */
export type Handler =
  | { kind: "catch"; block: ExceptionBlock }
  | { kind: "finally"; block: ExceptionBlock }
  | { kind: "none" };

export function handlerOf(sm: Pick<StateMachine, "regions" | "blocks">, regionId: number): Handler {
  const r = sm.regions[regionId];
  if (r.part === "function") return { kind: "none" };
  const b = sm.blocks[r.block!];
  if (r.part === "try" && b.catchLabel !== undefined) return { kind: "catch", block: b };
  if ((r.part === "try" || r.part === "catch") && b.finallyLabel !== undefined) return { kind: "finally", block: b };
  return handlerOf(sm, r.parent);
}

/** The innermost finally that must run when control leaves `regionId` for `targetRegion` (or the function). */
export function finallysBetween(sm: Pick<StateMachine, "regions" | "blocks">, regionId: number, targetRegion: number | undefined): ExceptionBlock[] {
  const out: ExceptionBlock[] = [];
  for (let r = sm.regions[regionId]; r.part !== "function" && r.id !== targetRegion; r = sm.regions[r.parent]) {
    if (isWithin(sm, targetRegion, r.id)) break;
    const b = sm.blocks[r.block!];
    if ((r.part === "try" || r.part === "catch") && b.finallyLabel !== undefined) out.push(b);
  }
  return out;
}

/** Is region `inner` equal to or nested inside region `outer`? */
export function isWithin(sm: Pick<StateMachine, "regions">, inner: number | undefined, outer: number): boolean {
  if (inner === undefined) return false;
  for (let r = sm.regions[inner]; ; r = sm.regions[r.parent]) {
    if (r.id === outer) return true;
    if (r.part === "function") return false;
  }
}
