// Progress: outcomes and mastery, adaptive picking, and saved data checked part by part
// (a corrupt or old part resets alone, with a notice; the rest is kept; nothing crashes).
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  addOutcome,
  mastery,
  pickPracticeTopic,
  practiceWeights,
  RECENT_LENGTH,
  sanitizeProgress,
  type QuizProgress,
} from '../../src/quiz/progress-data';
import { QUIZ_TOPICS } from '../../src/quiz/topics';

describe('outcomes and mastery', () => {
  test('an untried topic has mastery 0', () => {
    expect(mastery(undefined)).toBe(0);
  });
  test('outcomes count, and only the latest are kept', () => {
    let record = addOutcome(undefined, true);
    expect(record).toEqual({ attempts: 1, correct: 1, recent: [1] });
    for (let i = 0; i < 20; i++) record = addOutcome(record, i % 2 === 0);
    expect(record.attempts).toBe(21);
    expect(record.correct).toBe(11);
    expect(record.recent).toHaveLength(RECENT_LENGTH);
  });
  test('recent answers weigh more', () => {
    const lateRight = { attempts: 2, correct: 1, recent: [0, 1] as (0 | 1)[] };
    const lateWrong = { attempts: 2, correct: 1, recent: [1, 0] as (0 | 1)[] };
    expect(mastery(lateRight)).toBeGreaterThan(0.5);
    expect(mastery(lateWrong)).toBeLessThan(0.5);
    expect(mastery({ attempts: 3, correct: 3, recent: [1, 1, 1] })).toBe(1);
  });
});

describe('adaptive practice', () => {
  const progress: QuizProgress = {
    topics: {
      'dot-product': { attempts: 5, correct: 5, recent: [1, 1, 1, 1, 1] },
      depthwise: { attempts: 5, correct: 0, recent: [0, 0, 0, 0, 0] },
    },
    runs: {},
  };
  test('missed topics weigh more than mastered ones; the last topic does not come again at once', () => {
    const weights = Object.fromEntries(
      practiceWeights(progress, 'separable').map((w) => [w.id, w.weight]),
    );
    expect(weights.depthwise).toBeGreaterThan(weights['dot-product']! * 5);
    expect(weights.separable).toBe(0);
    for (let i = 0; i < 100; i++)
      expect(pickPracticeTopic(progress, i / 100, 'separable')).not.toBe('separable');
    expect(pickPracticeTopic(progress, 0.999999, 'macs-flops')).toBe('mbconv-cost');
  });
  test('picks cover every topic over [0, 1) and more of what is missed', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 1000; i++) {
      const topic = pickPracticeTopic(progress, i / 1000);
      counts.set(topic, (counts.get(topic) ?? 0) + 1);
    }
    expect(counts.size).toBe(QUIZ_TOPICS.length);
    expect(counts.get('depthwise')!).toBeGreaterThan(counts.get('dot-product')! * 5);
  });
});

describe('sanitizeProgress keeps the good parts', () => {
  const good = { attempts: 3, correct: 2, recent: [1, 0, 1] };
  test('nothing saved is empty progress, no notice', () => {
    expect(sanitizeProgress(undefined)).toEqual({ progress: { topics: {}, runs: {} }, reset: [] });
  });
  test('one corrupt topic resets alone', () => {
    const { progress, reset } = sanitizeProgress({
      topics: {
        'dot-product': good,
        depthwise: { attempts: 'many' },
        pointwise: { attempts: 1, correct: 2, recent: [1] },
      },
      runs: {},
    });
    expect(progress.topics).toEqual({ 'dot-product': good });
    expect(reset).toEqual(['“Depthwise conv MACs”', '“Pointwise conv MACs”']);
  });
  test('an unknown topic (older or newer data) is dropped with a notice', () => {
    const { progress, reset } = sanitizeProgress({
      topics: { 'old-topic': good, 'dot-product': good },
    });
    expect(progress.topics).toEqual({ 'dot-product': good });
    expect(reset[0]).toContain('old-topic');
  });
  test('class-quiz runs are checked one by one', () => {
    const run = { results: ['correct', null, 'missed', null, null, null, null, null, null, null] };
    const { progress, reset } = sanitizeProgress({
      topics: {},
      runs: { '7': run, '8': { results: [1, 2] }, x: run },
    });
    expect(progress.runs).toEqual({ '7': run });
    expect(reset).toEqual(['class quiz 8', 'class quiz x']);
  });
  test('a wrong type for a whole part resets that part', () => {
    expect(sanitizeProgress({ topics: 5, runs: {} }).reset).toEqual(['progress of every topic']);
    expect(sanitizeProgress('garbage').reset).toEqual(['all quiz progress']);
  });
});

