// The lab's JSON description of a network (docs/lab-json-schema.md): parsing with paths, and printing.
import type { LayerSpec, Network } from '../engine/index';
import { parseLayer, type LayerBudget } from './layer-json';
import {
  at,
  checkKeys,
  isObject,
  issue,
  parsed,
  readBoolean,
  readString,
  shownJson,
  type Parsed,
} from './json-fields';
import { lineColumn, syntaxErrorAt } from './json-locate';
import { printJson } from './json-print';

/** The value of the optional "format" field. */
export const NETWORK_FORMAT = 'flops-lab-network';
/** The schema version this lab reads and writes. */
export const NETWORK_VERSION = 1;
/** The longest JSON text the lab reads (characters). */
export const MAX_JSON_LENGTH = 2_000_000;
/** The most layer entries (blocks and their inner layers together) a description may hold. */
export const MAX_LAYERS = 5000;

const NETWORK_KEYS = [
  'format',
  'version',
  'id',
  'title',
  'input',
  'layers',
  'paperCountsBatchNorm',
];

/** Reads the "input" object: spatial sizes (0–3 whole numbers) and channels. */
function parseInput(value: unknown): Parsed<Network['input']> {
  const path = 'input';
  if (!isObject(value)) {
    return issue(
      path,
      `"input" must be an object such as {"spatial": [224, 224], "channels": 3}; got ${shownJson(value)}.`,
    );
  }
  const keys = checkKeys(value, ['spatial', 'channels'], path);
  if (!keys.ok) return keys;
  const spatial = value.spatial;
  if (!Array.isArray(spatial) || spatial.length > 3) {
    return issue(
      at(path, 'spatial'),
      `"spatial" must be a list of 0 to 3 sizes such as [224, 224]; got ${shownJson(spatial)}.`,
    );
  }
  for (const [i, size] of spatial.entries()) {
    if (typeof size !== 'number' || !Number.isSafeInteger(size)) {
      return issue(
        at(at(path, 'spatial'), i),
        `Each input size must be a whole number; got ${shownJson(size)}.`,
      );
    }
  }
  const channels = value.channels;
  if (typeof channels !== 'number' || !Number.isSafeInteger(channels)) {
    return issue(
      at(path, 'channels'),
      `"channels" must be a whole number such as 3; got ${shownJson(channels)}.`,
    );
  }
  return parsed({ spatial: spatial as number[], channels });
}

/** Reads a list of layer entries at a path (the network's "layers", a residual's "body" or "shortcut"). */
export function parseLayerList(
  value: unknown,
  path: string,
  budget: LayerBudget,
  depth: number,
): Parsed<readonly LayerSpec[]> {
  if (!Array.isArray(value))
    return issue(path, `This must be a list of layers; got ${shownJson(value)}.`);
  const layers: LayerSpec[] = [];
  for (const [i, entry] of value.entries()) {
    const layer = parseLayer(entry, at(path, i), budget, depth, parseLayerList);
    if (!layer.ok) return layer;
    layers.push(layer.value);
  }
  return parsed(layers);
}

/** Checks a parsed JSON value against the schema and builds the network it describes. */
export function parseNetwork(value: unknown): Parsed<Network> {
  if (!isObject(value)) {
    return issue(
      '(top level)',
      `The description must be an object with "input" and "layers"; got ${shownJson(value)}.`,
    );
  }
  const keys = checkKeys(value, NETWORK_KEYS, '');
  if (!keys.ok) return keys;
  if (value.format !== undefined && value.format !== NETWORK_FORMAT) {
    return issue(
      'format',
      `"format" must be "${NETWORK_FORMAT}" when given; got ${shownJson(value.format)}.`,
    );
  }
  if (value.version !== undefined && value.version !== NETWORK_VERSION) {
    return issue(
      'version',
      `This lab reads version ${NETWORK_VERSION}; got ${shownJson(value.version)}.`,
    );
  }
  const id = readString(value, 'id', '', false);
  if (!id.ok) return id;
  const title = readString(value, 'title', '', false);
  if (!title.ok) return title;
  const countsBn = readBoolean(value, 'paperCountsBatchNorm', '');
  if (!countsBn.ok) return countsBn;
  if (value.input === undefined)
    return issue(
      'input',
      'The field "input" is required, e.g. {"spatial": [224, 224], "channels": 3}.',
    );
  const input = parseInput(value.input);
  if (!input.ok) return input;
  if (value.layers === undefined)
    return issue('layers', 'The field "layers" is required (a list of layers).');
  const budget: LayerBudget = { count: 0, names: new Set(), max: MAX_LAYERS };
  const layers = parseLayerList(value.layers, 'layers', budget, 0);
  if (!layers.ok) return layers;
  return parsed({
    id: id.value ?? 'custom',
    title: title.value ?? 'Custom network',
    input: input.value,
    layers: layers.value,
    ...(countsBn.value === undefined ? {} : { paperCountsBatchNorm: countsBn.value }),
  });
}

/** Parses JSON text into a network; a syntax error reports its line and column. */
export function parseNetworkText(text: string): Parsed<Network> {
  if (text.length > MAX_JSON_LENGTH) {
    return issue(
      '(text)',
      `The description is ${text.length.toLocaleString('en')} characters long; the lab reads at most ${MAX_JSON_LENGTH.toLocaleString('en')}.`,
    );
  }
  if (text.trim() === '')
    return issue(
      '(text)',
      'The description is empty: paste a JSON object with "input" and "layers".',
    );
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = syntaxErrorAt(text);
    const place = offset === null ? '(syntax)' : lineColumn(text, offset);
    return issue(place, `This is not valid JSON (${message.replace(/\s+/g, ' ').slice(0, 120)}).`);
  }
  return parseNetwork(value);
}

/** The JSON value of a network, "format" and "version" first. */
export function networkToJson(network: Network): Record<string, unknown> {
  return {
    format: NETWORK_FORMAT,
    version: NETWORK_VERSION,
    id: network.id,
    title: network.title,
    input: { spatial: [...network.input.spatial], channels: network.input.channels },
    ...(network.paperCountsBatchNorm === undefined
      ? {}
      : { paperCountsBatchNorm: network.paperCountsBatchNorm }),
    layers: network.layers,
  };
}

/** Prints a network as JSON, one layer a line. */
export function serializeNetwork(network: Network): string {
  return printJson(networkToJson(network));
}
