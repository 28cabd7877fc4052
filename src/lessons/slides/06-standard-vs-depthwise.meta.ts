import type { ParamSpec } from '../../store/param-schema';
import type { SlideMeta } from '../slide-meta';

const params: readonly ParamSpec[] = [
  {
    key: 'DK',
    symbol: 'D_K',
    label: 'kernel size',
    kind: 'int',
    min: 1,
    max: 7,
    step: 1,
    default: 3,
  },
  {
    key: 'M',
    symbol: 'M',
    label: 'input channels',
    kind: 'int',
    min: 1,
    max: 1024,
    step: 1,
    default: 512,
  },
  {
    key: 'N',
    symbol: 'N',
    label: 'output channels (filters)',
    kind: 'int',
    min: 1,
    max: 1024,
    step: 1,
    default: 512,
  },
  {
    key: 'DF',
    symbol: 'D_F',
    label: 'feature map size',
    kind: 'int',
    min: 1,
    max: 224,
    step: 1,
    default: 14,
  },
];

export const meta: SlideMeta = {
  id: 'standard-vs-depthwise',
  title: 'Standard vs depthwise separable convolution',
  section: 'MobileNet',
  params,
  fills: [
    'the standard convolution figure (N filters of D_K × D_K × M)',
    'the depthwise separable figure (M filters D_K × D_K × 1, then N filters 1 × 1 × M)',
  ],
  quizTopic: 'separable',
  notes: {
    keyPoint:
      'A standard conv filters space and mixes channels in one step: N filters, each D_K × D_K × M. The separable version splits that: depthwise (one D_K × D_K filter per input channel, M of them) then pointwise (N filters of 1 × 1 × M). For 3 × 3 kernels and many output channels that is 8–9× less computation.',
    mistakes:
      'Thinking depthwise alone replaces the standard conv — it never mixes channels, so the output would have M channels that never saw each other; the pointwise step is what mixes them. Also: the saving depends on D_K and N, not on D_F (the positions cancel).',
    question:
      'Ask: "Set N = 1. Is depthwise separable still cheaper?" (No: 1/N + 1/D_K² > 1 — with one output channel the pointwise step is pure overhead.)',
  },
};
