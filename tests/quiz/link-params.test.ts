// Quiz links: seeds, topics and their parameters; bad values become the nearest valid ones, with a notice.
import { describe, expect, test } from 'vitest';
import { readQuizLink, readSeed, readTopicParams } from '../../src/quiz/link-params';
import { questionFor } from '../../src/quiz/question-set';

describe('readQuizLink', () => {
  test('no query is adaptive practice', () => {
    expect(readQuizLink({})).toEqual({ mode: 'practice', notices: [] });
  });
  test('?seed=7 is class quiz 7', () => {
    expect(readQuizLink({ seed: '7' })).toEqual({ mode: 'seeded', seed: 7, notices: [] });
  });
  test('the lecture’s example link gives its question', () => {
    const link = readQuizLink({ topic: 'separable-ratio', N: '256', DK: '3' });
    expect(link).toMatchObject({
      mode: 'topic',
      topic: 'separable-ratio',
      params: { N: 256, DK: 3, ask: 'ratio' },
      notices: [],
    });
    if (link.mode !== 'topic') return;
    expect(questionFor(link.topic, link.params).answer).toBeCloseTo(1 / 256 + 1 / 9, 12);
  });
  test('an unknown topic falls back to practice with a notice', () => {
    const link = readQuizLink({ topic: 'nope' });
    expect(link.mode).toBe('practice');
    expect(link.notices[0]).toContain('no quiz topic “nope”');
  });
  test('slide parameters the topic does not use are ignored silently', () => {
    const link = readQuizLink({
      topic: 'separable-ratio',
      N: '128',
      DK: '5',
      M: '32',
      DF: '14',
      alpha: '0.5',
    });
    expect(link).toMatchObject({ params: { N: 128, DK: 5 }, notices: [] });
  });
});

describe('seeds', () => {
  test.each([
    ['0', 0, false],
    ['4294967295', 4294967295, false],
    ['12.7', 13, true],
    ['-5', 0, true],
    ['99999999999', 4294967295, true],
    ['abc', 1, true],
    ['', 1, true],
  ])('%s → %d', (raw, seed, noticed) => {
    const read = readSeed(raw);
    expect(read.seed).toBe(seed);
    expect(read.notice !== undefined).toBe(noticed);
  });
});

describe('topic parameters', () => {
  test('out-of-range numbers are clamped with a notice', () => {
    const { params, notices } = readTopicParams('standard-conv', {
      DK: '99',
      M: '0',
      N: '64',
      DF: '56',
    });
    expect(params).toEqual({ DK: 11, M: 1, N: 64, DF: 56 });
    expect(notices).toHaveLength(2);
    expect(notices[0]).toContain('allowed from 1 to 11');
  });
  test('text where a number belongs takes the default with a notice', () => {
    const { params, notices } = readTopicParams('dot-product', { n: 'lots' });
    expect(params).toEqual({ n: 3 });
    expect(notices[0]).toContain('“lots” is not a number');
  });
  test('whole numbers are rounded', () => {
    expect(readTopicParams('dot-product', { n: '9.6' }).params).toEqual({ n: 10 });
  });
  test('choices accept yes/no spellings and refuse others', () => {
    expect(readTopicParams('dense-flops', { n: '3', m: '4', bias: 'on' }).params.bias).toBe('1');
    expect(readTopicParams('dense-flops', { n: '3', m: '4', bias: 'false' }).params.bias).toBe('0');
    const odd = readTopicParams('separable-ratio', { ask: 'both' });
    expect(odd.params.ask).toBe('ratio');
    expect(odd.notices[0]).toContain('not one of ratio, speedup');
  });
  test('ρ in a link becomes the resolution 224ρ', () => {
    expect(readTopicParams('resolution-multiplier', { rho: '0.714' }).params.res).toBe(160);
    expect(readTopicParams('resolution-multiplier', { res: '192', rho: '0.5' }).params.res).toBe(
      192,
    );
  });
  test('inconsistent values show the default question with a notice', () => {
    const { params, notices } = readTopicParams('conv-output-size', {
      DF: '2',
      DK: '11',
      s: '1',
      p: '0',
    });
    expect(params).toEqual({ DF: 224, DK: 3, s: 2, p: 1 });
    expect(notices[0]).toContain('must fit');
  });
  test('a long bad value is shortened in the notice', () => {
    const { notices } = readTopicParams('dot-product', { n: 'x'.repeat(200) });
    expect(notices[0]!.length).toBeLessThan(120);
  });
});
