import type { ParamSpec } from '../../store/param-schema';
import type { SlideMeta } from '../slide-meta';

// Defaults: MobileNet Table 3's layer (14 × 14 × 512 input, 3 × 3 × 512 × 512 kernel).
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
    label: 'feature map size (in = out)',
    kind: 'int',
    min: 1,
    max: 224,
    step: 1,
    default: 14,
  },
];

export const meta: SlideMeta = {
  id: 'standard-conv-flops',
  title: 'Standard convolution: step-by-step FLOP count',
  section: 'MobileNet',
  params,
  fills: [
    'Mults once (one position, one filter) = D_K · D_K · M',
    'Mults per kernel (all positions) = D_K · D_K · M · D_F · D_F',
    'Mults for N kernels = D_K · D_K · M · N · D_F · D_F = total',
  ],
  quizTopic: 'standard-conv',
  notes: {
    keyPoint:
      'Count multiplications in three steps: one filter at one position is D_K·D_K·M; slide it over D_F·D_F positions; repeat for N filters: D_K·D_K·M·N·D_F·D_F. For MobileNet’s 14 × 14 × 512 → 512 layer that is 462 M — the paper’s Table 3 figure.',
    mistakes:
      'The lecture (and MobileNet) call these "FLOPs" but count multiplications = MACs (mult-adds); counting every add too gives ≈ 2×. Students also forget the factor M (each filter spans all input channels) or use D_F where the stride makes D_G smaller.',
    question:
      'Ask: "Double N. Double D_F. Which grows the cost more?" (N doubles it, D_F quadruples it: positions are D_F².)',
  },
};
