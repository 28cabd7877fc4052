// Slide 15: what the width and resolution multipliers do to params and to mult-adds.
import {
  choice,
  count,
  countTolerance,
  decimal,
  formulaHints,
  givens,
  mistakes,
  param,
  type TopicGenerator,
} from './generator';
import {
  blockStride,
  describeBlock,
  mobilenetBlock,
  scaledSize,
  STRIDE_ONE_BLOCKS,
} from './mobilenet-block';
import { ALPHA, BLOCK, blockSteps, channelSteps, MACS, paramSteps, RES } from './multiplier-steps';

const ASK = ['params', 'macs'] as const;

export const paramsVsMacsGenerator: TopicGenerator = {
  topic: 'params-vs-macs',
  params: [
    ALPHA,
    RES,
    BLOCK,
    { key: 'ask', label: 'params or mult-adds', kind: 'choice', choices: ASK, fallback: 'params' },
  ],
  sample: (rng) => ({
    alpha: rng.pick([1, 0.75, 0.5]),
    res: rng.pick([192, 160, 128]),
    block: rng.pick(STRIDE_ONE_BLOCKS),
    ask: rng.pick(['params', 'params', 'macs'] as const),
  }),
  check: (params) =>
    Math.floor(32 * param(params, 'alpha')) < 1
      ? 'α must leave at least one channel: α ≥ 1/32.'
      : null,
  build(params) {
    const alpha = param(params, 'alpha');
    const res = param(params, 'res');
    const block = param(params, 'block');
    const ask = choice(params, 'ask', ASK);
    const base = mobilenetBlock(block, 1, 224);
    const scaled = mobilenetBlock(block, alpha, res);
    const thinAt224 = mobilenetBlock(block, alpha, 224);
    const rho = res / 224;
    const common = {
      topic: 'params-vs-macs' as const,
      params: { alpha, res, block, ask },
      note: 'MobileNetV1, the paper’s counting: conv weights and mult-adds, no BN.',
      given: givens([
        ['\\alpha', alpha],
        ['\\rho', `${res}/224`],
        ['M', base.M],
        ['N', base.N],
        ['D_F', base.DG],
      ]),
      kind: 'count' as const,
    };
    const lead =
      `${describeBlock(block, base)}. At α = 1 and 224 × 224 it has ${count(base.params)} parameters and costs ${count(base.macs)} mult-adds. ` +
      `Now use width multiplier α = ${decimal(alpha)} and input ${res} × ${res} (ρ ≈ ${decimal(rho)}).`;
    const sizeStep = {
      label: 'The new feature-map size',
      derivation: scaledSize(res, blockStride(block), scaled.DG),
      lhs: 'D_F',
    };
    if (ask === 'params') {
      const answer = scaled.params;
      const tolerance = countTolerance(answer);
      return {
        ...common,
        prompt: `${lead} How many parameters does the block have?`,
        asks: 'parameters (conv weights)',
        answer,
        tolerance,
        mistakes: mistakes(answer, tolerance, [
          ['params-scaled-by-rho', answer * rho * rho],
          ['params-scaled-by-rho', base.params * rho * rho],
          ['macs-for-params', scaled.macs],
          ['alpha-not-squared', base.params * alpha],
        ]),
        hints: formulaHints(
          'Parameters are the kernels’ weights: they depend on D_K, M and N, never on the feature-map size.',
          scaled.pw.paramsDerivation,
          '\\text{params}_{\\text{pw}}',
        ),
        solution: [
          ...(alpha < 1 ? channelSteps(base.M, base.N, alpha) : []),
          ...paramSteps(scaled),
        ],
      };
    }
    const answer = scaled.macs;
    const tolerance = countTolerance(answer);
    return {
      ...common,
      prompt: `${lead} How many mult-adds does the block cost?`,
      asks: MACS,
      answer,
      tolerance,
      mistakes: mistakes(answer, tolerance, [
        ['rho-not-squared', thinAt224.macs * rho],
        ['macs-for-params', scaled.params],
        ['alpha-not-squared', base.macs * alpha * rho * rho],
        ['flops-for-macs', 2 * answer],
      ]),
      hints: formulaHints(
        'Mult-adds depend on the channels (α) and on the feature-map size (ρ): thin the channels, shrink D_F, then count.',
        scaled.pw.derivation,
        '\\text{MACs}_{\\text{pw}}',
      ),
      solution: [
        ...(alpha < 1 ? channelSteps(base.M, base.N, alpha) : []),
        sizeStep,
        ...blockSteps(scaled),
      ],
    };
  },
};
