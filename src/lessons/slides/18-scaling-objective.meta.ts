import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'scaling-objective',
  title: 'Compound scaling: the optimization objective',
  section: 'EfficientNet',
  params: [
    {
      key: 'mem',
      symbol: '\\text{mem}',
      label: 'target memory (weights)',
      kind: 'float',
      min: 1,
      max: 300,
      step: 1,
      default: 50,
      unit: 'MB',
    },
    {
      key: 'flops',
      symbol: '\\text{FLOPS}',
      label: 'target cost, billion mult-adds',
      kind: 'float',
      min: 0.1,
      max: 40,
      step: 0.1,
      default: 2,
      unit: 'B MACs',
    },
    {
      key: 'prec',
      symbol: '\\text{bytes}',
      label: 'bytes per weight',
      kind: 'choice',
      options: [
        { value: 'fp32', label: 'fp32 (4 B)' },
        { value: 'fp16', label: 'fp16 (2 B)' },
        { value: 'int8', label: 'int8 (1 B)' },
      ],
      default: 'fp32',
    },
  ],
  fills: ['the memory constraint', 'the FLOPs constraint'],
  quizTopic: 'compound-scaling',
  notes: {
    keyPoint:
      'Scaling is a constrained optimization: keep the searched layer structure fixed and choose d, w, r to maximize accuracy subject to a memory budget and a compute budget. With a phone budget (say 50 MB of fp32 weights, 2 B mult-adds) the biggest variant that fits is the one to ship — today that is B3.',
    mistakes:
      'Treating memory and FLOPs as the same constraint: B0→B7 grows params about 12× but mult-adds about 96×, because resolution adds compute but no weights. Forgetting that "Memory" here is the weights only; activations at 600 px add much more at run time.',
    question:
      'Halve the bytes per weight (fp16). Which constraint now decides the answer, and what does that tell you about quantization on phones?',
  },
};
