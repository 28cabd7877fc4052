// The editable fields of each layer kind: one schema drives the table editor's inputs and their checks.
import type { LayerSpec } from '../engine/index';
import { ACTIVATIONS } from './layer-json';

/** How a field is typed in. */
export type FieldType = 'int' | 'real' | 'sizes' | 'padding' | 'groups' | 'bool' | 'choice';

/** One editable field of a layer kind. */
export interface FieldSpec {
  readonly key: string;
  /** Short label shown at the input ("N", "k"), and its meaning for screen readers. */
  readonly label: string;
  readonly meaning: string;
  readonly type: FieldType;
  readonly options?: readonly string[];
  /** The value shown when the field is absent (the engine's default). */
  readonly placeholder?: string;
}

const ACT_OPTIONS = ACTIVATIONS as readonly string[];

/** The fields of each kind, in the order the editor shows them. */
export const LAYER_FIELDS: Readonly<Record<LayerSpec['kind'], readonly FieldSpec[]>> = {
  conv: [
    { key: 'out', label: 'N', meaning: 'output channels', type: 'int' },
    {
      key: 'kernel',
      label: 'k',
      meaning: 'kernel size (one number, or one per dimension: 3 or 1,3,3)',
      type: 'sizes',
    },
    { key: 'stride', label: 's', meaning: 'stride', type: 'sizes', placeholder: '1' },
    {
      key: 'padding',
      label: 'pad',
      meaning: 'padding: same, valid or a number',
      type: 'padding',
      placeholder: 'same',
    },
    {
      key: 'groups',
      label: 'g',
      meaning: 'groups: a number or depthwise',
      type: 'groups',
      placeholder: '1',
    },
    { key: 'bias', label: 'bias', meaning: 'bias per output channel', type: 'bool' },
  ],
  dense: [
    { key: 'out', label: 'm', meaning: 'outputs', type: 'int' },
    { key: 'bias', label: 'bias', meaning: 'bias per output (default on)', type: 'bool' },
  ],
  bn: [],
  act: [
    {
      key: 'fn',
      label: 'fn',
      meaning: 'activation function',
      type: 'choice',
      options: ACT_OPTIONS,
    },
  ],
  pool: [
    { key: 'op', label: 'op', meaning: 'max or average', type: 'choice', options: ['max', 'avg'] },
    { key: 'kernel', label: 'k', meaning: 'window size', type: 'sizes' },
    {
      key: 'stride',
      label: 's',
      meaning: 'stride (default: the window size)',
      type: 'sizes',
      placeholder: '= k',
    },
    {
      key: 'padding',
      label: 'pad',
      meaning: 'padding: same, valid or a number',
      type: 'padding',
      placeholder: '0',
    },
  ],
  'global-pool': [
    { key: 'op', label: 'op', meaning: 'average or max', type: 'choice', options: ['avg', 'max'] },
  ],
  se: [
    { key: 'reduced', label: 'C_r', meaning: 'squeezed channels', type: 'int' },
    {
      key: 'act',
      label: 'δ',
      meaning: 'activation between the two FCs',
      type: 'choice',
      options: ACT_OPTIONS,
    },
  ],
  mbconv: [
    { key: 'out', label: 'N', meaning: 'output channels', type: 'int' },
    { key: 'expand', label: 't', meaning: 'expansion ratio', type: 'real' },
    { key: 'kernel', label: 'k', meaning: 'depthwise kernel size', type: 'int' },
    { key: 'stride', label: 's', meaning: 'stride', type: 'int' },
    {
      key: 'seRatio',
      label: 'SE',
      meaning: 'SE ratio of the input channels (0 for none)',
      type: 'real',
    },
    { key: 'act', label: 'act', meaning: 'activation', type: 'choice', options: ACT_OPTIONS },
  ],
  residual: [],
  normalize: [],
};

/** The value of a field as the editor shows it: "3", "1,3,3", "same", "depthwise". */
export function fieldText(layer: LayerSpec, key: string): string {
  const value = (layer as unknown as Record<string, unknown>)[key];
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}

/** A field read from text: the value (undefined clears an optional field) or a message. */
export type FieldResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

/** Reads a whole number from text, or null. */
function wholeNumber(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : null;
}

