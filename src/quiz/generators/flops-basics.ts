// Slide 4 "What is a FLOP?": the FLOPs of a dot product and of a dense layer.
import { denseCost, dotProduct } from '../../engine/index';
import { EXACT } from '../question';
import {
  choice,
  count,
  formulaHints,
  givens,
  param,
  mistakes,
  must,
  type TopicGenerator,
} from './generator';

const FLOPS = 'FLOPs (every multiplication and every addition counts 1)';

// Dot-product lengths that occur: D_K² · M of real convs, FC widths, the lecture's 3.
const DOT_LENGTHS: readonly [number, string][] = [
  [3, 'the lecture’s example'],
  [27, 'one output of a 3 × 3 conv on an RGB image'],
  [288, 'one output of a 3 × 3 conv over 32 channels'],
  [576, 'one output of a 3 × 3 conv over 64 channels'],
  [1152, 'one output of a 3 × 3 conv over 128 channels'],
  [4608, 'one output of a 3 × 3 conv over 512 channels'],
  [1024, 'one output of MobileNet’s classifier'],
  [1280, 'one output of EfficientNet-B0’s classifier'],
  [512, 'one output of a 1 × 1 conv over 512 channels'],
];

export const dotProductGenerator: TopicGenerator = {
  topic: 'dot-product',
  params: [{ key: 'n', label: 'n (elements)', kind: 'int', min: 1, max: 1_000_000, fallback: 3 }],
  sample: (rng) => ({ n: rng.pick(DOT_LENGTHS)[0] }),
  build(params) {
    const n = param(params, 'n');
    const cost = must(dotProduct(n));
    const where = DOT_LENGTHS.find(([length]) => length === n)?.[1];
    return {
      topic: 'dot-product',
      params: { n },
      prompt: `A dot product multiplies two vectors of n = ${count(n)} elements pairwise and adds up the products. How many FLOPs does it take?`,
      ...(where ? { note: `For example, ${where}.` } : {}),
      given: givens([['n', n]]),
      asks: FLOPS,
      kind: 'count',
      answer: cost.flops,
      tolerance: EXACT,
      mistakes: mistakes(cost.flops, EXACT, [
        ['macs-for-flops', n],
        ['dot-2n', 2 * n],
      ]),
      hints: formulaHints(
        'Count the multiplications (one per pair of elements), then the additions it takes to sum n products.',
        cost.derivation,
        '\\text{FLOPs}',
      ),
      solution: [
        {
          label: `${count(n)} multiplications + ${count(cost.adds)} additions`,
          derivation: cost.derivation,
          lhs: '\\text{FLOPs}',
        },
      ],
    };
  },
};

// Dense layers that exist: the lecture's 3 → 4, classifiers, VGG's FCs, SE's FCs in EfficientNet-B0.
const DENSE_LAYERS: readonly [n: number, m: number, where: string][] = [
  [3, 4, 'the lecture’s example'],
  [1024, 1000, 'MobileNet’s classifier'],
  [1280, 1000, 'EfficientNet-B0’s classifier'],
  [512, 1000, 'ResNet-18’s classifier'],
  [2048, 1000, 'ResNet-50’s classifier'],
  [4096, 4096, 'VGG-16’s fc7'],
  [96, 4, 'the squeeze FC of the SE block in EfficientNet-B0 stage 3'],
  [4, 96, 'the excite FC of the SE block in EfficientNet-B0 stage 3'],
];

export const denseFlopsGenerator: TopicGenerator = {
  topic: 'dense-flops',
  params: [
    { key: 'n', label: 'n (inputs)', kind: 'int', min: 1, max: 100_000, fallback: 3 },
    { key: 'm', label: 'm (outputs)', kind: 'int', min: 1, max: 100_000, fallback: 4 },
    { key: 'bias', label: 'bias (0 or 1)', kind: 'choice', choices: ['0', '1'], fallback: '0' },
  ],
  sample(rng) {
    const [n, m] = rng.pick(DENSE_LAYERS);
    return { n, m, bias: n === 3 ? '0' : rng.pick(['0', '1']) };
  },
  build(params) {
    const n = param(params, 'n');
    const m = param(params, 'm');
    const bias = choice(params, 'bias', ['0', '1']) === '1';
    const cost = must(denseCost({ inputs: n, outputs: m, bias }));
    const where = DENSE_LAYERS.find(([a, b]) => a === n && b === m)?.[2];
    const flops = cost.flops;
    return {
      topic: 'dense-flops',
      params: { n, m, bias: bias ? '1' : '0' },
      prompt:
        `A dense (fully connected) layer maps n = ${count(n)} inputs to m = ${count(m)} outputs, ` +
        `${bias ? 'with a bias on each output' : 'without a bias'}. How many FLOPs does one input vector cost?`,
      ...(where ? { note: `As in ${where}.` } : {}),
      given: givens([
        ['n', n],
        ['m', m],
        ['\\text{bias}', bias ? '\\text{yes}' : '\\text{no}'],
      ]),
      asks: FLOPS,
      kind: 'count',
      answer: flops,
      tolerance: EXACT,
      mistakes: mistakes(flops, EXACT, [
        bias && ['forgot-bias', m * (2 * n - 1)],
        ['macs-for-flops', n * m],
        bias && ['macs-for-flops', n * m + m],
        ['dot-2n', 2 * n * m + (bias ? m : 0)],
      ]),
      hints: formulaHints(
        `Each of the m outputs is a dot product of n elements: n multiplications and n − 1 additions${bias ? ', plus one addition for its bias' : ''}.`,
        cost.derivations.flops,
        '\\text{FLOPs}',
      ),
      solution: [
        {
          label: 'Multiplications: one per weight',
          derivation: cost.derivations.mults,
          lhs: '\\text{mults}',
        },
        {
          label: bias
            ? 'Additions: n − 1 per output, plus the bias'
            : 'Additions: n − 1 per output',
          derivation: cost.derivations.adds,
          lhs: '\\text{adds}',
        },
        { label: 'FLOPs = mults + adds', derivation: cost.derivations.flops, lhs: '\\text{FLOPs}' },
      ],
    };
  },
};
