// The lab's derived numbers: counting switches, the roofline's bytes and times, and "Explain the gap".
import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { buildModel, NO_EXTRAS, unwrap, type Network } from '../../src/engine/index';
import { analyzeForLab, biasAdds, type Counting } from '../../src/lab/counting';
import { explainGap } from '../../src/lab/gap';
import { DEFAULT_COUNTING } from '../../src/lab/lab-link';
import {
  BYTES_PER_VALUE,
  DEVICE_PRESETS,
  layerTraffic,
  ridgePoint,
  timeShares,
} from '../../src/lab/roofline';

const mobilenet = unwrap(buildModel('mobilenet-v1'));
const counting = (c: Partial<Counting>): Counting => ({ ...DEFAULT_COUNTING, ...c });

describe('counting', () => {
  const dense: Network = {
    id: 'd',
    title: 'd',
    input: { spatial: [], channels: 4 },
    layers: [{ kind: 'dense', name: 'fc', out: 3 }],
  };

  test('a dense 4 → 3 layer with bias: 12 MACs, 3·(2·4 − 1) + 3 = 24 FLOPs, 21 without the bias adds, 24 as 2·MACs', () => {
    expect(unwrap(analyzeForLab(dense, counting({}))).totalCost).toBe(12);
    expect(unwrap(analyzeForLab(dense, counting({ convention: 'flops' }))).totalCost).toBe(24);
    expect(
      unwrap(analyzeForLab(dense, counting({ convention: 'flops', countBias: false }))).totalCost,
    ).toBe(21);
    expect(unwrap(analyzeForLab(dense, counting({ convention: '2macs' }))).totalCost).toBe(24);
    expect(
      unwrap(analyzeForLab(dense, counting({ convention: '2macs', countBias: false }))).totalCost,
    ).toBe(24);
  });

  test('the bias switch removes exactly one add per output of each layer with a bias (VGG-16)', () => {
    const vgg = unwrap(buildModel('vgg-16'));
    const on = unwrap(analyzeForLab(vgg, counting({ convention: 'flops' })));
    const off = unwrap(analyzeForLab(vgg, counting({ convention: 'flops', countBias: false })));
    const adds = on.rows.reduce((s, r) => s + biasAdds(r.row), 0);
    expect(adds).toBeGreaterThan(0);
    expect(on.totalCost - off.totalCost).toBe(adds);
    expect(off.totalMacs).toBe(on.totalMacs);
  });

  test('params under each mode: MobileNetV1 4,210,088 (paper, no BN), 4,231,976 (trainable), 4,253,864 (Keras total)', () => {
    const params = (mode: Counting['params']) =>
      unwrap(analyzeForLab(mobilenet, counting({ params: mode }))).params;
    expect(params('paper')).toBe(4_210_088);
    expect(params('no-bn')).toBe(4_210_088);
    expect(params('trainable')).toBe(4_231_976);
    expect(params('total')).toBe(4_253_864);
    const b0 = unwrap(buildModel('efficientnet-b0'));
    expect(unwrap(analyzeForLab(b0, counting({ params: 'paper' }))).params).toBe(5_288_548);
  });

  test('shares add up to 1 and BN counted raises the FLOPs, not the MACs', () => {
    const plain = unwrap(analyzeForLab(mobilenet, counting({ convention: 'flops' })));
    const bn = unwrap(
      analyzeForLab(
        mobilenet,
        counting({ convention: 'flops', extras: { ...NO_EXTRAS, batchNorm: true } }),
      ),
    );
    expect(plain.rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 12);
    expect(bn.totalCost).toBeGreaterThan(plain.totalCost);
    expect(bn.totalMacs).toBe(plain.totalMacs);
  });
});

