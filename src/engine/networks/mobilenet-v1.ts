// MobileNetV1 (Howard et al. 2017), Table 1, with width α and resolution multipliers.
import { fail, ok, type Result } from '../errors';
import type { LayerSpec, Network } from '../layers/spec';
import { checkRange } from '../validate';
import { resolveCommon, type CommonOptions } from './options';

/** Options of MobileNetV1. */
export interface MobileNetV1Options extends CommonOptions {
  /** Width multiplier α: every layer's channels become ⌊α·c⌋ (default 1). */
  readonly width?: number;
  /** 'separable' (the paper's net), 'full' (Table 4's Conv MobileNet) or 'shallow' (Table 5: no 5×512 blocks). */
  readonly variant?: 'separable' | 'full' | 'shallow';
}

/** MobileNet Table 1: pointwise outputs and depthwise strides of the 13 separable blocks. */
export const MOBILENET_V1_BLOCKS: readonly (readonly [channels: number, stride: number])[] = [
  [64, 1],
  [128, 2],
  [128, 1],
  [256, 2],
  [256, 1],
  [512, 2],
  [512, 1],
  [512, 1],
  [512, 1],
  [512, 1],
  [512, 1],
  // Table 1 prints the depthwise layer on the 7×7×1024 input as s2, but its output stays 7×7:
  // it is s1 (a misprint, noted in published/mobilenet.ts).
  [1024, 2],
  [1024, 1],
];

function stageOf(channels: number): string {
  return `ds-${channels}`;
}

/** The smallest width multiplier that leaves the first layer a channel: ⌊32α⌋ ≥ 1. */
export const MOBILENET_V1_MIN_WIDTH = 1 / 32;

/** Builds MobileNetV1: conv 3×3 s2 32, 13 depthwise-separable blocks, global pool, FC (with bias). */
export function mobilenetV1(options: MobileNetV1Options = {}): Result<Network> {
  const common = resolveCommon(options, 224);
  if (!common.ok) return common;
  const width = options.width ?? 1;
  const bad = checkRange(width, 'width', 'Width multiplier α', 0, 4, true);
  if (bad) return { ok: false, error: bad };
  const ch = (c: number): number => Math.floor(width * c);
  if (width < MOBILENET_V1_MIN_WIDTH) {
    return fail(
      'out-of-range',
      'width',
      `Width multiplier α = ${width} leaves the first layer with ⌊32α⌋ = 0 channels; α must be at least 1/32 = 0.03125.`,
    );
  }
  const { resolution, classes, inChannels } = common.value;
  const variant = options.variant ?? 'separable';
  const layers: LayerSpec[] = [
    { kind: 'conv', name: 'conv1', stage: 'conv1', out: ch(32), kernel: 3, stride: 2 },
    { kind: 'bn', name: 'conv1_bn', stage: 'conv1' },
    { kind: 'act', name: 'conv1_relu', stage: 'conv1', fn: 'relu' },
  ];
  MOBILENET_V1_BLOCKS.forEach(([c, s], i) => {
    const id = i + 1;
    const stage = stageOf(c);
    if (variant === 'shallow' && id >= 7 && id <= 11) return;
    if (variant === 'full') {
      layers.push(
        { kind: 'conv', name: `conv_${id}`, stage, out: ch(c), kernel: 3, stride: s },
        { kind: 'bn', name: `conv_${id}_bn`, stage },
        { kind: 'act', name: `conv_${id}_relu`, stage, fn: 'relu' },
      );
      return;
    }
    layers.push(
      {
        kind: 'conv',
        name: `conv_dw_${id}`,
        stage,
        out: 0,
        kernel: 3,
        stride: s,
        groups: 'depthwise',
      },
      { kind: 'bn', name: `conv_dw_${id}_bn`, stage },
      { kind: 'act', name: `conv_dw_${id}_relu`, stage, fn: 'relu' },
      { kind: 'conv', name: `conv_pw_${id}`, stage, out: ch(c), kernel: 1 },
      { kind: 'bn', name: `conv_pw_${id}_bn`, stage },
      { kind: 'act', name: `conv_pw_${id}_relu`, stage, fn: 'relu' },
    );
  });
  layers.push(
    { kind: 'global-pool', name: 'avg_pool', stage: 'classifier', op: 'avg' },
    { kind: 'dense', name: 'fc', stage: 'classifier', out: classes, bias: true },
  );
  // A depthwise conv keeps its channels: fill in each dw layer's `out` from the layer before.
  let channels = inChannels;
  const filled = layers.map((l) => {
    if (l.kind !== 'conv') return l;
    const out = l.groups === 'depthwise' ? channels : l.out;
    channels = out;
    return l.groups === 'depthwise' ? { ...l, out } : l;
  });
  const variantLabel =
    variant === 'separable' ? '' : variant === 'full' ? ' (full conv)' : ' (shallow)';
  return ok({
    id: 'mobilenet-v1',
    title: `MobileNetV1 ${width.toFixed(2).replace(/0$/, '')}-${resolution}${variantLabel}`,
    input: { spatial: [resolution, resolution], channels: inChannels },
    layers: filled,
    paperCountsBatchNorm: false,
  });
}
