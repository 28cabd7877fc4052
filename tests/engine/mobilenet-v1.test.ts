// MobileNetV1 against the paper (Howard et al. 2017): exact totals, Table 1 shapes, Tables 2–9.
import { describe, expect, test } from 'vitest';
import {
  MOBILENET_MISPRINTS,
  MOBILENET_V1_FIGURES,
  MOBILENET_V1_TABLE2,
  analyzeNetwork,
  categoryShares,
  formatShape,
  mobilenetV1,
  separableConvCost,
  unwrap,
  type PublishedFigure,
} from '../../src/engine/index';
import { analyzeModel, expectGolden, expectRoundsTo, layerTable, withinRounding } from './helpers';

const paper = analyzeModel('mobilenet-v1');
const figure = (id: string): PublishedFigure => {
  const f = MOBILENET_V1_FIGURES.find((x) => x.id === id);
  if (f === undefined) throw new Error(`no figure ${id}`);
  return f;
};

describe('MobileNetV1 1.0-224, exact', () => {
  test('568,740,352 mult-adds and 4,210,088 params (conv + FC, no BN)', () => {
    expect(paper.totals.macs).toBe(568_740_352);
    expect(paper.totals.params - paper.totals.batchNormParams).toBe(4_210_088);
    expect(paper.reportedParams).toBe(4_210_088);
  });

  test('4,231,976 with BN γ/β; Keras: total 4,253,864, non-trainable 21,888', () => {
    expect(paper.totals.params).toBe(4_231_976);
    expect(paper.totals.buffers).toBe(21_888);
    const keras = analyzeModel('mobilenet-v1', {}, { preset: 'keras' });
    expect(keras.reportedParams).toBe(4_253_864);
    expect(analyzeModel('mobilenet-v1', {}, { preset: 'torchvision' }).reportedParams).toBe(
      4_231_976,
    );
  });

  test('"28 layers": conv1, 13 depthwise, 13 pointwise and the FC', () => {
    const weighted = paper.rows.filter((r) => r.kind === 'conv' || r.kind === 'dense');
    expect(weighted).toHaveLength(28);
    expect(weighted.filter((r) => r.type === 'depthwise')).toHaveLength(13);
    expect(weighted.filter((r) => r.type === 'pointwise')).toHaveLength(13);
  });

  test('Table 1 input sizes, with the 7×7 depthwise layer at stride 1', () => {
    const inputs = paper.rows
      .filter((r) => r.kind === 'conv')
      .map((r) => formatShape(r.inputShape));
    expect(inputs).toEqual([
      '224×224×3',
      '112×112×32',
      '112×112×32',
      '112×112×64',
      '56×56×64',
      '56×56×128',
      '56×56×128',
      '56×56×128',
      '28×28×128',
      '28×28×256',
      '28×28×256',
      '28×28×256',
      '14×14×256',
      ...Array<string>(10).fill('14×14×512'),
      '14×14×512',
      '7×7×512',
      '7×7×1024',
      '7×7×1024',
    ]);
    const lastDw = paper.rows.filter((r) => r.type === 'depthwise').at(-1);
    expect(lastDw && formatShape(lastDw.outputShape)).toBe('7×7×1024');
  });

  test('per-layer table (golden)', () => {
    expectGolden('mobilenet-v1-1.0-224.tsv', layerTable(paper));
  });
});

describe('MobileNet Table 2: shares by layer type', () => {
  const shares = categoryShares(paper, { biases: false });
  const share = (category: string) => shares.find((s) => s.category === category);

  test.each(MOBILENET_V1_TABLE2.filter((r) => r.category !== 'Conv 3×3'))(
    '$category as printed (params without the FC bias)',
    (row) => {
      const s = share(row.category);
      expect(s).toBeDefined();
      expect((s?.macsShare ?? 0) * 100).toBeCloseTo(row.macsPercent, 2);
      expect((s?.paramsShare ?? 0) * 100).toBeCloseTo(row.paramsPercent, 2);
    },
  );

  test('Conv 3×3 mult-adds are 1.91 %, misprinted as 1.19 %; its params 0.02 % as printed', () => {
    const s = share('Conv 3×3');
    expect((s?.macsShare ?? 0) * 100).toBeCloseTo(1.91, 2);
    expect((s?.paramsShare ?? 0) * 100).toBeCloseTo(0.02, 2);
    expect(MOBILENET_MISPRINTS.map((m) => m.correct)).toContain('1.91 %');
  });

  test('with the FC bias the params shares move by 0.02 points (why the biases option exists)', () => {
    const withBias = categoryShares(paper);
    const fc = withBias.find((s) => s.category === 'Fully connected');
    expect((fc?.paramsShare ?? 0) * 100).toBeCloseTo(24.35, 2);
  });
});

