import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'three-axes',
  title: 'Three directions in CNN efficiency',
  section: 'Motivation',
  params: [
    {
      key: 'd',
      symbol: 'd',
      label: 'depth multiplier (layers)',
      kind: 'float',
      min: 0.5,
      max: 4,
      step: 0.1,
      default: 1,
    },
    {
      key: 'w',
      symbol: 'w',
      label: 'width multiplier (channels)',
      kind: 'float',
      min: 0.25,
      max: 3,
      step: 0.05,
      default: 1,
    },
    {
      key: 'r',
      symbol: 'r',
      label: 'resolution multiplier (input size)',
      kind: 'float',
      min: 0.5,
      max: 3,
      step: 0.05,
      default: 1,
    },
  ],
  fills: [],
  quizTopic: 'compound-scaling',
  notes: {
    keyPoint:
      'Cost grows linearly with depth (more layers of the same cost) but quadratically with width (channels in × channels out) and with resolution (height × width of every feature map). So doubling width or resolution costs ~4×, doubling depth ~2×.',
    mistakes:
      'Students expect width to be linear "because it is one number". Each conv multiplies M by N, and both grow. Real networks deviate a little: the stem sees 3 RGB channels (linear in w), rounding of channels to multiples of 8 and of repeats to whole blocks makes steps.',
    question:
      'Ask: "With a budget of 4× the FLOPs, which is better: 4× deeper, 2× wider, or 2× the resolution?" (All cost about the same — EfficientNet’s point is that a balanced mix wins.)',
  },
};
