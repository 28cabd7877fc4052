// Slide 26: the parameters of a squeeze-and-excitation block, 2C²/r + C/r + C.
import { derive, floor, frac, seCost, sym } from '../../engine/index';
import {
  count,
  countTolerance,
  formulaHints,
  givens,
  mistakes,
  must,
  param,
  type TopicGenerator,
} from './generator';

// SE blocks that exist: SE-ResNet-50 stage outputs with r = 16 (Hu et al. 2018), and other ratios they tried.
const CHANNELS = [64, 128, 256, 512, 1024, 2048];

export const seParamsGenerator: TopicGenerator = {
  topic: 'se-params',
  params: [
    { key: 'C', label: 'C (channels)', kind: 'int', min: 1, max: 4096, fallback: 256 },
    { key: 'r', label: 'r (reduction ratio)', kind: 'int', min: 1, max: 64, fallback: 16 },
  ],
  sample: (rng) => ({ C: rng.pick(CHANNELS), r: rng.pick([16, 16, 8, 4, 32]) }),
  check: (params) =>
    param(params, 'r') > param(params, 'C')
      ? 'The reduction ratio r cannot exceed the channels C.'
      : null,
  build(params) {
    const C = param(params, 'C');
    const r = param(params, 'r');
    const cost = must(seCost({ channels: C, ratio: r }));
    const cr = cost.reduced;
    const answer = cost.params;
    const tolerance = countTolerance(answer);
    const reduced = derive('C_r', floor(frac(sym('C'), sym('r'))), { C, r }, cr);
    return {
      topic: 'se-params',
      params: { C, r },
      prompt:
        `A squeeze-and-excitation block on C = ${count(C)} channels uses reduction ratio r = ${r}: ` +
        `FC C → C/r, ReLU, FC C/r → C, sigmoid, both FCs with biases. How many parameters does it add?`,
      note: 'Hu et al. 2018; SE-ResNet-50 uses r = 16 on 256 to 2048 channels.',
      given: givens([
        ['C', C],
        ['r', r],
      ]),
      asks: 'parameters (weights + biases)',
      kind: 'count',
      answer,
      tolerance,
      mistakes: mistakes(answer, tolerance, [
        ['forgot-bias', 2 * C * cr],
        ['se-one-fc', C * cr + cr],
        ['se-one-fc', C * cr + C],
        ['se-one-fc', C * cr],
      ]),
      hints: formulaHints(
        'Two FC layers: W₁ is C/r × C with C/r biases, W₂ is C × C/r with C biases.',
        cost.paperDerivation ?? cost.paramsDerivation,
        '\\text{params}',
      ),
      solution: [
        { label: 'Squeezed width', derivation: reduced, lhs: 'C_r' },
        { label: 'W₁, b₁, W₂, b₂', derivation: cost.paramsDerivation, lhs: '\\text{params}' },
        ...(cost.paperDerivation
          ? [
              {
                label: 'The SE paper’s form',
                derivation: cost.paperDerivation,
                lhs: '\\text{params}',
              },
            ]
          : []),
      ],
    };
  },
};
