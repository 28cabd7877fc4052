// The engine's width and resolution scaling helpers, remembered per (α, resolution) for smooth sliders.
import {
  resolutionScaling,
  widthScaling,
  type Result,
  type ScalingComparison,
} from '../../engine/index';

const widths = new Map<string, Result<ScalingComparison>>();
const resolutions = new Map<string, Result<ScalingComparison & { resolution: number }>>();
const LIMIT = 256;

function remember<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = make();
  if (cache.size >= LIMIT) cache.delete(cache.keys().next().value ?? key);
  cache.set(key, value);
  return value;
}

/** α-MobileNet against 1.0-MobileNet at the same resolution: real cost beside α². */
export function widthAt(alpha: number, resolution: number): Result<ScalingComparison> {
  return remember(widths, `${alpha}|${resolution}`, () => widthScaling({ alpha, resolution }));
}

/** MobileNet at a resolution against 224 at the same α: real cost beside ρ², ρ = resolution / 224. */
export function resolutionAt(
  alpha: number,
  resolution: number,
): Result<ScalingComparison & { resolution: number }> {
  return remember(resolutions, `${alpha}|${resolution}`, () =>
    resolutionScaling({ rho: resolution / 224, width: alpha }),
  );
}
