import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'separable-total',
  title: 'Total cost and efficiency gain',
  section: 'MobileNet',
  params: [
    {
      key: 'DK',
      symbol: 'D_K',
      label: 'kernel size',
      kind: 'int',
      min: 1,
      max: 11,
      step: 1,
      default: 3,
    },
    {
      key: 'M',
      symbol: 'M',
      label: 'input channels',
      kind: 'int',
      min: 1,
      max: 2048,
      step: 1,
      default: 512,
    },
    {
      key: 'N',
      symbol: 'N',
      label: 'output channels (filters)',
      kind: 'int',
      min: 1,
      max: 2048,
      step: 1,
      default: 512,
    },
    {
      key: 'DF',
      symbol: 'D_F',
      label: 'input size (output the same)',
      kind: 'int',
      min: 1,
      max: 512,
      step: 1,
      default: 14,
    },
  ],
  fills: [
    'Depthwise separable: D_K·D_K·M·D_F·D_F + M·N·D_F·D_F',
    'Standard convolution: D_K·D_K·M·N·D_F·D_F',
    'Efficiency gain (ratio) = 1/N + 1/D_K²',
  ],
  quizTopic: 'separable-ratio',
  notes: {
    keyPoint:
      'Divide the separable cost by the standard one and M and D_F · D_F cancel: the ratio is 1/N + 1/D_K², whatever the layer\u2019s input. With 3 × 3 kernels it can never go below 1/9, so the saving is "8 to 9 times" for wide layers.',
    mistakes:
      'Cancelling wrongly and writing 1/(N + D_K²) or 1/(N · D_K²). Forgetting that the ratio is about cost only: the separable layer is also a different, less expressive function. Assuming the ratio depends on M or on the input size.',
    question:
      'For D_K = 3, what is the largest speed-up depthwise separable convolution can ever give, however many channels there are?',
  },
};
