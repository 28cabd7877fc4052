// Slides 8–12: the MACs of standard, depthwise, pointwise and depthwise separable convs.
import {
  depthwiseConvCost,
  pointwiseConvCost,
  separableConvCost,
  standardConvSteps,
} from '../../engine/index';
import { CONV_PARAMS, convOf, sampleConv } from './conv-helpers';
import {
  count,
  countTolerance,
  formulaHints,
  givens,
  mistakes,
  must,
  type TopicGenerator,
} from './generator';
import { SEPARABLE_LAYERS, STANDARD_LAYERS, type LayerPreset } from './layers';
const MACS = 'MACs (mult-adds: the lecture’s “mults”)';
const SAME = 'Stride 1 and same padding, so D_G = D_F.';

// The note under a conv question: the lecture's assumption and the layer's source.
function layerNote(layer: LayerPreset | undefined): string {
  return layer ? `${SAME} From ${layer.where}.` : SAME;
}

function findLayer(
  layers: readonly LayerPreset[],
  p: { DK: number; M: number; N: number; DF: number },
) {
  return layers.find((l) => l.DK === p.DK && l.M === p.M && l.N === p.N && l.DF === p.DF);
}

export const standardConvGenerator: TopicGenerator = {
  topic: 'standard-conv',
  params: CONV_PARAMS,
  sample: (rng) => sampleConv(STANDARD_LAYERS, rng),
  build(params) {
    const p = convOf(params);
    const steps = must(
      standardConvSteps({ kernel: p.DK, inChannels: p.M, outChannels: p.N, size: p.DF }),
    );
    const answer = steps.macs;
    const tolerance = countTolerance(answer);
    const { DK, M, N, DF } = p;
    return {
      topic: 'standard-conv',
      params: p,
      prompt:
        `A standard convolution applies N = ${count(N)} filters of size ${DK} × ${DK} × ${count(M)} to a ${DF} × ${DF} × ${count(M)} ` +
        'feature map. How many multiplications does it take?',
      note: layerNote(findLayer(STANDARD_LAYERS, p)),
      given: givens([
        ['D_K', DK],
        ['M', M],
        ['N', N],
        ['D_F', DF],
      ]),
      asks: MACS,
      kind: 'count',
      answer,
      tolerance,
      mistakes: mistakes(answer, tolerance, [
        ['flops-for-macs', 2 * answer],
        ['forgot-m', answer / M],
        ['one-filter', answer / N],
        ['dk-not-squared', answer / DK],
        ['df-not-squared', answer / DF],
      ]),
      hints: formulaHints(
        'Step 1: one filter at one position. Step 2: that filter at all D_F · D_F positions. Step 3: all N filters.',
        steps.total,
        '\\text{MACs}',
      ),
      solution: [
        {
          label: 'Step 1: one filter, one position',
          derivation: steps.once,
          lhs: '\\text{mults}_{1}',
        },
        {
          label: 'Step 2: one filter, all positions',
          derivation: steps.perKernel,
          lhs: '\\text{mults}_{\\text{filter}}',
        },
        { label: 'Step 3: all N filters', derivation: steps.total, lhs: '\\text{MACs}' },
      ],
    };
  },
};

export const depthwiseGenerator: TopicGenerator = {
  topic: 'depthwise',
  params: CONV_PARAMS,
  sample: (rng) => sampleConv(SEPARABLE_LAYERS, rng),
  build(params) {
    const p = convOf(params);
    const { DK, M, N, DF } = p;
    const cost = must(depthwiseConvCost({ kernel: DK, channels: M, size: DF }));
    const answer = cost.macs;
    const tolerance = countTolerance(answer);
    return {
      topic: 'depthwise',
      params: p,
      prompt:
        `The depthwise step of a depthwise separable conv (${count(M)} → ${count(N)} channels) filters each of the M = ${count(M)} channels ` +
        `of a ${DF} × ${DF} feature map with its own ${DK} × ${DK} kernel. How many multiplications does the depthwise step take?`,
      note: layerNote(findLayer(SEPARABLE_LAYERS, p)),
      given: givens([
        ['D_K', DK],
        ['M', M],
        ['N', N],
        ['D_F', DF],
      ]),
      asks: MACS,
      kind: 'count',
      answer,
      tolerance,
      mistakes: mistakes(answer, tolerance, [
        ['depthwise-as-full', answer * N],
        ['forgot-m', answer / M],
        ['flops-for-macs', 2 * answer],
        ['dk-not-squared', answer / DK],
        ['df-not-squared', answer / DF],
      ]),
      hints: formulaHints(
        'One D_K × D_K filter per channel: each channel costs D_K · D_K per position, at D_F · D_F positions. N plays no part here.',
        cost.total,
        '\\text{MACs}_{\\text{dw}}',
      ),
      solution: [
        {
          label: 'One channel',
          derivation: cost.perChannel,
          lhs: '\\text{mults}_{\\text{channel}}',
        },
        { label: 'All M channels', derivation: cost.total, lhs: '\\text{MACs}_{\\text{dw}}' },
      ],
    };
  },
};

