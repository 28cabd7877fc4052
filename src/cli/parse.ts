// Reads argv into a command and typed option values; every mistake becomes one clear message.
import { findOption, OPTIONS, type OptionDef } from './options';

/** A parsed option value. */
export type OptionValue = number | string | boolean | readonly string[];

/** The command and its options. */
export interface ParsedArgs {
  readonly command: string | null;
  readonly values: ReadonlyMap<string, OptionValue>;
}

/** A usage mistake: which argument, and what is allowed. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

function readValue(def: OptionDef, raw: string): OptionValue {
  const flag = `--${def.name}`;
  switch (def.kind) {
    case 'number': {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n))
        throw new UsageError(`${flag} must be a number; got "${raw}".`);
      return n;
    }
    case 'int': {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isSafeInteger(n) || n < 1) {
        throw new UsageError(`${flag} must be a whole number from 1 up; got "${raw}".`);
      }
      return n;
    }
    case 'choice':
      if (!def.choices?.includes(raw))
        throw new UsageError(`${flag} must be one of ${def.choices?.join(', ')}; got "${raw}".`);
      return raw;
    case 'padding': {
      if (raw === 'same' || raw === 'valid') return raw;
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isSafeInteger(n) || n < 0) {
        throw new UsageError(
          `--padding must be a whole number from 0 up, "same" or "valid"; got "${raw}".`,
        );
      }
      return n;
    }
    case 'list': {
      const items = raw.split(',').map((s) => s.trim());
      for (const item of items) {
        if (!def.choices?.includes(item)) {
          throw new UsageError(
            `${flag} takes a comma-separated list of ${def.choices?.join(', ')}; got "${item}".`,
          );
        }
      }
      return items;
    }
    case 'flag':
      return true;
  }
}

/** Parses argv (without node and the script). */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const values = new Map<string, OptionValue>();
  let command: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? '';
    if (token === '-h') {
      values.set('help', true);
      continue;
    }
    if (!token.startsWith('--')) {
      if (command !== null)
        throw new UsageError(
          `unexpected argument "${token}" after "${command}"; options start with --.`,
        );
      command = token;
      continue;
    }
    const [name = '', inline] = token.slice(2).split(/=(.*)/s, 2);
    const def = findOption(name);
    if (def === undefined) {
      const names = OPTIONS.map((o) => `--${o.name}`).join(', ');
      throw new UsageError(`unknown option --${name}; allowed: ${names}.`);
    }
    if (values.has(name)) throw new UsageError(`--${name} is given twice; give it once.`);
    if (def.kind === 'flag') {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value; got "${inline}".`);
      values.set(name, true);
      continue;
    }
    const raw = inline ?? argv[i + 1];
    if (raw === undefined || (inline === undefined && raw.startsWith('--'))) {
      throw new UsageError(`--${name} needs a value ${def.value ?? ''}`.trimEnd() + '.');
    }
    if (inline === undefined) i += 1;
    values.set(name, readValue(def, raw));
  }
  return { command, values };
}
