// MobileNetV2 (Sandler et al. 2018) and SE-Net (Hu et al. 2018) headline figures.
import { printed as p, type PublishedFigure } from './types';

const M = 1e6;

/** MobileNetV2's headline: 300 M multiply-adds, 3.4 M params (224, width 1.0). */
export const MOBILENET_V2_PAPER: PublishedFigure = {
  id: 'mobilenet-v2',
  source: 'MobileNetV2 (Sandler et al. 2018), Table 4',
  model: 'MobileNetV2 (1.0, 224)',
  top1: 72.0,
  macs: p('300', M),
  params: p('3.4', M),
  build: { model: 'mobilenet-v2', options: {} },
  note: 'The engine counts 300.77 M mult-adds and 3.47 M params without BN (3.50 M with BN γ/β, as torchvision reports): the paper truncates both (rounding gives 301 M and 3.5 M).',
};

/** SE-Net: extra params (2/r) Σ_s N_s · C_s² for SE-ResNet-50 with r = 16, about 2.5 M. */
export const SE_RESNET50_EXTRA: PublishedFigure = {
  id: 'se-resnet-50-extra',
  source: 'SE-Net (Hu et al. 2018), §4',
  model: 'SE-ResNet-50 extra parameters (r = 16)',
  params: p('2.5', M),
  note: 'Weights only: (2/16)(3·256² + 4·512² + 6·1024² + 3·2048²) = 2,514,944; the SE biases add 3·(16 + 256) + 4·(32 + 512) + 6·(64 + 1024) + 3·(128 + 2048) = 16,048.',
};
