import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'mobilenet-architecture',
  title: 'MobileNet architecture',
  section: 'MobileNet',
  params: [
    {
      key: 'alpha',
      symbol: '\\alpha',
      label: 'width multiplier',
      kind: 'float',
      min: 0,
      minExclusive: true,
      max: 1,
      step: 0.05,
      default: 1,
      // The engine's MOBILENET_V1_MIN_WIDTH (not imported: metas load with the page, the engine later).
      lowest: { value: 1 / 32, reason: 'MobileNet’s first layer keeps ⌊32α⌋ ≥ 1 channel' },
    },
    {
      // The resolution multiplier ρ given as the input size in pixels, 224ρ (link name `res`; the shell also reads `resolution`).
      key: 'res',
      symbol: '224\\rho',
      label: 'input resolution',
      kind: 'int',
      min: 32,
      max: 320,
      step: 32,
      default: 224,
      unit: 'px',
    },
  ],
  fills: [
    'Total mult-adds of MobileNet 1.0-224: 569 M',
    'Total parameters of MobileNet 1.0-224: 4.2 M',
  ],
  quizTopic: 'params-vs-macs',
  notes: {
    keyPoint:
      'One standard 3 × 3 convolution, then 13 depthwise separable blocks (dw 3 × 3 → BN → ReLU → pw 1 × 1 → BN → ReLU) that halve the map five times while widening to 1024 channels, then average pool and one FC layer: 28 layers, 569 M mult-adds, 4.2 M parameters. The 1 × 1 convolutions do about 95 % of the work; the FC layer holds a quarter of the weights but almost none of the work.',
    mistakes:
      'Counting BN and ReLU as layers (the "28" counts conv 1, 13 dw, 13 pw and the FC). Trusting the printed table blindly: the second-to-last depthwise layer is printed "s2" but its 7 × 7 input stays 7 × 7, so it is s1. Confusing mult-adds (work) with parameters (memory): the FC layer is cheap to run but big to store.',
    question:
      'Which single layer has the most parameters, and which has the most mult-adds? Why are they not the same layer?',
  },
};
