// One layer entry of the network JSON: its kind's fields, checked for type with the path of a bad one.
import type { ActivationName, BlockPart, LayerSpec } from '../engine/index';
import {
  at,
  checkKeys,
  isObject,
  issue,
  parsed,
  readBoolean,
  readChoice,
  readNumber,
  readSizes,
  readString,
  shownJson,
  type JsonObject,
  type Parsed,
} from './json-fields';

/** The activation names the engine knows. */
export const ACTIVATIONS: readonly ActivationName[] = [
  'relu',
  'relu6',
  'sigmoid',
  'swish',
  'hard-swish',
];
/** The block parts a layer may be tagged with. */
export const BLOCK_PARTS: readonly BlockPart[] = [
  'expand',
  'depthwise',
  'se',
  'project',
  'residual',
  'shortcut',
  'body',
];
/** The layer kinds of the schema. */
export const LAYER_KINDS: readonly LayerSpec['kind'][] = [
  'conv',
  'dense',
  'bn',
  'act',
  'pool',
  'global-pool',
  'se',
  'mbconv',
  'residual',
  'normalize',
];
/** The deepest nesting of residual blocks a description may have. */
export const MAX_DEPTH = 8;

/** Counts layers and names while parsing, so names stay unique and sizes bounded. */
export interface LayerBudget {
  count: number;
  readonly names: Set<string>;
  readonly max: number;
}

/** Parses a nested list of layers (passed in, so the two parsers do not import each other). */
export type ListParser = (
  value: unknown,
  path: string,
  budget: LayerBudget,
  depth: number,
) => Parsed<readonly LayerSpec[]>;

const COMMON = ['kind', 'name', 'stage', 'part'];

/** Each kind's fields besides the common ones. */
const FIELDS: Readonly<Record<LayerSpec['kind'], readonly string[]>> = {
  conv: ['out', 'kernel', 'stride', 'padding', 'dilation', 'groups', 'bias'],
  dense: ['out', 'bias'],
  bn: [],
  act: ['fn'],
  pool: ['op', 'kernel', 'stride', 'padding'],
  'global-pool': ['op'],
  se: ['reduced', 'act'],
  mbconv: ['out', 'expand', 'kernel', 'stride', 'seRatio', 'act', 'seAct', 'residual'],
  residual: ['body', 'shortcut'],
  normalize: [],
};

/** Drops the keys whose value is undefined (optional fields stay absent, as in the engine's specs). */
function defined(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out;
}

/** Reads "padding": a whole number, a list of them, "same" or "valid". */
function readPadding(object: JsonObject, path: string): Parsed<unknown> {
  const value = object.padding;
  if (value === 'same' || value === 'valid') return parsed(value);
  if (typeof value === 'string') {
    return issue(
      at(path, 'padding'),
      `"padding" must be "same", "valid", a whole number or a list of them; got ${shownJson(value)}.`,
    );
  }
  return readSizes(object, 'padding', path, false);
}

/** Reads "groups": a whole number or "depthwise". */
function readGroups(object: JsonObject, path: string): Parsed<unknown> {
  if (object.groups === 'depthwise') return parsed('depthwise');
  if (typeof object.groups === 'string') {
    return issue(
      at(path, 'groups'),
      `"groups" must be a whole number or "depthwise"; got ${shownJson(object.groups)}.`,
    );
  }
  return readNumber(object, 'groups', path, false, true);
}

