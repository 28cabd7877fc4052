// Shared by the width, resolution and params-vs-mult-adds questions: parameters and solution steps.
import { add, derive, mul, separableConvCost, sym } from '../../engine/index';
import { must, type ParamDef } from './generator';
import { thinned, type MobileNetBlock } from './mobilenet-block';
export const MACS = 'MACs (mult-adds, as the MobileNet paper counts)';
export const BLOCK: ParamDef = {
  key: 'block',
  label: 'MobileNet block (1–13)',
  kind: 'int',
  min: 1,
  max: 13,
  fallback: 7,
};
export const ALPHA: ParamDef = {
  key: 'alpha',
  label: 'α (width multiplier)',
  kind: 'float',
  min: 0.05,
  max: 1,
  fallback: 0.75,
};
export const RES: ParamDef = {
  key: 'res',
  aliases: [{ key: 'rho', factor: 224 }],
  label: 'resolution (pixels; ρ = res / 224)',
  kind: 'int',
  min: 32,
  max: 448,
  fallback: 160,
};

// The steps shared by the solutions: the thinned channels, or the scaled size.
export function channelSteps(M: number, N: number, alpha: number) {
  return [
    { label: 'Thinned input channels', derivation: thinned('M', M, alpha), lhs: "M'" },
    { label: 'Thinned output channels', derivation: thinned('N', N, alpha), lhs: "N'" },
  ];
}

// The block's cost in the lecture's formulas (D_F is the block's output size, as D_G = D_F there).
export function blockSteps(b: MobileNetBlock) {
  const cost = must(
    separableConvCost({ kernel: 3, inChannels: b.M, outChannels: b.N, size: b.DG }),
  );
  return [
    { label: 'Depthwise', derivation: cost.depthwise, lhs: '\\text{MACs}_{\\text{dw}}' },
    { label: 'Pointwise', derivation: cost.pointwise, lhs: '\\text{MACs}_{\\text{pw}}' },
    { label: 'The block', derivation: cost.total, lhs: '\\text{MACs}' },
  ];
}

// The block's weights: D_K · D_K · M + M · N (no biases: BN follows each conv).
export function paramSteps(b: MobileNetBlock) {
  const [DK, M, N] = [sym('D_K'), sym('M'), sym('N')];
  const bindings = { D_K: 3, M: b.M, N: b.N };
  return [
    {
      label: 'Depthwise weights',
      derivation: b.dw.paramsDerivation,
      lhs: '\\text{params}_{\\text{dw}}',
    },
    {
      label: 'Pointwise weights',
      derivation: b.pw.paramsDerivation,
      lhs: '\\text{params}_{\\text{pw}}',
    },
    {
      label: 'The block',
      derivation: derive('params', add(mul(DK, DK, M), mul(M, N)), bindings, b.params),
      lhs: '\\text{params}',
    },
  ];
}
