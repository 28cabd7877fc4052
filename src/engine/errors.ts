// Errors as values: every engine entry point that takes user input returns a Result.

/** What kind of mistake the input has. */
export type ErrorCode =
  | 'not-a-number'
  | 'not-finite'
  | 'not-positive-integer'
  | 'not-non-negative-integer'
  | 'out-of-range'
  | 'kernel-too-large'
  | 'groups-mismatch'
  | 'shape-mismatch'
  | 'unknown-option'
  | 'unknown-model'
  | 'unsafe-integer';

/** A mistake in the input, told so a student understands it: what is wrong, what is allowed. */
export interface EngineError {
  readonly code: ErrorCode;
  /** The input that is wrong, e.g. "kernel" or "layers[3].groups". */
  readonly field: string;
  readonly message: string;
}

/** A value, or the reason there is none. */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: EngineError };

/** Wraps a value as a successful Result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Builds a failed Result. */
export function fail<T = never>(code: ErrorCode, field: string, message: string): Result<T> {
  return { ok: false, error: { code, field, message } };
}

/** Returns the value of a Result or throws its message (for tests, scripts and fixed inputs). */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new Error(`${result.error.field}: ${result.error.message}`);
}

/** Maps the value of a successful Result. */
export function mapResult<T, U>(result: Result<T>, f: (value: T) => U): Result<U> {
  return result.ok ? ok(f(result.value)) : result;
}
