import { describe, expect, it } from 'vitest';
import {
  checkParam,
  formatParams,
  nearestValid,
  parseParams,
  sliderMin,
  type NumberParam,
  type ParamSpec,
} from '../../src/store/param-schema';
import { MOBILENET_V1_MIN_WIDTH, mobilenetV1 } from '../../src/engine/index';
import { meta as architecture } from '../../src/lessons/slides/14-mobilenet-architecture.meta';
import { meta as widthMultiplier } from '../../src/lessons/slides/15-width-multiplier.meta';

const N: ParamSpec = {
  key: 'N',
  symbol: 'N',
  label: 'output channels',
  kind: 'int',
  min: 1,
  max: 2048,
  step: 1,
  default: 256,
};
const alpha: ParamSpec = {
  key: 'alpha',
  symbol: '\\alpha',
  label: 'width multiplier',
  kind: 'float',
  min: 0,
  minExclusive: true,
  max: 1,
  step: 0.05,
  default: 1,
};
const model: ParamSpec = {
  key: 'model',
  symbol: '\\text{model}',
  label: 'EfficientNet variant',
  kind: 'choice',
  options: [
    { value: 'b0', label: 'B0' },
    { value: 'b1', label: 'B1' },
  ],
  default: 'b0',
};

describe('checkParam', () => {
  it('accepts values inside the range', () => {
    expect(checkParam(N, '512')).toEqual({ ok: true, value: 512 });
    expect(checkParam(alpha, ' 0.75 ')).toEqual({ ok: true, value: 0.75 });
    expect(checkParam(model, 'B1')).toEqual({ ok: true, value: 'b1' });
  });

  it('says what is wrong and what is allowed', () => {
    const fraction = checkParam(N, '2.5');
    expect(fraction.ok).toBe(false);
    expect(!fraction.ok && fraction.message).toMatch(/whole number from 1 to 2048; got 2.5/);
    const word = checkParam(N, 'lots');
    expect(!word.ok && word.message).toMatch(/"lots" is not a number/);
    const empty = checkParam(N, '');
    expect(!empty.ok && empty.message).toMatch(/is empty/);
  });

  it('excludes the minimum when the range is open there', () => {
    expect(checkParam(alpha, '0').ok).toBe(false);
    expect(checkParam(alpha, '1').ok).toBe(true);
    expect(checkParam(alpha, '1.01').ok).toBe(false);
  });
});

describe('nearestValid', () => {
  it('clamps and rounds into the range', () => {
    expect(nearestValid(N, '9999')).toBe(2048);
    expect(nearestValid(N, '-3')).toBe(1);
    expect(nearestValid(N, '3.6')).toBe(4);
    expect(nearestValid(N, 'abc')).toBe(256);
    expect(nearestValid(alpha, '0')).toBe(0.05);
    expect(nearestValid(model, 'b9')).toBe('b0');
  });
});

describe('parseParams and formatParams', () => {
  it('keeps defaults where the link is silent and reports bad values', () => {
    const parsed = parseParams([N, alpha], { N: '4096', alpha: '0.5', zzz: '1' });
    expect(parsed.values).toEqual({ N: 2048, alpha: 0.5 });
    expect(parsed.notices).toHaveLength(2);
    expect(parsed.notices[0]).toMatch(/Showing N = 2048 instead/);
    expect(parsed.notices[1]).toMatch(/no parameter "zzz"/);
  });

  it('writes only values that differ from the defaults', () => {
    expect(formatParams([N, alpha, model], { N: 256, alpha: 0.5, model: 'b1' })).toEqual({
      alpha: '0.5',
      model: 'b1',
    });
  });

  it('round-trips through a link', () => {
    const values = { N: 512, alpha: 0.25, model: 'b1' };
    expect(parseParams([N, alpha, model], formatParams([N, alpha, model], values)).values).toEqual(
      values,
    );
  });
});

describe('a lowest value the engine can build', () => {
  const fine: NumberParam = {
    ...(alpha as NumberParam),
    step: 0.01,
    lowest: { value: 1 / 32, reason: 'MobileNet’s first layer keeps ⌊32α⌋ ≥ 1 channel' },
  };

  it('is checked at the field with its reason, and links fall back to it', () => {
    const low = checkParam(fine, '0.01');
    expect(low).toEqual({
      ok: false,
      message:
        'alpha (width multiplier) must be at least 0.03125: MobileNet’s first layer keeps ⌊32α⌋ ≥ 1 channel; got 0.01.',
    });
    expect(checkParam(fine, '0.04')).toEqual({ ok: true, value: 0.04 });
    expect(nearestValid(fine, '0.01')).toBe(0.03125);
    expect(nearestValid(fine, '-1')).toBe(0.03125);
  });

  it('starts the slider at the first round stop at or above it', () => {
    expect(sliderMin(fine)).toBe(0.04);
    expect(sliderMin({ ...fine, step: 0.05 })).toBe(0.05);
    expect(sliderMin(alpha as NumberParam)).toBe(0.05);
    expect(sliderMin(N as NumberParam)).toBe(1);
  });

  it('is the engine’s limit on slides 14 and 15', () => {
    for (const meta of [architecture, widthMultiplier]) {
      const spec = meta.params.find((p) => p.key === 'alpha') as NumberParam;
      expect(spec.lowest?.value).toBe(MOBILENET_V1_MIN_WIDTH);
      expect(mobilenetV1({ width: MOBILENET_V1_MIN_WIDTH }).ok).toBe(true);
      expect(mobilenetV1({ width: MOBILENET_V1_MIN_WIDTH - 1e-9 }).ok).toBe(false);
      expect(checkParam(spec, String(MOBILENET_V1_MIN_WIDTH - 0.001)).ok).toBe(false);
      expect(sliderMin(spec)).toBeGreaterThanOrEqual(MOBILENET_V1_MIN_WIDTH);
    }
  });
});
