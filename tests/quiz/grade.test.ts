// Grading: tolerance edges, every accepted form on real questions, each diagnosis, and junk.
import { describe, expect, test } from 'vitest';
import { diagnose, gradeAnswer } from '../../src/quiz/grade';
import { GENERATORS } from '../../src/quiz/generators/registry';
import { MISTAKES, type MistakeId } from '../../src/quiz/mistakes';
import {
  COUNT,
  EXACT,
  RATIO,
  describeTolerance,
  withinTolerance,
  type Question,
} from '../../src/quiz/question';
import { questionFor, sampleQuestion } from '../../src/quiz/question-set';
import { QUIZ_TOPICS, type QuizTopicId } from '../../src/quiz/topics';
import type { Params } from '../../src/quiz/generators/generator';

const q = (topic: QuizTopicId, params: Params): Question => questionFor(topic, params);
const verdict = (question: Question, input: string) => gradeAnswer(question, input).verdict;
const mistakeOf = (question: Question, input: string) => {
  const grade = gradeAnswer(question, input);
  return grade.verdict === 'mistake' ? grade.mistake : grade.verdict;
};

describe('tolerance edges', () => {
  test('exact accepts only the value', () => {
    expect(withinTolerance(112, 112, EXACT)).toBe(true);
    expect(withinTolerance(111, 112, EXACT)).toBe(false);
    expect(withinTolerance(112.001, 112, EXACT)).toBe(false);
  });
  test('0.5 % for counts: the edge is in, just beyond is out', () => {
    expect(withinTolerance(100_500_000, 100_000_000, COUNT)).toBe(true);
    expect(withinTolerance(99_500_000, 100_000_000, COUNT)).toBe(true);
    expect(withinTolerance(100_500_100, 100_000_000, COUNT)).toBe(false);
    expect(withinTolerance(99_499_900, 100_000_000, COUNT)).toBe(false);
  });
  test('1 % for ratios: the edge is in, just beyond is out', () => {
    expect(withinTolerance(0.101, 0.1, RATIO)).toBe(true);
    expect(withinTolerance(0.099, 0.1, RATIO)).toBe(true);
    expect(withinTolerance(0.10101, 0.1, RATIO)).toBe(false);
    expect(withinTolerance(0.09899, 0.1, RATIO)).toBe(false);
  });
  test('an absolute tolerance (whole pixels)', () => {
    const pixel = { rel: 0, abs: 1 };
    expect(withinTolerance(342, 341, pixel)).toBe(true);
    expect(withinTolerance(340, 341, pixel)).toBe(true);
    expect(withinTolerance(343, 341, pixel)).toBe(false);
  });
  test('tolerances are described in words', () => {
    expect(describeTolerance(EXACT)).toBe('exact');
    expect(describeTolerance(COUNT)).toBe('within 0.5\u00a0%');
    expect(describeTolerance(RATIO)).toBe('within 1\u00a0%');
  });
});

describe('a count question (MobileNet block 7, 14 × 14 × 512 separable)', () => {
  const question = q('separable', { DK: 3, M: 512, N: 512, DF: 14 });
  test('the engine’s answer is MobileNet Table 3’s 52.3 M', () => {
    expect(question.answer).toBe(3 * 3 * 512 * 14 * 14 + 512 * 512 * 14 * 14);
    expect(question.answer).toBe(52_283_392);
  });
  test.each([
    '52283392',
    '52,283,392',
    '52 283 392',
    '5.228e7',
    '5.2283 × 10^7',
    '52.28M',
    '52.3 M',
    '0.0523 G',
    '52283.392k',
  ])('accepts %s', (input) => expect(verdict(question, input)).toBe('correct'));
  test('just outside 0.5 % is not accepted', () => {
    expect(verdict(question, '52.6M')).toBe('wrong');
    expect(verdict(question, '52.0M')).toBe('wrong');
  });
  test('junk gets the list of accepted forms', () => {
    const grade = gradeAnswer(question, 'fifty million');
    expect(grade.verdict).toBe('unreadable');
    if (grade.verdict === 'unreadable') expect(grade.message).toContain('568,740,352');
  });
  test('a factor is the wrong form for a count', () => {
    expect(verdict(question, '8.7x')).toBe('wrong-form');
  });
});

