// Slides 12–13: the separable-to-standard ratio 1/N + 1/D_K² and the speed-up, its inverse.
import { add, derive, frac, num, pow, separableRatio, sym } from '../../engine/index';
import { RATIO } from '../question';
import {
  choice,
  count,
  decimal,
  formulaHints,
  givens,
  param,
  mistakes,
  must,
  type TopicGenerator,
} from './generator';

const ASK = ['ratio', 'speedup'] as const;
const SPEEDUP = frac(num(1), add(frac(num(1), sym('N')), frac(num(1), pow(sym('D_K'), num(2)))));

export const separableRatioGenerator: TopicGenerator = {
  topic: 'separable-ratio',
  params: [
    { key: 'N', label: 'N (output channels)', kind: 'int', min: 1, max: 4096, fallback: 256 },
    { key: 'DK', label: 'D_K (kernel size)', kind: 'int', min: 1, max: 11, fallback: 3 },
    { key: 'ask', label: 'ratio or speed-up', kind: 'choice', choices: ASK, fallback: 'ratio' },
  ],
  sample: (rng) => ({
    N: rng.pick([32, 64, 128, 256, 512, 1024]),
    DK: rng.pick([3, 3, 3, 5, 7]),
    ask: rng.pick(ASK),
  }),
  check: (params) =>
    param(params, 'DK') === 1
      ? 'With D_K = 1 there is no depthwise step to compare: choose D_K ≥ 2.'
      : null,
  build(params) {
    const N = param(params, 'N');
    const DK = param(params, 'DK');
    const ask = choice(params, 'ask', ASK);
    const ratio = must(separableRatio({ kernel: DK, outChannels: N }));
    const exact = `exactly ${count(ratio.numerator)}/${count(ratio.denominator)}`;
    const base = {
      topic: 'separable-ratio' as const,
      params: { N, DK, ask },
      given: givens([
        ['D_K', DK],
        ['N', N],
      ]),
      tolerance: RATIO,
      note: 'Cost in mult-adds, same M and D_F for both convolutions (they cancel).',
    };
    const ratioStep = {
      label: `Separable ÷ standard (${exact})`,
      derivation: ratio.derivation,
      lhs: '\\frac{\\text{separable}}{\\text{standard}}',
    };
    if (ask === 'ratio') {
      return {
        ...base,
        prompt: `A depthwise separable convolution with ${DK} × ${DK} kernels and N = ${count(N)} output channels replaces a standard one. What fraction of the standard convolution’s mult-adds does it need?`,
        asks: 'the ratio separable ÷ standard (a fraction, decimal or percentage)',
        kind: 'ratio',
        answer: ratio.value,
        mistakes: mistakes(ratio.value, RATIO, [
          ['inverse-speedup', ratio.speedup],
          ['dk-not-squared', 1 / N + 1 / DK],
          ['ratio-dropped-n', 1 / (DK * DK)],
        ]),
        hints: formulaHints(
          'Divide the separable cost by the standard cost, term by term: M and D_F cancel.',
          ratio.derivation,
          '\\text{ratio}',
        ),
        solution: [ratioStep],
      };
    }
    const speedup = derive('speed-up', SPEEDUP, { N, D_K: DK }, ratio.speedup);
    return {
      ...base,
      prompt: `How many times fewer mult-adds does a depthwise separable convolution need than the standard one, for ${DK} × ${DK} kernels and N = ${count(N)} output channels?`,
      asks: 'the speed-up standard ÷ separable (a factor such as 8.7x)',
      kind: 'factor',
      answer: ratio.speedup,
      mistakes: mistakes(ratio.speedup, RATIO, [
        ['inverse-ratio', ratio.value],
        ['dk-not-squared', 1 / (1 / N + 1 / DK)],
        ['ratio-dropped-n', DK * DK],
      ]),
      hints: [
        { text: 'First find the ratio separable ÷ standard; the speed-up is its inverse.' },
        { text: 'The ratio:', tex: '\\frac{1}{N} + \\frac{1}{D_K^2}' },
        { text: `Here the ratio is ${decimal(ratio.value)}; now invert it.` },
      ],
      solution: [
        ratioStep,
        { label: 'Speed-up = 1 ÷ ratio', derivation: speedup, lhs: '\\text{speed-up}' },
      ],
    };
  },
};
