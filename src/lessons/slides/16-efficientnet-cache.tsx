import {
  analyzeNetwork,
  efficientNet,
  type Analysis,
  type EfficientNetConfig,
  type EngineError,
} from '../../engine/index';

// EfficientNet analyses shared by slides 16–22, cached by configuration so that a slider that
// returns to a value (or a chart that needs the same φ again) costs nothing. Full analyses are
// large, so few are kept; totals are small and kept for every configuration seen.

export type AnalysisResult =
  | { readonly ok: true; readonly value: Analysis }
  | { readonly ok: false; readonly error: EngineError };

export interface Totals {
  readonly macs: number;
  readonly params: number;
}

const analyses = new Map<string, AnalysisResult>();
const totals = new Map<string, Totals | null>();
/** Full analyses kept; the oldest is dropped beyond this. */
const ANALYSES_KEPT = 24;
/** Totals kept (a few hundred bytes each). */
const TOTALS_KEPT = 4096;

function keyOf(config: EfficientNetConfig, resolution: number | undefined): string {
  return `${JSON.stringify(config)}@${resolution ?? ''}`;
}

function remember<T>(map: Map<string, T>, key: string, value: T, limit: number): T {
  if (map.size >= limit) {
    const oldest = map.keys().next().value;
    if (oldest !== undefined) map.delete(oldest);
  }
  map.set(key, value);
  return value;
}

/** Analyses an EfficientNet (paper preset: MACs of conv + FC, SE included; params with BN γ/β). */
export function analyzeEfficientNet(
  config: EfficientNetConfig,
  resolution?: number,
): AnalysisResult {
  const key = keyOf(config, resolution);
  const hit = analyses.get(key);
  if (hit) return hit;
  const network = efficientNet(config, resolution === undefined ? {} : { resolution });
  const result: AnalysisResult = network.ok
    ? analyzeNetwork(network.value, { preset: 'paper' })
    : network;
  if (result.ok) {
    remember(
      totals,
      key,
      { macs: result.value.totals.macs, params: result.value.totals.params },
      TOTALS_KEPT,
    );
  }
  return remember(analyses, key, result, ANALYSES_KEPT);
}

/** An EfficientNet's total MACs and params, or null when the engine refused the configuration. */
export function efficientNetTotals(config: EfficientNetConfig, resolution?: number): Totals | null {
  const key = keyOf(config, resolution);
  const hit = totals.get(key);
  if (hit !== undefined) return hit;
  // Only the totals are kept: a full analysis would push useful ones out of the small cache.
  const network = efficientNet(config, resolution === undefined ? {} : { resolution });
  const result = network.ok ? analyzeNetwork(network.value, { preset: 'paper' }) : network;
  const value = result.ok
    ? { macs: result.value.totals.macs, params: result.value.totals.params }
    : null;
  return remember(totals, key, value, TOTALS_KEPT);
}

/** Whether the totals of a configuration are already known (no engine work needed). */
export function hasTotals(config: EfficientNetConfig, resolution?: number): boolean {
  return totals.has(keyOf(config, resolution));
}
