// Slide 3's numbers: EfficientNet-B0 scaled along depth, width and resolution, counted by the engine.
import {
  analyzeNetwork,
  compareScaling,
  efficientNet,
  type ScalingComparison,
} from '../../engine/index';

export type Axis = 'depth' | 'width' | 'resolution';
export const AXES: readonly Axis[] = ['depth', 'width', 'resolution'];

/** The baseline's input size; r scales it. */
export const BASE_RESOLUTION = 224;

/** Multipliers the chart samples on every axis. */
export const SAMPLES: readonly number[] = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.25, 2.5, 2.75, 3];

/** MACs of B0 scaled by (d, w, resolution), or null if the engine refuses the values. */
function macsOf(depth: number, width: number, resolution: number): number | null {
  const network = efficientNet({ depth, width, resolution });
  if (!network.ok) return null;
  const analysis = analyzeNetwork(network.value);
  return analysis.ok ? analysis.value.totals.macs : null;
}

let baseMacs: number | null | undefined;
const axisCache = new Map<string, number | null>();

/** The real MACs factor of B0 scaled along one axis alone (others at 1), or null if refused. */
export function axisFactor(axis: Axis, multiplier: number): number | null {
  const key = `${axis}:${multiplier}`;
  const hit = axisCache.get(key);
  if (hit !== undefined) return hit;
  baseMacs ??= macsOf(1, 1, BASE_RESOLUTION);
  const resolution =
    axis === 'resolution' ? Math.max(1, Math.round(BASE_RESOLUTION * multiplier)) : BASE_RESOLUTION;
  const scaled = macsOf(
    axis === 'depth' ? multiplier : 1,
    axis === 'width' ? multiplier : 1,
    resolution,
  );
  const value = scaled === null || !baseMacs ? null : scaled / baseMacs;
  if (axisCache.size > 500) axisCache.clear();
  axisCache.set(key, value);
  return value;
}

/** One sample of the chart: the multiplier, each axis's real factor, and the rules m and m². */
export interface CurvePoint {
  readonly m: number;
  readonly depth: number | null;
  readonly width: number | null;
  readonly resolution: number | null;
  readonly linear: number;
  readonly quadratic: number;
}

/** The chart's point for one multiplier. */
export function curvePoint(m: number): CurvePoint {
  return {
    m,
    depth: axisFactor('depth', m),
    width: axisFactor('width', m),
    resolution: axisFactor('resolution', m),
    linear: m,
    quadratic: m * m,
  };
}

/** B0 scaled by d, w and r together, beside B0 and against the rule d · w² · r². */
export function combined(d: number, w: number, r: number) {
  const resolution = Math.max(1, Math.round(BASE_RESOLUTION * r));
  const result = compareScaling(
    efficientNet({ variant: 'b0' }),
    efficientNet({ depth: d, width: w, resolution }),
    d * w * w * r * r,
  );
  return { resolution, result };
}

export type { ScalingComparison };
