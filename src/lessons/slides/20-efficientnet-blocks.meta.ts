import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'efficientnet-blocks',
  title: 'Building blocks of EfficientNet',
  section: 'EfficientNet',
  params: [],
  fills: [],
  quizTopic: 'mbconv-cost',
  notes: {
    keyPoint:
      'EfficientNet is built from three known pieces: the MBConv block of MobileNetV2 (1×1 expand, depthwise, 1×1 project, residual), a squeeze-and-excitation block inside it, and the swish activation. Inside an MBConv-6 block the two 1×1 convolutions take almost all of the mult-adds; the depthwise conv and SE are cheap.',
    mistakes:
      'Believing the depthwise conv is the expensive part because it has the big kernel; thinking SE is a separate layer between blocks (it sits inside each MBConv, after the depthwise conv); confusing "MBConv6" (expansion ratio 6) with a kernel size.',
    question:
      'The depthwise conv runs on 6× more channels than the block input. Why is it still only a few percent of the block’s mult-adds?',
  },
};