describe('the ratio of slide 13 (D_K = 3, N = 256)', () => {
  const ratio = q('separable-ratio', { N: 256, DK: 3, ask: 'ratio' });
  const speedup = q('separable-ratio', { N: 256, DK: 3, ask: 'speedup' });
  test.each([
    '1/256 + 1/9',
    '265/2304',
    '0.115',
    '0.1150',
    '11.5%',
    '11.50 %',
    '1/8.7',
    '0.0039 + 0.1111',
  ])('ratio accepts %s', (input) => expect(verdict(ratio, input)).toBe('correct'));
  test.each(['8.7x', '8.69', '8.7', '2304/265'])(
    'ratio diagnoses the speed-up %s as the inverse',
    (input) => expect(mistakeOf(ratio, input)).toBe('inverse-speedup'),
  );
  test.each(['8.7x', '8.69', '8.7 times', '2304/265'])('speed-up accepts %s', (input) =>
    expect(verdict(speedup, input)).toBe('correct'),
  );
  test.each(['0.115', '11.5%', '1/256 + 1/9'])(
    'speed-up diagnoses the ratio %s as the inverse',
    (input) => expect(mistakeOf(speedup, input)).toBe('inverse-ratio'),
  );
  test('D_K for D_K² and the dropped 1/N term', () => {
    expect(mistakeOf(ratio, '1/256 + 1/3')).toBe('dk-not-squared');
    expect(mistakeOf(ratio, '1/9')).toBe('ratio-dropped-n');
    expect(mistakeOf(speedup, '9x')).toBe('ratio-dropped-n');
  });
  test('a far-off value is "not quite" with a hint to follow', () => {
    expect(verdict(ratio, '0.5')).toBe('wrong');
    expect(ratio.hints.length).toBeGreaterThanOrEqual(2);
  });
});

