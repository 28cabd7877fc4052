import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'depthwise-separable-concept',
  title: 'What is depthwise separable convolution?',
  section: 'MobileNet',
  params: [],
  fills: [],
  quizTopic: 'separable',
  notes: {
    keyPoint:
      'A standard convolution does two jobs in one operation: spatial filtering and channel mixing. Depthwise separable convolution does them one after the other: a D_K × D_K filter per input channel (depthwise), then 1 × 1 filters across all channels (pointwise). Same output shape, a fraction of the cost and the weights.',
    mistakes:
      'Taking the depthwise step for the whole layer: on its own it never mixes channels and keeps M channels, so it cannot change the channel count. Believing the two steps compute exactly what the standard convolution computes: they are a factorised, less expressive layer that happens to work almost as well. Forgetting that MobileNet puts BN and ReLU between the two steps.',
    question:
      'After the depthwise step, how many channels are there, and has any output value "seen" more than one input channel yet?',
  },
};
