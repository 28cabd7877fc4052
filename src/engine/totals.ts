// Sums over analysis rows.
import type { LayerRow, Totals } from './rows';
import { asFlops, asMacs, asParams } from './units';

/** Sums MACs, FLOPs and every kind of parameter over rows. */
export function totalsOf(rows: readonly LayerRow[]): Totals {
  let macs = 0;
  let flops = 0;
  let weights = 0;
  let biases = 0;
  let batchNorm = 0;
  let buffers = 0;
  for (const r of rows) {
    macs += r.macs;
    flops += r.flops;
    weights += r.split.weights;
    biases += r.split.bias;
    batchNorm += r.split.batchNorm;
    buffers += r.split.buffers;
  }
  return {
    macs: asMacs(macs),
    flops: asFlops(flops),
    params: asParams(weights + biases + batchNorm),
    weights: asParams(weights),
    biases: asParams(biases),
    batchNormParams: asParams(batchNorm),
    buffers: asParams(buffers),
  };
}
