// EfficientNet-B0 (Tan & Le 2019, Table 1) scaled to B1–B7 or any φ by the official code's rules.
import { ok, type Result } from '../errors';
import type { LayerSpec, Network } from '../layers/spec';
import {
  efficientNetScale,
  type EfficientNetConfig,
  type EfficientNetScale,
} from './efficientnet-scaling';
import { resolveCommon, roundChannels, roundRepeats, type CommonOptions } from './options';

/** EfficientNet-B0's MBConv stages (Table 1, stages 2–8): expansion t, kernel, stride, channels, repeats. */
export const EFFICIENTNET_B0_STAGES: readonly {
  readonly expand: number;
  readonly kernel: number;
  readonly stride: number;
  readonly channels: number;
  readonly repeats: number;
}[] = [
  { expand: 1, kernel: 3, stride: 1, channels: 16, repeats: 1 },
  { expand: 6, kernel: 3, stride: 2, channels: 24, repeats: 2 },
  { expand: 6, kernel: 5, stride: 2, channels: 40, repeats: 2 },
  { expand: 6, kernel: 3, stride: 2, channels: 80, repeats: 3 },
  { expand: 6, kernel: 5, stride: 1, channels: 112, repeats: 3 },
  { expand: 6, kernel: 5, stride: 2, channels: 192, repeats: 4 },
  { expand: 6, kernel: 3, stride: 1, channels: 320, repeats: 1 },
];

/** B0's stem and head channels. */
export const EFFICIENTNET_B0_STEM = 32;
export const EFFICIENTNET_B0_HEAD = 1280;

/** Options of EfficientNet (resolution defaults to the variant's own, e.g. 260 for B2). */
export interface EfficientNetOptions extends CommonOptions {
  /** Add Keras's input Normalization layer (7 non-trainable values for RGB), as keras.applications does. */
  readonly inputNormalization?: boolean;
}

/** Builds the layer list of an EfficientNet with the given scale. */
export function efficientNetLayers(
  scale: EfficientNetScale,
  classes: number,
  normalize: boolean,
): LayerSpec[] {
  const w = scale.width;
  const layers: LayerSpec[] = normalize
    ? [{ kind: 'normalize', name: 'normalization', stage: '1' }]
    : [];
  layers.push(
    {
      kind: 'conv',
      name: 'stem',
      stage: '1',
      out: roundChannels(EFFICIENTNET_B0_STEM, w),
      kernel: 3,
      stride: 2,
    },
    { kind: 'bn', name: 'stem_bn', stage: '1' },
    { kind: 'act', name: 'stem_act', stage: '1', fn: 'swish' },
  );
  EFFICIENTNET_B0_STAGES.forEach((s, i) => {
    const stage = String(i + 2);
    const repeats = roundRepeats(s.repeats, scale.depth);
    for (let b = 0; b < repeats; b++) {
      layers.push({
        kind: 'mbconv',
        name: `stage${stage}.block${b + 1}`,
        stage,
        out: roundChannels(s.channels, w),
        expand: s.expand,
        kernel: s.kernel,
        stride: b === 0 ? s.stride : 1,
        seRatio: 0.25,
        act: 'swish',
      });
    }
  });
  layers.push(
    {
      kind: 'conv',
      name: 'head',
      stage: '9',
      out: roundChannels(EFFICIENTNET_B0_HEAD, w),
      kernel: 1,
    },
    { kind: 'bn', name: 'head_bn', stage: '9' },
    { kind: 'act', name: 'head_act', stage: '9', fn: 'swish' },
    { kind: 'global-pool', name: 'avg_pool', stage: '9', op: 'avg' },
    { kind: 'dense', name: 'fc', stage: '9', out: classes, bias: true },
  );
  return layers;
}

/** Builds an EfficientNet: efficientNet({ variant: 'b0' }) or efficientNet({ phi: 2 }, { classes: 10 }). */
export function efficientNet(
  config: EfficientNetConfig,
  options: EfficientNetOptions = {},
): Result<Network> {
  const scale = efficientNetScale(config);
  if (!scale.ok) return scale;
  const common = resolveCommon(options, scale.value.resolution);
  if (!common.ok) return common;
  const { resolution, classes, inChannels } = common.value;
  const id = 'variant' in config ? `efficientnet-${config.variant}` : 'efficientnet';
  const name =
    'variant' in config
      ? `EfficientNet-${scale.value.label}`
      : `EfficientNet (${scale.value.label})`;
  return ok({
    id,
    title: `${name} at ${resolution}`,
    input: { spatial: [resolution, resolution], channels: inChannels },
    layers: efficientNetLayers(scale.value, classes, options.inputNormalization ?? false),
    paperCountsBatchNorm: true,
  });
}
