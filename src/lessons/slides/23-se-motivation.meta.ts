import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'se-motivation',
  title: 'SE block: why channel attention?',
  section: 'SE block',
  params: [],
  fills: [],
  notes: {
    keyPoint:
      'A depthwise convolution filters every channel on its own: no channel ever sees another, so the block cannot decide which channels matter for this image. SE adds exactly that, at almost no cost.',
    mistakes:
      'Students think the 1×1 pointwise convolution already is "attention". It mixes channels, but with fixed weights that are the same for every image; SE computes a different weight per channel for each input.',
    question:
      'In a depthwise 3×3 layer on 32 channels, how many input channels does one output value depend on? (One: its own.) What would have to change for it to use the others?',
  },
};
