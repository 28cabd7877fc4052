// Reference implementations' published counts (torchvision model docs, Keras applications).
import { formatCount } from '../format';
import type { PublishedFigure } from './types';

function exact(value: number, step = 1): { value: number; printed: string; step: number } {
  return { value, printed: formatCount(value), step };
}

function tv(
  model: string,
  build: string,
  params: number,
  gflops: number,
  resolution = 224,
  note?: string,
): PublishedFigure {
  const f: PublishedFigure = {
    id: `torchvision-${build}`,
    source: 'torchvision model docs (num_params, GFLOPS = MACs of conv and linear layers)',
    model,
    params: exact(params),
    macs: { value: Math.round(gflops * 1e9), printed: `${gflops} G`, step: 0.01e9 },
    resolution,
    build: { model: build, options: { resolution } },
  };
  return note === undefined ? f : { ...f, note };
}

/** torchvision's and Keras's counts; the engine's preset of the same name reproduces them. */
export const REFERENCE_IMPLEMENTATIONS: readonly PublishedFigure[] = [
  tv('efficientnet_b0', 'efficientnet-b0', 5_288_548, 0.39),
  tv('efficientnet_b1', 'efficientnet-b1', 7_794_184, 0.69, 240),
  tv(
    'efficientnet_b2',
    'efficientnet-b2',
    9_109_994,
    1.09,
    288,
    'torchvision evaluates B2 at 288 pixels, not the paper\u2019s 260.',
  ),
  tv('efficientnet_b3', 'efficientnet-b3', 12_233_232, 1.83, 300),
  tv('efficientnet_b4', 'efficientnet-b4', 19_341_616, 4.39, 380),
  tv('efficientnet_b5', 'efficientnet-b5', 30_389_784, 10.27, 456),
  tv('efficientnet_b6', 'efficientnet-b6', 43_040_704, 19.07, 528),
  tv('efficientnet_b7', 'efficientnet-b7', 66_347_960, 37.75, 600),
  tv('mobilenet_v2', 'mobilenet-v2', 3_504_872, 0.3),
  tv('resnet18', 'resnet-18', 11_689_512, 1.81),
  tv('resnet34', 'resnet-34', 21_797_672, 3.66),
  tv('resnet50', 'resnet-50', 25_557_032, 4.09),
  tv('resnet101', 'resnet-101', 44_549_160, 7.8),
  tv('resnet152', 'resnet-152', 60_192_808, 11.51),
  tv('vgg16', 'vgg-16', 138_357_544, 15.47),
  {
    id: 'keras-mobilenet',
    source: 'Keras model.summary() of keras.applications.MobileNet',
    model: 'MobileNet (1.0, 224)',
    params: exact(4_253_864),
    build: { model: 'mobilenet-v1', options: {} },
    note: 'Total params: 4,253,864 = trainable 4,231,976 (BN γ/β included) + non-trainable 21,888 (BN moving mean/variance).',
  },
  {
    id: 'keras-efficientnetb0',
    source: 'Keras model.summary() of keras.applications.EfficientNetB0',
    model: 'EfficientNetB0',
    params: exact(5_330_571),
    build: { model: 'efficientnet-b0', options: { inputNormalization: true } },
    note: 'Total params: 5,330,571 = trainable 5,288,548 + BN moving statistics 42,016 + 7 of the input Normalization layer (mean 3, variance 3, count 1).',
  },
];
