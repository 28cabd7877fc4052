// EfficientNet against the paper (Tan & Le 2019) and the reference implementations.
import { describe, expect, test } from 'vitest';
import {
  EFFICIENTNET_TABLE2,
  EFFICIENTNET_VARIANTS,
  REFERENCE_IMPLEMENTATIONS,
  analyzeNetwork,
  efficientNet,
  efficientNetStages,
  formatShape,
  roundChannels,
  roundRepeats,
  stageSummary,
  unwrap,
} from '../../src/engine/index';
import { analyzeModel, expectGolden, expectRoundsTo, layerTable, withinRounding } from './helpers';

const b0 = analyzeModel('efficientnet-b0');

describe('EfficientNet-B0, exact', () => {
  test('5,288,548 params (BN γ/β counted) and 385.8 M MACs at 224', () => {
    expect(b0.totals.params).toBe(5_288_548);
    expect(b0.totals.macs).toBe(385_814_752);
    expect((b0.totals.macs / 1e6).toFixed(1)).toBe('385.8');
  });

  test('Keras EfficientNetB0: 5,330,571 = trainable + BN statistics + 7 normalization values', () => {
    const keras = analyzeModel(
      'efficientnet-b0',
      { inputNormalization: true },
      { preset: 'keras' },
    );
    expect(keras.reportedParams).toBe(5_330_571);
    expect(keras.totals.params).toBe(5_288_548);
    expect(keras.totals.buffers).toBe(42_016 + 7);
  });

  test('Table 1: 16 MBConv blocks, SE from the block input channels', () => {
    const se = b0.rows.filter((r) => r.kind === 'se');
    expect(se).toHaveLength(16);
    // stage 3 block 1: input 16 channels, expanded to 96; C_r = ⌊16/4⌋ = 4, acting on 96 channels
    const first = se[1];
    expect(first?.name).toBe('stage3.block1.se');
    expect(first?.split.weights).toBe(2 * 96 * 4);
    expect(first?.split.bias).toBe(4 + 96);
  });

  test('residual adds only where stride is 1 and channels match (9 of 16 blocks)', () => {
    expect(b0.rows.filter((r) => r.kind === 'add')).toHaveLength(9);
  });

  test('per-layer table (golden)', () => {
    expectGolden('efficientnet-b0-224.tsv', layerTable(b0));
  });

  test('stage table: Table 1 resolutions, channels and layers', () => {
    const rows = unwrap(efficientNetStages({ variant: 'b0' }));
    expect(rows.map((r) => [r.operator, r.resolution, r.channels, r.layers])).toEqual([
      ['Conv3x3', 224, 32, 1],
      ['MBConv1, k3x3', 112, 16, 1],
      ['MBConv6, k3x3', 112, 24, 2],
      ['MBConv6, k5x5', 56, 40, 2],
      ['MBConv6, k3x3', 28, 80, 3],
      ['MBConv6, k5x5', 14, 112, 3],
      ['MBConv6, k5x5', 14, 192, 4],
      ['MBConv6, k3x3', 7, 320, 1],
      ['Conv1x1 & Pooling & FC', 7, 1280, 1],
    ]);
  });

  test('per-stage totals add up, and stage inputs follow Table 1', () => {
    const stages = stageSummary(b0);
    expect(stages.map((s) => s.stage)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(stages.reduce((s, x) => s + x.totals.macs, 0)).toBe(b0.totals.macs);
    expect(stages.reduce((s, x) => s + x.totals.params, 0)).toBe(b0.totals.params);
    expect(stages.map((s) => formatShape(s.inputShape).split('×')[0])).toEqual([
      '224',
      '112',
      '112',
      '56',
      '28',
      '14',
      '14',
      '7',
      '7',
    ]);
  });
});

describe('scaling rules of the official code', () => {
  test('round_filters: multiples of 8, at least 8, never 10 % below', () => {
    expect(roundChannels(32, 1.1)).toBe(32);
    expect(roundChannels(40, 1.1)).toBe(48);
    expect(roundChannels(112, 1.1)).toBe(120);
    expect(roundChannels(192, 1.1)).toBe(208);
    expect(roundChannels(1280, 2)).toBe(2560);
    expect(roundChannels(16, 0.1)).toBe(8);
    expect(roundChannels(28, 1)).toBe(32); // 28 + 4 = 32 → 32
    expect(roundChannels(20, 1)).toBe(24); // ⌊24/8⌋·8 = 24
  });
  test('round_repeats: ⌈r·d⌉', () => {
    expect([1, 2, 2, 3, 3, 4, 1].map((r) => roundRepeats(r, 3.1))).toEqual([
      4, 7, 7, 10, 10, 13, 4,
    ]);
  });
  test('B2 scaled stage table (slide 19)', () => {
    const rows = unwrap(efficientNetStages({ variant: 'b2' }));
    expect(rows.map((r) => r.channels)).toEqual([32, 16, 24, 48, 88, 120, 208, 352, 1408]);
    expect(rows.map((r) => r.layers)).toEqual([1, 2, 3, 3, 4, 4, 5, 2, 1]);
    expect(rows.map((r) => r.resolution)).toEqual([260, 130, 130, 65, 33, 17, 17, 9, 9]);
  });
});

describe('EfficientNet Table 2, B0–B7 at the paper resolutions', () => {
  const variants = EFFICIENTNET_TABLE2.filter((f) => f.id.startsWith('efficientnet-'));
  const analyses = new Map(
    EFFICIENTNET_VARIANTS.map((v) => [`efficientnet-${v}`, analyzeModel(`efficientnet-${v}`)]),
  );
  // Investigated in published/efficientnet.ts: the engine agrees with torchvision to 3 digits.
  const flopsDiffer = new Set([
    'efficientnet-b1',
    'efficientnet-b4',
    'efficientnet-b5',
    'efficientnet-b7',
  ]);
  const paramsDiffer = new Set(['efficientnet-b2']);

  test('every variant is built at the paper resolution', () => {
    for (const f of variants) expect(analyses.get(f.id)?.input.spatial[0]).toBe(f.resolution);
  });

  test.each(variants.filter((f) => !paramsDiffer.has(f.id)))(
    '$model params $params.printed M',
    (f) => {
      expectRoundsTo(analyses.get(f.id)?.reportedParams ?? 0, f.params!, 'params');
    },
  );

  test.each(variants.filter((f) => !flopsDiffer.has(f.id)))(
    '$model FLOPs $macs.printed B (mult-adds)',
    (f) => {
      expectRoundsTo(analyses.get(f.id)?.totals.macs ?? 0, f.macs!, 'mult-adds');
    },
  );

  test.each(variants.filter((f) => flopsDiffer.has(f.id)))(
    '$model FLOPs: documented difference from $macs.printed B',
    (f) => {
      const macs = analyses.get(f.id)?.totals.macs ?? 0;
      expect(withinRounding(macs, f.macs!)).toBe(false);
      expect(Math.abs(macs / f.macs!.value - 1)).toBeLessThan(0.05);
      expect(f.note).toMatch(/torchvision/);
    },
  );

  test('B2 params: 9.11 M, the paper prints 9.2 M (documented)', () => {
    const f = variants.find((x) => x.id === 'efficientnet-b2');
    const params = analyses.get('efficientnet-b2')?.totals.params ?? 0;
    expect(params).toBe(9_109_994);
    expect(withinRounding(params, f!.params!)).toBe(false);
    expect(f?.note).toMatch(/9,109,994/);
  });
});

describe('torchvision: exact params and GFLOPS (MACs) at its evaluation resolutions', () => {
  test.each(REFERENCE_IMPLEMENTATIONS.filter((f) => f.id.startsWith('torchvision')))(
    '$model',
    (f) => {
      const a = analyzeModel(f.build!.model, f.build!.options, { preset: 'torchvision' });
      expect(a.reportedParams).toBe(f.params!.value);
      expectRoundsTo(a.totals.macs, f.macs!, 'GFLOPS (MACs)');
    },
  );
});

describe('compound scaling by φ', () => {
  test('φ = 0 is B0', () => {
    const a = unwrap(analyzeNetwork(unwrap(efficientNet({ phi: 0 }))));
    expect(a.totals.macs).toBe(b0.totals.macs);
    expect(a.totals.params).toBe(b0.totals.params);
  });
  test('φ = 1 uses d = 1.2, w = 1.1, r = round(224 · 1.15) = 258', () => {
    const net = unwrap(efficientNet({ phi: 1 }));
    expect(net.input.spatial).toEqual([258, 258]);
    const stages = unwrap(efficientNetStages({ phi: 1 }));
    expect(stages.map((s) => s.layers)).toEqual([1, 2, 3, 3, 4, 4, 5, 2, 1]);
  });
});
