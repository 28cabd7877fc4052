// One depthwise separable block of MobileNetV1 as the engine builds it at a width α and a resolution.
import {
  analyzeNetwork,
  ceil,
  derive,
  floor,
  frac,
  mobilenetV1,
  MOBILENET_V1_BLOCKS,
  mul,
  sym,
  type Analysis,
  type Derivation,
  type LayerRow,
} from '../../engine/index';
import { must } from './generator';

/** A MobileNet block's depthwise and pointwise rows, and its sizes. */
export interface MobileNetBlock {
  readonly dw: LayerRow;
  readonly pw: LayerRow;
  /** Input channels M, output channels N, output size D_G. */
  readonly M: number;
  readonly N: number;
  readonly DG: number;
  readonly macs: number;
  readonly params: number;
}

const analyses = new Map<string, Analysis>();

// The whole network's analysis at (α, resolution), kept for the few settings a quiz uses.
function analysisAt(width: number, resolution: number): Analysis {
  const key = `${width}|${resolution}`;
  const hit = analyses.get(key);
  if (hit) return hit;
  const analysis = must(
    analyzeNetwork(must(mobilenetV1({ width, resolution })), { preset: 'paper' }),
  );
  if (analyses.size >= 24) analyses.clear();
  analyses.set(key, analysis);
  return analysis;
}

/** Block b (1–13) of MobileNetV1 at width α and input resolution (engine rows, paper counting). */
export function mobilenetBlock(block: number, width: number, resolution: number): MobileNetBlock {
  const analysis = analysisAt(width, resolution);
  const dw = analysis.rows.find((row) => row.name === `conv_dw_${block}`);
  const pw = analysis.rows.find((row) => row.name === `conv_pw_${block}`);
  if (!dw || !pw) throw new Error(`MobileNet has no block ${block}.`);
  return {
    dw,
    pw,
    M: dw.inputShape.channels,
    N: pw.outputShape.channels,
    DG: pw.outputShape.spatial[0] ?? 0,
    macs: dw.macs + pw.macs,
    params: dw.params + pw.params,
  };
}

/** The blocks whose depthwise conv has stride 1 (so D_G = D_F, as in the lecture). */
export const STRIDE_ONE_BLOCKS: readonly number[] = MOBILENET_V1_BLOCKS.flatMap(([, stride], i) =>
  stride === 1 ? [i + 1] : [],
);

/** The block's total stride before its output: 224 / D_G at resolution 224. */
export function blockStride(block: number): number {
  return 224 / mobilenetBlock(block, 1, 224).DG;
}

/** Thinned channels ⌊α · c⌋ (MobileNet §4.2), as a derivation. */
export function thinned(symbol: 'M' | 'N', channels: number, alpha: number): Derivation {
  return derive(
    `${symbol}′`,
    floor(mul(sym('alpha'), sym(symbol))),
    { alpha, [symbol]: channels },
    Math.floor(alpha * channels),
  );
}

/** The output size at a resolution: ⌈resolution / stride⌉ (same padding halves with rounding up), as a derivation. */
export function scaledSize(resolution: number, stride: number, size: number): Derivation {
  return derive('D_G', ceil(frac(sym('res'), sym('stride'))), { res: resolution, stride }, size);
}

/** Describes block b: "MobileNet block 7: 3 × 3 depthwise on 14 × 14 × 512, then 1 × 1 to 512 channels". */
export function describeBlock(block: number, b: MobileNetBlock): string {
  const k = b.dw.derivation.bindings.D_K ?? 3;
  return `MobileNet block ${block}: a ${k} × ${k} depthwise conv on ${b.M} channels, then a 1 × 1 conv to ${b.N} channels, output ${b.DG} × ${b.DG}`;
}
