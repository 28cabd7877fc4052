// The answer parser: every accepted form, odd spacing and symbols people paste, and junk.
import { describe, expect, test } from 'vitest';
import { parseAnswer, UNREADABLE_MESSAGE, type AnswerForm } from '../../src/quiz/answer-parser';

const accepted: [string, number, AnswerForm][] = [
  ['568740352', 568740352, 'number'],
  ['568,740,352', 568740352, 'grouped'],
  ['568 740 352', 568740352, 'grouped'],
  ['568\u202f740\u202f352', 568740352, 'grouped'],
  ["568'740'352", 568740352, 'grouped'],
  ['1,234.5', 1234.5, 'grouped'],
  ['5.687e8', 5.687e8, 'scientific'],
  ['5.687E+8', 5.687e8, 'scientific'],
  ['5.687 × 10^8', 5.687e8, 'scientific'],
  ['5.687*10^(8)', 5.687e8, 'scientific'],
  ['10^8', 1e8, 'scientific'],
  ['1.15e-1', 0.115, 'scientific'],
  ['568.7M', 568.7e6, 'suffix'],
  ['568.7 m', 568.7e6, 'suffix'],
  ['0.569 G', 0.569e9, 'suffix'],
  ['0.39 B', 0.39e9, 'suffix'],
  ['4.2 million', 4.2e6, 'suffix'],
  ['10.8k', 10800, 'suffix'],
  ['1/256 + 1/9', 1 / 256 + 1 / 9, 'sum'],
  ['1/256+1/9', 1 / 256 + 1 / 9, 'sum'],
  ['0.0039 + 0.1111', 0.115, 'sum'],
  ['1/8.7', 1 / 8.7, 'fraction'],
  ['265/2304', 265 / 2304, 'fraction'],
  ['11.5%', 0.115, 'percent'],
  ['11.5 %', 0.115, 'percent'],
  ['8.7x', 8.7, 'factor'],
  ['8.7 ×', 8.7, 'factor'],
  ['x8.7', 8.7, 'factor'],
  ['8.7 times', 8.7, 'factor'],
  ['2304/265 x', 2304 / 265, 'factor'],
  ['0.115', 0.115, 'number'],
  ['.115', 0.115, 'number'],
  ['0,115', 0.115, 'number'],
  ['1,5', 1.5, 'number'],
  ['56', 56, 'number'],
  ['≈ 0.115', 0.115, 'number'],
  ['= 20', 20, 'number'],
  ['569 M MACs', 569e6, 'suffix'],
  ['20 FLOPs', 20, 'number'],
  ['4,210,088 params', 4210088, 'grouped'],
  ['  1.92  ', 1.92, 'number'],
  ['\u22121', -1, 'number'],
];

describe('parseAnswer reads every accepted form', () => {
  test.each(accepted)('%s → %d (%s)', (input, value, form) => {
    const parsed = parseAnswer(input);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toBeCloseTo(value, 6);
    expect(Math.abs(parsed.value - value)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(value)));
    expect(parsed.form).toBe(form);
  });
});

describe('parseAnswer refuses junk with a message listing the accepted forms', () => {
  const junk = [
    'abc',
    'five',
    '1..2',
    '12,34,567',
    '1e',
    '2^3',
    '1/0',
    '1/2/3',
    '3 * 3',
    '5.687 e',
    '%',
    'x',
    '1 + ',
    '++1',
    '568.7 Q',
    '0x1F',
    'NaN',
    'Infinity',
    '1e999',
    '1 2',
  ];
  test.each(junk)('%s', (input) => {
    const parsed = parseAnswer(input);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.reason).toBe('unreadable');
    expect(parsed.message).toBe(UNREADABLE_MESSAGE);
    for (const form of [
      '568740352',
      '568,740,352',
      '5.687e8',
      '568.7M',
      '0.569 G',
      '1/256 + 1/9',
      '11.5%',
      '8.7x',
    ]) {
      expect(parsed.message).toContain(form);
    }
  });

  test('an empty answer asks for one', () => {
    for (const input of ['', '   ', '\u00a0']) {
      const parsed = parseAnswer(input);
      expect(parsed).toEqual({ ok: false, reason: 'empty', message: 'Type an answer first.' });
    }
  });

  test('a unit word alone is not a number', () => {
    const parsed = parseAnswer('MACs');
    expect(parsed.ok).toBe(false);
  });
});