describe('each diagnosis, on a question that makes it', () => {
  const cases: [MistakeId, QuizTopicId, Params, string][] = [
    ['macs-for-flops', 'dot-product', { n: 3 }, '3'],
    ['dot-2n', 'dot-product', { n: 3 }, '6'],
    ['forgot-bias', 'dense-flops', { n: 3, m: 4, bias: '1' }, '20'],
    ['macs-for-flops', 'dense-flops', { n: 3, m: 4, bias: '0' }, '12'],
    ['dot-2n', 'dense-flops', { n: 3, m: 4, bias: '0' }, '24'],
    [
      'flops-for-macs',
      'standard-conv',
      { DK: 3, M: 64, N: 128, DF: 56 },
      String(2 * 9 * 64 * 128 * 56 * 56),
    ],
    ['forgot-m', 'standard-conv', { DK: 3, M: 64, N: 128, DF: 56 }, String(9 * 128 * 56 * 56)],
    ['one-filter', 'standard-conv', { DK: 3, M: 64, N: 128, DF: 56 }, String(9 * 64 * 56 * 56)],
    [
      'dk-not-squared',
      'standard-conv',
      { DK: 3, M: 64, N: 128, DF: 56 },
      String(3 * 64 * 128 * 56 * 56),
    ],
    [
      'df-not-squared',
      'standard-conv',
      { DK: 3, M: 64, N: 128, DF: 56 },
      String(9 * 64 * 128 * 56),
    ],
    [
      'depthwise-as-full',
      'depthwise',
      { DK: 3, M: 128, N: 256, DF: 56 },
      String(9 * 128 * 256 * 56 * 56),
    ],
    ['forgot-m', 'depthwise', { DK: 3, M: 128, N: 256, DF: 56 }, String(9 * 56 * 56)],
    [
      'pointwise-with-kernel',
      'pointwise',
      { DK: 3, M: 128, N: 256, DF: 56 },
      String(9 * 128 * 256 * 56 * 56),
    ],
    [
      'standard-instead',
      'separable',
      { DK: 3, M: 512, N: 512, DF: 14 },
      String(9 * 512 * 512 * 196),
    ],
    ['only-depthwise', 'separable', { DK: 3, M: 512, N: 512, DF: 14 }, String(9 * 512 * 196)],
    ['only-pointwise', 'separable', { DK: 3, M: 512, N: 512, DF: 14 }, String(512 * 512 * 196)],
    ['size-no-plus-one', 'conv-output-size', { DF: 224, DK: 3, s: 2, p: 1 }, '111'],
    ['size-no-padding', 'conv-output-size', { DF: 224, DK: 7, s: 2, p: 3 }, '109'],
    ['size-no-stride', 'conv-output-size', { DF: 224, DK: 3, s: 2, p: 1 }, '224'],
    ['alpha-not-squared', 'width-multiplier', { alpha: 0.5, block: 7 }, String(52_283_392 * 0.5)],
    [
      'alpha-rule-of-thumb',
      'width-multiplier',
      { alpha: 0.5, block: 7 },
      String(52_283_392 * 0.25),
    ],
    [
      'rho-not-squared',
      'resolution-multiplier',
      { res: 160, block: 7 },
      String((52_283_392 * 160) / 224),
    ],
    [
      'params-scaled-by-rho',
      'params-vs-macs',
      { alpha: 1, res: 112, block: 7, ask: 'params' },
      String(266_752 / 4),
    ],
    [
      'macs-for-params',
      'params-vs-macs',
      { alpha: 1, res: 224, block: 7, ask: 'params' },
      '52283392',
    ],
    [
      'squares-forgotten',
      'compound-scaling',
      { phi: 1, ask: 'product', alpha: 1.2, beta: 1.1, gamma: 1.15 },
      '1.518',
    ],
    [
      'rounded-to-two',
      'compound-scaling',
      { phi: 3, ask: 'flops', alpha: 1.2, beta: 1.1, gamma: 1.15 },
      '8x',
    ],
    [
      'times-not-power',
      'compound-scaling',
      { phi: 3, ask: 'depth', alpha: 1.2, beta: 1.1, gamma: 1.15 },
      '3.6',
    ],
    ['forgot-bias', 'se-params', { C: 256, r: 16 }, String(2 * 256 * 16)],
    ['se-one-fc', 'se-params', { C: 256, r: 16 }, String(256 * 16 + 16)],
    [
      'se-expanded-channels',
      'mbconv-cost',
      { M: 40, N: 80, t: 6, DK: 3, s: 2, DF: 28, se: 0.25, part: 'se' },
      String(2 * 240 * 60),
    ],
    [
      'not-expanded',
      'mbconv-cost',
      { M: 40, N: 80, t: 6, DK: 3, s: 2, DF: 28, se: 0.25, part: 'depthwise' },
      String(9 * 40 * 14 * 14),
    ],
    [
      'stride-ignored',
      'mbconv-cost',
      { M: 40, N: 80, t: 6, DK: 3, s: 2, DF: 28, se: 0.25, part: 'depthwise' },
      String(9 * 240 * 28 * 28),
    ],
    [
      'macs-for-flops',
      'macs-flops',
      { DK: 3, M: 64, N: 64, DF: 56, ask: 'flops' },
      String(9 * 64 * 64 * 56 * 56),
    ],
    [
      'flops-halved',
      'macs-flops',
      { DK: 3, M: 64, N: 64, DF: 56, ask: 'flops' },
      String((9 * 64 * 64 * 56 * 56) / 2),
    ],
    [
      'flops-for-macs',
      'macs-flops',
      { DK: 3, M: 64, N: 64, DF: 56, ask: 'macs' },
      String(2 * 9 * 64 * 64 * 56 * 56),
    ],
    ['inverse-speedup', 'separable-ratio', { N: 256, DK: 3, ask: 'ratio' }, '8.7x'],
    ['inverse-ratio', 'separable-ratio', { N: 256, DK: 3, ask: 'speedup' }, '11.5%'],
    ['ratio-dropped-n', 'separable-ratio', { N: 64, DK: 3, ask: 'ratio' }, '1/9'],
  ];
  test.each(cases)('%s (%s %o, answered %s)', (id, topic, params, input) => {
    const grade = gradeAnswer(q(topic, params), input);
    expect(grade.verdict).toBe('mistake');
    if (grade.verdict !== 'mistake') return;
    expect(grade.mistake).toBe(id);
    expect(grade.label).toBe(MISTAKES[id].label);
    expect(grade.message).toBe(MISTAKES[id].message);
  });

  test('every mistake the quiz knows is recognized by some case above', () => {
    const covered = new Set(cases.map(([id]) => id));
    expect(Object.keys(MISTAKES).filter((id) => !covered.has(id as MistakeId))).toEqual([]);
  });
});

describe('every generated question grades its own answer and its own mistakes', () => {
  for (const { id } of QUIZ_TOPICS) {
    test(id, () => {
      for (let seed = 0; seed < 25; seed++) {
        const question = sampleQuestion(id, seed);
        expect(verdict(question, String(question.answer))).toBe('correct');
        for (const mistake of question.mistakes) {
          expect(withinTolerance(mistake.value, question.answer, question.tolerance)).toBe(false);
          expect(diagnose(question, mistake.value)).toBe(mistake.id);
          expect(mistakeOf(question, String(mistake.value))).toBe(mistake.id);
        }
      }
    });
  }
  test('a generator exists for every topic', () => {
    expect(Object.keys(GENERATORS).sort()).toEqual(QUIZ_TOPICS.map((t) => t.id).sort());
  });
});
