// Every input is checked; invalid input gives a typed error a student understands.
import { describe, expect, test } from 'vitest';
import {
  analyzeNetwork,
  buildModel,
  compoundScaling,
  convOutputSize,
  denseCost,
  dotProduct,
  efficientNet,
  mobilenetV1,
  resnet,
  separableRatio,
  seCost,
  unwrap,
  type LayerSpec,
  type Network,
  type Result,
} from '../../src/engine/index';

function errorOf<T>(r: Result<T>) {
  expect(r.ok).toBe(false);
  return r.ok ? undefined : r.error;
}

const net = (layers: LayerSpec[], spatial = [8, 8], channels = 4): Network => ({
  id: 't',
  title: 't',
  input: { spatial, channels },
  layers,
});

describe('counts are positive integers and numbers are finite', () => {
  test('kernel 2.5', () => {
    expect(errorOf(convOutputSize({ size: 8, kernel: 2.5 }))).toEqual({
      code: 'not-positive-integer',
      field: 'conv.kernel',
      message: 'Kernel size D_K must be a whole number from 1 up; got 2.5.',
    });
  });
  test.each([0, -3, 1.5])('dot product of n = %s', (n) => {
    expect(errorOf(dotProduct(n))?.message).toBe(
      `Number of elements n must be a whole number from 1 up; got ${n}.`,
    );
  });
  test('NaN and Infinity', () => {
    expect(errorOf(denseCost({ inputs: Number.NaN, outputs: 3 }))).toMatchObject({
      code: 'not-a-number',
      field: 'inputs',
    });
    expect(errorOf(denseCost({ inputs: 3, outputs: Infinity }))).toMatchObject({
      code: 'not-finite',
      field: 'outputs',
    });
  });
  test('counts beyond 2^53 are refused, not rounded', () => {
    expect(errorOf(dotProduct(2 ** 53 + 2))?.code).toBe('unsafe-integer');
  });
  test('network options', () => {
    expect(errorOf(mobilenetV1({ resolution: 0 }))?.field).toBe('resolution');
    expect(errorOf(mobilenetV1({ classes: 2.5 }))?.message).toBe(
      'Number of classes must be a whole number from 1 up; got 2.5.',
    );
    expect(errorOf(mobilenetV1({ width: 0.01 }))?.message).toMatch(/at least 1\/32/);
    expect(errorOf(resnet({ depth: 20 as 18 }))?.code).toBe('unknown-model');
    expect(errorOf(efficientNet({ phi: -1 }))?.field).toBe('phi');
    expect(errorOf(buildModel('resnet-20'))?.message).toMatch(
      /^Model must be one of mobilenet-v1, /,
    );
    expect(errorOf(compoundScaling({ phi: Number.NaN }))?.code).toBe('not-a-number');
    expect(errorOf(separableRatio({ kernel: 3, outChannels: 0 }))?.field).toBe('outChannels');
    expect(errorOf(seCost({ channels: 64 }))?.message).toMatch(/reduction ratio r/);
  });
});

describe('shapes fit', () => {
  test('the kernel fits the padded input', () => {
    const e = errorOf(
      analyzeNetwork(net([{ kind: 'conv', name: 'c', out: 4, kernel: 5, padding: 0 }], [4, 4])),
    );
    expect(e?.code).toBe('kernel-too-large');
    expect(e?.field).toBe('layers[0].kernel');
    expect(e?.message).toBe(
      'The kernel does not fit: it spans 5 positions (D_K = 5) but the padded input is only 4 (D_F = 4 + padding 0) along H. Use a kernel of at most 4, more padding or a larger input.',
    );
    // with padding it fits
    expect(
      analyzeNetwork(net([{ kind: 'conv', name: 'c', out: 4, kernel: 5, padding: 1 }], [4, 4])).ok,
    ).toBe(true);
  });
  test('groups divide both channel counts', () => {
    const e = errorOf(
      analyzeNetwork(net([{ kind: 'conv', name: 'c', out: 6, kernel: 3, groups: 4 }])),
    );
    expect(e).toEqual({
      code: 'groups-mismatch',
      field: 'layers[0].groups',
      message:
        'Groups g must divide both the input channels M = 4 and the output channels N = 6; got g = 4.',
    });
  });
  test('a residual add needs equal shapes', () => {
    const e = errorOf(
      analyzeNetwork(
        net([
          { kind: 'residual', name: 'r', body: [{ kind: 'conv', name: 'c', out: 8, kernel: 3 }] },
        ]),
      ),
    );
    expect(e?.code).toBe('shape-mismatch');
    expect(e?.message).toBe(
      'Residual block r: the body gives 8×8×8 but the shortcut gives 8×8×4; an add needs equal shapes (use a projection shortcut).',
    );
  });
  test('per-dimension lists must match the input dimensions; conv needs a feature map', () => {
    expect(
      errorOf(analyzeNetwork(net([{ kind: 'conv', name: 'c', out: 4, kernel: [3, 3, 3] }])))
        ?.message,
    ).toBe('Kernel size D_K needs one number per spatial dimension (2); got 3.');
    expect(
      errorOf(
        analyzeNetwork(
          net([
            { kind: 'dense', name: 'd', out: 3 },
            { kind: 'conv', name: 'c', out: 4, kernel: 1 },
          ]),
        ),
      )?.code,
    ).toBe('shape-mismatch');
  });
  test('nested fields are named by path', () => {
    const e = errorOf(
      analyzeNetwork(
        net([
          {
            kind: 'residual',
            name: 'r',
            body: [{ kind: 'conv', name: 'c', out: 4, kernel: 3, stride: 0 }],
          },
        ]),
      ),
    );
    expect(e?.field).toBe('layers[0].body[0].stride');
    expect(e?.message).toBe('Stride s must be a whole number from 1 up; got 0.');
  });
  test('input shape', () => {
    expect(errorOf(analyzeNetwork(net([], [0, 8])))?.field).toBe('input.spatial[0]');
    expect(errorOf(analyzeNetwork(net([], [8, 8], 1.5)))?.message).toBe(
      'Input channels must be a whole number from 1 up; got 1.5.',
    );
  });
});

describe('results beyond 2^53 are flagged', () => {
  test('a warning names the inexact total', () => {
    const huge = net([{ kind: 'dense', name: 'd', out: 2 ** 30 }], [], 2 ** 30);
    const a = unwrap(analyzeNetwork(huge));
    expect(a.totals.macs).toBeGreaterThan(Number.MAX_SAFE_INTEGER);
    expect(a.warnings.map((w) => w.field)).toContain('totals.macs');
    expect(a.warnings[0]?.message).toMatch(/beyond 2\^53/);
    expect(unwrap(analyzeNetwork(unwrap(mobilenetV1()))).warnings).toEqual([]);
  });
});
