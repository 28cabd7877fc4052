// Slides 7–11: output size, standard conv in the lecture's three steps, depthwise and pointwise.
// The lecture assumes D_G = D_F (same padding, stride 1), so its formulas use D_F.
import { derive, type Derivation } from '../derivation';
import { add, floor, frac, mul, sub, num, sym, type Expr } from '../expr';
import { ok, type Result } from '../errors';
import { isError, resolveWindow } from '../layers/geometry';
import { asMacs, asParams, type Macs, type Params } from '../units';
import { checkPositiveInt, firstError } from '../validate';

const [DK, M, N, DF] = [sym('D_K'), sym('M'), sym('N'), sym('D_F')];

/** Output size D_G and its derivation. */
export interface OutputSize {
  readonly size: number;
  /** Padding per side p (a half when 'same' needs an odd total). */
  readonly padding: number;
  readonly derivation: Derivation;
}

const OUT_SIZE: Expr = add(floor(frac(sub(add(DF, mul(num(2), sym('p'))), DK), sym('s'))), num(1));
const OUT_SIZE_DILATED: Expr = add(
  floor(
    frac(sub(add(DF, mul(num(2), sym('p'))), mul(sym('d'), sub(DK, num(1))), num(1)), sym('s')),
  ),
  num(1),
);

/** D_G = ⌊(D_F + 2p − d(D_K − 1) − 1)/s⌋ + 1; with d = 1 the lecture's ⌊(D_F + 2p − D_K)/s⌋ + 1. */
export function convOutputSize(p: {
  size: number;
  kernel: number;
  stride?: number;
  padding?: number | 'same' | 'valid';
  dilation?: number;
}): Result<OutputSize> {
  const stride = p.stride ?? 1;
  const dilation = p.dilation ?? 1;
  const bad = checkPositiveInt(p.size, 'size', 'Input size D_F');
  if (bad) return { ok: false, error: bad };
  const win = resolveWindow([p.size], p.kernel, stride, p.padding ?? 0, dilation, {
    prefix: 'conv',
    position: -1,
  });
  if (isError(win)) return { ok: false, error: win };
  const size = win.out[0] ?? 0;
  const padding = (win.padTotal[0] ?? 0) / 2;
  const bindings = { D_F: p.size, D_K: p.kernel, s: stride, p: padding, d: dilation };
  const general = dilation === 1 ? OUT_SIZE : OUT_SIZE_DILATED;
  return ok({ size, padding, derivation: derive('D_G', general, bindings, size) });
}

/** Checks D_K, M, N and D_F for the lecture's formulas. */
export function checkLectureConv(p: {
  kernel: number;
  inChannels: number;
  outChannels?: number;
  size: number;
}): Result<true> {
  const bad = firstError(
    checkPositiveInt(p.kernel, 'kernel', 'Kernel size D_K'),
    checkPositiveInt(p.inChannels, 'inChannels', 'Input channels M'),
    p.outChannels === undefined
      ? null
      : checkPositiveInt(p.outChannels, 'outChannels', 'Output channels N'),
    checkPositiveInt(p.size, 'size', 'Feature map size D_F'),
  );
  return bad ? { ok: false, error: bad } : ok(true);
}

/** Slide 8: mults once, per kernel, for N kernels (= the total). */
export interface StandardConvSteps {
  readonly once: Derivation;
  readonly perKernel: Derivation;
  readonly total: Derivation;
  readonly macs: Macs;
  readonly params: Params;
  readonly paramsDerivation: Derivation;
}

/** Standard conv D_K × D_K, M → N on D_F × D_F (D_G = D_F): D_K · D_K · M · N · D_F · D_F. */
export function standardConvSteps(p: {
  kernel: number;
  inChannels: number;
  outChannels: number;
  size: number;
}): Result<StandardConvSteps> {
  const checked = checkLectureConv(p);
  if (!checked.ok) return checked;
  const b = { D_K: p.kernel, M: p.inChannels, N: p.outChannels, D_F: p.size };
  const once = p.kernel * p.kernel * p.inChannels;
  const perKernel = once * p.size * p.size;
  const total = perKernel * p.outChannels;
  const params = once * p.outChannels;
  return ok({
    once: derive('mults', mul(DK, DK, M), b, once),
    perKernel: derive('mults', mul(DK, DK, M, DF, DF), b, perKernel),
    total: derive('mults', mul(DK, DK, M, N, DF, DF), b, total),
    macs: asMacs(total),
    params: asParams(params),
    paramsDerivation: derive('params', mul(DK, DK, M, N), b, params),
  });
}

/** Slide 10: depthwise, one D_K × D_K filter per channel. */
export interface DepthwiseConvCost {
  readonly perChannel: Derivation;
  readonly total: Derivation;
  readonly macs: Macs;
  readonly params: Params;
  readonly paramsDerivation: Derivation;
}

/** Depthwise conv on M channels: D_K · D_K · D_F · D_F per channel, D_K · D_K · M · D_F · D_F in total. */
export function depthwiseConvCost(p: {
  kernel: number;
  channels: number;
  size: number;
}): Result<DepthwiseConvCost> {
  const checked = checkLectureConv({ kernel: p.kernel, inChannels: p.channels, size: p.size });
  if (!checked.ok) return checked;
  const b = { D_K: p.kernel, M: p.channels, D_F: p.size };
  const perChannel = p.kernel * p.kernel * p.size * p.size;
  const params = p.kernel * p.kernel * p.channels;
  return ok({
    perChannel: derive('mults', mul(DK, DK, DF, DF), b, perChannel),
    total: derive('mults', mul(DK, DK, M, DF, DF), b, perChannel * p.channels),
    macs: asMacs(perChannel * p.channels),
    params: asParams(params),
    paramsDerivation: derive('params', mul(DK, DK, M), b, params),
  });
}

/** Slide 11: pointwise, N 1×1 filters across M channels. */
export interface PointwiseConvCost {
  readonly total: Derivation;
  readonly macs: Macs;
  readonly params: Params;
  readonly paramsDerivation: Derivation;
}

/** Pointwise conv M → N: M · N · D_F · D_F. */
export function pointwiseConvCost(p: {
  inChannels: number;
  outChannels: number;
  size: number;
}): Result<PointwiseConvCost> {
  const checked = checkLectureConv({ kernel: 1, ...p });
  if (!checked.ok) return checked;
  const b = { M: p.inChannels, N: p.outChannels, D_F: p.size };
  const total = p.inChannels * p.outChannels * p.size * p.size;
  const params = p.inChannels * p.outChannels;
  return ok({
    total: derive('mults', mul(M, N, DF, DF), b, total),
    macs: asMacs(total),
    params: asParams(params),
    paramsDerivation: derive('params', mul(M, N), b, params),
  });
}
