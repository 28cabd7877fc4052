import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'width-multiplier',
  title: 'Width multiplier & MobileNet\u2019s efficiency',
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
      step: 0.01,
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
    'Mult-adds at this width (paper: 569 / 325 / 149 / 41 M)',
    'Parameters at this width (paper: 4.2 / 2.6 / 1.3 / 0.5 M)',
  ],
  quizTopic: 'width-multiplier',
  notes: {
    keyPoint:
      'Multiplying every layer\u2019s channels by α multiplies both M and N, so the 1 × 1 convolutions, which are almost all the cost, shrink by α²: 0.5 MobileNet costs about a quarter (149 M vs 569 M). The resolution multiplier ρ shrinks only D_F, so cost goes down by ρ² but the parameters stay the same.',
    mistakes:
      'Expecting the cost to be exactly α² times the full model: the first layer keeps its 3 input channels, and the depthwise layers and the FC layer scale with α, not α², so the real cost and size stay a little above α². Expecting the resolution multiplier to save parameters. Reading off an accuracy for an α the paper did not train: accuracy is only known at the published points.',
    question:
      'Which costs less, 0.75 MobileNet-224 or 1.0 MobileNet-192? Check with the sliders, then compare the paper\u2019s accuracies (68.4 % vs 69.1 %).',
  },
};
