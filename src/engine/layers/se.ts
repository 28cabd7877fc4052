// Squeeze-and-excitation (Hu et al. 2018): squeeze, FC C → C_r, δ, FC C_r → C, σ, scale.
// Params C·C_r + C_r + C_r·C + C; MACs 2·C·C_r (architectures.md).
import { ELEMENT_RULES, type Convention } from '../conventions';
import { derive } from '../derivation';
import { add, mul, num, sym, type Expr } from '../expr';
import type { EngineError } from '../errors';
import type { LayerRow } from '../rows';
import { shapeElements, shapePositions, type Shape } from '../shapes';
import { checkPositiveIntAt, fieldOf } from '../validate';
import { elementCost, makeRow, type RowContext } from './row';
import type { SeSpec } from './spec';

const C = sym('C');
const CR = sym('C_r');
/** SE params: W₁ (C_r × C) + b₁ + W₂ (C × C_r) + b₂. */
export const SE_PARAMS: Expr = add(mul(C, CR), CR, mul(CR, C), C);
const COST: Readonly<Record<Convention, Expr>> = {
  macs: mul(num(2), C, CR),
  '2macs': mul(num(4), C, CR),
  flops: mul(num(4), C, CR),
};

const WITH_EXTRAS: Readonly<Record<Convention, Expr>> = {
  macs: add(COST.macs, sym('X')),
  '2macs': add(COST['2macs'], sym('X')),
  flops: add(COST.flops, sym('X')),
};

/** The extra costs of an SE block on H·W·C elements, by option. */
export function seExtras(
  convention: Convention,
  positions: number,
  c: number,
  cr: number,
  act: keyof typeof ELEMENT_RULES,
): { pooling: number; activations: number; seScale: number } {
  return {
    pooling: positions * c,
    activations:
      elementCost(convention, ELEMENT_RULES[act], cr) +
      elementCost(convention, ELEMENT_RULES.sigmoid, c),
    seScale: elementCost(convention, ELEMENT_RULES.seScale, positions * c),
  };
}

/** Analyses an SE block as one row: its two FCs are the cost, squeeze, gates and scale are extras. */
export function analyzeSe(spec: SeSpec, input: Shape, ctx: RowContext): LayerRow | EngineError {
  const bad = checkPositiveIntAt(spec.reduced, ctx, 'reduced', 'Squeezed channels C_r');
  if (bad) return bad;
  if (input.spatial.length === 0) {
    const message = 'Squeeze-and-excitation needs a feature map; its input here is a vector.';
    return { code: 'shape-mismatch', field: fieldOf(ctx), message };
  }
  const c = input.channels;
  const cr = spec.reduced;
  const macs = 2 * c * cr;
  const core = ctx.convention === 'macs' ? macs : 2 * macs;
  const x = seExtras(ctx.convention, shapePositions(input), c, cr, spec.act ?? 'relu');
  const e = ctx.extras;
  const extra =
    (e.pooling ? x.pooling : 0) + (e.activations ? x.activations : 0) + (e.seScale ? x.seScale : 0);
  const bindings = extra > 0 ? { C: c, C_r: cr, X: extra } : { C: c, C_r: cr };
  const counted = [e.pooling && 'squeeze', e.activations && 'gates', e.seScale && 'scale'].filter(
    Boolean,
  );
  const note =
    `Two FCs with bias: ${ctx.convention === 'macs' ? '2·C·C_r MACs' : 'each 2·C·C_r FLOPs (2n − 1 + 1 per output)'}.` +
    (counted.length > 0
      ? ` X = ${extra} for ${counted.join(', ')} (${shapeElements(input)} elements).`
      : '');
  return makeRow(ctx, {
    kind: 'se',
    type: 'se',
    category: 'Squeeze-and-excitation',
    inputShape: input,
    outputShape: input,
    weights: 2 * c * cr,
    bias: cr + c,
    batchNorm: 0,
    buffers: 0,
    macs,
    flops: core + extra,
    extraFlops: extra,
    derivation: derive(
      ctx.convention === 'macs' ? 'MACs' : 'FLOPs',
      extra > 0 ? WITH_EXTRAS[ctx.convention] : COST[ctx.convention],
      bindings,
      core + extra,
      note,
    ),
    paramsDerivation: derive('params', SE_PARAMS, bindings, 2 * c * cr + cr + c),
    inPlace: true,
  });
}