describe('MobileNet Table 3: one 14×14×512 layer, 3×3×512×512', () => {
  const sep = unwrap(separableConvCost({ kernel: 3, inChannels: 512, outChannels: 512, size: 14 }));
  const narrow = unwrap(
    separableConvCost({ kernel: 3, inChannels: 384, outChannels: 384, size: 14 }),
  );
  const low = unwrap(
    separableConvCost({
      kernel: 3,
      inChannels: 384,
      outChannels: 384,
      size: Math.round(14 * 0.714),
    }),
  );

  test('convolution 462 M / 2.36 M', () => {
    expectRoundsTo(sep.standardMacs, figure('t3-conv').macs!, 'mult-adds');
    expectRoundsTo(sep.standardParams, figure('t3-conv').params!, 'params');
    expect(sep.standardMacs).toBe(462_422_016);
  });
  test('depthwise separable 52.3 M / 0.27 M', () => {
    expectRoundsTo(sep.macs, figure('t3-separable').macs!, 'mult-adds');
    expectRoundsTo(sep.params, figure('t3-separable').params!, 'params');
  });
  test('α = 0.75: 29.6 M / 0.15 M', () => {
    expectRoundsTo(narrow.macs, figure('t3-alpha').macs!, 'mult-adds');
    expectRoundsTo(narrow.params, figure('t3-alpha').params!, 'params');
  });
  test('ρ = 0.714 (10×10): 15.1 M / 0.15 M', () => {
    expectRoundsTo(low.macs, figure('t3-rho').macs!, 'mult-adds');
    expectRoundsTo(low.params, figure('t3-rho').params!, 'params');
  });
});

describe('MobileNet Tables 4–7 and 9 as printed', () => {
  const built = MOBILENET_V1_FIGURES.filter(
    (f) => f.build?.model === 'mobilenet-v1' && f.id !== 't4-conv-mobilenet',
  );
  const truncated = new Set(['t7-160', 't9-050-160']);

  test.each(built.filter((f) => !truncated.has(f.id)))('$source $model', (f) => {
    const a = analyzeModel('mobilenet-v1', f.build?.options);
    expectRoundsTo(a.totals.macs, f.macs!, 'mult-adds');
    expectRoundsTo(a.reportedParams, f.params!, 'params (no BN)');
  });

  test.each(built.filter((f) => truncated.has(f.id)))(
    '$source $model: the print truncates',
    (f) => {
      const a = analyzeModel('mobilenet-v1', f.build?.options);
      expect(withinRounding(a.totals.macs, f.macs!)).toBe(false);
      expect(Math.floor(a.totals.macs / 1e6)).toBe(f.macs!.value / 1e6);
      expectRoundsTo(a.reportedParams, f.params!, 'params (no BN)');
      expect(f.note).toMatch(/truncat/);
    },
  );

  test('Table 4 Conv MobileNet: 29.3 M params; 4866 M matches without the FC', () => {
    const full = unwrap(analyzeNetwork(unwrap(mobilenetV1({ variant: 'full' }))));
    const f = figure('t4-conv-mobilenet');
    expectRoundsTo(full.reportedParams, f.params!, 'params');
    expect(full.totals.macs).toBe(4_867_293_184);
    expectRoundsTo(full.totals.macs - 1_024_000, f.macs!, 'mult-adds without FC');
    expect(withinRounding(full.totals.macs, f.macs!)).toBe(false);
    // The figure says how to build it: the registry builds the full-conv net from it.
    expect(analyzeModel('mobilenet-v1', f.build?.options).totals.macs).toBe(4_867_293_184);
  });

  test('Table 5 Shallow MobileNet: 307 M / 2.9 M', () => {
    const shallow = unwrap(analyzeNetwork(unwrap(mobilenetV1({ variant: 'shallow' }))));
    const f = figure('t5-shallow');
    expectRoundsTo(shallow.totals.macs, f.macs!, 'mult-adds');
    expectRoundsTo(shallow.reportedParams, f.params!, 'params');
    expect(analyzeModel('mobilenet-v1', f.build?.options).totals.macs).toBe(shallow.totals.macs);
    expect(shallow.totals.macs).toBeLessThan(analyzeModel('mobilenet-v1').totals.macs);
  });

  test('Table 8 VGG 16: 138 M params; 15300 M mult-adds are the convs alone', () => {
    const vgg = analyzeModel('vgg-16');
    const f = figure('t8-vgg16');
    expectRoundsTo(vgg.totals.params, f.params!, 'params');
    const convs = vgg.rows.filter((r) => r.kind === 'conv').reduce((s, r) => s + r.macs, 0);
    expectRoundsTo(convs, f.macs!, 'conv mult-adds');
    expect(withinRounding(vgg.totals.macs, f.macs!)).toBe(false);
  });
});
