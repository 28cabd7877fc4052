// Summaries (per stage, by type, per part, memory) and the scaling helpers with real networks beside.
import { describe, expect, test } from 'vitest';
import {
  activationMemory,
  axisScaling,
  compoundScaling,
  partSummary,
  resolutionScaling,
  stageSummary,
  unwrap,
  weightMemory,
  widthScaling,
} from '../../src/engine/index';
import { analyzeModel } from './helpers';

describe('memory', () => {
  test('weights at fp32/fp16/int8: 4, 2, 1 bytes per value', () => {
    const m = weightMemory(4_231_976);
    expect([m.fp32, m.fp16, m.int8]).toEqual([16_927_904, 8_463_952, 4_231_976]);
  });
  test('peak activations: MobileNetV1 peaks at conv_pw_1 (112×112×32 in, 112×112×64 out)', () => {
    const a = analyzeModel('mobilenet-v1');
    expect(a.peakActivations).toBe(112 * 112 * (32 + 64));
    expect(activationMemory(a)).toBe(4 * 112 * 112 * 96);
    expect(activationMemory(a, 'int8')).toBe(112 * 112 * 96);
  });
  test('a residual block holds its input while the body runs', () => {
    const b0 = analyzeModel('efficientnet-b0');
    const inBlock = b0.rows.find((r) => r.name === 'stage3.block2.expand');
    expect(inBlock?.liveActivations).toBe(56 * 56 * 24 + 56 * 56 * 144 + 56 * 56 * 24);
    const add = b0.rows.find((r) => r.name === 'stage3.block2.add');
    expect(add?.liveActivations).toBe(2 * 56 * 56 * 24);
  });
});

describe('summaries', () => {
  test('per stage: ResNet-50 conv1 … fc add up to the totals', () => {
    const a = analyzeModel('resnet-50');
    const stages = stageSummary(a);
    expect(stages.map((s) => s.stage)).toEqual([
      'conv1',
      'conv2_x',
      'conv3_x',
      'conv4_x',
      'conv5_x',
      'fc',
    ]);
    expect(stages.reduce((s, x) => s + x.totals.params, 0)).toBe(25_557_032);
    expect(stages.find((s) => s.stage === 'conv4_x')?.layers).toBe(6 * 3 + 1);
  });
  test('per part: B0 split into expand, depthwise, SE, project, residual and the rest', () => {
    const a = analyzeModel('efficientnet-b0');
    const parts = partSummary(a);
    expect(parts.map((p) => p.part).sort()).toEqual([
      'depthwise',
      'expand',
      'other',
      'project',
      'residual',
      'se',
    ]);
    expect(parts.reduce((s, p) => s + p.totals.macs, 0)).toBe(a.totals.macs);
  });
});

describe('scaling helpers: the approximation beside the real network', () => {
  test('width α = 0.5: ≈ α² = 0.25, really 0.263 (conv1 and FC scale by α, not α²)', () => {
    const w = unwrap(widthScaling({ alpha: 0.5 }));
    expect(w.approxFactor).toBe(0.25);
    expect(w.scaled.macs).toBe(149_497_088);
    expect(w.realFactor).toBeCloseTo(149_497_088 / 568_740_352, 12);
    expect(w.realFactor).toBeGreaterThan(0.25);
  });
  test('resolution ρ = 0.714 → 160 px, ≈ ρ²', () => {
    const r = unwrap(resolutionScaling({ rho: 160 / 224 }));
    expect(r.resolution).toBe(160);
    expect(r.scaled.macs).toBe(290_675_200);
    expect(r.approxFactor).toBeCloseTo((160 / 224) ** 2, 12);
    expect(r.paramsFactor).toBe(1);
  });
  test('compound φ = 1: α·β²·γ² = 1.92, 2^φ = 2, but the real network costs 2.57× B0', () => {
    const c = unwrap(compoundScaling({ phi: 1 }));
    expect(c.product).toBeCloseTo(1.92027, 5);
    expect(c.twoToPhi).toBe(2);
    expect(c.resolution).toBe(258);
    expect(c.base.macs).toBe(385_814_752);
    // Rounding, not the rule, makes the difference: ⌈1.2·L⌉ doubles the one-block stages, and 258 px
    // ends at 9×9 (⌈258/32⌉), not 258/32 = 8.06, so the last stages cost (9/7)² ≈ 1.65× instead of 1.33×.
    expect(unwrap(compoundScaling({ phi: 1 })).scaled.macs).toBe(
      Math.round(c.realFactor * 385_814_752),
    );
    expect(c.realFactor).toBeCloseTo(2.5728, 4);
  });
  test('compound φ = 0 is the identity', () => {
    const c = unwrap(compoundScaling({ phi: 0 }));
    expect(c.realFactor).toBe(1);
    expect(c.approxFactor).toBe(1);
  });
  test('slide 3: depth ≈ linear, width and resolution ≈ quadratic', () => {
    const d = unwrap(axisScaling({ axis: 'depth', multiplier: 2 }));
    const w = unwrap(axisScaling({ axis: 'width', multiplier: 2 }));
    const r = unwrap(axisScaling({ axis: 'resolution', multiplier: 2 }));
    expect(d.approxFactor).toBe(2);
    expect(w.approxFactor).toBe(4);
    expect(r.resolution).toBe(448);
    expect(d.realFactor).toBeGreaterThan(1.5);
    expect(d.realFactor).toBeLessThan(2.5);
    expect(w.realFactor).toBeGreaterThan(3);
    expect(r.realFactor).toBeCloseTo(4, 0);
  });
});
