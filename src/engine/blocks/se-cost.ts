// Slides 24–27: an SE block's cost on its own. Params 2C²/r + C/r + C (exact: C·C_r + C_r + C_r·C + C).
import { derive, type Derivation } from '../derivation';
import { add, frac, mul, num, pow, sym } from '../expr';
import { fail, ok, type Result } from '../errors';
import { SE_PARAMS } from '../layers/se';
import { asMacs, asParams, type Macs, type Params } from '../units';
import { checkPositiveInt, firstError } from '../validate';

const [C, CR, H, W] = [sym('C'), sym('C_r'), sym('H'), sym('W')];

/** An SE block's parameters and operations. */
export interface SeCost {
  readonly channels: number;
  /** C_r = ⌊C/r⌋ (at least 1), or the given reduced channels. */
  readonly reduced: number;
  readonly weights: Params;
  readonly biases: Params;
  readonly params: Params;
  /** The two FCs: 2 · C · C_r. */
  readonly macs: Macs;
  /** Squeeze: H · W · C adds (global average pooling; with the C divides, H·W per channel). */
  readonly squeezeOps: number;
  /** Scale: H · W · C mults. */
  readonly scaleOps: number;
  readonly paramsDerivation: Derivation;
  /** The SE paper's form 2C²/r + C/r + C (exact when r divides C). */
  readonly paperDerivation: Derivation | null;
  readonly macsDerivation: Derivation;
  readonly squeezeDerivation: Derivation;
}

/** SE on C channels with ratio r (C_r = ⌊C/r⌋) or C_r given, on an H × W map (default 1 × 1). */
export function seCost(p: {
  channels: number;
  ratio?: number;
  reduced?: number;
  height?: number;
  width?: number;
}): Result<SeCost> {
  const bad = firstError(
    checkPositiveInt(p.channels, 'channels', 'Channels C'),
    p.ratio === undefined ? null : checkPositiveInt(p.ratio, 'ratio', 'Reduction ratio r'),
    p.reduced === undefined
      ? null
      : checkPositiveInt(p.reduced, 'reduced', 'Squeezed channels C_r'),
    checkPositiveInt(p.height ?? 1, 'height', 'Height H'),
    checkPositiveInt(p.width ?? 1, 'width', 'Width W'),
  );
  if (bad) return { ok: false, error: bad };
  if (p.ratio === undefined && p.reduced === undefined) {
    return fail(
      'out-of-range',
      'ratio',
      'Give the reduction ratio r (e.g. 16) or the squeezed channels C_r.',
    );
  }
  const c = p.channels;
  const cr = p.reduced ?? Math.max(1, Math.floor(c / (p.ratio ?? 1)));
  const [h, w] = [p.height ?? 1, p.width ?? 1];
  const b = { C: c, C_r: cr, H: h, W: w, ...(p.ratio === undefined ? {} : { r: p.ratio }) };
  const params = 2 * c * cr + cr + c;
  const r = p.ratio;
  const paper =
    r !== undefined && c % r === 0
      ? derive(
          'params',
          add(frac(mul(num(2), pow(C, num(2))), sym('r')), frac(C, sym('r')), C),
          b,
          params,
        )
      : null;
  return ok({
    channels: c,
    reduced: cr,
    weights: asParams(2 * c * cr),
    biases: asParams(cr + c),
    params: asParams(params),
    macs: asMacs(2 * c * cr),
    squeezeOps: h * w * c,
    scaleOps: h * w * c,
    paramsDerivation: derive('params', SE_PARAMS, b, params),
    paperDerivation: paper,
    macsDerivation: derive('MACs', mul(num(2), C, CR), b, 2 * c * cr),
    squeezeDerivation: derive('ops', mul(H, W, C), b, h * w * c),
  });
}
