// The lecture's slide formulas: each number, its substituted formula and its TeX.
import { describe, expect, test } from 'vitest';
import {
  convOutputSize,
  denseCost,
  depthwiseConvCost,
  derivationToTex,
  derivationToText,
  dotProduct,
  evaluate,
  mbconvCost,
  pointwiseConvCost,
  seCost,
  separableConvCost,
  separableRatio,
  standardConvSteps,
  unwrap,
} from '../../src/engine/index';

describe('slide 4: what is a FLOP?', () => {
  test('dot product of 3: 3 mults + 2 adds = 5; in general 2n − 1', () => {
    const d = unwrap(dotProduct(3));
    expect([d.mults, d.adds, d.flops]).toEqual([3, 2, 5]);
    expect(derivationToText(d.derivation)).toBe('FLOPs = 2 · n − 1 = 2 · 3 − 1 = 5');
    expect(derivationToTex(d.derivation)).toBe(
      '\\text{FLOPs} = 2 \\cdot n - 1 = 2 \\cdot 3 - 1 = 5',
    );
  });

  test('dense 3 → 4: 12 mults, 8 adds, 20 FLOPs = m(2n − 1); MACs n·m = 12', () => {
    const d = unwrap(denseCost({ inputs: 3, outputs: 4 }));
    expect([d.mults, d.adds, d.flops, d.macs, d.twoMacs, d.params]).toEqual([
      12, 8, 20, 12, 24, 12,
    ]);
    expect(derivationToText(d.derivations.flops)).toBe(
      'FLOPs = m · (2 · n − 1) = 4 · (2 · 3 − 1) = 20',
    );
  });

  test('with bias: + m adds, + m params', () => {
    const d = unwrap(denseCost({ inputs: 3, outputs: 4, bias: true }));
    expect([d.adds, d.flops, d.params]).toEqual([12, 24, 16]);
    expect(derivationToText(d.derivations.flops)).toBe(
      'FLOPs = m · (2 · n − 1) + m = 4 · (2 · 3 − 1) + 4 = 24',
    );
  });
});

describe('slide 7: output size', () => {
  test('D_G = ⌊(D_F + 2p − D_K)/s⌋ + 1', () => {
    const o = unwrap(convOutputSize({ size: 224, kernel: 3, stride: 2, padding: 1 }));
    expect(o.size).toBe(112);
    expect(derivationToText(o.derivation)).toBe(
      'D_G = ⌊(D_F + 2 · p − D_K)/s⌋ + 1 = ⌊(224 + 2 · 1 − 3)/2⌋ + 1 = 112',
    );
    expect(derivationToTex(o.derivation)).toContain(
      '\\left\\lfloor \\frac{D_F + 2 \\cdot p - D_K}{s} \\right\\rfloor + 1',
    );
  });
  test("'same' keeps D_G = ⌈D_F/s⌉; dilation uses the full formula", () => {
    expect(unwrap(convOutputSize({ size: 7, kernel: 3, padding: 'same' })).size).toBe(7);
    expect(unwrap(convOutputSize({ size: 15, kernel: 5, stride: 2, padding: 'same' })).size).toBe(
      8,
    );
    const dil = unwrap(convOutputSize({ size: 32, kernel: 3, dilation: 2 }));
    expect(dil.size).toBe(28);
    expect(evaluate(dil.derivation.general, dil.derivation.bindings)).toBe(28);
  });
});

