// SE on actual numbers (slides 25–27): squeeze z_c = 1/(H·W) Σ u_c(i, j), excitation
// s = σ(W₂ δ(W₁ z + b₁) + b₂), scale x̃_c = s_c · u_c.
import { activate, sigmoid } from '../activations';
import { fail, ok, type Result } from '../errors';
import type { ActivationName } from '../layers/spec';

/** A feature map as channels of rows: map[c][i][j]. */
export type FeatureMap = readonly (readonly (readonly number[])[])[];

/** Squeeze: global average pooling, one number per channel. */
export function seSqueeze(map: FeatureMap): number[] {
  return map.map((channel) => {
    let sum = 0;
    let count = 0;
    for (const row of channel) {
      for (const v of row) sum += v;
      count += row.length;
    }
    return count === 0 ? 0 : sum / count;
  });
}

/** The excitation's weights: W₁ (C_r × C), b₁ (C_r), W₂ (C × C_r), b₂ (C). */
export interface SeWeights {
  readonly w1: readonly (readonly number[])[];
  readonly b1: readonly number[];
  readonly w2: readonly (readonly number[])[];
  readonly b2: readonly number[];
}

function affine(
  w: readonly (readonly number[])[],
  b: readonly number[],
  x: readonly number[],
): number[] {
  return w.map((row, i) => row.reduce((s, wij, j) => s + wij * (x[j] ?? 0), b[i] ?? 0));
}

/** Excitation: s = σ(W₂ δ(W₁ z + b₁) + b₂), with δ = ReLU by default (the SE paper, the lecture). */
export function seExcite(
  z: readonly number[],
  weights: SeWeights,
  delta: ActivationName = 'relu',
): Result<number[]> {
  const c = z.length;
  const cr = weights.w1.length;
  const shapesOk =
    weights.w1.every((r) => r.length === c) &&
    weights.b1.length === cr &&
    weights.w2.length === c &&
    weights.w2.every((r) => r.length === cr) &&
    weights.b2.length === c;
  if (!shapesOk) {
    return fail(
      'shape-mismatch',
      'weights',
      `W₁ must be C_r × C (${cr} × ${c}), b₁ length C_r, W₂ C × C_r and b₂ length C.`,
    );
  }
  const hidden = affine(weights.w1, weights.b1, z).map((v) => activate(delta, v));
  return ok(affine(weights.w2, weights.b2, hidden).map(sigmoid));
}

/** Scale: each channel u_c multiplied by its weight s_c. */
export function seScale(map: FeatureMap, s: readonly number[]): number[][][] {
  return map.map((channel, c) => channel.map((row) => row.map((v) => v * (s[c] ?? 0))));
}
