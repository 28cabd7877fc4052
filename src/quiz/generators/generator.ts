// What a topic's question generator provides, and the helpers the generators share.
import {
  derivationTexParts,
  formatCount,
  formatNumber,
  unwrap,
  type Derivation,
  type Result,
  type Rng,
} from '../../engine/index';
import type { MistakeId } from '../mistakes';
import {
  COUNT,
  EXACT,
  withinTolerance,
  type Hint,
  type Mistake,
  type Question,
  type QuestionParam,
  type Tolerance,
} from '../question';
import type { QuizTopicId } from '../topics';

/** Parameters of a question, by link name. */
export type Params = Readonly<Record<string, QuestionParam>>;

/** One parameter a topic's link may set: its link name, meaning and allowed values. */
export interface ParamDef {
  readonly key: string;
  /** Other link names for the same thing, with a factor to convert (e.g. `rho` = res / 224). */
  readonly aliases?: readonly { readonly key: string; readonly factor?: number }[];
  readonly label: string;
  readonly kind: 'int' | 'float' | 'choice';
  readonly min?: number;
  readonly max?: number;
  readonly choices?: readonly string[];
  readonly fallback: QuestionParam;
}

/** A topic's generator: realistic parameters from a seed, and the question for any valid parameters. */
export interface TopicGenerator {
  readonly topic: QuizTopicId;
  readonly params: readonly ParamDef[];
  /** Draws realistic parameters (layers that exist in MobileNet and EfficientNet). */
  sample(rng: Rng): Params;
  /** Says what is inconsistent about parameters that are each in range, or null. */
  check?(params: Params): string | null;
  /** Builds the question from valid parameters (engine values only). */
  build(params: Params): Question;
}

/** Reads a number parameter (generators only see valid parameters). */
export function param(params: Params, key: string): number {
  const value = params[key];
  if (typeof value !== 'number') throw new Error(`Parameter ${key} is missing.`);
  return value;
}

/** Reads a choice parameter. */
export function choice<T extends string>(params: Params, key: string, choices: readonly T[]): T {
  const value = params[key];
  const found = choices.find((c) => c === value);
  if (found === undefined) throw new Error(`Parameter ${key} is not one of ${choices.join(', ')}.`);
  return found;
}

/** Unwraps an engine result (parameters were validated, so a failure is a bug worth seeing). */
export function must<T>(result: Result<T>): T {
  return unwrap(result);
}

/** Exact for small counts; within 0.5 % once a count is large enough to be written 568.7M. */
export function countTolerance(answer: number): Tolerance {
  return Math.abs(answer) < 100_000 ? EXACT : COUNT;
}

/** Keeps the mistakes whose values are finite, positive, clearly apart from the answer and from each other. */
export function mistakes(
  answer: number,
  tolerance: Tolerance,
  list: readonly (readonly [MistakeId, number] | false | null | undefined)[],
): Mistake[] {
  const apart: Tolerance = { rel: Math.max(tolerance.rel * 3, 1e-6), abs: tolerance.abs * 3 };
  const kept: Mistake[] = [];
  for (const item of list) {
    if (!item) continue;
    const [id, value] = item;
    if (!Number.isFinite(value) || value <= 0) continue;
    if (withinTolerance(value, answer, apart)) continue;
    if (kept.some((m) => withinTolerance(value, m.value, apart))) continue;
    kept.push({ id, value });
  }
  return kept;
}

/** Hints in steps: the idea in words, then the general formula, then the values substituted. */
export function formulaHints(idea: string, derivation: Derivation, lhs: string): Hint[] {
  const tex = derivationTexParts(derivation);
  const last = tex.steps.length > 0 ? tex.steps[tex.steps.length - 1] : tex.general;
  return [
    { text: idea },
    { text: 'The formula:', tex: `${lhs} = ${last ?? tex.general}` },
    { text: 'With this question’s values:', tex: `${lhs} = ${tex.substituted}` },
  ];
}

/** Prints a count with thousands separators: 10,838,016. */
export const count = (n: number): string => formatCount(n);

/** Prints a number with up to 4 decimals: 0.115, 1.9203. */
export const decimal = (n: number): string => formatNumber(n, 4);

/** TeX for each given value: ["D_K = 3", "M = 32"]. */
export function givens(pairs: readonly (readonly [string, number | string])[]): string[] {
  return pairs.map(
    ([symbol, value]) =>
      `${symbol} = ${typeof value === 'number' ? formatNumber(value, 4, '{,}') : value}`,
  );
}
