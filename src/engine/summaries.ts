// Summaries of an analysis: per stage, share by layer type (MobileNet Table 2), per block part, memory.
import type { BlockPart } from './layers/spec';
import type { Analysis, LayerRow, Totals } from './rows';
import type { Shape } from './shapes';
import { totalsOf } from './totals';
import { asBytes, type Bytes } from './units';

/** One stage's totals. */
export interface StageSummary {
  readonly stage: string;
  readonly layers: number;
  readonly inputShape: Shape;
  readonly outputShape: Shape;
  readonly totals: Totals;
}

/** Groups rows by a key, keeping first-appearance order. */
function groupBy(rows: readonly LayerRow[], key: (r: LayerRow) => string): Map<string, LayerRow[]> {
  const groups = new Map<string, LayerRow[]>();
  for (const r of rows) {
    const k = key(r);
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  return groups;
}

/** Totals per stage, in network order (EfficientNet's stages 1–9, ResNet's conv1…fc). */
export function stageSummary(analysis: Analysis): readonly StageSummary[] {
  return [...groupBy(analysis.rows, (r) => r.stage)].map(([stage, rows]) => ({
    stage,
    layers: rows.filter((r) => r.kind === 'conv' || r.kind === 'dense' || r.kind === 'se').length,
    inputShape: (rows[0] as LayerRow).inputShape,
    outputShape: (rows[rows.length - 1] as LayerRow).outputShape,
    totals: totalsOf(rows),
  }));
}

/** One layer type's share of the cost and the parameters. */
export interface CategoryShare {
  readonly category: string;
  readonly macs: number;
  readonly params: number;
  readonly macsShare: number;
  readonly paramsShare: number;
}

/** Options for categoryShares. */
export interface ShareOptions {
  /** Count BN γ/β as a category (default false, like MobileNet's Table 2). */
  readonly batchNorm?: boolean;
  /** Count biases in the params (default true; Table 2's params column leaves the FC bias out). */
  readonly biases?: boolean;
}

/** Shares of MACs and params by layer type: MobileNet's Table 2 ("Conv 1×1 94.86 %"). */
export function categoryShares(
  analysis: Analysis,
  options: ShareOptions = {},
): readonly CategoryShare[] {
  const withBias = options.biases ?? true;
  const withBn = options.batchNorm ?? false;
  const sums = new Map<string, { macs: number; params: number }>();
  for (const r of analysis.rows) {
    const params =
      r.split.weights + (withBias ? r.split.bias : 0) + (withBn ? r.split.batchNorm : 0);
    if (r.macs === 0 && params === 0) continue;
    const s = sums.get(r.category) ?? { macs: 0, params: 0 };
    sums.set(r.category, { macs: s.macs + r.macs, params: s.params + params });
  }
  let macs = 0;
  let params = 0;
  for (const s of sums.values()) {
    macs += s.macs;
    params += s.params;
  }
  return [...sums].map(([category, s]) => ({
    category,
    macs: s.macs,
    params: s.params,
    macsShare: macs === 0 ? 0 : s.macs / macs,
    paramsShare: params === 0 ? 0 : s.params / params,
  }));
}

/** Totals per block part (expand, depthwise, SE, project, residual; 'other' outside blocks). */
export function partSummary(
  analysis: Analysis,
): readonly { readonly part: BlockPart | 'other'; readonly totals: Totals }[] {
  return [...groupBy(analysis.rows, (r) => r.part ?? 'other')].map(([part, rows]) => ({
    part: part as BlockPart | 'other',
    totals: totalsOf(rows),
  }));
}

/** Number formats and their bytes per value. */
export const PRECISIONS = { fp32: 4, fp16: 2, int8: 1 } as const;
export type Precision = keyof typeof PRECISIONS;

/** Weight memory at fp32, fp16 and int8: bytes = values · bytes per value. */
export function weightMemory(values: number): Readonly<Record<Precision, Bytes>> {
  return {
    fp32: asBytes(values * PRECISIONS.fp32),
    fp16: asBytes(values * PRECISIONS.fp16),
    int8: asBytes(values * PRECISIONS.int8),
  };
}

/**
 * Peak activation memory, batch 1: the largest, over layers, of input + output values (+ a held
 * shortcut; elementwise layers in place), times bytes per value. A sequential executor that frees
 * each tensor after its last use needs this much.
 */
export function activationMemory(analysis: Analysis, precision: Precision = 'fp32'): Bytes {
  return asBytes(analysis.peakActivations * PRECISIONS[precision]);
}
