// Engine totals of whole models (slides 30–31), computed once per model and kept.
import {
  analyzeNetwork,
  buildModel,
  EFFICIENTNET_TABLE2,
  type ModelOptions,
  type PublishedFigure,
} from '../../engine/index';

/** A model's cost as the engine counts it with the paper's conventions. */
export interface ModelCost {
  /** Multiply-accumulates of conv and FC layers (the papers' "mult-adds" / "FLOPs"). */
  readonly macs: number;
  /** The paper's headline params (EfficientNet: BN γ/β included; MobileNet: without). */
  readonly params: number;
  readonly resolution: number;
}

const cache = new Map<string, ModelCost | null>();

/** The engine's count for a registry model, or null if the engine cannot build it. */
export function modelCost(id: string, options: ModelOptions = {}): ModelCost | null {
  const key = `${id}:${JSON.stringify(options)}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const network = buildModel(id, options);
  const analysis = network.ok ? analyzeNetwork(network.value, { preset: 'paper' }) : null;
  const cost = analysis?.ok
    ? {
        macs: analysis.value.totals.macs,
        params: analysis.value.reportedParams,
        resolution: analysis.value.input.spatial[0] ?? 0,
      }
    : null;
  cache.set(key, cost);
  return cost;
}

/** The EfficientNet variants, B0…B7. */
export const VARIANTS = ['B0', 'B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7'] as const;

/** The registry id of a variant: 'B3' → 'efficientnet-b3'. */
export function variantId(variant: string): string {
  return `efficientnet-${variant.toLowerCase()}`;
}

/** A variant's row of the paper's Table 2. */
export function publishedVariant(variant: string): PublishedFigure | undefined {
  return EFFICIENTNET_TABLE2.find((f) => f.id === variantId(variant));
}

/** The engine's models for the non-EfficientNet rows of Table 2 it can build. */
export const ENGINE_MODEL_OF: Readonly<Record<string, string>> = {
  'ResNet-50': 'resnet-50',
  'ResNet-152': 'resnet-152',
};
