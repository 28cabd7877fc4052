import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'se-squeeze',
  title: 'Squeeze: global information embedding',
  section: 'SE block',
  params: [
    {
      key: 'C',
      symbol: 'C',
      label: 'channels (example)',
      kind: 'int',
      min: 2,
      max: 8,
      step: 1,
      default: 4,
    },
    {
      key: 'H',
      symbol: 'H',
      label: 'height (example)',
      kind: 'int',
      min: 2,
      max: 6,
      step: 1,
      default: 4,
    },
    {
      key: 'W',
      symbol: 'W',
      label: 'width (example)',
      kind: 'int',
      min: 2,
      max: 6,
      step: 1,
      default: 4,
    },
  ],
  fills: ['z_c = 1/(H·W) · Σ_i Σ_j u_c(i, j): the average of channel c over all positions'],
  notes: {
    keyPoint:
      'Global average pooling turns each H × W channel into one number z_c, its mean activation: a descriptor of the whole image, so the excitation that follows can use context from outside any local receptive field.',
    mistakes:
      'Averaging across channels instead of across positions (z has C entries, one per channel), or forgetting the 1/(H·W): a sum would make z depend on the image size.',
    question:
      'If the input image doubles in height and width, what happens to z? (Nothing systematic: it is a mean, so it stays on the same scale; a sum would grow four times.)',
  },
};
