import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'mobilenet-vs-efficientnet',
  title: 'MobileNet vs EfficientNet',
  section: 'Wrap-up',
  params: [],
  fills: [
    'Design strategy',
    'Building blocks',
    'Accuracy (ImageNet top-1)',
    'Params / FLOPs',
    'Use cases',
  ],
  quizTopic: 'macs-flops',
  notes: {
    keyPoint:
      'MobileNet is a hand-designed network made cheap by depthwise separable convolutions, scaled down by α and ρ; EfficientNet starts from a searched baseline (MBConv + SE + swish) and scales depth, width and resolution together. Both count cost in multiply-adds.',
    mistakes:
      'Comparing MobileNet\'s 569 M mult-adds with EfficientNet-B0\'s "0.39 B FLOPs" as if the units differed: both are multiply-adds, so B0 is cheaper than MobileNet V1 and far more accurate.',
    question:
      'Which would you ship in a phone app that must run at 30 frames per second, and which for a server that labels photos overnight? What number do you check first?',
  },
};
