// Pooling: max and average over a window, and global pooling (POOL_RULES in conventions.ts).
import { POOL_RULES } from '../conventions';
import { derive } from '../derivation';
import { mul, num, sub, sym } from '../expr';
import type { EngineError } from '../errors';
import type { LayerRow } from '../rows';
import { shape, shapeElements, shapePositions, vectorShape, type Shape } from '../shapes';
import { fieldOf } from '../validate';
import { isError, resolveWindow } from './geometry';
import { makeRow, uncounted, type RowContext } from './row';
import type { GlobalPoolSpec, PoolSpec } from './spec';

const ZERO = num(0);
const NO_PARAMS = derive('params', ZERO, {}, 0);
const WINDOW = { max: mul(sub(sym('k'), num(1)), sym('E')), avg: mul(sym('k'), sym('E')) };
const GLOBAL = { max: mul(sub(sym('P'), num(1)), sym('C')), avg: mul(sym('P'), sym('C')) };

function quantity(ctx: RowContext): string {
  return ctx.convention === 'macs' ? 'MACs' : 'FLOPs';
}

/** Max or average pooling over a window (stride = window and no padding unless given). */
export function analyzePool(spec: PoolSpec, input: Shape, ctx: RowContext): LayerRow | EngineError {
  if (input.spatial.length === 0) {
    const message = 'Pooling needs a feature map with spatial sizes; its input here is a vector.';
    return { code: 'shape-mismatch', field: fieldOf(ctx), message };
  }
  const win = resolveWindow(
    input.spatial,
    spec.kernel,
    spec.stride ?? spec.kernel,
    spec.padding ?? 0,
    1,
    ctx,
  );
  if (isError(win)) return win;
  let window = 1;
  for (const k of win.kernel) window *= k;
  const output = shape(win.out, input.channels);
  const outputs = shapeElements(output);
  const perOutput = spec.op === 'max' ? window - 1 : window;
  const counted = ctx.extras.pooling;
  const cost = counted ? perOutput * outputs : 0;
  const note = POOL_RULES[spec.op];
  const derivation = counted
    ? derive(quantity(ctx), WINDOW[spec.op], { k: window, E: outputs }, cost, note)
    : uncounted(ctx.convention, 'pooling', note);
  return makeRow(ctx, {
    kind: 'pool',
    type: spec.op,
    category: 'Pooling',
    inputShape: input,
    outputShape: output,
    weights: 0,
    bias: 0,
    batchNorm: 0,
    buffers: 0,
    macs: 0,
    flops: cost,
    extraFlops: cost,
    derivation,
    paramsDerivation: NO_PARAMS,
  });
}

/** Global pooling: each channel's H·W values to one number. */
export function analyzeGlobalPool(spec: GlobalPoolSpec, input: Shape, ctx: RowContext): LayerRow {
  const p = shapePositions(input);
  const c = input.channels;
  const counted = ctx.extras.pooling;
  const cost = counted ? (spec.op === 'max' ? p - 1 : p) * c : 0;
  const note = spec.op === 'max' ? POOL_RULES.globalMax : POOL_RULES.globalAvg;
  const derivation = counted
    ? derive(quantity(ctx), GLOBAL[spec.op], { P: p, C: c }, cost, note)
    : uncounted(ctx.convention, 'pooling', note);
  return makeRow(ctx, {
    kind: 'global-pool',
    type: spec.op,
    category: 'Pooling',
    inputShape: input,
    outputShape: vectorShape(c),
    weights: 0,
    bias: 0,
    batchNorm: 0,
    buffers: 0,
    macs: 0,
    flops: cost,
    extraFlops: cost,
    derivation,
    paramsDerivation: NO_PARAMS,
  });
}
