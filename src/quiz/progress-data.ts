// Progress as plain data: per-topic outcomes, class-quiz runs, mastery, and checks for saved data.
import { QUIZ_TOPICS, isQuizTopicId, type QuizTopicId } from './topics';

/** How many recent outcomes per topic are kept (mastery is computed from them). */
export const RECENT_LENGTH = 12;
/** Questions in a class quiz. */
export const QUIZ_LENGTH = 10;

/** One topic's record: questions answered, right at the first check, and the latest outcomes (1 = right). */
export interface TopicProgress {
  readonly attempts: number;
  readonly correct: number;
  readonly recent: readonly (0 | 1)[];
}

/** What happened to a class-quiz question: right, missed (wrong first or solution shown), or not yet. */
export type RunStatus = 'correct' | 'missed' | null;

/** A class quiz (one seed) in progress or done. */
export interface SeededRun {
  readonly results: readonly RunStatus[];
}

/** Everything the quiz saves. */
export interface QuizProgress {
  readonly topics: Readonly<Partial<Record<QuizTopicId, TopicProgress>>>;
  readonly runs: Readonly<Record<string, SeededRun>>;
}

export const EMPTY_PROGRESS: QuizProgress = { topics: {}, runs: {} };

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** Tells whether saved data is a valid topic record. */
export function isTopicProgress(value: unknown): value is TopicProgress {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const { attempts, correct, recent } = record;
  return (
    isCount(attempts) &&
    isCount(correct) &&
    correct <= attempts &&
    Array.isArray(recent) &&
    recent.length <= RECENT_LENGTH &&
    recent.length <= attempts &&
    recent.every((x) => x === 0 || x === 1)
  );
}

/** Tells whether saved data is a valid class-quiz run. */
export function isSeededRun(value: unknown): value is SeededRun {
  if (typeof value !== 'object' || value === null) return false;
  const results = (value as Record<string, unknown>).results;
  return (
    Array.isArray(results) &&
    results.length === QUIZ_LENGTH &&
    results.every((x) => x === null || x === 'correct' || x === 'missed')
  );
}

/** Saved progress checked part by part: what was kept, and the names of the parts reset. */
export interface SanitizedProgress {
  readonly progress: QuizProgress;
  readonly reset: readonly string[];
}

/** Keeps every valid part of saved progress and resets only the parts that are not. */
export function sanitizeProgress(saved: unknown): SanitizedProgress {
  if (saved === undefined || saved === null) return { progress: EMPTY_PROGRESS, reset: [] };
  if (typeof saved !== 'object') return { progress: EMPTY_PROGRESS, reset: ['all quiz progress'] };
  const record = saved as Record<string, unknown>;
  const reset: string[] = [];
  const topics: Partial<Record<QuizTopicId, TopicProgress>> = {};
  const savedTopics = record.topics;
  if (savedTopics !== undefined && (typeof savedTopics !== 'object' || savedTopics === null)) {
    reset.push('progress of every topic');
  } else if (savedTopics) {
    for (const [id, value] of Object.entries(savedTopics)) {
      if (!isQuizTopicId(id)) reset.push(`an unknown topic (“${id.slice(0, 40)}”)`);
      else if (!isTopicProgress(value)) reset.push(`“${topicTitle(id)}”`);
      else
        topics[id] = {
          attempts: value.attempts,
          correct: value.correct,
          recent: [...value.recent],
        };
    }
  }
  const runs: Record<string, SeededRun> = {};
  const savedRuns = record.runs;
  if (savedRuns !== undefined && (typeof savedRuns !== 'object' || savedRuns === null)) {
    reset.push('class quiz scores');
  } else if (savedRuns) {
    for (const [seed, value] of Object.entries(savedRuns)) {
      if (/^\d{1,10}$/.test(seed) && isSeededRun(value))
        runs[seed] = { results: [...value.results] };
      else reset.push(`class quiz ${seed.slice(0, 12)}`);
    }
  }
  return { progress: { topics, runs }, reset };
}

function topicTitle(id: QuizTopicId): string {
  return QUIZ_TOPICS.find((topic) => topic.id === id)?.title ?? id;
}

/** Adds one outcome (right at the first check or not) to a topic's record. */
export function addOutcome(previous: TopicProgress | undefined, correct: boolean): TopicProgress {
  const base = previous ?? { attempts: 0, correct: 0, recent: [] };
  const outcome: 0 | 1 = correct ? 1 : 0;
  return {
    attempts: base.attempts + 1,
    correct: base.correct + outcome,
    recent: [...base.recent, outcome].slice(-RECENT_LENGTH),
  };
}

/** Mastery in [0, 1]: recent outcomes, the newest weighing most (0.8 per step back); 0 when untried. */
export function mastery(progress: TopicProgress | undefined): number {
  if (!progress || progress.recent.length === 0) return 0;
  let sum = 0;
  let weights = 0;
  const n = progress.recent.length;
  progress.recent.forEach((outcome, i) => {
    const weight = 0.8 ** (n - 1 - i);
    sum += weight * outcome;
    weights += weight;
  });
  return sum / weights;
}

/** The weight of each topic for adaptive practice: untried and missed topics come up more, the last one not at all. */
export function practiceWeights(
  progress: QuizProgress,
  last?: QuizTopicId,
): readonly { id: QuizTopicId; weight: number }[] {
  return QUIZ_TOPICS.map(({ id }) => {
    const record = progress.topics[id];
    const weight = id === last ? 0 : record ? 0.5 + 4 * (1 - mastery(record)) : 3;
    return { id, weight };
  });
}

/** Picks the next practice topic from a uniform number u ∈ [0, 1). */
export function pickPracticeTopic(
  progress: QuizProgress,
  u: number,
  last?: QuizTopicId,
): QuizTopicId {
  const weights = practiceWeights(progress, last);
  const total = weights.reduce((sum, w) => sum + w.weight, 0);
  let target = u * total;
  for (const { id, weight } of weights) {
    if (weight > 0 && target < weight) return id;
    target -= weight;
  }
  return weights.findLast((w) => w.weight > 0)?.id ?? 'dot-product';
}
