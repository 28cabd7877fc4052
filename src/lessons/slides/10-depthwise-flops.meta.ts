import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'depthwise-flops',
  title: 'Step 1: depthwise convolution cost',
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
    'Multiplications for one channel: D_K · D_K · D_F · D_F',
    'Total over the M channels: D_K · D_K · M · D_F · D_F',
  ],
  quizTopic: 'depthwise',
  notes: {
    keyPoint:
      'Each of the M channels has its own single D_K × D_K filter, so one output value costs D_K² multiplications and there are M · D_F² of them: D_K · D_K · M · D_F · D_F. N does not appear: the depthwise step does not depend on the number of output channels at all.',
    mistakes:
      'Multiplying by N out of habit from the standard convolution. Multiplying by M twice (the filter is D_K × D_K × 1, not D_K × D_K × M). Calling these "FLOPs" without saying they are multiplications (mult-adds): counting adds too nearly doubles the figure.',
    question:
      'If we double the number of output channels N of the whole separable layer, what happens to the depthwise cost?',
  },
};