describe('slides 8–13: standard, depthwise, pointwise, separable', () => {
  const p = { kernel: 3, inChannels: 32, outChannels: 64, size: 112 };

  test('slide 8: the three steps', () => {
    const s = unwrap(standardConvSteps(p));
    expect([s.once.result, s.perKernel.result, s.total.result]).toEqual([
      288,
      288 * 112 * 112,
      288 * 112 * 112 * 64,
    ]);
    expect(derivationToText(s.once)).toBe('mults = D_K · D_K · M = 3 · 3 · 32 = 288');
    expect(derivationToTex(s.total)).toBe(
      '\\text{mults} = D_K \\cdot D_K \\cdot M \\cdot N \\cdot D_F \\cdot D_F = 3 \\cdot 3 \\cdot 32 \\cdot 64 \\cdot 112 \\cdot 112 = 231{,}211{,}008',
    );
  });

  test('slides 10–11: depthwise per channel and total; pointwise total', () => {
    const dw = unwrap(depthwiseConvCost({ kernel: 3, channels: 32, size: 112 }));
    expect(dw.perChannel.result).toBe(9 * 112 * 112);
    expect(dw.total.result).toBe(3_612_672);
    expect(dw.params).toBe(288);
    const pw = unwrap(pointwiseConvCost({ inChannels: 32, outChannels: 64, size: 112 }));
    expect(pw.total.result).toBe(25_690_112);
    expect(derivationToText(pw.total)).toBe(
      'mults = M · N · D_F · D_F = 32 · 64 · 112 · 112 = 25,690,112',
    );
  });

  test('slide 12: separable total and the ratio, line by line', () => {
    const s = unwrap(separableConvCost(p));
    expect(s.total.result).toBe(3_612_672 + 25_690_112);
    expect(s.standard.result).toBe(231_211_008);
    const text = derivationToText(s.ratio.derivation);
    expect(text).toContain(
      '(D_K · D_K · M · D_F · D_F + M · N · D_F · D_F)/(D_K · D_K · M · N · D_F · D_F)',
    );
    expect(text).toContain('= 1/N + 1/D_K² = 1/64 + 1/3² ≈ 0.1267');
  });

  test('slide 13: D_K = 3, N = 256: 1/256 + 1/9 = 265/2304 ≈ 0.1150 ≈ 1/8.7', () => {
    const r = unwrap(separableRatio({ kernel: 3, outChannels: 256 }));
    expect([r.numerator, r.denominator]).toEqual([265, 2304]);
    expect(r.invN.toFixed(4)).toBe('0.0039');
    expect(r.invK2.toFixed(4)).toBe('0.1111');
    expect(r.value.toFixed(4)).toBe('0.1150');
    expect(r.speedup.toFixed(1)).toBe('8.7');
  });
});

describe('SE and MBConv (slides 22, 26)', () => {
  test('SE params 2C²/r + C/r + C', () => {
    const s = unwrap(seCost({ channels: 64, ratio: 16, height: 7, width: 7 }));
    expect(s.reduced).toBe(4);
    expect(s.params).toBe(2 * 64 * 4 + 4 + 64);
    expect(s.macs).toBe(2 * 64 * 4);
    expect(s.squeezeOps).toBe(7 * 7 * 64);
    expect(s.paperDerivation?.result).toBe(s.params);
    expect(derivationToText(s.paperDerivation!)).toBe(
      'params = (2 · C²)/r + C/r + C = (2 · 64²)/16 + 64/16 + 64 = 580',
    );
  });

  test('MBConv parts add up, and match MobileNetV2 §3.3 without SE', () => {
    const m = unwrap(
      mbconvCost({
        inChannels: 24,
        outChannels: 24,
        expand: 6,
        kernel: 3,
        stride: 1,
        seRatio: 0,
        size: 56,
        act: 'relu6',
      }),
    );
    expect(m.residual).toBe(true);
    expect(m.parts.map((p) => p.part)).toEqual([
      'expand',
      'depthwise',
      'se',
      'project',
      'residual',
    ]);
    expect(m.parts.find((p) => p.part === 'se')?.present).toBe(false);
    expect(m.parts.reduce((s, p) => s + p.totals.macs, 0)).toBe(m.totals.macs);
    expect(m.paperFormula?.result).toBe(m.totals.macs);
    expect(m.totals.macs).toBe(56 * 56 * 24 * 6 * (24 + 9 + 24));
  });

  test('EfficientNet MBConv with SE: SE MACs 2·C_e·C_r with C_r from the input channels', () => {
    const m = unwrap(
      mbconvCost({
        inChannels: 40,
        outChannels: 80,
        expand: 6,
        kernel: 3,
        stride: 2,
        seRatio: 0.25,
        size: 28,
      }),
    );
    expect(m.residual).toBe(false);
    expect(m.reduced).toBe(10);
    expect(m.expanded).toBe(240);
    expect(m.parts.find((p) => p.part === 'se')?.totals.macs).toBe(2 * 240 * 10);
    expect(m.outputShape.spatial).toEqual([14, 14]);
  });
});