describe('bytes, intensity and the roofline', () => {
  const phone = DEVICE_PRESETS.find((d) => d.id === 'phone-cpu');
  if (!phone) throw new Error('no phone preset');
  const lab = unwrap(analyzeForLab(mobilenet, DEFAULT_COUNTING));
  const rows = lab.rows.map((r) => r.row);
  const traffic = layerTraffic(rows, phone, { precision: 'fp32', fused: true });
  const byName = (name: string) => traffic.find((t) => t.name === name);

  test('conv_dw_1 moves 3,212,416 bytes for 3,612,672 MACs: 1.12 MACs per byte, memory-bound on a phone', () => {
    const dw = byName('conv_dw_1');
    expect(dw?.weightBytes).toBe(288 * 4);
    expect(dw?.activationBytes).toBe(112 * 112 * 32 * 2 * 4);
    expect(dw?.intensity).toBeCloseTo(3_612_672 / 3_212_416, 12);
    expect(dw?.bound).toBe('memory');
    expect(dw?.seconds).toBeCloseTo(3_212_416 / 15e9, 15);
  });

  test('conv_pw_1 does 5.3 MACs per byte, above the phone\u2019s ridge of 3.3: compute-bound', () => {
    const pw = byName('conv_pw_1');
    expect(pw?.bytes).toBe((2048 + 112 * 112 * 32 + 112 * 112 * 64) * 4);
    expect(ridgePoint(phone)).toBeCloseTo(50 / 15, 12);
    expect(pw?.bound).toBe('compute');
    expect(pw?.seconds).toBeCloseTo(25_690_112 / 50e9, 15);
  });

  test('fused BN and activations cost no time; unfused they read and write their tensor', () => {
    expect(byName('conv_dw_1_bn')?.seconds).toBe(0);
    const unfused = layerTraffic(rows, phone, { precision: 'fp32', fused: false });
    const bn = unfused.find((t) => t.name === 'conv_dw_1_bn');
    expect(bn?.bytes).toBe((4 * 32 + 2 * 112 * 112 * 32) * 4);
    expect(bn?.bound).toBe('memory');
  });

  test('depthwise layers take a larger share of the time than of the MACs', () => {
    const dw = timeShares(traffic).find((s) => s.category === 'Conv DW 3×3');
    expect(dw?.macsShare).toBeCloseTo(0.0306, 3);
    expect(dw?.timeShare).toBeGreaterThan(3 * (dw?.macsShare ?? 1));
  });

  fcTest.prop([
    fc.constantFrom('fp32' as const, 'fp16' as const, 'int8' as const),
    fc.double({ min: 1, max: 1e5, noNaN: true }),
    fc.double({ min: 1, max: 2000, noNaN: true }),
  ])(
    'each layer takes at least its compute time and its memory time, and bytes scale with the number format',
    (precision, peakGmacs, bandwidthGBs) => {
      const device = { peakGmacs, bandwidthGBs };
      const t = layerTraffic(rows, device, { precision, fused: true });
      const fp32 = layerTraffic(rows, device, { precision: 'fp32', fused: true });
      t.forEach((x, i) => {
        expect(x.seconds).toBeGreaterThanOrEqual(x.macs / (peakGmacs * 1e9) - 1e-18);
        expect(x.seconds).toBeGreaterThanOrEqual(x.bytes / (bandwidthGBs * 1e9) - 1e-18);
        expect(x.bytes * BYTES_PER_VALUE.fp32).toBe(
          (fp32[i]?.bytes ?? 0) * BYTES_PER_VALUE[precision],
        );
        expect(x.attainableGmacs).toBeLessThanOrEqual(peakGmacs);
      });
    },
  );
});

describe('explain the gap', () => {
  test('MobileNetV1: paper 4,210,088, torchvision-style 4,231,976, Keras 4,253,864 params; the same mult-adds; reasons for each', () => {
    const gap = explainGap(mobilenet, { id: 'mobilenet-v1', options: {} });
    expect(gap?.columns.map((c) => c.params)).toEqual([4_210_088, 4_231_976, 4_253_864]);
    expect(gap?.columns.map((c) => c.macs)).toEqual([568_740_352, 568_740_352, 568_740_352]);
    expect(gap?.columns[0]?.published?.source).toMatch(/Howard et al\. 2017/);
    const titles = gap?.reasons.map((r) => r.title) ?? [];
    expect(titles).toContain('BN γ and β counted or not');
    expect(titles).toContain('Running statistics');
    expect(gap?.reasons.find((r) => r.title === 'As printed: Paper')?.detail).toMatch(
      /printed 569 M, the engine counts 568,740,352: the difference is rounding/,
    );
  });

  test('EfficientNet-B2: torchvision evaluates at 288, Keras adds the 7 normalization values', () => {
    const b2 = unwrap(buildModel('efficientnet-b2'));
    const gap = explainGap(b2, { id: 'efficientnet-b2', options: {} });
    expect(gap?.columns.map((c) => c.resolution)).toEqual(['260 × 260', '288 × 288', '260 × 260']);
    expect(gap?.columns[1]?.macs).toBeGreaterThan(gap?.columns[0]?.macs ?? Infinity);
    expect(gap?.columns[1]?.published?.macs?.printed).toBe('1.09 G');
    expect(gap?.reasons.find((r) => r.title === 'Resolution')?.detail).toMatch(
      /288 × 288 instead of the paper’s 260 × 260/,
    );
    expect(gap?.reasons.find((r) => r.title === 'Running statistics')?.detail).toMatch(
      /input Normalization layer \(7 values/,
    );
    expect(gap?.reasons.find((r) => r.title === 'As printed: Paper')?.detail).toMatch(
      /params printed 9.2 M.*more than rounding explains/,
    );
  });

  test('a network of one\u2019s own: the same layers for all three, only the params differ', () => {
    const own = { ...mobilenet, id: 'custom', title: 'Mine' };
    const gap = explainGap(own, null);
    expect(new Set(gap?.columns.map((c) => c.macs)).size).toBe(1);
    expect(gap?.columns.every((c) => c.published === null)).toBe(true);
  });
});
