// MobileNetV2 (Sandler et al. 2018), Table 2: inverted residual blocks, width multiplier (torchvision rules).
import { ok, type Result } from '../errors';
import type { LayerSpec, Network } from '../layers/spec';
import { checkRange } from '../validate';
import { resolveCommon, roundChannels, type CommonOptions } from './options';

/** Options of MobileNetV2. */
export interface MobileNetV2Options extends CommonOptions {
  /** Width multiplier: channels rounded to multiples of 8; the last conv stays 1280 for width ≤ 1. */
  readonly width?: number;
}

/** MobileNetV2 Table 2: expansion t, channels c, repeats n, first stride s. */
export const MOBILENET_V2_STAGES: readonly (readonly [
  t: number,
  c: number,
  n: number,
  s: number,
])[] = [
  [1, 16, 1, 1],
  [6, 24, 2, 2],
  [6, 32, 3, 2],
  [6, 64, 4, 2],
  [6, 96, 3, 1],
  [6, 160, 3, 2],
  [6, 320, 1, 1],
];

/** Builds MobileNetV2: conv 3×3 s2 32, 17 inverted residual blocks, conv 1×1 1280, pool, FC. */
export function mobilenetV2(options: MobileNetV2Options = {}): Result<Network> {
  const common = resolveCommon(options, 224);
  if (!common.ok) return common;
  const width = options.width ?? 1;
  const bad = checkRange(width, 'width', 'Width multiplier', 0, 4, true);
  if (bad) return { ok: false, error: bad };
  const { resolution, classes, inChannels } = common.value;
  const layers: LayerSpec[] = [
    { kind: 'conv', name: 'stem', stage: '1', out: roundChannels(32, width), kernel: 3, stride: 2 },
    { kind: 'bn', name: 'stem_bn', stage: '1' },
    { kind: 'act', name: 'stem_act', stage: '1', fn: 'relu6' },
  ];
  MOBILENET_V2_STAGES.forEach(([t, c, n, s], i) => {
    const stage = String(i + 2);
    for (let b = 0; b < n; b++) {
      layers.push({
        kind: 'mbconv',
        name: `stage${stage}.block${b + 1}`,
        stage,
        out: roundChannels(c, width),
        expand: t,
        kernel: 3,
        stride: b === 0 ? s : 1,
        seRatio: 0,
        act: 'relu6',
      });
    }
  });
  const last = roundChannels(1280, Math.max(1, width));
  layers.push(
    { kind: 'conv', name: 'head', stage: '9', out: last, kernel: 1 },
    { kind: 'bn', name: 'head_bn', stage: '9' },
    { kind: 'act', name: 'head_act', stage: '9', fn: 'relu6' },
    { kind: 'global-pool', name: 'avg_pool', stage: '9', op: 'avg' },
    { kind: 'dense', name: 'fc', stage: '9', out: classes, bias: true },
  );
  return ok({
    id: 'mobilenet-v2',
    title: `MobileNetV2 ${width}-${resolution}`,
    input: { spatial: [resolution, resolution], channels: inChannels },
    layers,
    paperCountsBatchNorm: false,
  });
}
