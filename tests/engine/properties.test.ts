// Properties over valid inputs (fast-check): the lecture's identities hold for every setting.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  analyzeNetwork,
  derivationToTex,
  efficientNet,
  evaluate,
  mobilenetV1,
  separableConvCost,
  separableRatio,
  unwrap,
  type ConvSpec,
  type LayerRow,
} from '../../src/engine/index';

const dim = fc.integer({ min: 1, max: 64 });
const kernel = fc.integer({ min: 1, max: 7 });

/** Analyses one layer on a D_F × D_F × M input. */
function one(
  spec: ConvSpec,
  size: number,
  channels: number,
  convention: 'macs' | 'flops' | '2macs' = 'macs',
): LayerRow {
  const a = unwrap(
    analyzeNetwork(
      { id: 't', title: 't', input: { spatial: [size, size], channels }, layers: [spec] },
      { convention },
    ),
  );
  return a.rows[0] as LayerRow;
}

describe('depthwise separable', () => {
  test.prop([kernel, dim, dim, dim])(
    'separable / standard = 1/N + 1/D_K² exactly',
    (k, m, n, size) => {
      const s = unwrap(separableConvCost({ kernel: k, inChannels: m, outChannels: n, size }));
      // sep/std = (D_K² + N)/(N·D_K²)  ⇔  sep · N · D_K² = std · (D_K² + N), in exact integers
      expect(s.macs * n * k * k).toBe(s.standardMacs * (k * k + n));
      const r = unwrap(separableRatio({ kernel: k, outChannels: n }));
      expect(r.numerator * s.standardMacs).toBe(s.macs * r.denominator);
      expect(r.value).toBeCloseTo(s.macs / s.standardMacs, 12);
    },
  );

  test.prop([kernel, dim, dim, dim])(
    'the network rows agree: dw + pw over standard',
    (k, m, n, size) => {
      const dw = one({ kind: 'conv', name: 'dw', out: m, kernel: k, groups: 'depthwise' }, size, m);
      const pw = one({ kind: 'conv', name: 'pw', out: n, kernel: 1 }, size, m);
      const std = one({ kind: 'conv', name: 'std', out: n, kernel: k }, size, m);
      expect((dw.macs + pw.macs) * n * k * k).toBe(std.macs * (k * k + n));
    },
  );
});

describe('settings of the one convolution', () => {
  test.prop([dim, dim, dim, fc.integer({ min: 1, max: 3 })])(
    'pointwise = conv with k = 1',
    (m, n, size, stride) => {
      const pw = one({ kind: 'conv', name: 'a', out: n, kernel: 1, stride }, size, m);
      expect(pw.type).toBe('pointwise');
      const out = Math.ceil(size / stride);
      expect(pw.macs).toBe(m * n * out * out);
      expect(pw.params).toBe(m * n);
    },
  );

  test.prop([kernel, dim, dim, fc.integer({ min: 1, max: 3 })])(
    'depthwise = conv with groups = channels',
    (k, c, size, stride) => {
      const a = one(
        { kind: 'conv', name: 'a', out: c, kernel: k, stride, groups: 'depthwise' },
        size,
        c,
      );
      const b = one({ kind: 'conv', name: 'b', out: c, kernel: k, stride, groups: c }, size, c);
      expect(a.macs).toBe(b.macs);
      expect(a.params).toBe(k * k * c);
      const out = Math.ceil(size / stride);
      expect(a.macs).toBe(k * k * c * out * out);
    },
  );

  test.prop([
    kernel,
    fc.integer({ min: 1, max: 8 }),
    fc.integer({ min: 1, max: 8 }),
    fc.integer({ min: 1, max: 8 }),
    dim,
  ])('grouped conv: D_K²·(M/g)·N·D_G²', (k, g, mg, ng, size) => {
    const r = one({ kind: 'conv', name: 'g', out: g * ng, kernel: k, groups: g }, size, g * mg);
    expect(r.macs).toBe(k * k * mg * g * ng * size * size);
  });

  test.prop([kernel, dim, dim, dim, fc.boolean()])(
    'FLOPs conventions: lecture = 2·MACs − outputs (+ outputs with bias)',
    (k, m, n, size, bias) => {
      const spec: ConvSpec = { kind: 'conv', name: 'c', out: n, kernel: k, bias };
      const macs = one(spec, size, m, 'macs');
      const flops = one(spec, size, m, 'flops');
      const two = one(spec, size, m, '2macs');
      const outputs = n * size * size;
      expect(flops.flops).toBe(2 * macs.macs - outputs + (bias ? outputs : 0));
      expect(two.flops).toBe(2 * macs.macs);
      expect(macs.flops).toBe(macs.macs);
    },
  );
});

