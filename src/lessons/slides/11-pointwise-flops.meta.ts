import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'pointwise-flops',
  title: 'Step 2: pointwise (1 × 1) convolution cost',
  section: 'MobileNet',
  params: [
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
  fills: ['Total multiplications of the pointwise step: M · N · D_F · D_F'],
  quizTopic: 'pointwise',
  notes: {
    keyPoint:
      'A 1 × 1 convolution is a dense layer M → N applied at every one of the D_F · D_F positions: M · N multiplications per position, M · N · D_F · D_F in total. It is exactly a standard convolution with D_K = 1, and it is where almost all of MobileNet\u2019s computation (about 95 %) ends up.',
    mistakes:
      'Thinking a 1 × 1 convolution "does nothing" because it has no spatial extent: it mixes all M channels into each of the N outputs. Forgetting the D_F · D_F positions and giving only M · N (that is the number of weights, not the cost).',
    question:
      'The pointwise cost is M · N · D_F². Which is bigger for M = N = 512 and D_K = 3: the depthwise or the pointwise part, and by what factor?',
  },
};
