// Slides 12–13: depthwise separable total, the standard conv, and their ratio 1/N + 1/D_K² (MobileNet §3.1).
import { derive, type Derivation } from '../derivation';
import { add, frac, mul, num, pow, sym } from '../expr';
import { ok, type Result } from '../errors';
import { asMacs, asParams, type Macs, type Params } from '../units';
import { checkPositiveInt, firstError } from '../validate';
import { checkLectureConv } from './conv-steps';

const [DK, M, N, DF] = [sym('D_K'), sym('M'), sym('N'), sym('D_F')];
const DW = mul(DK, DK, M, DF, DF);
const PW = mul(M, N, DF, DF);
const STD = mul(DK, DK, M, N, DF, DF);

function gcd(a: number, b: number): number {
  let [x, y] = [Math.abs(a), Math.abs(b)];
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** The ratio separable / standard = 1/N + 1/D_K², exactly and as a float. */
export interface SeparableRatio {
  /** The ratio as a reduced fraction (D_K² + N)/(N · D_K²). */
  readonly numerator: number;
  readonly denominator: number;
  readonly value: number;
  /** 1/ratio: how many times cheaper the separable conv is (≈ 8.7 for D_K = 3, N = 256). */
  readonly speedup: number;
  /** The two terms 1/N and 1/D_K². */
  readonly invN: number;
  readonly invK2: number;
  /** The algebra line by line: the ratio of totals, split into two fractions, then 1/N + 1/D_K². */
  readonly derivation: Derivation;
}

/** The ratio for kernel D_K and N outputs (M and D_F cancel; pass them to show them substituted). */
export function separableRatio(p: {
  kernel: number;
  outChannels: number;
  inChannels?: number;
  size?: number;
}): Result<SeparableRatio> {
  const bad = firstError(
    checkPositiveInt(p.kernel, 'kernel', 'Kernel size D_K'),
    checkPositiveInt(p.outChannels, 'outChannels', 'Output channels N'),
    p.inChannels === undefined
      ? null
      : checkPositiveInt(p.inChannels, 'inChannels', 'Input channels M'),
    p.size === undefined ? null : checkPositiveInt(p.size, 'size', 'Feature map size D_F'),
  );
  if (bad) return { ok: false, error: bad };
  const k2 = p.kernel * p.kernel;
  const n = p.outChannels;
  const g = gcd(k2 + n, n * k2);
  const value = 1 / n + 1 / k2;
  const bindings: Record<string, number> = { D_K: p.kernel, N: n };
  if (p.inChannels !== undefined) bindings.M = p.inChannels;
  if (p.size !== undefined) bindings.D_F = p.size;
  const steps = [
    add(frac(DW, STD), frac(PW, STD)),
    add(frac(num(1), N), frac(num(1), pow(DK, num(2)))),
  ];
  const derivation: Derivation = {
    quantity: 'ratio',
    general: frac(add(DW, PW), STD),
    steps,
    bindings,
    result: value,
  };
  return ok({
    numerator: (k2 + n) / g,
    denominator: (n * k2) / g,
    value,
    speedup: 1 / value,
    invN: 1 / n,
    invK2: 1 / k2,
    derivation,
  });
}

/** Slide 12: the separable conv beside the standard one. */
export interface SeparableConvCost {
  readonly depthwise: Derivation;
  readonly pointwise: Derivation;
  readonly total: Derivation;
  readonly standard: Derivation;
  readonly macs: Macs;
  readonly standardMacs: Macs;
  readonly params: Params;
  readonly standardParams: Params;
  readonly ratio: SeparableRatio;
}

/** Depthwise separable D_K × D_K, M → N on D_F × D_F: D_K·D_K·M·D_F·D_F + M·N·D_F·D_F. */
export function separableConvCost(p: {
  kernel: number;
  inChannels: number;
  outChannels: number;
  size: number;
}): Result<SeparableConvCost> {
  const checked = checkLectureConv(p);
  if (!checked.ok) return checked;
  const ratio = separableRatio(p);
  if (!ratio.ok) return ratio;
  const b = { D_K: p.kernel, M: p.inChannels, N: p.outChannels, D_F: p.size };
  const area = p.size * p.size;
  const dw = p.kernel * p.kernel * p.inChannels * area;
  const pw = p.inChannels * p.outChannels * area;
  const std = p.kernel * p.kernel * p.inChannels * p.outChannels * area;
  return ok({
    depthwise: derive('mults', DW, b, dw),
    pointwise: derive('mults', PW, b, pw),
    total: derive('mults', add(DW, PW), b, dw + pw),
    standard: derive('mults', STD, b, std),
    macs: asMacs(dw + pw),
    standardMacs: asMacs(std),
    params: asParams(p.kernel * p.kernel * p.inChannels + p.inChannels * p.outChannels),
    standardParams: asParams(p.kernel * p.kernel * p.inChannels * p.outChannels),
    ratio: ratio.value,
  });
}
