import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'swish',
  title: 'Swish activation',
  section: 'EfficientNet',
  params: [
    {
      key: 'beta',
      symbol: '\\beta',
      label: 'sharpness of the sigmoid gate',
      kind: 'float',
      min: 0,
      max: 10,
      step: 0.1,
      default: 1,
    },
  ],
  fills: [
    'ReLU formula: max(0, x)',
    'ReLU smooth? No',
    'ReLU monotonic? Yes',
    'Swish formula: x · σ(βx)',
    'Swish smooth? Yes',
    'Swish monotonic? No',
  ],
  notes: {
    keyPoint:
      'Swish lets small negative values through and has a smooth, non-zero gradient everywhere; it dips to a minimum (≈ −0.278 at x ≈ −1.278 for β = 1) before rising, so it is not monotonic. β interpolates between x/2 (β = 0) and ReLU (β → ∞).',
    mistakes:
      'Calling swish "a smooth ReLU that is always ≥ 0" (it goes negative), or thinking it is monotonic like ReLU. Also: swish costs a sigmoid per value, more than ReLU\'s single comparison.',
    question:
      'What does swish become as β grows large? (ReLU.) And at β = 0? (The line x/2.) Drag β to check.',
  },
};