/** Reads "3" or "1,3,3" (also "1x3x3", "1×3×3") as sizes. */
function readSizeText(text: string): number | number[] | null {
  const parts = text.split(/[,x×\s]+/).filter((p) => p !== '');
  if (parts.length === 0 || parts.length > 3) return null;
  const numbers = parts.map(wholeNumber);
  if (numbers.some((n) => n === null)) return null;
  return numbers.length === 1 ? (numbers[0] as number) : (numbers as number[]);
}

/** Reads a field's text into its value, with a message saying what is allowed when it is not. */
export function readField(field: FieldSpec, text: string, required: boolean): FieldResult {
  const trimmed = text.trim();
  if (trimmed === '' && field.type !== 'bool') {
    return required
      ? { ok: false, message: `${field.label} (${field.meaning}) is required.` }
      : { ok: true, value: undefined };
  }
  switch (field.type) {
    case 'int': {
      const n = wholeNumber(trimmed);
      return n === null
        ? { ok: false, message: `${field.label} must be a whole number; got "${trimmed}".` }
        : { ok: true, value: n };
    }
    case 'real': {
      const n = Number(trimmed);
      return Number.isFinite(n)
        ? { ok: true, value: n }
        : { ok: false, message: `${field.label} must be a number; got "${trimmed}".` };
    }
    case 'sizes': {
      const sizes = readSizeText(trimmed);
      return sizes === null
        ? {
            ok: false,
            message: `${field.label} must be a whole number or up to 3 of them (3 or 1,3,3); got "${trimmed}".`,
          }
        : { ok: true, value: sizes };
    }
    case 'padding': {
      if (trimmed === 'same' || trimmed === 'valid') return { ok: true, value: trimmed };
      const sizes = readSizeText(trimmed);
      return sizes === null
        ? { ok: false, message: `Padding must be same, valid or whole numbers; got "${trimmed}".` }
        : { ok: true, value: sizes };
    }
    case 'groups': {
      if (trimmed === 'depthwise' || trimmed === 'dw') return { ok: true, value: 'depthwise' };
      const n = wholeNumber(trimmed);
      return n === null
        ? { ok: false, message: `g must be a whole number or "depthwise"; got "${trimmed}".` }
        : { ok: true, value: n };
    }
    case 'bool':
      return { ok: true, value: trimmed === 'true' };
    case 'choice':
      return field.options?.includes(trimmed)
        ? { ok: true, value: trimmed }
        : { ok: false, message: `${field.label} must be one of ${field.options?.join(', ')}.` };
  }
}

/** Tells whether a field must have a value (the JSON schema's required fields). */
export function isRequired(kind: LayerSpec['kind'], key: string): boolean {
  const required: Readonly<Record<string, readonly string[]>> = {
    conv: ['out', 'kernel'],
    dense: ['out'],
    act: ['fn'],
    pool: ['op', 'kernel'],
    'global-pool': ['op'],
    se: ['reduced'],
    mbconv: ['out', 'expand', 'kernel', 'stride', 'seRatio', 'act'],
  };
  return required[kind]?.includes(key) ?? false;
}

/** A row's settings as text: "N 32 · k 3 · s 2 · g depthwise" (fields at their defaults are left out). */
export function settingsSummary(layer: LayerSpec): string {
  const parts: string[] = [];
  for (const field of LAYER_FIELDS[layer.kind]) {
    const text = fieldText(layer, field.key);
    if (text === '') continue;
    if (field.type === 'bool') {
      if (text === 'true' && layer.kind !== 'dense') parts.push(field.label);
      if (text === 'false' && layer.kind === 'dense') parts.push(`no ${field.label}`);
      continue;
    }
    parts.push(
      field.type === 'choice' && field.key !== 'expand'
        ? text
        : `${field.label} ${text.replace(/,/g, '×')}`,
    );
  }
  if (layer.kind === 'residual') {
    const short =
      layer.shortcut && layer.shortcut.length > 0
        ? `shortcut ${layer.shortcut.length}`
        : 'identity shortcut';
    parts.push(`body ${layer.body.length} ${layer.body.length === 1 ? 'layer' : 'layers'}`, short);
  }
  return parts.join(' · ');
}
