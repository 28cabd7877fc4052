import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'why-lightweight',
  title: 'Why do we need lightweight models?',
  section: 'Motivation',
  params: [
    {
      key: 'classes',
      symbol: 'n_{\\text{cls}}',
      label: 'number of classes',
      kind: 'int',
      min: 1,
      max: 1000,
      step: 1,
      default: 101,
    },
    {
      key: 'precision',
      symbol: 'B',
      label: 'bytes per weight (model size)',
      kind: 'choice',
      options: [
        { value: 'fp32', label: 'fp32 (4 B)' },
        { value: 'fp16', label: 'fp16 (2 B)' },
        { value: 'int8', label: 'int8 (1 B)' },
      ],
      default: 'fp32',
    },
  ],
  fills: ['the figure: params of VGG-16 and ResNet-18…152 at a glance, 2D and 3D'],
  quizTopic: 'params-vs-macs',
  notes: {
    keyPoint:
      'Big CNNs are tens to hundreds of millions of parameters: 11–140 M in 2D, more in 3D. At 4 bytes each that is 45–550 MB before a single activation — too much for real-time, low-memory devices.',
    mistakes:
      'The lecture’s table is for video (101 classes, UCF-101; the 2D column takes 16 stacked RGB frames = 48 input channels), not ImageNet — hence ResNet-18 at 11.4 M, not torchvision’s 11.7 M. Also: 3D ResNet-50 has FEWER params than 3D ResNet-34 because its 1×1×1 bottleneck convs do not grow with t. VGG-16’s 3D figure (179.1 M) is not what 3×3×3 kernels give; the engine says so.',
    question:
      'Ask: "VGG-16 has 138 M parameters. Where are most of them?" (In the first FC layer, 25088 × 4096 ≈ 103 M — drag the classes slider and watch only the last FC change.)',
  },
};
