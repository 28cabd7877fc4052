import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'se-overview',
  title: 'SE block: structure',
  section: 'SE block',
  params: [
    {
      key: 'C',
      symbol: 'C',
      label: 'channels of U',
      kind: 'int',
      min: 1,
      max: 2048,
      step: 1,
      default: 64,
    },
    {
      key: 'r',
      symbol: 'r',
      label: 'reduction ratio',
      kind: 'int',
      min: 1,
      max: 64,
      step: 1,
      default: 16,
    },
    {
      key: 'H',
      symbol: 'H',
      label: 'height of U',
      kind: 'int',
      min: 1,
      max: 224,
      step: 1,
      default: 28,
    },
    {
      key: 'W',
      symbol: 'W',
      label: 'width of U',
      kind: 'int',
      min: 1,
      max: 224,
      step: 1,
      default: 28,
    },
  ],
  fills: [
    'Squeeze F_sq: global average pooling',
    'Excitation F_ex: FC → ReLU → FC → sigmoid',
    'Scale F_scale: channel-wise multiply',
  ],
  quizTopic: 'se-params',
  notes: {
    keyPoint:
      'Squeeze summarises each channel by one number, excitation turns the C numbers into C weights in (0, 1) through a small bottleneck MLP, and scale multiplies every channel of U by its weight. The output has the same shape as U.',
    mistakes:
      'Thinking SE changes the shape of the feature map (it does not: X̃ is H × W × C like U), or that the bottleneck C/r is a spatial size (it is a number of hidden units of the MLP).',
    question:
      'Which of the three steps has parameters? (Only excitation: the two FC layers. Squeeze is an average, scale is a multiply.)',
  },
};