export const pointwiseGenerator: TopicGenerator = {
  topic: 'pointwise',
  params: CONV_PARAMS,
  sample: (rng) => sampleConv(SEPARABLE_LAYERS, rng),
  build(params) {
    const p = convOf(params);
    const { DK, M, N, DF } = p;
    const cost = must(pointwiseConvCost({ inChannels: M, outChannels: N, size: DF }));
    const answer = cost.macs;
    const tolerance = countTolerance(answer);
    return {
      topic: 'pointwise',
      params: p,
      prompt:
        `After a ${DK} × ${DK} depthwise step, the pointwise step mixes the M = ${count(M)} channels into N = ${count(N)} ` +
        `with 1 × 1 filters on the ${DF} × ${DF} map. How many multiplications does the pointwise step take?`,
      note: layerNote(findLayer(SEPARABLE_LAYERS, p)),
      given: givens([
        ['D_K', DK],
        ['M', M],
        ['N', N],
        ['D_F', DF],
      ]),
      asks: MACS,
      kind: 'count',
      answer,
      tolerance,
      mistakes: mistakes(answer, tolerance, [
        DK > 1 && ['pointwise-with-kernel', answer * DK * DK],
        ['flops-for-macs', 2 * answer],
        ['forgot-m', answer / M],
        ['one-filter', answer / N],
        ['df-not-squared', answer / DF],
      ]),
      hints: formulaHints(
        'A 1 × 1 filter is a dot product over the M channels at each position; there are N such filters.',
        cost.total,
        '\\text{MACs}_{\\text{pw}}',
      ),
      solution: [
        {
          label: 'N filters of 1 × 1 × M at every position',
          derivation: cost.total,
          lhs: '\\text{MACs}_{\\text{pw}}',
        },
      ],
    };
  },
};

export const separableGenerator: TopicGenerator = {
  topic: 'separable',
  params: CONV_PARAMS,
  sample: (rng) => sampleConv(SEPARABLE_LAYERS, rng),
  build(params) {
    const p = convOf(params);
    const { DK, M, N, DF } = p;
    const cost = must(separableConvCost({ kernel: DK, inChannels: M, outChannels: N, size: DF }));
    const answer = cost.macs;
    const dw = cost.depthwise.result;
    const pw = cost.pointwise.result;
    const tolerance = countTolerance(answer);
    return {
      topic: 'separable',
      params: p,
      prompt:
        `A depthwise separable convolution takes a ${DF} × ${DF} × ${count(M)} feature map to ${count(N)} channels with ` +
        `${DK} × ${DK} depthwise filters. How many multiplications in total?`,
      note: layerNote(findLayer(SEPARABLE_LAYERS, p)),
      given: givens([
        ['D_K', DK],
        ['M', M],
        ['N', N],
        ['D_F', DF],
      ]),
      asks: MACS,
      kind: 'count',
      answer,
      tolerance,
      mistakes: mistakes(answer, tolerance, [
        ['standard-instead', cost.standardMacs],
        ['only-depthwise', dw],
        ['only-pointwise', pw],
        ['flops-for-macs', 2 * answer],
        ['dk-not-squared', dw / DK + pw],
        ['depthwise-as-full', dw * N + pw],
      ]),
      hints: formulaHints(
        'Add the depthwise step (one filter per channel) and the pointwise step (1 × 1, M → N).',
        cost.total,
        '\\text{MACs}',
      ),
      solution: [
        { label: 'Depthwise', derivation: cost.depthwise, lhs: '\\text{MACs}_{\\text{dw}}' },
        { label: 'Pointwise', derivation: cost.pointwise, lhs: '\\text{MACs}_{\\text{pw}}' },
        { label: 'Total', derivation: cost.total, lhs: '\\text{MACs}' },
      ],
    };
  },
};
