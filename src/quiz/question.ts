// What a quiz question is: the prompt, the answer the engine computed, how close counts,
// the mistakes it can recognize, hints in steps, and the engine's worked solution.
import type { Derivation } from '../engine/index';
import type { MistakeId } from './mistakes';
import type { QuizTopicId } from './topics';

/** What kind of number the answer is: it decides the accepted forms and the tolerance. */
export type AnswerKind = 'count' | 'ratio' | 'factor' | 'size' | 'coefficient';

/** How close an answer must be: |given − answer| ≤ max(rel · |answer|, abs). */
export interface Tolerance {
  readonly rel: number;
  readonly abs: number;
}

/** A wrong value a known mistake produces. */
export interface Mistake {
  readonly id: MistakeId;
  readonly value: number;
}

/** One step of help: words, and optionally a formula. */
export interface Hint {
  readonly text: string;
  readonly tex?: string;
}

/** One line of the worked solution: a label and the engine's derivation of a number. */
export interface SolutionStep {
  readonly label: string;
  readonly derivation: Derivation;
  /** TeX for the left-hand side (defaults to the derivation's quantity). */
  readonly lhs?: string;
}

/** A value of a question's parameter (numbers, or a variant name such as ask=speedup). */
export type QuestionParam = number | string;

/** A question, fully computed: everything the views and the grader need. */
export interface Question {
  readonly topic: QuizTopicId;
  /** The parameters that reproduce it: `#/quiz?topic=<topic>&<params>`. */
  readonly params: Readonly<Record<string, QuestionParam>>;
  /** The question in words, with the lecture's symbols in Unicode. */
  readonly prompt: string;
  /** Assumptions and where the numbers come from: "Stride 1, same padding. Layer of ResNet-18 stage 1." */
  readonly note?: string;
  /** The given values, each as TeX ("D_K = 3"), shown under the prompt. */
  readonly given: readonly string[];
  /** What the answer counts, convention named: "MACs (mult-adds)", "FLOPs (mults + adds)", "parameters". */
  readonly asks: string;
  readonly kind: AnswerKind;
  readonly answer: number;
  readonly tolerance: Tolerance;
  readonly mistakes: readonly Mistake[];
  readonly hints: readonly Hint[];
  readonly solution: readonly SolutionStep[];
}

/** Exact answers only (small counts, sizes). */
export const EXACT: Tolerance = { rel: 0, abs: 0 };
/** Large counts: within 0.5 %, so 568.7M or 0.569 G count for 568,740,352. */
export const COUNT: Tolerance = { rel: 0.005, abs: 0 };
/** Ratios, factors and coefficients: within 1 %. */
export const RATIO: Tolerance = { rel: 0.01, abs: 0 };

/** Tells whether a value is within a tolerance of a target (a hair of float noise allowed). */
export function withinTolerance(value: number, target: number, tolerance: Tolerance): boolean {
  const allowed = Math.max(tolerance.rel * Math.abs(target), tolerance.abs);
  return Math.abs(value - target) <= allowed + 1e-9 * Math.max(1, Math.abs(target));
}

/** Describes a tolerance in words: "exact", "within 0.5 %". */
export function describeTolerance(tolerance: Tolerance): string {
  if (tolerance.rel === 0 && tolerance.abs === 0) return 'exact';
  if (tolerance.rel > 0) return `within ${+(tolerance.rel * 100).toFixed(2)}\u00a0%`;
  return `within ±${tolerance.abs}`;
}

/** The link that reproduces a question: `#/quiz?topic=…&…`. */
export function questionHash(question: Question): string {
  const query = new URLSearchParams({ topic: question.topic });
  for (const [key, value] of Object.entries(question.params)) query.set(key, String(value));
  return `#/quiz?${query.toString()}`;
}
