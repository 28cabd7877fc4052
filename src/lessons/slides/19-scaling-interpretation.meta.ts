import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'scaling-interpretation',
  title: 'Compound scaling: interpretation',
  section: 'EfficientNet',
  params: [
    {
      key: 'd',
      symbol: 'd',
      label: 'depth coefficient (layers ×)',
      kind: 'float',
      min: 0.5,
      max: 4,
      step: 0.05,
      default: 1.2,
    },
    {
      key: 'w',
      symbol: 'w',
      label: 'width coefficient (channels ×)',
      kind: 'float',
      min: 0.5,
      max: 3,
      step: 0.05,
      default: 1.1,
    },
    {
      key: 'r',
      symbol: 'r',
      label: 'resolution coefficient (pixels ×)',
      kind: 'float',
      min: 0.5,
      max: 3,
      step: 0.05,
      default: 1.15,
    },
    {
      key: 'i',
      symbol: 'i',
      label: 'stage shown in the formula',
      kind: 'int',
      min: 1,
      max: 9,
      step: 1,
      default: 6,
    },
  ],
  fills: ['the scaled input shape of stage i', 'the scaled depth of stage i'],
  quizTopic: 'compound-scaling',
  notes: {
    keyPoint:
      'The network is a chain of stages F̂_i, each repeated L̂_i times on an Ĥ_i × Ŵ_i × Ĉ_i tensor. Scaling never changes the operators: r multiplies the spatial size, w the channels, d the number of repeats. The released code then rounds: channels to a multiple of 8, repeats up to a whole layer, the input to whole pixels.',
    mistakes:
      'Multiplying the kernel size or the number of stages by d (only the repeats L̂_i grow); expecting exactly w·Ĉ_i channels (round_filters snaps to multiples of 8); forgetting that a stage’s resolution follows from the input size and the strides, so rounding at the input propagates.',
    question:
      'With d = 1.2, stage 8 has L̂ = 1 layer. How many layers does it get, and why is that more than 20 % extra?',
  },
};
