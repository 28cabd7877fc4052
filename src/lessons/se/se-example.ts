// The small SE example shared by slides 25–27: one seeded feature map U, pushed through the block.
import { createRng, relu, sigmoid } from '../../engine/index';

/**
 * The seed of the example, so slides 25, 26 and 27 show the same numbers; chosen (by a search over
 * seeds) so that the weights s spread over (0, 1) for nearly every C, H, W and r the slides allow.
 */
export const SE_EXAMPLE_SEED = 962;

/** A channel as rows of values: map[i][j] = u_c(i, j). */
export type ChannelMap = readonly (readonly number[])[];

/** Every number of the worked example, in the order the block computes them. */
export interface SeExample {
  readonly c: number;
  readonly h: number;
  readonly w: number;
  readonly r: number;
  /** Bottleneck units C/r, rounded down, at least 1. */
  readonly cr: number;
  /** U: C channels of H × W whole numbers. */
  readonly u: readonly ChannelMap[];
  /** Σ_i Σ_j u_c(i, j) per channel, and each row's sum. */
  readonly sums: readonly number[];
  readonly rowSums: readonly (readonly number[])[];
  /** The squeeze: z_c = sum / (H·W). */
  readonly z: readonly number[];
  /** W₁ (C/r × C) and W₂ (C × C/r), one decimal each. */
  readonly w1: readonly (readonly number[])[];
  readonly w2: readonly (readonly number[])[];
  /** W₁z, δ(W₁z), W₂δ(W₁z) and s = σ(W₂δ(W₁z)). */
  readonly a1: readonly number[];
  readonly hidden: readonly number[];
  readonly a2: readonly number[];
  readonly s: readonly number[];
  /** X̃: every u_c(i, j) times s_c. */
  readonly xt: readonly ChannelMap[];
}

/** The bottleneck's units for C channels and reduction r: ⌊C/r⌋, at least 1 (EfficientNet's rounding). */
export function reducedChannels(channels: number, r: number): number {
  return Math.max(1, Math.floor(channels / r));
}

/** A matrix times a vector. */
function multiply(matrix: readonly (readonly number[])[], vector: readonly number[]): number[] {
  return matrix.map((row) => row.reduce((sum, value, k) => sum + value * (vector[k] ?? 0), 0));
}

// Draws a whole-number map per channel, each channel around its own level so the z_c differ; the
// full 8 × 6 × 6 block is drawn and cut, so a channel keeps its numbers whatever C, H and W are.
function drawMaps(c: number, h: number, w: number): ChannelMap[] {
  const rng = createRng(SE_EXAMPLE_SEED);
  const levels = Array.from({ length: 8 }, () => rng.int(0, 6));
  const maps = Array.from({ length: 8 }, (_, k) =>
    Array.from({ length: 6 }, () =>
      Array.from({ length: 6 }, () => (levels[k] ?? 0) + rng.int(0, 3)),
    ),
  );
  return maps.slice(0, c).map((map) => map.slice(0, h).map((row) => row.slice(0, w)));
}

// Draws weights of one decimal (standard deviation 0.4) from an 8 × 8 block, cut to size.
function drawWeights(seed: number, rows: number, cols: number): number[][] {
  const rng = createRng(seed);
  const full = Array.from({ length: 8 }, () =>
    Array.from({ length: 8 }, () => Math.round(rng.normal() * 4) / 10),
  );
  return full.slice(0, rows).map((row) => row.slice(0, cols));
}

/** Builds the example for C channels of H × W and reduction ratio r. */
export function buildSeExample(c: number, h: number, w: number, r: number): SeExample {
  const cr = reducedChannels(c, r);
  const u = drawMaps(c, h, w);
  const rowSums = u.map((map) => map.map((row) => row.reduce((a, b) => a + b, 0)));
  const sums = rowSums.map((rows) => rows.reduce((a, b) => a + b, 0));
  const z = sums.map((sum) => sum / (h * w));
  const w1 = drawWeights(SE_EXAMPLE_SEED + 1, cr, c);
  const w2 = drawWeights(SE_EXAMPLE_SEED + 2, c, cr);
  const a1 = multiply(w1, z);
  const hidden = a1.map(relu);
  const a2 = multiply(w2, hidden);
  const s = a2.map(sigmoid);
  const xt = u.map((map, k) => map.map((row) => row.map((value) => value * (s[k] ?? 0))));
  return { c, h, w, r, cr, u, sums, rowSums, z, w1, w2, a1, hidden, a2, s, xt };
}
