import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'se-scale',
  title: 'Scale: channel-wise recalibration',
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
      key: 'r',
      symbol: 'r',
      label: 'reduction ratio',
      kind: 'int',
      min: 1,
      max: 8,
      step: 1,
      default: 2,
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
  fills: [
    'Output weights s are used to rescale U (each channel u_c)',
    'x̃_c = s_c · u_c: every value of channel c times the same weight s_c',
  ],
  notes: {
    keyPoint:
      'Each channel u_c is multiplied by its own scalar s_c: informative channels keep their values (s_c near 1), less useful ones are damped (s_c near 0). The shape never changes, so SE drops into any block.',
    mistakes:
      'Believing s_c varies over positions (it is one number per channel, broadcast over all H × W positions), or that scaling can amplify a channel (a sigmoid weight is below 1; only the relative emphasis changes).',
    question:
      'How many multiplications does the scale step cost for an H × W × C map? (H·W·C, one per value; the papers do not count them in their FLOPs.)',
  },
};