/** Reads the fields of one kind, in the order the schema lists them. */
function readFields(
  kind: LayerSpec['kind'],
  o: JsonObject,
  path: string,
  list: ListParser,
  budget: LayerBudget,
  depth: number,
): Parsed<Record<string, unknown>> {
  const reads: [string, () => Parsed<unknown>][] = [];
  const int = (key: string, required: boolean) => () => readNumber(o, key, path, required, true);
  const real = (key: string, required: boolean) => () => readNumber(o, key, path, required, false);
  const bool = (key: string) => () => readBoolean(o, key, path);
  const sizes = (key: string, required: boolean) => () => readSizes(o, key, path, required);
  const act = (key: string, required: boolean) => () =>
    readChoice(o, key, path, ACTIVATIONS, required);
  if (kind === 'conv') {
    reads.push(
      ['out', int('out', true)],
      ['kernel', sizes('kernel', true)],
      ['stride', sizes('stride', false)],
    );
    reads.push(['padding', () => readPadding(o, path)], ['dilation', sizes('dilation', false)]);
    reads.push(['groups', () => readGroups(o, path)], ['bias', bool('bias')]);
  } else if (kind === 'dense') {
    reads.push(['out', int('out', true)], ['bias', bool('bias')]);
  } else if (kind === 'act') {
    reads.push(['fn', act('fn', true)]);
  } else if (kind === 'pool') {
    reads.push(
      ['op', () => readChoice(o, 'op', path, ['max', 'avg'], true)],
      ['kernel', sizes('kernel', true)],
    );
    reads.push(['stride', sizes('stride', false)], ['padding', () => readPadding(o, path)]);
  } else if (kind === 'global-pool') {
    reads.push(['op', () => readChoice(o, 'op', path, ['avg', 'max'], true)]);
  } else if (kind === 'se') {
    reads.push(['reduced', int('reduced', true)], ['act', act('act', false)]);
  } else if (kind === 'mbconv') {
    reads.push(
      ['out', int('out', true)],
      ['expand', real('expand', true)],
      ['kernel', int('kernel', true)],
    );
    reads.push(
      ['stride', int('stride', true)],
      ['seRatio', real('seRatio', true)],
      ['act', act('act', true)],
    );
    reads.push(['seAct', act('seAct', false)], ['residual', bool('residual')]);
  } else if (kind === 'residual') {
    if (depth + 1 > MAX_DEPTH)
      return issue(path, `Residual blocks may nest at most ${MAX_DEPTH} deep.`);
    reads.push([
      'body',
      () =>
        o.body === undefined
          ? issue(at(path, 'body'), 'A residual block needs a "body" (a list of layers).')
          : list(o.body, at(path, 'body'), budget, depth + 1),
    ]);
    reads.push([
      'shortcut',
      () =>
        o.shortcut === undefined
          ? parsed(undefined)
          : list(o.shortcut, at(path, 'shortcut'), budget, depth + 1),
    ]);
  }
  const fields: Record<string, unknown> = {};
  for (const [key, read] of reads) {
    const result = read();
    if (!result.ok) return result;
    fields[key] = result.value;
  }
  return parsed(fields);
}

/** Parses one layer entry at a path. A missing name becomes "<kind>_<n>"; names must be unique. */
export function parseLayer(
  value: unknown,
  path: string,
  budget: LayerBudget,
  depth: number,
  list: ListParser,
): Parsed<LayerSpec> {
  if (!isObject(value))
    return issue(
      path,
      `A layer must be an object such as {"kind": "conv", "out": 32, "kernel": 3}; got ${shownJson(value)}.`,
    );
  budget.count += 1;
  if (budget.count > budget.max)
    return issue(path, `A description may hold at most ${budget.max} layers.`);
  const kind = readChoice(value, 'kind', path, LAYER_KINDS, true);
  if (!kind.ok) return kind;
  const k = kind.value as LayerSpec['kind'];
  const keys = checkKeys(value, [...COMMON, ...FIELDS[k]], path);
  if (!keys.ok) return keys;
  const name = readString(value, 'name', path, false);
  if (!name.ok) return name;
  const stage = readString(value, 'stage', path, false);
  if (!stage.ok) return stage;
  const part = readChoice(value, 'part', path, BLOCK_PARTS, false);
  if (!part.ok) return part;
  let layerName = name.value;
  if (layerName === undefined) {
    let n = budget.count;
    while (budget.names.has(`${k}_${n}`)) n += 1;
    layerName = `${k}_${n}`;
  } else if (budget.names.has(layerName)) {
    return issue(
      at(path, 'name'),
      `The name "${layerName}" is used twice; every layer needs its own name.`,
    );
  }
  budget.names.add(layerName);
  const fields = readFields(k, value, path, list, budget, depth);
  if (!fields.ok) return fields;
  const spec = defined({
    kind: k,
    name: layerName,
    stage: stage.value,
    part: part.value,
    ...fields.value,
  });
  return parsed(spec as unknown as LayerSpec);
}
