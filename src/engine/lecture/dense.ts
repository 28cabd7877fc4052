// Slide 4 "What is a FLOP?": a dot product of n is n mults + (n − 1) adds = 2n − 1 FLOPs;
// a dense layer n → m is m(2n − 1) FLOPs (+ m with bias), n·m mults, n·m MACs.
import { derive, type Derivation } from '../derivation';
import { add, mul, num, paren, sub, sym } from '../expr';
import { ok, type Result } from '../errors';
import { asFlops, asMacs, asParams, type Flops, type Macs, type Params } from '../units';
import { checkPositiveInt, firstError } from '../validate';

const n = sym('n');
const m = sym('m');

/** The cost of one dot product of n elements. */
export interface DotProductCost {
  readonly n: number;
  readonly mults: number;
  readonly adds: number;
  readonly flops: Flops;
  /** FLOPs = n + (n − 1) = 2n − 1. */
  readonly derivation: Derivation;
}

/** The cost of a dot product of n elements: dotProduct(3) → 3 mults + 2 adds = 5 FLOPs. */
export function dotProduct(length: number): Result<DotProductCost> {
  const bad = checkPositiveInt(length, 'n', 'Number of elements n');
  if (bad) return { ok: false, error: bad };
  const flops = 2 * length - 1;
  return ok({
    n: length,
    mults: length,
    adds: length - 1,
    flops: asFlops(flops),
    derivation: derive('FLOPs', sub(mul(num(2), n), num(1)), { n: length }, flops),
  });
}

/** Everything slide 4 says about a dense layer n → m. */
export interface DenseCost {
  readonly inputs: number;
  readonly outputs: number;
  readonly bias: boolean;
  readonly mults: number;
  readonly adds: number;
  readonly macs: Macs;
  /** The lecture's FLOPs: m(2n − 1), + m with bias. */
  readonly flops: Flops;
  /** The shortcut 2 · n · m. */
  readonly twoMacs: Flops;
  readonly params: Params;
  readonly derivations: {
    readonly mults: Derivation;
    readonly adds: Derivation;
    readonly macs: Derivation;
    readonly flops: Derivation;
    readonly params: Derivation;
  };
}

/** The cost of a dense layer: denseCost({ inputs: 3, outputs: 4 }) → 12 mults, 8 adds, 20 FLOPs. */
export function denseCost(p: {
  inputs: number;
  outputs: number;
  bias?: boolean;
}): Result<DenseCost> {
  const bad = firstError(
    checkPositiveInt(p.inputs, 'inputs', 'Input length n'),
    checkPositiveInt(p.outputs, 'outputs', 'Output length m'),
  );
  if (bad) return { ok: false, error: bad };
  const bias = p.bias ?? false;
  const b = { n: p.inputs, m: p.outputs };
  const mults = p.inputs * p.outputs;
  const adds = p.outputs * (p.inputs - 1) + (bias ? p.outputs : 0);
  const flops = mults + adds;
  const perRow = mul(m, paren(sub(n, num(1))));
  const lecture = mul(m, paren(sub(mul(num(2), n), num(1))));
  return ok({
    inputs: p.inputs,
    outputs: p.outputs,
    bias,
    mults,
    adds,
    macs: asMacs(mults),
    flops: asFlops(flops),
    twoMacs: asFlops(2 * mults),
    params: asParams(mults + (bias ? p.outputs : 0)),
    derivations: {
      mults: derive('mults', mul(n, m), b, mults),
      adds: derive('adds', bias ? add(perRow, m) : perRow, b, adds),
      macs: derive('MACs', mul(n, m), b, mults),
      flops: derive('FLOPs', bias ? add(lecture, m) : lecture, b, flops),
      params: derive(
        'params',
        bias ? add(mul(n, m), m) : mul(n, m),
        b,
        mults + (bias ? p.outputs : 0),
      ),
    },
  });
}
