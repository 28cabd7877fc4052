// Convolution (1D/2D/3D): MACs = kernel volume · M/g · N · output positions (architectures.md).
import { derive } from '../derivation';
import type { EngineError } from '../errors';
import type { ConvType, LayerRow } from '../rows';
import { shape, type Shape } from '../shapes';
import { checkPositiveIntAt, fieldOf, type FieldSource } from '../validate';
import { convBindings, convFormulas } from './conv-formulas';
import { isError, resolveWindow } from './geometry';
import { dotCost, makeRow, type RowContext } from './row';
import type { ConvSpec } from './spec';

/** Tells whether every entry equals a value. */
function allEqual(list: readonly number[], value: number): boolean {
  for (const x of list) if (x !== value) return false;
  return true;
}

/** Names a conv setting: pointwise (1×1, g = 1), depthwise (g = M = N), standard (g = 1) or grouped. */
export function convType(kernel: readonly number[], m: number, n: number, g: number): ConvType {
  if (g === 1) return allEqual(kernel, 1) ? 'pointwise' : 'standard';
  return g === m && n === m ? 'depthwise' : 'grouped';
}

const TYPE_INDEX: Readonly<Record<ConvType, number>> = {
  standard: 0,
  depthwise: 1,
  pointwise: 2,
  grouped: 3,
};
const categories = new Map<number, string>();

/** MobileNet Table 2's category: "Conv 1×1", "Conv DW 3×3", "Conv 3×3", "Conv 3×3 (g = 32)". */
export function convCategory(type: ConvType, kernel: readonly number[], g: number): string {
  const k0 = kernel[0] ?? 1;
  const uniform = type !== 'grouped' && k0 < 4096 && allEqual(kernel, k0);
  // Cached by a number (type, dimensions, kernel): no string is built per row.
  const key = TYPE_INDEX[type] + 4 * kernel.length + 16 * k0;
  const hit = uniform ? categories.get(key) : undefined;
  if (hit !== undefined) return hit;
  const name = categoryName(type, kernel, g);
  if (uniform) categories.set(key, name);
  return name;
}

function categoryName(type: ConvType, kernel: readonly number[], g: number): string {
  const k = kernel.join('×');
  if (type === 'depthwise') return `Conv DW ${k}`;
  if (type === 'grouped') return `Conv ${k} (g = ${g})`;
  return `Conv ${k}`;
}

/** Checks the groups: a whole number dividing both M and N. */
function resolveGroups(spec: ConvSpec, m: number, at: FieldSource): number | EngineError {
  const g = spec.groups === 'depthwise' ? m : (spec.groups ?? 1);
  const bad = checkPositiveIntAt(g, at, 'groups', 'Groups g');
  if (bad) return bad;
  if (m % g !== 0 || spec.out % g !== 0) {
    return {
      code: 'groups-mismatch',
      field: `${fieldOf(at)}.groups`,
      message: `Groups g must divide both the input channels M = ${m} and the output channels N = ${spec.out}; got g = ${g}.`,
    };
  }
  return g;
}

/** Analyses a convolution on an input. */
export function analyzeConv(spec: ConvSpec, input: Shape, ctx: RowContext): LayerRow | EngineError {
  const badOut = checkPositiveIntAt(spec.out, ctx, 'out', 'Output channels N');
  if (badOut) return badOut;
  if (input.spatial.length === 0) {
    const message = `A convolution needs a feature map with spatial sizes; its input here is a vector of ${input.channels}.`;
    return { code: 'shape-mismatch', field: fieldOf(ctx), message };
  }
  const m = input.channels;
  const g = resolveGroups(spec, m, ctx);
  if (typeof g !== 'number') return g;
  const win = resolveWindow(
    input.spatial,
    spec.kernel,
    spec.stride ?? 1,
    spec.padding ?? 'same',
    spec.dilation ?? 1,
    ctx,
  );
  if (isError(win)) return win;
  const { kernel, out } = win;
  const n = spec.out;
  const bias = spec.bias ?? false;
  let volume = 1;
  for (const k of kernel) volume *= k;
  let positions = 1;
  for (const d of out) positions *= d;
  const dot = volume * (m / g);
  const outputs = n * positions;
  const macs = dot * outputs;
  const weights = dot * n;
  const type = convType(kernel, m, n, g);
  const formulas = convFormulas(type, kernel, out, ctx.convention, bias);
  const bindings = convBindings(kernel, out, m, n, g);
  const cost = dotCost(ctx.convention, macs, dot, outputs, bias);
  return makeRow(ctx, {
    kind: 'conv',
    type,
    category: convCategory(type, kernel, g),
    inputShape: input,
    outputShape: shape(out, n),
    weights,
    bias: bias ? n : 0,
    batchNorm: 0,
    buffers: 0,
    macs,
    flops: cost,
    extraFlops: 0,
    derivation: derive(ctx.convention === 'macs' ? 'MACs' : 'FLOPs', formulas.cost, bindings, cost),
    paramsDerivation: derive('params', formulas.params, bindings, weights + (bias ? n : 0)),
  });
}
