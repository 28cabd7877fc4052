// The rows of MobileNet's body table (paper Table 1) from the engine's analysis, with output shapes and costs.
import { formatCount, formatShape, type LayerRow, type LayerSpec } from '../../engine/index';
import type { MobileNetAnalysis } from './14-mobilenet-analysis';

/** One printed row of the body table; all cells are plain strings so rows compare cheaply. */
export interface BodyRow {
  readonly key: string;
  /** Layer number among the 28 counted layers (conv, dw, pw, FC); empty for pool and softmax. */
  readonly number: string;
  readonly type: string;
  readonly filter: string;
  readonly input: string;
  readonly output: string;
  readonly macs: string;
  readonly params: string;
  /** What Table 1 prints instead, where it is misprinted. */
  readonly printed?: string;
}

const times = (list: readonly (number | string)[]) => list.join('×');

function strideOf(spec: LayerSpec | undefined): number {
  if (!spec || (spec.kind !== 'conv' && spec.kind !== 'pool')) return 1;
  const s = spec.stride ?? 1;
  return typeof s === 'number' ? s : (s[0] ?? 1);
}

function kernelOf(spec: LayerSpec | undefined): number {
  if (!spec || spec.kind !== 'conv') return 1;
  return typeof spec.kernel === 'number' ? spec.kernel : (spec.kernel[0] ?? 1);
}

function describe(row: LayerRow, spec: LayerSpec | undefined): { type: string; filter: string } {
  const m = row.inputShape.channels;
  const n = row.outputShape.channels;
  const s = strideOf(spec);
  const k = kernelOf(spec);
  if (row.kind === 'dense') return { type: 'FC / s1', filter: times([m, n]) };
  if (row.kind === 'global-pool') {
    return { type: 'Avg Pool / s1', filter: `Pool ${times(row.inputShape.spatial)}` };
  }
  if (row.type === 'depthwise')
    return { type: `Conv dw / s${s}`, filter: `${times([k, k, m])} dw` };
  return { type: `Conv / s${s}`, filter: times([k, k, m, n]) };
}

/** Table 1's rows: conv 1, 13 × (dw, pw), average pool, FC, softmax. BN and ReLU rows are left out. */
export function bodyRows({ network, analysis }: MobileNetAnalysis): readonly BodyRow[] {
  const specs = new Map(network.layers.map((l) => [l.name, l]));
  const rows: BodyRow[] = [];
  let counted = 0;
  for (const row of analysis.rows) {
    if (row.kind !== 'conv' && row.kind !== 'dense' && row.kind !== 'global-pool') continue;
    const spec = specs.get(row.name);
    const counts = row.kind !== 'global-pool';
    if (counts) counted += 1;
    const { type, filter } = describe(row, spec);
    const weights = row.split.weights + row.split.bias;
    // Table 1 prints the last-but-one depthwise layer (7×7 in, 7×7 out) as s2.
    const misprint = row.name === 'conv_dw_13' ? { printed: 'Conv dw / s2' } : {};
    rows.push({
      key: row.name,
      number: counts ? String(counted) : '',
      type,
      filter,
      input: formatShape(row.inputShape),
      output: formatShape(row.outputShape),
      macs: counts ? formatCount(row.macs) : '–',
      params: counts ? formatCount(weights) : '–',
      ...misprint,
    });
  }
  const last = analysis.output;
  rows.push({
    key: 'softmax',
    number: '',
    type: 'Softmax / s1',
    filter: 'Classifier',
    input: formatShape(last),
    output: formatShape(last),
    macs: '–',
    params: '–',
  });
  return rows;
}

/** How many layers the "28" counts: conv, depthwise, pointwise and FC. */
export function countedLayers(rows: readonly BodyRow[]): number {
  return rows.filter((r) => r.number !== '').length;
}
