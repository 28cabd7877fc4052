// One schema per slide parameter drives its control, its link name, its validation and its symbol.

export type ParamValue = number | string;
export type ParamValues = Readonly<Record<string, ParamValue>>;

interface ParamBase {
  /** Name in the link, the lecture's symbol in ASCII: `DK`, `N`, `alpha`. */
  readonly key: string;
  /** The symbol as TeX: `D_K`, `\alpha`. */
  readonly symbol: string;
  /** What the symbol means, in words: "kernel size". */
  readonly label: string;
}

export interface NumberParam extends ParamBase {
  readonly kind: 'int' | 'float';
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly default: number;
  /** Whether the minimum itself is excluded, as for α ∈ (0, 1]. */
  readonly minExclusive?: boolean;
  /**
   * The smallest value the engine can build, when it lies above the lecture's range (α ∈ (0, 1]
   * but MobileNet needs ⌊32α⌋ ≥ 1 channel): typed values below it get `reason` at the field.
   */
  readonly lowest?: { readonly value: number; readonly reason: string };
  readonly unit?: string;
}

export interface ChoiceParam extends ParamBase {
  readonly kind: 'choice';
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly default: string;
}

export type ParamSpec = NumberParam | ChoiceParam;

export type ParamCheck = { ok: true; value: ParamValue } | { ok: false; message: string };

// Formats the allowed range of a number parameter for messages: "a whole number from 1 to 2048".
export function describeAllowed(spec: ParamSpec): string {
  if (spec.kind === 'choice') return `one of ${spec.options.map((o) => o.value).join(', ')}`;
  const kind = spec.kind === 'int' ? 'a whole number' : 'a number';
  const low = spec.lowest
    ? `from ${spec.lowest.value}`
    : spec.minExclusive
      ? `above ${spec.min}`
      : `from ${spec.min}`;
  return `${kind} ${low} to ${spec.max}`;
}

// Reads a raw value (from a field or a link) against its schema; says what is wrong if it fails.
export function checkParam(spec: ParamSpec, raw: string): ParamCheck {
  const text = raw.trim();
  const name = `${spec.key} (${spec.label})`;
  if (spec.kind === 'choice') {
    const hit = spec.options.find((o) => o.value.toLowerCase() === text.toLowerCase());
    return hit
      ? { ok: true, value: hit.value }
      : { ok: false, message: `${name} must be ${describeAllowed(spec)}; got "${text}".` };
  }
  if (text === '')
    return { ok: false, message: `${name} is empty; enter ${describeAllowed(spec)}.` };
  const value = Number(text);
  if (!Number.isFinite(value)) {
    return {
      ok: false,
      message: `${name} must be ${describeAllowed(spec)}; "${text}" is not a number.`,
    };
  }
  if (spec.kind === 'int' && !Number.isInteger(value)) {
    return { ok: false, message: `${name} must be ${describeAllowed(spec)}; got ${text}.` };
  }
  const tooLow = spec.minExclusive ? value <= spec.min : value < spec.min;
  if (tooLow || value > spec.max) {
    return { ok: false, message: `${name} must be ${describeAllowed(spec)}; got ${text}.` };
  }
  if (spec.lowest && value < spec.lowest.value) {
    return {
      ok: false,
      message: `${name} must be at least ${spec.lowest.value}: ${spec.lowest.reason}; got ${text}.`,
    };
  }
  return { ok: true, value };
}

// The valid value nearest to a raw one, for links that ask for something out of range.
export function nearestValid(spec: ParamSpec, raw: string): ParamValue {
  if (spec.kind === 'choice') return spec.default;
  const value = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(value)) return spec.default;
  const rounded = spec.kind === 'int' ? Math.round(value) : value;
  const low = Math.max(spec.lowest?.value ?? -Infinity, firstStop(spec));
  return Math.min(spec.max, Math.max(low, rounded));
}

/** The lowest slider stop of the schema's range: its minimum, or one step above an open one. */
function firstStop(spec: NumberParam): number {
  return spec.minExclusive ? spec.min + spec.step : spec.min;
}

/**
 * Where a number parameter's slider starts: its minimum (one step above it when the minimum is
 * excluded), or the first multiple of the step at or above `lowest`, so that every stop is valid
 * and reads as a round number.
 */
export function sliderMin(spec: NumberParam): number {
  const low = firstStop(spec);
  if (!spec.lowest || spec.lowest.value <= low) return low;
  const steps = Math.ceil(spec.lowest.value / spec.step - 1e-9);
  return Number((steps * spec.step).toFixed(10));
}

export function defaultValues(specs: readonly ParamSpec[]): Record<string, ParamValue> {
  return Object.fromEntries(specs.map((spec) => [spec.key, spec.default]));
}

export interface ParsedParams {
  readonly values: Record<string, ParamValue>;
  /** One message per value in the link that was unknown or invalid, and what was used instead. */
  readonly notices: readonly string[];
}

// Reads a slide's parameters from a link's query, keeping defaults where the link is silent.
export function parseParams(
  specs: readonly ParamSpec[],
  query: Readonly<Record<string, string>>,
): ParsedParams {
  const values = defaultValues(specs);
  const notices: string[] = [];
  for (const [key, raw] of Object.entries(query)) {
    const spec = specs.find((s) => s.key === key) ?? aliasOf(specs, key);
    if (!spec) {
      if (!GLOBAL_KEYS.has(key))
        notices.push(`This slide has no parameter "${key}"; it was ignored.`);
      continue;
    }
    const check = checkParam(spec, raw);
    if (check.ok) {
      values[spec.key] = check.value;
    } else {
      const near = nearestValid(spec, raw);
      values[spec.key] = near;
      notices.push(`${check.message} Showing ${spec.key} = ${near} instead.`);
    }
  }
  return { values, notices };
}

// Link names that belong to the deck, not to a slide.
const GLOBAL_KEYS = new Set(['step', 'practice']);

// `res` is accepted wherever the lecture's ρ is given as a resolution in pixels.
function aliasOf(specs: readonly ParamSpec[], key: string): ParamSpec | undefined {
  if (key === 'res') return specs.find((s) => s.key === 'rho' || s.key === 'resolution');
  if (key === 'resolution') return specs.find((s) => s.key === 'res');
  return undefined;
}

// Writes the values that differ from their defaults, in schema order, as a link query.
export function formatParams(
  specs: readonly ParamSpec[],
  values: Readonly<Record<string, ParamValue>>,
): Record<string, string> {
  const query: Record<string, string> = {};
  for (const spec of specs) {
    const value = values[spec.key];
    if (value !== undefined && value !== spec.default) query[spec.key] = String(value);
  }
  return query;
}
