import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'efficiency-example',
  title: 'Example: efficiency gain',
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
      key: 'N',
      symbol: 'N',
      label: 'output channels',
      kind: 'int',
      min: 1,
      max: 4096,
      step: 1,
      default: 256,
    },
  ],
  fills: ['Relative cost 1/N + 1/D_K² with the values put in', 'How many times less computation'],
  quizTopic: 'separable-ratio',
  notes: {
    keyPoint:
      'For D_K = 3 and N = 256 the separable layer costs 1/256 + 1/9 ≈ 0.115 of the standard one, about 1/8.7: "about 9 times less". The 1/D_K² term dominates: past a few hundred channels more channels barely help, the floor is 1/9.',
    mistakes:
      'Reading 0.115 as "11.5 times faster" instead of "costs 11.5 %". Thinking bigger kernels make separable convolution worse: they make the saving larger (1/25 floor for 5 × 5). Forgetting that at N = 1 the separable layer costs more than the standard one.',
    question:
      'With 5 × 5 kernels and N = 256, is the saving bigger or smaller than with 3 × 3? Estimate it before moving the slider.',
  },
};
