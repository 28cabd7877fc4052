// Layers that work element by element: batch norm, activations, residual add, Keras normalization.
import { ELEMENT_RULES, type Convention, type ElementRule } from '../conventions';
import { derive, type Derivation } from '../derivation';
import { add, mul, num, sym } from '../expr';
import type { LayerKind, LayerRow } from '../rows';
import { shapeElements, type Shape } from '../shapes';
import { elementCost, makeRow, uncounted, type RowContext } from './row';
import type { ActivationName } from './spec';

const PER_ELEMENT = mul(sym('c'), sym('E'));
const ZERO = num(0);
const TWO_C = mul(num(2), sym('C'));
const NORMALIZE = add(mul(num(2), sym('C')), num(1));

/** The cost derivation of an extra: c · E when counted, else 0 with the reason. */
export function extraDerivation(
  convention: Convention,
  rule: ElementRule,
  elements: number,
  counted: boolean,
  option: string,
): Derivation {
  const quantity = convention === 'macs' ? 'MACs' : 'FLOPs';
  if (!counted) return uncounted(convention, option, rule.rule);
  const c = convention === 'macs' ? rule.macs : rule.flops;
  return derive(quantity, PER_ELEMENT, { c, E: elements }, c * elements, rule.rule);
}

const CATEGORY: Readonly<Record<string, string>> = {
  bn: 'Batch norm',
  act: 'Activation',
  add: 'Residual add',
  normalize: 'Input normalization',
};

function elementRow(
  ctx: RowContext,
  kind: LayerKind,
  type: string,
  input: Shape,
  rule: ElementRule,
  counted: boolean,
  option: string,
  params: { batchNorm: number; buffers: number; derivation: Derivation },
): LayerRow {
  const elements = shapeElements(input);
  const cost = counted ? elementCost(ctx.convention, rule, elements) : 0;
  return makeRow(ctx, {
    kind,
    type,
    category: CATEGORY[kind] ?? kind,
    inputShape: input,
    outputShape: input,
    weights: 0,
    bias: 0,
    batchNorm: params.batchNorm,
    buffers: params.buffers,
    macs: 0,
    flops: cost,
    extraFlops: cost,
    derivation: extraDerivation(ctx.convention, rule, elements, counted, option),
    paramsDerivation: params.derivation,
    inPlace: true,
  });
}

const NO_PARAMS = { batchNorm: 0, buffers: 0, derivation: derive('params', ZERO, {}, 0) };

/** Batch norm: γ, β trainable, running mean and variance as buffers (2·C each). */
export function analyzeBatchNorm(input: Shape, ctx: RowContext): LayerRow {
  const c = input.channels;
  const note = `γ and β are trainable; the running mean and variance (another 2·C = ${2 * c}) are buffers.`;
  return elementRow(
    ctx,
    'bn',
    'bn',
    input,
    ELEMENT_RULES.batchNorm,
    ctx.extras.batchNorm,
    'batch norm',
    {
      batchNorm: 2 * c,
      buffers: 2 * c,
      derivation: derive('params', TWO_C, { C: c }, 2 * c, note),
    },
  );
}

/** An elementwise activation. */
export function analyzeActivation(fn: ActivationName, input: Shape, ctx: RowContext): LayerRow {
  const rule = ELEMENT_RULES[fn];
  return elementRow(ctx, 'act', fn, input, rule, ctx.extras.activations, 'activations', NO_PARAMS);
}

/** The residual add of a shortcut and a body output. */
export function analyzeAdd(input: Shape, ctx: RowContext): LayerRow {
  const rule = ELEMENT_RULES.residual;
  return elementRow(
    ctx,
    'add',
    'add',
    input,
    rule,
    ctx.extras.residual,
    'residual adds',
    NO_PARAMS,
  );
}

/** Keras's input Normalization layer: mean and variance per channel and a count (2·C + 1 buffers). */
export function analyzeNormalize(input: Shape, ctx: RowContext): LayerRow {
  const c = input.channels;
  const rule: ElementRule = {
    macs: 0,
    flops: 0,
    rule: 'Input normalization is preprocessing; no source counts its cost.',
  };
  return elementRow(ctx, 'normalize', 'normalize', input, rule, false, 'never', {
    batchNorm: 0,
    buffers: 2 * c + 1,
    derivation: derive(
      'buffers',
      NORMALIZE,
      { C: c },
      2 * c + 1,
      'Mean and variance per channel, and a count; none trainable.',
    ),
  });
}
