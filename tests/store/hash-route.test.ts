import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../src/store/hash-route';

describe('parseHash', () => {
  it('reads segments and query', () => {
    expect(parseHash('#/efficiency-example?N=256&DK=3')).toEqual({
      segments: ['efficiency-example'],
      query: { N: '256', DK: '3' },
    });
    expect(parseHash('#/presenter/mbconv')).toEqual({
      segments: ['presenter', 'mbconv'],
      query: {},
    });
  });

  it('reads an empty or odd hash without throwing', () => {
    expect(parseHash('')).toEqual({ segments: [], query: {} });
    expect(parseHash('#')).toEqual({ segments: [], query: {} });
    expect(parseHash('#/%E0%A4%A')).toEqual({ segments: ['%E0%A4%A'], query: {} });
  });

  it('round-trips', () => {
    const route = { segments: ['quiz'], query: { topic: 'separable-ratio', N: '256' } };
    expect(parseHash(formatHash(route))).toEqual(route);
  });
});
