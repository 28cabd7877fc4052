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
    key: 'DF',
    symbol: 'D_F',
    label: 'input feature map size',
    kind: 'int',
    min: 1,
    max: 32,
    step: 1,
    default: 8,
  },
  { key: 's', symbol: 's', label: 'stride', kind: 'int', min: 1, max: 4, step: 1, default: 1 },
  {
    key: 'p',
    symbol: 'p',
    label: 'padding (each side)',
    kind: 'int',
    min: 0,
    max: 3,
    step: 1,
    default: 1,
  },
];

export const meta: SlideMeta = {
  id: 'standard-conv-definitions',
  title: 'Standard convolution: key definitions',
  section: 'MobileNet',
  params,
  fills: [],
  quizTopic: 'conv-output-size',
  notes: {
    keyPoint:
      'Five symbols carry the whole cost story: D_K kernel size, M input channels, N output channels (= number of filters), D_F input size, D_G output size. D_G = ⌊(D_F + 2p − D_K)/s⌋ + 1; with "same" padding p = ⌊D_K/2⌋ (odd D_K) and stride 1, D_G = D_F.',
    mistakes:
      'Writing D_F for the output in the cost formula when the stride is 2 (the cost counts OUTPUT positions, D_G²); forgetting the floor; assuming "same" keeps the size at stride 2 (it gives ⌈D_F/2⌉).',
    question:
      'Ask: "A 7 × 7 kernel, stride 2, on a 224 × 224 image (ResNet’s stem): what padding gives 112 × 112?" (p = 3: ⌊(224 + 6 − 7)/2⌋ + 1 = 112.)',
  },
};
