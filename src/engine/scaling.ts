// Scaling helpers: each approximation (α², ρ², (α·β²·γ²)^φ, 2^φ) beside the real scaled network's cost.
import { analyzeNetwork } from './analyze';
import { ok, type Result } from './errors';
import type { Network } from './layers/spec';
import { efficientNet } from './networks/efficientnet';
import { COMPOUND_COEFFICIENTS } from './networks/efficientnet-scaling';
import { mobilenetV1 } from './networks/mobilenet-v1';
import { asParams, type Macs, type Params } from './units';
import { checkRange, firstError } from './validate';

/** A network's cost at a glance (MACs and trainable params). */
export interface CostPoint {
  readonly macs: Macs;
  readonly params: Params;
}

/** The real scaled cost beside the approximation. */
export interface ScalingComparison {
  readonly base: CostPoint;
  readonly scaled: CostPoint;
  /** The rule's factor: α², ρ², d, w², r², (α·β²·γ²)^φ. */
  readonly approxFactor: number;
  /** base.macs · approxFactor. */
  readonly approxMacs: number;
  /** scaled.macs / base.macs. */
  readonly realFactor: number;
  readonly paramsFactor: number;
}

function cost(network: Result<Network>): Result<CostPoint> {
  if (!network.ok) return network;
  const a = analyzeNetwork(network.value);
  if (!a.ok) return a;
  return ok({ macs: a.value.totals.macs, params: asParams(a.value.totals.params) });
}

/** Compares two networks' costs against an approximate factor. */
export function compareScaling(
  base: Result<Network>,
  scaled: Result<Network>,
  approxFactor: number,
): Result<ScalingComparison> {
  const b = cost(base);
  if (!b.ok) return b;
  const s = cost(scaled);
  if (!s.ok) return s;
  return ok({
    base: b.value,
    scaled: s.value,
    approxFactor,
    approxMacs: b.value.macs * approxFactor,
    realFactor: s.value.macs / b.value.macs,
    paramsFactor: s.value.params / b.value.params,
  });
}

/** MobileNet width multiplier α (§4.2): cost ≈ α² of the 1.0 network at the same resolution. */
export function widthScaling(p: { alpha: number; resolution?: number }): Result<ScalingComparison> {
  const resolution = p.resolution ?? 224;
  return compareScaling(
    mobilenetV1({ resolution }),
    mobilenetV1({ width: p.alpha, resolution }),
    p.alpha * p.alpha,
  );
}

/** MobileNet resolution multiplier ρ (§4.3): input 224ρ (rounded), cost ≈ ρ² of 224; ρ itself is 224ρ/224. */
export function resolutionScaling(p: {
  rho: number;
  width?: number;
}): Result<ScalingComparison & { resolution: number }> {
  const bad = checkRange(p.rho, 'rho', 'Resolution multiplier ρ', 0, 4, true);
  if (bad) return { ok: false, error: bad };
  const resolution = Math.max(1, Math.round(224 * p.rho));
  const width = p.width ?? 1;
  const c = compareScaling(
    mobilenetV1({ width }),
    mobilenetV1({ width, resolution }),
    p.rho * p.rho,
  );
  return c.ok ? ok({ ...c.value, resolution }) : c;
}

/** Compound scaling at φ: coefficients, the estimates and the real scaled EfficientNet beside B0. */
export interface CompoundScaling extends ScalingComparison {
  readonly phi: number;
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
  /** α · β² · γ² (1.92 for the paper's 1.2, 1.1, 1.15). */
  readonly product: number;
  /** 2^φ, the paper's estimate. */
  readonly twoToPhi: number;
  readonly depth: number;
  readonly width: number;
  readonly resolution: number;
}

/** EfficientNet eq. 3: d = α^φ, w = β^φ, r = γ^φ; FLOPs grow by (α·β²·γ²)^φ ≈ 2^φ. */
export function compoundScaling(p: {
  phi: number;
  alpha?: number;
  beta?: number;
  gamma?: number;
}): Result<CompoundScaling> {
  const alpha = p.alpha ?? COMPOUND_COEFFICIENTS.alpha;
  const beta = p.beta ?? COMPOUND_COEFFICIENTS.beta;
  const gamma = p.gamma ?? COMPOUND_COEFFICIENTS.gamma;
  const bad = checkRange(p.phi, 'phi', 'Compound coefficient φ', 0, 10);
  if (bad) return { ok: false, error: bad };
  const product = alpha * beta * beta * gamma * gamma;
  const scaled = efficientNet({ phi: p.phi, alpha, beta, gamma });
  const c = compareScaling(efficientNet({ variant: 'b0' }), scaled, product ** p.phi);
  if (!c.ok) return c;
  return ok({
    ...c.value,
    phi: p.phi,
    alpha,
    beta,
    gamma,
    product,
    twoToPhi: 2 ** p.phi,
    depth: alpha ** p.phi,
    width: beta ** p.phi,
    resolution: Math.round(224 * gamma ** p.phi),
  });
}

/** One axis of slide 3: depth (≈ d, linear), width (≈ w²) or resolution (≈ r²) scaled alone on EfficientNet-B0. */
export function axisScaling(p: {
  axis: 'depth' | 'width' | 'resolution';
  multiplier: number;
}): Result<ScalingComparison & { resolution: number }> {
  const bad = firstError(checkRange(p.multiplier, 'multiplier', 'Multiplier', 0, 8, true));
  if (bad) return { ok: false, error: bad };
  const m = p.multiplier;
  const resolution = p.axis === 'resolution' ? Math.max(1, Math.round(224 * m)) : 224;
  const scaled = efficientNet({
    width: p.axis === 'width' ? m : 1,
    depth: p.axis === 'depth' ? m : 1,
    resolution,
  });
  const c = compareScaling(efficientNet({ variant: 'b0' }), scaled, p.axis === 'depth' ? m : m * m);
  return c.ok ? ok({ ...c.value, resolution }) : c;
}
