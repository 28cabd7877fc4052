// The models by id, for the CLI and the lab: one table drives both.
import { fail, type Result } from '../errors';
import type { Network } from '../layers/spec';
import { efficientNet } from './efficientnet';
import { EFFICIENTNET_COEFFICIENTS, EFFICIENTNET_VARIANTS } from './efficientnet-scaling';
import { mobilenetV1 } from './mobilenet-v1';
import { mobilenetV2 } from './mobilenet-v2';
import { RESNET_DEPTHS, resnet } from './resnet';
import { vgg16 } from './vgg';

/** Every option a model in the registry may take. */
export interface ModelOptions {
  readonly width?: number;
  readonly resolution?: number;
  readonly classes?: number;
  readonly inChannels?: number;
  readonly dims?: 2 | 3;
  readonly frames?: number;
  /** EfficientNet compound coefficient (model 'efficientnet' only). */
  readonly phi?: number;
  readonly alpha?: number;
  readonly beta?: number;
  readonly gamma?: number;
  readonly inputNormalization?: boolean;
  /** MobileNetV1 only, for the paper's tables (not a CLI or lab option): see MobileNetV1Options. */
  readonly variant?: 'separable' | 'full' | 'shallow';
}

/** The option names the CLI and the lab offer. */
export type ModelOption = Exclude<keyof ModelOptions, 'variant'>;

/** A model of the registry. */
export interface ModelInfo {
  readonly id: string;
  readonly title: string;
  readonly family: 'mobilenet' | 'efficientnet' | 'resnet' | 'vgg';
  readonly defaultResolution: number;
  /** Options this model takes (others are rejected by the CLI). */
  readonly options: readonly ModelOption[];
  readonly build: (options: ModelOptions) => Result<Network>;
}

const COMMON: readonly ModelOption[] = ['resolution', 'classes', 'inChannels'];

/** Copies only the defined options (exactOptionalPropertyTypes forbids explicit undefined). */
function defined<T extends object>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

/** All models, in the order the CLI's help and the lab list them. */
export const MODELS: readonly ModelInfo[] = [
  {
    id: 'mobilenet-v1',
    title: 'MobileNetV1',
    family: 'mobilenet',
    defaultResolution: 224,
    options: [...COMMON, 'width'],
    build: (o) =>
      mobilenetV1(
        defined({
          width: o.width,
          variant: o.variant,
          resolution: o.resolution,
          classes: o.classes,
          inChannels: o.inChannels,
        }),
      ),
  },
  {
    id: 'mobilenet-v2',
    title: 'MobileNetV2',
    family: 'mobilenet',
    defaultResolution: 224,
    options: [...COMMON, 'width'],
    build: (o) =>
      mobilenetV2(
        defined({
          width: o.width,
          resolution: o.resolution,
          classes: o.classes,
          inChannels: o.inChannels,
        }),
      ),
  },
  ...EFFICIENTNET_VARIANTS.map((variant): ModelInfo => ({
    id: `efficientnet-${variant}`,
    title: `EfficientNet-${variant.toUpperCase()}`,
    family: 'efficientnet',
    defaultResolution: EFFICIENTNET_COEFFICIENTS[variant].resolution,
    options: [...COMMON, 'inputNormalization'],
    build: (o) =>
      efficientNet(
        { variant },
        defined({
          resolution: o.resolution,
          classes: o.classes,
          inChannels: o.inChannels,
          inputNormalization: o.inputNormalization,
        }),
      ),
  })),
  {
    id: 'efficientnet',
    title: 'EfficientNet for any φ',
    family: 'efficientnet',
    defaultResolution: 224,
    options: [...COMMON, 'phi', 'alpha', 'beta', 'gamma', 'inputNormalization'],
    build: (o) =>
      efficientNet(
        { phi: o.phi ?? 0, ...defined({ alpha: o.alpha, beta: o.beta, gamma: o.gamma }) },
        defined({
          resolution: o.resolution,
          classes: o.classes,
          inChannels: o.inChannels,
          inputNormalization: o.inputNormalization,
        }),
      ),
  },
  ...RESNET_DEPTHS.map((depth): ModelInfo => ({
    id: `resnet-${depth}`,
    title: `ResNet-${depth}`,
    family: 'resnet',
    defaultResolution: 224,
    options: [...COMMON, 'dims', 'frames'],
    build: (o) =>
      resnet({
        depth,
        ...defined({
          dims: o.dims,
          frames: o.frames,
          resolution: o.resolution,
          classes: o.classes,
          inChannels: o.inChannels,
        }),
      }),
  })),
  {
    id: 'vgg-16',
    title: 'VGG-16',
    family: 'vgg',
    defaultResolution: 224,
    options: [...COMMON, 'dims', 'frames'],
    build: (o) =>
      vgg16(
        defined({
          dims: o.dims,
          frames: o.frames,
          resolution: o.resolution,
          classes: o.classes,
          inChannels: o.inChannels,
        }),
      ),
  },
];

/** The model ids. */
export const MODEL_IDS: readonly string[] = MODELS.map((m) => m.id);

/** Finds a model by id. */
export function findModel(id: string): ModelInfo | undefined {
  return MODELS.find((m) => m.id === id);
}

/** Builds a model by id: buildModel('efficientnet-b2', { classes: 10 }). */
export function buildModel(id: string, options: ModelOptions = {}): Result<Network> {
  const model = findModel(id);
  if (model === undefined) {
    return fail(
      'unknown-model',
      'model',
      `Model must be one of ${MODEL_IDS.join(', ')}; got "${id}".`,
    );
  }
  return model.build(options);
}
