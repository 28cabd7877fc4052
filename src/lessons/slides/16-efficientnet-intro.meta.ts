import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'efficientnet-intro',
  title: 'EfficientNet: a new way to scale CNNs',
  section: 'EfficientNet',
  params: [],
  fills: [],
  quizTopic: 'compound-scaling',
  notes: {
    keyPoint:
      'EfficientNet (Tan & Le, Google, 2019) does not invent a new layer; it finds a small baseline (B0) by architecture search and then scales depth, width and resolution together with one coefficient φ. B0 beats ResNet-50 on ImageNet with about 5× fewer parameters and 10× fewer mult-adds.',
    mistakes:
      'Students think EfficientNet is "MobileNet with more layers"; the new idea is the scaling rule, not the block (MBConv comes from MobileNetV2). They also read the paper’s "0.39 B FLOPs" as floating-point operations: it counts multiply-adds, so it is about 0.77 B FLOPs in the mults + adds convention.',
    question:
      'If you had twice the compute budget of ResNet-50, would you add layers, add channels or feed bigger images? Keep your answer; the next slide tests it.',
  },
};
