// Branded counts, so a MAC never passes for a FLOP (style.md, habit 2).

declare const unit: unique symbol;

/** A plain number tagged with the unit it counts. */
export type Branded<U extends string> = number & { readonly [unit]: U };

/** Multiply-accumulates: the papers' "mult-adds" and torchvision's "GFLOPS". */
export type Macs = Branded<'Macs'>;
/** Floating-point operations under a named convention (see conventions.ts). */
export type Flops = Branded<'Flops'>;
/** Parameter (or buffer) values: one stored number each. */
export type Params = Branded<'Params'>;
/** Bytes of memory. */
export type Bytes = Branded<'Bytes'>;

/** Tags a number as MACs. */
export const asMacs = (n: number): Macs => n as Macs;
/** Tags a number as FLOPs. */
export const asFlops = (n: number): Flops => n as Flops;
/** Tags a number as a parameter count. */
export const asParams = (n: number): Params => n as Params;
/** Tags a number as bytes. */
export const asBytes = (n: number): Bytes => n as Bytes;

/** The largest integer a double holds exactly: 2^53 − 1. */
export const MAX_EXACT = Number.MAX_SAFE_INTEGER;

/** Tells whether a count is still exact (an integer no larger than 2^53 − 1). */
export function isExactCount(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}
