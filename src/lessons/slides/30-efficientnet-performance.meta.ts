import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'efficientnet-performance',
  title: 'EfficientNet performance vs other models',
  section: 'Wrap-up',
  params: [],
  fills: ["Top-1 accuracy vs FLOPs on ImageNet (the paper's Table 2 as a chart)"],
  quizTopic: 'macs-flops',
  notes: {
    keyPoint:
      'At every accuracy level the EfficientNet curve sits far to the left: B0 beats ResNet-50 with about a tenth of its multiply-adds, and B7 matches GPipe with 8.4× fewer parameters. Compound scaling of a good small baseline wins.',
    mistakes:
      'Reading the paper\'s "FLOPs" as mults + adds: they are multiply-adds (MACs), so the lecture\'s FLOPs are about twice as large. Also: fewer FLOPs does not guarantee lower latency on every device (depthwise convs are memory-bound).',
    question:
      'EfficientNet-B3 and ResNeXt-101 are about equally accurate; how many times more multiply-adds does ResNeXt-101 need? (About 18×: 32 B vs 1.8 B.)',
  },
};
