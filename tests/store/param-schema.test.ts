import { describe, expect, it } from 'vitest';
import {
  checkParam,
  formatParams,
  nearestValid,
  parseParams,
  type ParamSpec,
} from '../../src/store/param-schema';

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