describe('every derivation evaluates to its number', () => {
  test.prop(
    [
      fc.constantFrom('macs' as const, 'flops' as const, '2macs' as const),
      fc.record({
        batchNorm: fc.boolean(),
        activations: fc.boolean(),
        pooling: fc.boolean(),
        seScale: fc.boolean(),
        residual: fc.boolean(),
      }),
    ],
    { numRuns: 12 },
  )('EfficientNet-B0 and MobileNetV1 rows', (convention, extras) => {
    for (const net of [
      unwrap(efficientNet({ variant: 'b0' })),
      unwrap(mobilenetV1({ width: 0.5 })),
    ]) {
      const a = unwrap(analyzeNetwork(net, { convention, extras }));
      for (const r of a.rows) {
        expect(evaluate(r.derivation.general, r.derivation.bindings), `${r.name} cost`).toBe(
          r.flops,
        );
        expect(r.derivation.result).toBe(r.flops);
        expect(
          evaluate(r.paramsDerivation.general, r.paramsDerivation.bindings),
          `${r.name} params`,
        ).toBe(r.kind === 'normalize' ? r.split.buffers : r.params);
      }
      expect(derivationToTex(a.rows[0]!.derivation)).toMatch(/D_K/);
    }
  });
});

describe('cost is non-decreasing in width and resolution', () => {
  test.prop([
    fc.integer({ min: 4, max: 300 }),
    fc.integer({ min: 0, max: 100 }),
    fc.integer({ min: 32, max: 320 }),
  ])('MobileNetV1: α and resolution', (w, dw, res) => {
    const a = w / 100;
    const b = (w + dw) / 100;
    const small = unwrap(analyzeNetwork(unwrap(mobilenetV1({ width: a, resolution: res }))));
    const wide = unwrap(analyzeNetwork(unwrap(mobilenetV1({ width: b, resolution: res }))));
    const large = unwrap(analyzeNetwork(unwrap(mobilenetV1({ width: a, resolution: res + 1 }))));
    expect(wide.totals.macs).toBeGreaterThanOrEqual(small.totals.macs);
    expect(wide.totals.params).toBeGreaterThanOrEqual(small.totals.params);
    expect(large.totals.macs).toBeGreaterThanOrEqual(small.totals.macs);
  });

  test.prop(
    [
      fc.integer({ min: 50, max: 300 }),
      fc.integer({ min: 0, max: 50 }),
      fc.integer({ min: 64, max: 400 }),
      fc.integer({ min: 100, max: 300 }),
    ],
    { numRuns: 30 },
  )('EfficientNet: width and resolution', (w, dw, res, d) => {
    const base = { width: w / 100, depth: d / 100, resolution: res };
    const small = unwrap(analyzeNetwork(unwrap(efficientNet(base))));
    const wide = unwrap(analyzeNetwork(unwrap(efficientNet({ ...base, width: (w + dw) / 100 }))));
    const large = unwrap(analyzeNetwork(unwrap(efficientNet({ ...base, resolution: res + 1 }))));
    expect(wide.totals.macs).toBeGreaterThanOrEqual(small.totals.macs);
    expect(large.totals.macs).toBeGreaterThanOrEqual(small.totals.macs);
  });
});
