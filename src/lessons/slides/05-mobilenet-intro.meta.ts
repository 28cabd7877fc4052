import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'mobilenet-intro',
  title: 'Introducing MobileNet: efficient CNNs for mobile vision',
  section: 'MobileNet',
  params: [],
  fills: [],
  notes: {
    keyPoint:
      'MobileNet (Howard et al., Google, 2017) is built from one idea — replace every standard convolution by a depthwise separable one — plus two knobs, the width multiplier α and the resolution multiplier ρ, to trade accuracy for cost.',
    mistakes:
      'MobileNet is not a smaller copy of VGG: its accuracy on ImageNet (70.6 %) is close to VGG-16’s (71.5 %) at ~1/27 of the mult-adds. The saving comes from the operator, not from fewer layers.',
    question:
      'Ask: "The full-convolution version of the same network costs 4866 M mult-adds for 71.7 %; MobileNet costs 569 M for 70.6 %. Is 1.1 points worth 8.5× the compute on a phone?"',
  },
};
