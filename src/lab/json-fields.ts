// Field readers for the network JSON: each checks one value's type and reports the path of a bad one.

/** A problem in a JSON description: where (a path such as "layers[3].kernel") and what. */
export interface JsonIssue {
  readonly path: string;
  readonly message: string;
}

/** A parse outcome: a value, or the first issue found. */
export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issue: JsonIssue };

/** Wraps a value as a successful parse. */
export function parsed<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

/** Builds a failed parse at a path. */
export function issue<T = never>(path: string, message: string): Parsed<T> {
  return { ok: false, issue: { path, message } };
}

/** A JSON object with string keys. */
export type JsonObject = Readonly<Record<string, unknown>>;

/** Shows a value in a message the way it appears in JSON. */
export function shownJson(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** Tells whether a value is a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Joins a path and a key: "layers[3]" + "kernel" → "layers[3].kernel". */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** Edit distance between two short strings, for "did you mean" hints. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/** Suggests the closest allowed name to a misspelt one, if any is close. */
export function closest(name: string, allowed: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of allowed) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Rejects keys an object may not have, naming the closest allowed key. */
export function checkKeys(
  object: JsonObject,
  allowed: readonly string[],
  path: string,
): Parsed<true> {
  for (const key of Object.keys(object)) {
    if (allowed.includes(key)) continue;
    const hint = closest(key, allowed);
    const suggestion = hint ? ` Did you mean "${hint}"?` : '';
    return issue(
      at(path, key),
      `Unknown field "${key}".${suggestion} Allowed here: ${allowed.join(', ')}.`,
    );
  }
  return parsed(true);
}

/** Reads a required or optional string. */
export function readString(
  object: JsonObject,
  key: string,
  path: string,
  required: boolean,
): Parsed<string | undefined> {
  const value = object[key];
  if (value === undefined) {
    return required
      ? issue(at(path, key), `The field "${key}" is required (a string).`)
      : parsed(undefined);
  }
  if (typeof value !== 'string' || value.trim() === '') {
    return issue(at(path, key), `"${key}" must be a non-empty string; got ${shownJson(value)}.`);
  }
  if (value.length > 200)
    return issue(at(path, key), `"${key}" must be at most 200 characters long.`);
  return parsed(value);
}

/** Reads an optional boolean. */
export function readBoolean(
  object: JsonObject,
  key: string,
  path: string,
): Parsed<boolean | undefined> {
  const value = object[key];
  if (value === undefined || typeof value === 'boolean') return parsed(value);
  return issue(at(path, key), `"${key}" must be true or false; got ${shownJson(value)}.`);
}

/** Reads a required or optional number (finite); whole when `integer`. */
export function readNumber(
  object: JsonObject,
  key: string,
  path: string,
  required: boolean,
  integer: boolean,
): Parsed<number | undefined> {
  const value = object[key];
  if (value === undefined) {
    return required
      ? issue(at(path, key), `The field "${key}" is required (a number).`)
      : parsed(undefined);
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return issue(at(path, key), `"${key}" must be a number; got ${shownJson(value)}.`);
  }
  if (integer && !Number.isSafeInteger(value)) {
    return issue(at(path, key), `"${key}" must be a whole number; got ${shownJson(value)}.`);
  }
  return parsed(value);
}

/** Reads a whole number or a list of 1–3 whole numbers (one per spatial dimension). */
export function readSizes(
  object: JsonObject,
  key: string,
  path: string,
  required: boolean,
): Parsed<number | readonly number[] | undefined> {
  const value = object[key];
  if (value === undefined) {
    return required
      ? issue(at(path, key), `The field "${key}" is required (a whole number or a list of them).`)
      : parsed(undefined);
  }
  if (typeof value === 'number') return readNumber(object, key, path, required, true);
  if (!Array.isArray(value) || value.length < 1 || value.length > 3) {
    return issue(
      at(path, key),
      `"${key}" must be a whole number or a list of 1 to 3 whole numbers; got ${shownJson(value)}.`,
    );
  }
  for (const [i, item] of value.entries()) {
    if (typeof item !== 'number' || !Number.isSafeInteger(item)) {
      return issue(
        at(at(path, key), i),
        `Each entry of "${key}" must be a whole number; got ${shownJson(item)}.`,
      );
    }
  }
  return parsed(value as readonly number[]);
}

/** Reads a string that must be one of the allowed names. */
export function readChoice<T extends string>(
  object: JsonObject,
  key: string,
  path: string,
  allowed: readonly T[],
  required: boolean,
): Parsed<T | undefined> {
  const value = object[key];
  if (value === undefined) {
    return required
      ? issue(at(path, key), `The field "${key}" is required (one of ${allowed.join(', ')}).`)
      : parsed(undefined);
  }
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return parsed(value as T);
  const hint = typeof value === 'string' ? closest(value, allowed) : null;
  const suggestion = hint ? ` Did you mean "${hint}"?` : '';
  return issue(
    at(path, key),
    `"${key}" must be one of ${allowed.join(', ')}; got ${shownJson(value)}.${suggestion}`,
  );
}
