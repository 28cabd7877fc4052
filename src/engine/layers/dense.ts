// Dense n → m: MACs n·m; lecture FLOPs m(2n − 1) (+ m with bias); params n·m (+ m) (slide 4).
import type { Convention } from '../conventions';
import { derive } from '../derivation';
import { add, mul, num, paren, sub, sym, type Expr } from '../expr';
import type { EngineError } from '../errors';
import type { LayerRow } from '../rows';
import { shapeElements, vectorShape, type Shape } from '../shapes';
import { checkPositiveIntAt } from '../validate';
import { dotCost, makeRow, type RowContext } from './row';
import type { DenseSpec } from './spec';

const n = sym('n');
const m = sym('m');

/** The cost formula of a dense layer under a convention. */
export function denseCostFormula(convention: Convention, bias: boolean): Expr {
  if (convention === 'macs') return mul(n, m);
  if (convention === '2macs') return mul(num(2), n, m);
  const main = mul(m, paren(sub(mul(num(2), n), num(1))));
  return bias ? add(main, m) : main;
}

const PARAMS = { bias: add(mul(n, m), m), plain: mul(n, m) };

/** Analyses a dense layer; a spatial input is flattened (n = H·W·C). */
export function analyzeDense(
  spec: DenseSpec,
  input: Shape,
  ctx: RowContext,
): LayerRow | EngineError {
  const bad = checkPositiveIntAt(spec.out, ctx, 'out', 'Output length m');
  if (bad) return bad;
  const inLength = shapeElements(input);
  const outLength = spec.out;
  const bias = spec.bias ?? true;
  const macs = inLength * outLength;
  const cost = dotCost(ctx.convention, macs, inLength, outLength, bias);
  const bindings = { n: inLength, m: outLength };
  const params = macs + (bias ? outLength : 0);
  return makeRow(ctx, {
    kind: 'dense',
    type: 'dense',
    category: 'Fully connected',
    inputShape: input,
    outputShape: vectorShape(outLength),
    weights: macs,
    bias: bias ? outLength : 0,
    batchNorm: 0,
    buffers: 0,
    macs,
    flops: cost,
    extraFlops: 0,
    derivation: derive(
      ctx.convention === 'macs' ? 'MACs' : 'FLOPs',
      denseCostFormula(ctx.convention, bias),
      bindings,
      cost,
    ),
    paramsDerivation: derive('params', bias ? PARAMS.bias : PARAMS.plain, bindings, params),
  });
}
