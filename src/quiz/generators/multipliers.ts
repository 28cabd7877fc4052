// Slide 15: MobileNet's width multiplier α and resolution multiplier ρ.
import {
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
import { ALPHA, BLOCK, blockSteps, channelSteps, MACS, RES } from './multiplier-steps';

export const widthMultiplierGenerator: TopicGenerator = {
  topic: 'width-multiplier',
  params: [ALPHA, BLOCK],
  sample: (rng) => ({ alpha: rng.pick([0.75, 0.5, 0.25]), block: rng.pick(STRIDE_ONE_BLOCKS) }),
  check: (params) =>
    Math.floor(32 * param(params, 'alpha')) < 1
      ? 'α must leave at least one channel: α ≥ 1/32.'
      : null,
  build(params) {
    const alpha = param(params, 'alpha');
    const block = param(params, 'block');
    const base = mobilenetBlock(block, 1, 224);
    const thin = mobilenetBlock(block, alpha, 224);
    const answer = thin.macs;
    const tolerance = countTolerance(answer);
    return {
      topic: 'width-multiplier',
      params: { alpha, block },
      prompt:
        `${describeBlock(block, base)}. At α = 1 it costs ${count(base.macs)} mult-adds. ` +
        `With width multiplier α = ${decimal(alpha)} (every layer keeps ⌊α · c⌋ of its c channels), how many mult-adds does this block cost?`,
      note: 'MobileNetV1 at 224 × 224; the paper’s counting: conv mult-adds, no BN.',
      given: givens([
        ['\\alpha', alpha],
        ['M', base.M],
        ['N', base.N],
        ['D_F', base.DG],
      ]),
      asks: MACS,
      kind: 'count',
      answer,
      tolerance,
      mistakes: mistakes(answer, tolerance, [
        ['alpha-not-squared', base.macs * alpha],
        ['alpha-not-squared', base.dw.macs * alpha + base.pw.macs],
        ['alpha-rule-of-thumb', base.macs * alpha * alpha],
        ['flops-for-macs', 2 * answer],
      ]),
      hints: formulaHints(
        'Thin the channels first: M′ = ⌊αM⌋ and N′ = ⌊αN⌋. Then count depthwise + pointwise with them: the depthwise part shrinks by α, the pointwise part by α².',
        thin.pw.derivation,
        '\\text{MACs}_{\\text{pw}}',
      ),
      solution: [...channelSteps(base.M, base.N, alpha), ...blockSteps(thin)],
    };
  },
};

export const resolutionMultiplierGenerator: TopicGenerator = {
  topic: 'resolution-multiplier',
  params: [RES, BLOCK],
  sample: (rng) => ({ res: rng.pick([192, 160, 128]), block: rng.pick(STRIDE_ONE_BLOCKS) }),
  build(params) {
    const res = param(params, 'res');
    const block = param(params, 'block');
    const base = mobilenetBlock(block, 1, 224);
    const small = mobilenetBlock(block, 1, res);
    const rho = res / 224;
    const answer = small.macs;
    const tolerance = countTolerance(answer);
    return {
      topic: 'resolution-multiplier',
      params: { res, block },
      prompt:
        `${describeBlock(block, base)}. At 224 × 224 input it costs ${count(base.macs)} mult-adds. ` +
        `With resolution multiplier ρ = ${res}/224 ≈ ${decimal(rho)} (input ${res} × ${res}), how many mult-adds does this block cost?`,
      note: `MobileNetV1 at α = 1; the block’s output is ${blockStride(block)} times smaller than the input (same padding rounds up).`,
      given: givens([
        ['\\rho', `${res}/224`],
        ['M', base.M],
        ['N', base.N],
        ['D_F', base.DG],
      ]),
      asks: MACS,
      kind: 'count',
      answer,
      tolerance,
      mistakes: mistakes(answer, tolerance, [
        ['rho-not-squared', base.macs * rho],
        ['flops-for-macs', 2 * answer],
      ]),
      hints: formulaHints(
        'ρ shrinks every feature map’s height and width; channels and kernels stay. Find the block’s new D_F, then count as usual.',
        small.pw.derivation,
        '\\text{MACs}_{\\text{pw}}',
      ),
      solution: [
        {
          label: 'The new feature-map size',
          derivation: scaledSize(res, blockStride(block), small.DG),
          lhs: 'D_F',
        },
        ...blockSteps(small),
      ],
    };
  },
};
