import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'compound-scaling',
  title: 'Compound scaling explained',
  section: 'EfficientNet',
  params: [
    {
      key: 'phi',
      symbol: '\\phi',
      label: 'compound coefficient',
      kind: 'float',
      min: 0,
      max: 7,
      step: 0.1,
      default: 1,
    },
    {
      key: 'alpha',
      symbol: '\\alpha',
      label: 'depth base, d = α^φ',
      kind: 'float',
      min: 1,
      max: 2,
      step: 0.01,
      default: 1.2,
    },
    {
      key: 'beta',
      symbol: '\\beta',
      label: 'width base, w = β^φ',
      kind: 'float',
      min: 1,
      max: 2,
      step: 0.01,
      default: 1.1,
    },
    {
      key: 'gamma',
      symbol: '\\gamma',
      label: 'resolution base, r = γ^φ',
      kind: 'float',
      min: 1,
      max: 2,
      step: 0.01,
      default: 1.15,
    },
  ],
  fills: ['the product α·β²·γ² for the grid-search values', 'how total FLOPs grow with φ'],
  quizTopic: 'compound-scaling',
  notes: {
    keyPoint:
      'One knob φ scales all three axes: d = α^φ, w = β^φ, r = γ^φ. FLOPs grow linearly in depth but quadratically in width and resolution, so they scale by (α·β²·γ²)^φ; the grid search at φ = 1 fixed α·β²·γ² ≈ 2, so every +1 in φ roughly doubles the cost. The real network lands near 2^φ·B0, not exactly on it, because channels round to multiples of 8, repeats round up and the stem and classifier do not scale quadratically.',
    mistakes:
      'Writing α·β·γ ≈ 2 (forgetting that width and resolution count twice); thinking β and γ are small so width and resolution barely matter (1.1² and 1.15² still multiply cost by 1.21 and 1.32); believing B1–B7 were made with these exact formulas (the released coefficients are rounded, e.g. B7 uses d = 3.1, w = 2.0, 600 px).',
    question:
      'Set φ = 2. Which of the three axes now costs the most extra FLOPs, and why does the real network differ from 4 × B0?',
  },
};
