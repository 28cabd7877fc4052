// VGG-16 (Simonyan & Zisserman 2015, configuration D) in 2D and 3D (3×3×3 kernels).
import { fail, ok, type Result } from '../errors';
import type { LayerSpec, Network } from '../layers/spec';
import { checkPositiveInt } from '../validate';
import { resolveCommon, type CommonOptions } from './options';
import { cube } from './resnet';

/** Configuration D: conv widths, 'M' for a 2×2 max pool. */
export const VGG16_CONFIG: readonly (number | 'M')[] = [
  64,
  64,
  'M',
  128,
  128,
  'M',
  256,
  256,
  256,
  'M',
  512,
  512,
  512,
  'M',
  512,
  512,
  512,
  'M',
];

/** Options of VGG-16. */
export interface VggOptions extends CommonOptions {
  readonly dims?: 2 | 3;
  /** Input frames of the 3D network (default 16). */
  readonly frames?: number;
}

/**
 * Builds VGG-16: 13 3×3 convs with bias, 5 max pools, FC 4096, 4096, classes (bias, no BN).
 * 3D: 3×3×3 convs; the first pool is 1×2×2 and the rest 2×2×2 (C3D's layout), so 16 frames end as 1.
 * The FC input is 512 · (final map), 25,088 at 224 (torchvision pools adaptively to 7×7; this does not).
 */
export function vgg16(options: VggOptions = {}): Result<Network> {
  const dims = options.dims ?? 2;
  if (dims !== 2 && dims !== 3)
    return fail('unknown-option', 'dims', `Dimensions must be 2 or 3; got ${String(dims)}.`);
  const common = resolveCommon(options, 224);
  if (!common.ok) return common;
  const frames = options.frames ?? 16;
  const badFrames = dims === 3 ? checkPositiveInt(frames, 'frames', 'Frames') : null;
  if (badFrames) return { ok: false, error: badFrames };
  const { resolution, classes, inChannels } = common.value;
  const layers: LayerSpec[] = [];
  let block = 1;
  let conv = 1;
  for (const item of VGG16_CONFIG) {
    const stage = `block${block}`;
    if (item === 'M') {
      const k = dims === 3 ? (block === 1 ? [1, 2, 2] : [2, 2, 2]) : [2, 2];
      layers.push({
        kind: 'pool',
        name: `${stage}_pool`,
        stage,
        op: 'max',
        kernel: k,
        stride: k,
        padding: 0,
      });
      block += 1;
      conv = 1;
      continue;
    }
    layers.push(
      {
        kind: 'conv',
        name: `${stage}_conv${conv}`,
        stage,
        out: item,
        kernel: cube(3, dims),
        padding: 1,
        bias: true,
      },
      { kind: 'act', name: `${stage}_relu${conv}`, stage, fn: 'relu' },
    );
    conv += 1;
  }
  layers.push(
    { kind: 'dense', name: 'fc1', stage: 'classifier', out: 4096 },
    { kind: 'act', name: 'fc1_relu', stage: 'classifier', fn: 'relu' },
    { kind: 'dense', name: 'fc2', stage: 'classifier', out: 4096 },
    { kind: 'act', name: 'fc2_relu', stage: 'classifier', fn: 'relu' },
    { kind: 'dense', name: 'predictions', stage: 'classifier', out: classes },
  );
  const spatial = dims === 3 ? [frames, resolution, resolution] : [resolution, resolution];
  return ok({
    id: 'vgg-16',
    title: `VGG-16${dims === 3 ? ' (3D)' : ''}`,
    input: { spatial, channels: inChannels },
    layers,
    paperCountsBatchNorm: true,
  });
}