describe('the persisted store', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.resetModules();
  });
  afterEach(() => localStorage.clear());

  const load = async () => {
    const store = await import('../../src/quiz/progress-store');
    const notices = await import('../../src/store/safe-storage');
    return { ...store, notices };
  };

  test('records outcomes and saves them with a version', async () => {
    const { useQuizProgress, PROGRESS_KEY, PROGRESS_VERSION } = await load();
    useQuizProgress.getState().recordOutcome('separable', true);
    useQuizProgress.getState().recordRun(7, 2, 'missed');
    useQuizProgress.getState().recordRun(7, 2, 'correct');
    const saved = JSON.parse(localStorage.getItem(PROGRESS_KEY)!);
    expect(saved.version).toBe(PROGRESS_VERSION);
    expect(saved.state.topics.separable).toEqual({ attempts: 1, correct: 1, recent: [1] });
    expect(saved.state.runs['7'].results[2]).toBe('missed');
  });

  test('reloads saved progress', async () => {
    localStorage.setItem(
      'flops-lab:quiz-progress',
      JSON.stringify({
        state: { topics: { pointwise: { attempts: 2, correct: 1, recent: [0, 1] } }, runs: {} },
        version: 1,
      }),
    );
    const { useQuizProgress, notices } = await load();
    expect(useQuizProgress.getState().topics.pointwise).toEqual({
      attempts: 2,
      correct: 1,
      recent: [0, 1],
    });
    expect(notices.takeStorageNotices()).toEqual([]);
  });

  test('a corrupt topic resets alone, with a notice, and is written back clean', async () => {
    localStorage.setItem(
      'flops-lab:quiz-progress',
      JSON.stringify({
        state: {
          topics: {
            pointwise: { attempts: 2, correct: 1, recent: [0, 1] },
            depthwise: { attempts: -1 },
          },
          runs: {},
        },
        version: 1,
      }),
    );
    const { useQuizProgress, notices } = await load();
    expect(useQuizProgress.getState().topics).toEqual({
      pointwise: { attempts: 2, correct: 1, recent: [0, 1] },
    });
    const messages = notices.takeStorageNotices();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('Depthwise conv MACs');
    expect(
      JSON.parse(localStorage.getItem('flops-lab:quiz-progress')!).state.topics.depthwise,
    ).toBeUndefined();
  });

  test('data of another version is salvaged part by part', async () => {
    localStorage.setItem(
      'flops-lab:quiz-progress',
      JSON.stringify({
        state: {
          topics: { separable: { attempts: 1, correct: 0, recent: [0] }, old: 3 },
          scores: [1],
        },
        version: 0,
      }),
    );
    const { useQuizProgress, notices } = await load();
    expect(useQuizProgress.getState().topics).toEqual({
      separable: { attempts: 1, correct: 0, recent: [0] },
    });
    expect(notices.takeStorageNotices()[0]).toContain('unknown topic');
    expect(JSON.parse(localStorage.getItem('flops-lab:quiz-progress')!).version).toBe(1);
  });

  test('unreadable JSON resets everything with a notice and no crash', async () => {
    localStorage.setItem('flops-lab:quiz-progress', '{not json');
    const { useQuizProgress, notices } = await load();
    expect(useQuizProgress.getState().topics).toEqual({});
    expect(notices.takeStorageNotices()[0]).toContain('quiz progress');
  });

  test('reset forgets everything', async () => {
    const { useQuizProgress } = await load();
    useQuizProgress.getState().recordOutcome('separable', false);
    useQuizProgress.getState().resetProgress();
    expect(useQuizProgress.getState().topics).toEqual({});
    expect(JSON.parse(localStorage.getItem('flops-lab:quiz-progress')!).state).toEqual({
      topics: {},
      runs: {},
    });
  });
});
