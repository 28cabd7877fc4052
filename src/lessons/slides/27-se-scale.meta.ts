import { SE_EXAMPLE_PARAMS } from '../se/example-params';
import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'se-scale',
  title: 'Scale: channel-wise recalibration',
  section: 'SE block',
  params: SE_EXAMPLE_PARAMS,
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
