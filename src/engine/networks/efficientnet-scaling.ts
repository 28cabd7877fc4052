// EfficientNet's scaling (Tan & Le 2019): B0…B7 coefficients, or any φ with d = α^φ, w = β^φ, r = γ^φ.
import { fail, ok, type Result } from '../errors';
import { checkRange, firstError } from '../validate';

/** The released variants. */
export type EfficientNetVariant = 'b0' | 'b1' | 'b2' | 'b3' | 'b4' | 'b5' | 'b6' | 'b7';

/** The variants in order. */
export const EFFICIENTNET_VARIANTS: readonly EfficientNetVariant[] = [
  'b0',
  'b1',
  'b2',
  'b3',
  'b4',
  'b5',
  'b6',
  'b7',
];

/** A network's scaling: width w, depth d, resolution r (pixels) and dropout. */
export interface EfficientNetScale {
  readonly label: string;
  readonly width: number;
  readonly depth: number;
  readonly resolution: number;
  readonly dropout: number;
}

/** The official code's coefficients (efficientnet_builder.py), rounded from the compound rule. */
export const EFFICIENTNET_COEFFICIENTS: Readonly<Record<EfficientNetVariant, EfficientNetScale>> = {
  b0: { label: 'B0', width: 1.0, depth: 1.0, resolution: 224, dropout: 0.2 },
  b1: { label: 'B1', width: 1.0, depth: 1.1, resolution: 240, dropout: 0.2 },
  b2: { label: 'B2', width: 1.1, depth: 1.2, resolution: 260, dropout: 0.3 },
  b3: { label: 'B3', width: 1.2, depth: 1.4, resolution: 300, dropout: 0.3 },
  b4: { label: 'B4', width: 1.4, depth: 1.8, resolution: 380, dropout: 0.4 },
  b5: { label: 'B5', width: 1.6, depth: 2.2, resolution: 456, dropout: 0.4 },
  b6: { label: 'B6', width: 1.8, depth: 2.6, resolution: 528, dropout: 0.5 },
  b7: { label: 'B7', width: 2.0, depth: 3.1, resolution: 600, dropout: 0.5 },
};

/** EfficientNet §3.3: α = 1.2 (depth), β = 1.1 (width), γ = 1.15 (resolution), grid-searched at φ = 1. */
export const COMPOUND_COEFFICIENTS = { alpha: 1.2, beta: 1.1, gamma: 1.15 } as const;

/** Which EfficientNet: a released variant, any φ (with optional α, β, γ), or raw coefficients. */
export type EfficientNetConfig =
  | { readonly variant: EfficientNetVariant }
  | {
      readonly phi: number;
      readonly alpha?: number;
      readonly beta?: number;
      readonly gamma?: number;
    }
  | { readonly width: number; readonly depth: number; readonly resolution: number };

/** Resolves a config to its width, depth and resolution; φ gives round(224 · γ^φ) pixels. */
export function efficientNetScale(config: EfficientNetConfig): Result<EfficientNetScale> {
  if ('variant' in config) {
    const scale = EFFICIENTNET_COEFFICIENTS[config.variant];
    if (scale === undefined) {
      return fail(
        'unknown-model',
        'variant',
        `EfficientNet variant must be one of ${EFFICIENTNET_VARIANTS.join(', ')}; got "${String(config.variant)}".`,
      );
    }
    return ok(scale);
  }
  if ('phi' in config) {
    const alpha = config.alpha ?? COMPOUND_COEFFICIENTS.alpha;
    const beta = config.beta ?? COMPOUND_COEFFICIENTS.beta;
    const gamma = config.gamma ?? COMPOUND_COEFFICIENTS.gamma;
    const bad = firstError(
      checkRange(config.phi, 'phi', 'Compound coefficient φ', 0, 10),
      checkRange(alpha, 'alpha', 'Depth coefficient α', 1, 4),
      checkRange(beta, 'beta', 'Width coefficient β', 1, 4),
      checkRange(gamma, 'gamma', 'Resolution coefficient γ', 1, 4),
    );
    if (bad) return { ok: false, error: bad };
    const resolution = Math.round(224 * gamma ** config.phi);
    const r = checkRange(resolution, 'phi', 'The scaled resolution 224·γ^φ', 1, 8192);
    if (r) return { ok: false, error: r };
    return ok({
      label: `φ = ${config.phi}`,
      width: beta ** config.phi,
      depth: alpha ** config.phi,
      resolution,
      dropout: 0.2,
    });
  }
  const bad = firstError(
    checkRange(config.width, 'width', 'Width coefficient w', 0, 8, true),
    checkRange(config.depth, 'depth', 'Depth coefficient d', 0, 8, true),
    checkRange(config.resolution, 'resolution', 'Resolution (pixels)', 1, 8192),
  );
  if (bad) return { ok: false, error: bad };
  if (!Number.isInteger(config.resolution)) {
    return fail(
      'not-positive-integer',
      'resolution',
      `Resolution (pixels) must be a whole number from 1 up; got ${config.resolution}.`,
    );
  }
  return ok({
    label: `w = ${config.width}, d = ${config.depth}, r = ${config.resolution}`,
    ...config,
    dropout: 0.2,
  });
}
