// Input checks whose messages say what is wrong and what is allowed.
import type { EngineError } from './errors';

/** Shows a rejected value the way a student typed it. */
function shown(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return `"${value}"`;
  return String(value);
}

function error(code: EngineError['code'], field: string, message: string): EngineError {
  return { code, field, message };
}

/** Checks that a value is a finite number. */
export function checkFinite(value: unknown, field: string, label: string): EngineError | null {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    return error('not-a-number', field, `${label} must be a number; got ${shown(value)}.`);
  }
  if (!Number.isFinite(value)) {
    return error('not-finite', field, `${label} must be a finite number; got ${shown(value)}.`);
  }
  return null;
}

/** Checks that a value is a whole number from 1 up (and exact, below 2^53). */
export function checkPositiveInt(value: unknown, field: string, label: string): EngineError | null {
  const notNumber = checkFinite(value, field, label);
  if (notNumber) return notNumber;
  const n = value as number;
  if (!Number.isInteger(n) || n < 1) {
    return error(
      'not-positive-integer',
      field,
      `${label} must be a whole number from 1 up; got ${shown(n)}.`,
    );
  }
  if (!Number.isSafeInteger(n)) {
    return error('unsafe-integer', field, `${label} must be below 2^53 to stay exact; got ${n}.`);
  }
  return null;
}

/** Checks that a value is a whole number from 0 up. */
export function checkNonNegativeInt(
  value: unknown,
  field: string,
  label: string,
): EngineError | null {
  const notNumber = checkFinite(value, field, label);
  if (notNumber) return notNumber;
  const n = value as number;
  if (!Number.isSafeInteger(n) || n < 0) {
    return error(
      'not-non-negative-integer',
      field,
      `${label} must be a whole number from 0 up; got ${shown(n)}.`,
    );
  }
  return null;
}

/** Checks that a finite number lies in [min, max] (or (min, max] when minExclusive). */
export function checkRange(
  value: unknown,
  field: string,
  label: string,
  min: number,
  max: number,
  minExclusive = false,
): EngineError | null {
  const notNumber = checkFinite(value, field, label);
  if (notNumber) return notNumber;
  const n = value as number;
  const low = minExclusive ? n <= min : n < min;
  if (low || n > max) {
    const from = minExclusive ? `greater than ${min}` : `from ${min}`;
    const upTo = minExclusive ? ` and at most ${max}` : ` up to ${max}`;
    const allowed = Number.isFinite(max) ? from + upTo : `${from} up`;
    return error('out-of-range', field, `${label} must be ${allowed}; got ${shown(n)}.`);
  }
  return null;
}

/** Checks that a value is one of the allowed names. */
export function checkOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
  label: string,
): EngineError | null {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return null;
  return error(
    'unknown-option',
    field,
    `${label} must be one of ${allowed.join(', ')}; got ${shown(value)}.`,
  );
}

/** Where an input sits, e.g. layer 3 of "layers[2].body": the path string is built only for an error. */
export interface FieldSource {
  readonly prefix: string;
  /** The position in the list at `prefix`, or −1 when `prefix` is the whole path. */
  readonly position: number;
}

/** The path of a field source: "layers[3]". */
export function fieldOf(at: FieldSource): string {
  return at.position < 0 ? at.prefix : `${at.prefix}[${at.position}]`;
}

/** Checks a whole number from 1 up at a field source, building no string unless it fails. */
export function checkPositiveIntAt(
  value: unknown,
  at: FieldSource,
  key: string,
  label: string,
): EngineError | null {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) return null;
  return checkPositiveInt(value, `${fieldOf(at)}.${key}`, label);
}

/** Returns the first failed check, if any. */
export function firstError(...checks: readonly (EngineError | null)[]): EngineError | null {
  for (const check of checks) if (check) return check;
  return null;
}
