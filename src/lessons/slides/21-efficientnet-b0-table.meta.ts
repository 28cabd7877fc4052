import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'efficientnet-b0-table',
  title: 'EfficientNet-B0 architecture',
  section: 'EfficientNet',
  params: [
    {
      key: 'model',
      symbol: '\\text{model}',
      label: 'EfficientNet variant',
      kind: 'choice',
      options: ['b0', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7'].map((value) => ({
        value,
        label: value.toUpperCase(),
      })),
      default: 'b0',
    },
    {
      key: 'res',
      symbol: '\\text{res}',
      label: 'input size (0 = the variant’s own)',
      kind: 'int',
      min: 0,
      max: 800,
      step: 4,
      default: 0,
      unit: 'px',
    },
  ],
  fills: ['mult-adds of each stage', 'parameters of each stage', 'the totals'],
  quizTopic: 'macs-flops',
  notes: {
    keyPoint:
      'B0 is nine stages: a 3×3 stem, seven MBConv stages and a 1×1 head with pooling and FC. Resolution halves five times (224 → 7) while channels grow 32 → 320 → 1280. Mult-adds concentrate in the early high-resolution stages; parameters concentrate in the late wide stages and the head. The paper’s "0.39 B FLOPs" are multiply-adds: the engine counts 385.8 M MACs, about 0.77 B FLOPs as mults + adds.',
    mistakes:
      'Reading the Resolution column as the stage’s output (it is the input: stage 3 takes 112 × 112 and leaves at 56 × 56); expecting the paper’s 5.3 M to exclude BN (it includes BN γ/β: 5,288,548); comparing the paper’s FLOPs with a profiler’s FLOPs (a factor of 2).',
    question:
      'Switch to B7. Mult-adds grow about 100× but parameters only about 12×. Which of the three scaling axes explains the gap?',
  },
};
