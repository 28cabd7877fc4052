import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'title',
  title: 'From ResNet to Lightweight CNNs: MobileNet and EfficientNet',
  section: 'Introduction',
  params: [],
  fills: [],
  notes: {
    keyPoint:
      'Today is about cost: how many operations and parameters a CNN needs, and two ways to cut them — MobileNet (a cheaper convolution) and EfficientNet (spending a budget well across depth, width and resolution).',
    mistakes:
      'Students often think "lightweight" means "less accurate" only. The lecture shows that clever structure (depthwise separable convs, compound scaling) buys most of the saving at little accuracy cost.',
    question:
      'Ask: "Your phone runs a camera app at 30 frames per second. How many operations per frame can a 2-TFLOP phone chip afford, if the model may use a tenth of it?" (≈ 6.7 GFLOPs per frame — then compare with VGG-16 later.)',
  },
};
