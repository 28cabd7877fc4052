// Window geometry shared by convolution and pooling: D_G = ⌊(D_F + 2p − d(D_K − 1) − 1)/s⌋ + 1.
import type { EngineError } from '../errors';
import { checkNonNegativeInt, checkPositiveInt, fieldOf, type FieldSource } from '../validate';
import type { Padding } from './spec';

/** A window's settings resolved per spatial dimension. */
export interface Window {
  readonly kernel: readonly number[];
  readonly stride: readonly number[];
  readonly dilation: readonly number[];
  /** Total padding per dimension (both sides together; odd only for 'same' with even reach). */
  readonly padTotal: readonly number[];
  readonly out: readonly number[];
}

const DIM_NAMES = ['T', 'H', 'W'];

/** Names spatial dimension i of n: "H" and "W" in 2D, "T", "H", "W" in 3D. */
export function dimName(i: number, n: number): string {
  return DIM_NAMES[DIM_NAMES.length - n + i] ?? `dim ${i}`;
}

/** Tells an error from a value in the geometry's internal results. */
export function isError(x: object): x is EngineError {
  return 'code' in x;
}

const uniformCache = new Map<number, readonly number[]>();

/** A shared, frozen list of `dims` copies of a small whole number (saves allocations per row). */
function uniform(value: number, dims: number): readonly number[] {
  const key = value * 8 + dims;
  const hit = uniformCache.get(key);
  if (hit) return hit;
  const list = Object.freeze(Array<number>(dims).fill(value));
  if (Number.isSafeInteger(value) && value >= 0 && value < 4096) uniformCache.set(key, list);
  return list;
}

function valid(v: unknown, min: 0 | 1): boolean {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= min;
}

/** Expands a number to one per dimension, checking each is a whole number from `min` up. */
export function perDim(
  value: number | readonly number[],
  dims: number,
  at: FieldSource,
  key: string,
  label: string,
  min: 0 | 1,
): readonly number[] | EngineError {
  if (typeof value === 'number' && valid(value, min)) return uniform(value, dims);
  const field = `${fieldOf(at)}.${key}`;
  const list = typeof value === 'number' ? [value] : value;
  if (typeof value !== 'number' && list.length !== dims) {
    const message = `${label} needs one number per spatial dimension (${dims}); got ${list.length}.`;
    return { code: 'shape-mismatch', field, message };
  }
  for (const v of list) {
    const bad =
      min === 1 ? checkPositiveInt(v, field, label) : checkNonNegativeInt(v, field, label);
    if (bad) return bad;
  }
  return list;
}

/** Output size of one dimension: ⌊(D_F + P − d(D_K − 1) − 1)/s⌋ + 1 with P the total padding. */
export function windowOut(size: number, k: number, s: number, padTotal: number, d: number): number {
  return Math.floor((size + padTotal - d * (k - 1) - 1) / s) + 1;
}

/** Total 'same' padding: enough for an output of ⌈D_F/s⌉ (TensorFlow's rule; ⌊D_K/2⌋ a side for odd D_K). */
export function samePadTotal(size: number, k: number, s: number, d: number): number {
  const out = Math.ceil(size / s);
  return Math.max((out - 1) * s + d * (k - 1) + 1 - size, 0);
}

function tooLarge(
  at: FieldSource,
  i: number,
  n: number,
  size: number,
  k: number,
  d: number,
  pad: number,
): EngineError {
  const reach = d * (k - 1) + 1;
  return {
    code: 'kernel-too-large',
    field: `${fieldOf(at)}.kernel`,
    message:
      `The kernel does not fit: it spans ${reach} positions (D_K = ${k}` +
      (d > 1 ? `, dilation ${d}` : '') +
      `) but the padded input is only ${size + pad} (D_F = ${size} + padding ${pad}) along ${dimName(i, n)}. ` +
      `Use a kernel of at most ${size + pad}, more padding or a larger input.`,
  };
}

/** Resolves and checks a window over an input's spatial sizes. */
export function resolveWindow(
  spatial: readonly number[],
  kernel: number | readonly number[],
  stride: number | readonly number[],
  padding: Padding,
  dilation: number | readonly number[],
  at: FieldSource,
): Window | EngineError {
  const n = spatial.length;
  const k = perDim(kernel, n, at, 'kernel', 'Kernel size D_K', 1);
  if (isError(k)) return k;
  const s = perDim(stride, n, at, 'stride', 'Stride s', 1);
  if (isError(s)) return s;
  const d = perDim(dilation, n, at, 'dilation', 'Dilation d', 1);
  if (isError(d)) return d;
  let pad: readonly number[];
  if (padding === 'same' || padding === 'valid') {
    const list: number[] = [];
    for (let i = 0; i < n; i++) {
      list.push(
        padding === 'valid' ? 0 : samePadTotal(spatial[i] ?? 1, k[i] ?? 1, s[i] ?? 1, d[i] ?? 1),
      );
    }
    pad = list;
  } else {
    const p = perDim(padding, n, at, 'padding', 'Padding p', 0);
    if (isError(p)) return p;
    pad = p.map((v) => 2 * v);
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const size = spatial[i] ?? 0;
    const ki = k[i] ?? 1;
    const di = d[i] ?? 1;
    const pi = pad[i] ?? 0;
    if (di * (ki - 1) + 1 > size + pi) return tooLarge(at, i, n, size, ki, di, pi);
    out.push(windowOut(size, ki, s[i] ?? 1, pi, di));
  }
  return { kernel: k, stride: s, dilation: d, padTotal: pad, out };
}
