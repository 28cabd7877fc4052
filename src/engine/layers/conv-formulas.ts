// Conv formulas in the lecture's symbols, built once per (type, dimensions, convention) and shared.
import type { Convention } from '../conventions';
import { add, div, mul, num, paren, sub, sym, type Bindings, type Expr } from '../expr';
import type { ConvType } from '../rows';

/** The general formulas of one conv setting. */
export interface ConvFormulas {
  readonly cost: Expr;
  readonly params: Expr;
}

const cache = new Map<number, ConvFormulas>();
const TYPES: readonly ConvType[] = ['standard', 'depthwise', 'pointwise', 'grouped'];
const CONVENTIONS: readonly Convention[] = ['macs', 'flops', '2macs'];

const AXES = ['T', 'H', 'W'];
const SQUARE_2D: readonly [readonly string[], readonly string[]] = [
  ['D_K', 'D_K'],
  ['D_G', 'D_G'],
];
const SQUARE_3D: readonly [readonly string[], readonly string[]] = [
  ['K_T', 'D_K', 'D_K'],
  ['T_G', 'D_G', 'D_G'],
];
const PER_AXIS = [1, 2, 3].map((n): readonly [readonly string[], readonly string[]] => {
  const names = AXES.slice(3 - n);
  return [names.map((a) => `K_${a}`), names.map((a) => `${a}_G`)];
});

/** Symbols for the kernel and output sizes: D_K, D_G when square 2D; K_T, D_K / T_G, D_G in 3D; else per axis. */
function axisSymbols(
  kernel: readonly number[],
  out: readonly number[],
): readonly [readonly string[], readonly string[]] {
  const n = kernel.length;
  const square = n >= 2 && kernel[n - 1] === kernel[n - 2] && out[n - 1] === out[n - 2];
  if (square && n === 2) return SQUARE_2D;
  if (square && n === 3) return SQUARE_3D;
  return PER_AXIS[n - 1] ?? SQUARE_2D;
}

/** Binds the symbols of a conv row. */
export function convBindings(
  kernel: readonly number[],
  out: readonly number[],
  m: number,
  n: number,
  g: number,
): Bindings {
  const [ks, gs] = axisSymbols(kernel, out);
  if (ks === SQUARE_2D[0]) return { D_K: kernel[0] ?? 1, M: m, N: n, g, D_G: out[0] ?? 1 };
  const b: Record<string, number> = { M: m, N: n, g };
  ks.forEach((s, i) => (b[s] = kernel[i] ?? 1));
  gs.forEach((s, i) => (b[s] = out[i] ?? 1));
  return b;
}

/** The formulas for a conv setting (memoized; rows share them). */
export function convFormulas(
  type: ConvType,
  kernel: readonly number[],
  out: readonly number[],
  convention: Convention,
  bias: boolean,
): ConvFormulas {
  const [ks, gs] = axisSymbols(kernel, out);
  // A numeric key: type, symbol set, convention, bias.
  const symbolSet = ks === SQUARE_2D[0] ? 0 : ks === SQUARE_3D[0] ? 1 : 1 + ks.length;
  const key =
    TYPES.indexOf(type) + 4 * symbolSet + 32 * CONVENTIONS.indexOf(convention) + (bias ? 128 : 0);
  const hit = cache.get(key);
  if (hit) return hit;
  const k = type === 'pointwise' ? [] : ks.map(sym);
  const g = gs.map(sym);
  const inPerGroup: Expr[] =
    type === 'depthwise' ? [] : type === 'grouped' ? [div(sym('M'), sym('g'))] : [sym('M')];
  const outCh = type === 'depthwise' ? sym('M') : sym('N');
  const weights = mul(...k, ...inPerGroup, outCh);
  const macs = mul(...k, ...inPerGroup, outCh, ...g);
  let cost: Expr;
  if (convention === 'macs') cost = macs;
  else if (convention === '2macs') cost = mul(num(2), ...k, ...inPerGroup, outCh, ...g);
  else {
    const dot = [...k, ...inPerGroup];
    const perOutput = dot.length === 0 ? num(1) : paren(sub(mul(num(2), ...dot), num(1)));
    const main = mul(perOutput, outCh, ...g);
    cost = bias ? add(main, mul(outCh, ...g)) : main;
  }
  const params = bias ? add(weights, outCh) : weights;
  const formulas = { cost, params };
  cache.set(key, formulas);
  return formulas;
}
