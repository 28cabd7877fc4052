import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'activation-maps',
  title: 'Activation maps: ReLU vs Swish',
  section: 'EfficientNet',
  params: [
    {
      key: 'seed',
      symbol: '\\text{seed}',
      label: 'random network',
      kind: 'int',
      min: 1,
      max: 999,
      step: 1,
      default: 7,
    },
    {
      key: 'beta',
      symbol: '\\beta',
      label: 'swish sharpness',
      kind: 'float',
      min: 0.1,
      max: 10,
      step: 0.1,
      default: 1,
    },
  ],
  fills: [
    'Output map of the 6-layer network with ReLU',
    'Output map of the same network with Swish',
  ],
  notes: {
    keyPoint:
      'The same random weights give a piecewise-linear output with sharp, star-shaped edges under ReLU and a smooth landscape under swish. Smooth outputs mean smooth loss surfaces, which optimizers follow more easily.',
    mistakes:
      'Reading the colours as "accuracy" or as learned features: this is an untrained network, and the picture only shows how the activation shapes the function the network can compute.',
    question:
      'Raise β to 10: why does the swish map start to look like the ReLU map? (Swish with a large β is almost ReLU.)',
  },
};
