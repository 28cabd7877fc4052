// ResNet-18/34/50/101/152 (He et al. 2016, Table 1) in 2D and in 3D (Hara et al. 2018: 7×7×7 stem,
// 3×3×3 convs, 1×1×1 conv + BN projection shortcuts). torchvision layout: stride on the 3×3 conv.
import { fail, ok, type Result } from '../errors';
import type { LayerSpec, Network } from '../layers/spec';
import { checkPositiveInt } from '../validate';
import { resolveCommon, type CommonOptions } from './options';

/** The depths with a published layout. */
export type ResNetDepth = 18 | 34 | 50 | 101 | 152;
export const RESNET_DEPTHS: readonly ResNetDepth[] = [18, 34, 50, 101, 152];

/** He et al. Table 1: blocks per stage. */
export const RESNET_BLOCKS: Readonly<Record<ResNetDepth, readonly number[]>> = {
  18: [2, 2, 2, 2],
  34: [3, 4, 6, 3],
  50: [3, 4, 6, 3],
  101: [3, 4, 23, 3],
  152: [3, 8, 36, 3],
};

/** Options of ResNet. */
export interface ResNetOptions extends CommonOptions {
  readonly depth: ResNetDepth;
  /** 2 for images, 3 for video (kernels t×k×k). */
  readonly dims?: 2 | 3;
  /** Input frames of a 3D network (default 16). */
  readonly frames?: number;
}

/** Repeats a kernel or stride over the spatial dimensions. */
export function cube(k: number, dims: 2 | 3): readonly number[] {
  return dims === 3 ? [k, k, k] : [k, k];
}

function block(
  name: string,
  stage: string,
  cin: number,
  width: number,
  stride: number,
  bottleneck: boolean,
  dims: 2 | 3,
): LayerSpec {
  const out = bottleneck ? width * 4 : width;
  const k3 = cube(3, dims);
  const s = cube(stride, dims);
  const body: LayerSpec[] = bottleneck
    ? [
        { kind: 'conv', name: `${name}.conv1`, out: width, kernel: 1 },
        { kind: 'bn', name: `${name}.bn1` },
        { kind: 'act', name: `${name}.relu1`, fn: 'relu' },
        { kind: 'conv', name: `${name}.conv2`, out: width, kernel: k3, stride: s, padding: 1 },
        { kind: 'bn', name: `${name}.bn2` },
        { kind: 'act', name: `${name}.relu2`, fn: 'relu' },
        { kind: 'conv', name: `${name}.conv3`, out, kernel: 1 },
        { kind: 'bn', name: `${name}.bn3` },
      ]
    : [
        { kind: 'conv', name: `${name}.conv1`, out: width, kernel: k3, stride: s, padding: 1 },
        { kind: 'bn', name: `${name}.bn1` },
        { kind: 'act', name: `${name}.relu1`, fn: 'relu' },
        { kind: 'conv', name: `${name}.conv2`, out, kernel: k3, padding: 1 },
        { kind: 'bn', name: `${name}.bn2` },
      ];
  const shortcut: LayerSpec[] =
    stride !== 1 || cin !== out
      ? [
          { kind: 'conv', name: `${name}.downsample.0`, out, kernel: 1, stride: s, padding: 0 },
          { kind: 'bn', name: `${name}.downsample.1` },
        ]
      : [];
  return { kind: 'residual', name, stage, body, shortcut };
}

/** Builds a ResNet; 3D: conv1 7×7×7 stride (1, 2, 2), max pool 3×3×3 stride 2, as Hara et al.'s 3D ResNets. */
export function resnet(options: ResNetOptions): Result<Network> {
  const depth = options.depth;
  const blocks = RESNET_BLOCKS[depth];
  if (blocks === undefined) {
    return fail(
      'unknown-model',
      'depth',
      `ResNet depth must be one of ${RESNET_DEPTHS.join(', ')}; got ${String(depth)}.`,
    );
  }
  const dims = options.dims ?? 2;
  if (dims !== 2 && dims !== 3)
    return fail('unknown-option', 'dims', `Dimensions must be 2 or 3; got ${String(dims)}.`);
  const common = resolveCommon(options, dims === 3 ? 112 : 224);
  if (!common.ok) return common;
  const frames = options.frames ?? 16;
  const badFrames = dims === 3 ? checkPositiveInt(frames, 'frames', 'Frames') : null;
  if (badFrames) return { ok: false, error: badFrames };
  const { resolution, classes, inChannels } = common.value;
  const bottleneck = depth >= 50;
  const layers: LayerSpec[] = [
    {
      kind: 'conv',
      name: 'conv1',
      stage: 'conv1',
      out: 64,
      kernel: 7,
      stride: dims === 3 ? [1, 2, 2] : 2,
      padding: 3,
    },
    { kind: 'bn', name: 'bn1', stage: 'conv1' },
    { kind: 'act', name: 'relu', stage: 'conv1', fn: 'relu' },
    {
      kind: 'pool',
      name: 'maxpool',
      stage: 'conv2_x',
      op: 'max',
      kernel: 3,
      stride: 2,
      padding: 1,
    },
  ];
  let cin = 64;
  blocks.forEach((count, i) => {
    const width = 64 * 2 ** i;
    const stage = `conv${i + 2}_x`;
    for (let b = 0; b < count; b++) {
      const stride = i > 0 && b === 0 ? 2 : 1;
      layers.push(block(`layer${i + 1}.${b}`, stage, cin, width, stride, bottleneck, dims));
      layers.push({ kind: 'act', name: `layer${i + 1}.${b}.relu`, stage, fn: 'relu' });
      cin = bottleneck ? width * 4 : width;
    }
  });
  layers.push(
    { kind: 'global-pool', name: 'avgpool', stage: 'fc', op: 'avg' },
    { kind: 'dense', name: 'fc', stage: 'fc', out: classes, bias: true },
  );
  const spatial = dims === 3 ? [frames, resolution, resolution] : [resolution, resolution];
  return ok({
    id: `resnet-${depth}`,
    title: `ResNet-${depth}${dims === 3 ? ' (3D)' : ''}`,
    input: { spatial, channels: inChannels },
    layers,
    paperCountsBatchNorm: true,
  });
}
