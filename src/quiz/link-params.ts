// Reads a quiz link's query: the seed of a class quiz, or a topic and its parameters.
// Bad values never fail: each becomes the nearest valid one, with a notice that says so.
import type { ParamDef, Params } from './generators/generator';
import { GENERATORS } from './generators/registry';
import type { QuestionParam } from './question';
import { isQuizTopicId, type QuizTopicId } from './topics';

/** What a link asks for, and what had to be corrected. */
export type QuizLink =
  | { readonly mode: 'practice'; readonly notices: readonly string[] }
  | { readonly mode: 'seeded'; readonly seed: number; readonly notices: readonly string[] }
  | {
      readonly mode: 'topic';
      readonly topic: QuizTopicId;
      readonly params: Params;
      readonly notices: readonly string[];
    };

/** The largest seed: seeds are 32-bit unsigned integers. */
export const MAX_SEED = 4_294_967_295;

const shown = (raw: string): string => (raw.length > 24 ? `${raw.slice(0, 24)}…` : raw);

/** Reads a seed: a whole number from 0 to 2^32 − 1; anything else becomes the nearest such number. */
export function readSeed(raw: string): { seed: number; notice?: string } {
  const value = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(value)) {
    return { seed: 1, notice: `The quiz number “${shown(raw)}” is not a number; showing quiz 1.` };
  }
  const seed = Math.min(MAX_SEED, Math.max(0, Math.round(value)));
  if (seed !== value)
    return {
      seed,
      notice: `Quiz numbers are whole numbers from 0 to ${MAX_SEED}; showing quiz ${seed}.`,
    };
  return { seed };
}

// Reads one parameter, or its alias; says what was corrected.
function readParam(
  def: ParamDef,
  query: Readonly<Record<string, string>>,
): { value: QuestionParam; notice?: string } {
  let raw = query[def.key];
  let factor = 1;
  for (const alias of def.aliases ?? []) {
    if (raw === undefined && query[alias.key] !== undefined) {
      raw = query[alias.key];
      factor = alias.factor ?? 1;
    }
  }
  if (raw === undefined) return { value: def.fallback };
  if (def.kind === 'choice') {
    const lowered = raw.trim().toLowerCase();
    const yesNo = def.choices?.includes('1')
      ? ({ true: '1', on: '1', yes: '1', false: '0', off: '0', no: '0' } as Record<string, string>)[
          lowered
        ]
      : undefined;
    const value = def.choices?.find((c) => c === lowered) ?? yesNo;
    if (value !== undefined) return { value };
    return {
      value: def.fallback,
      notice: `${def.label}: “${shown(raw)}” is not one of ${def.choices?.join(', ')}; using ${def.fallback}.`,
    };
  }
  const parsed = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(parsed)) {
    return {
      value: def.fallback,
      notice: `${def.label}: “${shown(raw)}” is not a number; using ${def.fallback}.`,
    };
  }
  let value = parsed * factor;
  const notes: string[] = [];
  if (def.kind === 'int' && !Number.isInteger(value)) {
    value = Math.round(value);
    if (factor === 1) notes.push(`a whole number is needed, so ${value}`);
  }
  const min = def.min ?? -Infinity;
  const max = def.max ?? Infinity;
  if (value < min || value > max) {
    value = Math.min(max, Math.max(min, value));
    notes.push(`allowed from ${min} to ${max}, so ${value}`);
  }
  return notes.length > 0
    ? { value, notice: `${def.label}: ${shown(raw)} is out of bounds (${notes.join('; ')}).` }
    : { value };
}

/** The parameters of a topic's question from a link: valid, with notices for what was corrected. */
export function readTopicParams(
  topic: QuizTopicId,
  query: Readonly<Record<string, string>>,
): { params: Params; notices: string[] } {
  const generator = GENERATORS[topic];
  const notices: string[] = [];
  const params: Record<string, QuestionParam> = {};
  for (const def of generator.params) {
    const { value, notice } = readParam(def, query);
    params[def.key] = value;
    if (notice) notices.push(notice);
  }
  const problem = generator.check?.(params);
  if (problem) {
    notices.push(`${problem} Showing the default question instead.`);
    return {
      params: Object.fromEntries(generator.params.map((def) => [def.key, def.fallback])),
      notices,
    };
  }
  return { params, notices };
}

/** Reads a quiz link: `?seed=<n>` for a class quiz, `?topic=<id>&…` for one question, else practice. */
export function readQuizLink(query: Readonly<Record<string, string>>): QuizLink {
  if (query.topic !== undefined) {
    if (isQuizTopicId(query.topic)) {
      const { params, notices } = readTopicParams(query.topic, query);
      return { mode: 'topic', topic: query.topic, params, notices };
    }
    return {
      mode: 'practice',
      notices: [
        `There is no quiz topic “${shown(query.topic)}”; here is adaptive practice instead.`,
      ],
    };
  }
  if (query.seed !== undefined) {
    const { seed, notice } = readSeed(query.seed);
    return { mode: 'seeded', seed, notices: notice ? [notice] : [] };
  }
  return { mode: 'practice', notices: [] };
}
