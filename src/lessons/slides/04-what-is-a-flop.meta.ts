import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'what-is-a-flop',
  title: 'What is a FLOP?',
  section: 'Motivation',
  params: [
    {
      key: 'n',
      symbol: 'n',
      label: 'input length (elements per dot product)',
      kind: 'int',
      min: 1,
      max: 12,
      step: 1,
      default: 3,
    },
    {
      key: 'm',
      symbol: 'm',
      label: 'output length (rows of W)',
      kind: 'int',
      min: 1,
      max: 12,
      step: 1,
      default: 4,
    },
    {
      key: 'bias',
      symbol: 'b',
      label: 'bias',
      kind: 'choice',
      options: [
        { value: 'off', label: 'off' },
        { value: 'on', label: 'on (+m adds)' },
      ],
      default: 'off',
    },
  ],
  fills: [
    'FLOPs of a dot product of n elements: 2n − 1 (n mults, n − 1 adds)',
    'FLOPs of a dense layer n → m: m(2n − 1)',
    'the weight matrix W ∈ ℝ^{m×n}',
  ],
  quizTopic: 'dot-product',
  notes: {
    keyPoint:
      'Under the lecture’s rule every multiplication and every addition is one FLOP: a dot product of n elements is n mults + (n − 1) adds = 2n − 1; a dense layer n → m is m such dot products, m(2n − 1). Papers usually count MACs (multiply-accumulates) instead: n·m for the same layer, and FLOPs ≈ 2·MACs.',
    mistakes:
      'Forgetting that n numbers need only n − 1 additions; writing W as n × m (it is m × n: one row per output); mixing FLOPs and MACs when comparing with a paper — a factor of 2.',
    question:
      'Ask: "A dense layer 1280 → 1000 (EfficientNet’s classifier) with bias: how many FLOPs, how many MACs?" (1000 · (2·1280 − 1) + 1000 = 2,560,000 FLOPs; 1,280,000 MACs.)',
  },
};
