// The lab's counting choices and the analysis they give: the engine's rows, with the bias switch and shares.
import {
  analyzeNetwork,
  shapePositions,
  type Analysis,
  type Convention,
  type ExtraCost,
  type ExtraCosts,
  type LayerRow,
  type Network,
  type Result,
} from '../engine/index';

/** Which parameters the headline count includes. */
export type ParamsMode = 'paper' | 'no-bn' | 'trainable' | 'total';

/** The params modes in the order the lab offers them, with their meaning. */
export const PARAMS_MODES: readonly {
  readonly id: ParamsMode;
  readonly label: string;
  readonly rule: string;
}[] = [
  {
    id: 'paper',
    label: 'As the paper',
    rule: 'MobileNet counts weights and biases only; EfficientNet and ResNet also count BN γ and β.',
  },
  {
    id: 'no-bn',
    label: 'Weights + biases',
    rule: 'Conv and dense weights and biases; no batch norm.',
  },
  {
    id: 'trainable',
    label: 'Trainable',
    rule: 'Weights, biases and BN γ, β: PyTorch\u2019s sum of p.numel(), Keras\u2019s "Trainable params".',
  },
  {
    id: 'total',
    label: 'Total (Keras)',
    rule: 'Trainable plus BN running mean and variance (and input normalization): Keras\u2019s "Total params".',
  },
];

/** How costs are counted in the lab. */
export interface Counting {
  readonly convention: Convention;
  /** Under the lecture's FLOPs, count a bias add per output (m(2n − 1) + m); off gives m(2n − 1). */
  readonly countBias: boolean;
  readonly extras: ExtraCosts;
  readonly params: ParamsMode;
}

/** The extra costs in the order the lab offers them, with their link names. */
export const EXTRA_SWITCHES: readonly {
  readonly key: ExtraCost;
  readonly label: string;
  readonly link: string;
}[] = [
  { key: 'batchNorm', label: 'Batch norm', link: 'bn' },
  { key: 'activations', label: 'Activations', link: 'act' },
  { key: 'pooling', label: 'Pooling (and SE squeeze)', link: 'pool' },
  { key: 'seScale', label: 'SE scale', link: 'scale' },
  { key: 'residual', label: 'Residual adds', link: 'add' },
];

/** One analysed row with the lab's cost (bias switch applied) and its share of the total. */
export interface LabRow {
  readonly row: LayerRow;
  /** The cost under the lab's counting. */
  readonly cost: number;
  /** Bias additions in this layer (one per output of a layer with bias). */
  readonly biasAdds: number;
  /** cost / total cost. */
  readonly share: number;
}

/** An analysis under the lab's counting, with its headline numbers. */
export interface LabAnalysis {
  readonly analysis: Analysis;
  readonly rows: readonly LabRow[];
  readonly totalCost: number;
  readonly totalMacs: number;
  /** The params under the chosen mode. */
  readonly params: number;
}

/** Bias additions of a row: one per output element of a conv, per output of a dense layer or SE's FCs. */
export function biasAdds(row: LayerRow): number {
  if (row.split.bias === 0) return 0;
  return row.kind === 'conv' ? row.split.bias * shapePositions(row.outputShape) : row.split.bias;
}

/** The params of an analysis under a mode. */
export function paramsUnder(analysis: Analysis, mode: ParamsMode, paperParams: number): number {
  const t = analysis.totals;
  if (mode === 'paper') return paperParams;
  if (mode === 'no-bn') return t.params - t.batchNormParams;
  if (mode === 'total') return t.params + t.buffers;
  return t.params;
}

/** Analyses a network under the lab's counting. */
export function analyzeForLab(network: Network, counting: Counting): Result<LabAnalysis> {
  const result = analyzeNetwork(network, {
    preset: 'paper',
    convention: counting.convention,
    extras: counting.extras,
  });
  if (!result.ok) return result;
  const analysis = result.value;
  const dropBias = counting.convention === 'flops' && !counting.countBias;
  let totalCost = 0;
  let totalMacs = 0;
  const costs = analysis.rows.map((row) => {
    const adds = biasAdds(row);
    const cost = dropBias ? row.flops - adds : row.flops;
    totalCost += cost;
    totalMacs += row.macs;
    return { row, cost, biasAdds: adds };
  });
  const rows = costs.map((r) => ({ ...r, share: totalCost === 0 ? 0 : r.cost / totalCost }));
  return {
    ok: true,
    value: {
      analysis,
      rows,
      totalCost,
      totalMacs,
      params: paramsUnder(analysis, counting.params, analysis.reportedParams),
    },
  };
}

/** The name of the cost under a convention, for column headers: "MACs", "FLOPs", "FLOPs (2·MACs)". */
export function costName(convention: Convention): string {
  if (convention === 'macs') return 'MACs';
  if (convention === 'flops') return 'FLOPs';
  return 'FLOPs (2·MACs)';
}
