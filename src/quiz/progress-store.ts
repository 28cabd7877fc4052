// The saved quiz progress (zustand persist): per-topic outcomes and class-quiz runs.
// Saved data is checked part by part, so a corrupt or old part resets alone, with a notice.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { reportStorageNotice, safeJsonStorage } from '../store/safe-storage';
import {
  addOutcome,
  EMPTY_PROGRESS,
  QUIZ_LENGTH,
  sanitizeProgress,
  type QuizProgress,
  type RunStatus,
} from './progress-data';
import type { QuizTopicId } from './topics';

/** The storage key of the quiz progress. */
export const PROGRESS_KEY = 'flops-lab:quiz-progress';
/** Version 1 is the first saved shape; anything else is read part by part. */
export const PROGRESS_VERSION = 1;

interface ProgressActions {
  /** Records a question's outcome for its topic (right at the first check or not). */
  recordOutcome(topic: QuizTopicId, correct: boolean): void;
  /** Records a class-quiz question's status (the first status sticks). */
  recordRun(seed: number, index: number, status: Exclude<RunStatus, null>): void;
  /** Forgets one class quiz's answers. */
  resetRun(seed: number): void;
  /** Forgets everything. */
  resetProgress(): void;
  /** Writes the state back (after a part of the saved data was reset). */
  resave(): void;
}

export type ProgressState = QuizProgress & ProgressActions;

// Checks saved data and reports what had to be reset.
function readSaved(saved: unknown): { progress: QuizProgress; changed: boolean } {
  const { progress, reset } = sanitizeProgress(saved);
  if (reset.length > 0) {
    reportStorageNotice(
      `Part of your saved quiz progress could not be read and was reset: ${reset.join(', ')}. The rest is kept.`,
    );
  }
  return { progress, changed: reset.length > 0 };
}

let rewrite = false;

export const useQuizProgress = create<ProgressState>()(
  persist(
    (set) => ({
      ...EMPTY_PROGRESS,
      recordOutcome: (topic, correct) =>
        set((state) => ({
          topics: { ...state.topics, [topic]: addOutcome(state.topics[topic], correct) },
        })),
      recordRun: (seed, index, status) =>
        set((state) => {
          const key = String(seed);
          const results = [
            ...(state.runs[key]?.results ?? Array<RunStatus>(QUIZ_LENGTH).fill(null)),
          ];
          if (index < 0 || index >= QUIZ_LENGTH || results[index] !== null) return state;
          results[index] = status;
          return { runs: { ...state.runs, [key]: { results } } };
        }),
      resetRun: (seed) =>
        set((state) => {
          const runs = { ...state.runs };
          delete runs[String(seed)];
          return { runs };
        }),
      resetProgress: () => set({ ...EMPTY_PROGRESS }),
      resave: () => set({}),
    }),
    {
      name: PROGRESS_KEY,
      version: PROGRESS_VERSION,
      storage: safeJsonStorage<QuizProgress>('quiz progress'),
      partialize: ({ topics, runs }) => ({ topics, runs }),
      // Nothing older shipped: an unknown version is salvaged part by part (merge checks it).
      migrate: (saved) => saved as QuizProgress,
      merge: (saved, current) => {
        const { progress, changed } = readSaved(saved);
        rewrite = changed;
        return { ...current, ...progress };
      },
      onRehydrateStorage: () => (state) => {
        if (rewrite && state) {
          rewrite = false;
          state.resave();
        }
      },
    },
  ),
);
