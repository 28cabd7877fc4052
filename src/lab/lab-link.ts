// The lab's link: `#/lab?model=mobilenet-v1&width=0.75&count=flops` or `#/lab?net=<packed JSON>`.
// Reading never fails: each bad part gives a notice and its default (a bad network: MobileNetV1).
import {
  CONVENTIONS,
  findModel,
  NO_EXTRAS,
  type Convention,
  type ExtraCosts,
  type ModelOption,
  type ModelOptions,
} from '../engine/index';
import { EXTRA_SWITCHES, PARAMS_MODES, type Counting, type ParamsMode } from './counting';
import { optionText, readOptionText, trimOptions } from './model-options';

/** The results tabs. */
export const TAB_IDS = ['table', 'charts', 'gap', 'latency', 'export'] as const;
export type TabId = (typeof TAB_IDS)[number];

/** The network a link names: a registry model with options, or a packed JSON description. */
export type LinkSource =
  | { readonly kind: 'model'; readonly model: string; readonly options: ModelOptions }
  | { readonly kind: 'packed'; readonly packed: string };

/** Everything a link carries. */
export interface LinkState {
  readonly source: LinkSource;
  readonly counting: Counting;
  readonly tab: TabId;
}

export const DEFAULT_MODEL = 'mobilenet-v1';

export const DEFAULT_COUNTING: Counting = {
  convention: 'macs',
  countBias: true,
  extras: NO_EXTRAS,
  params: 'paper',
};

/** The keys a lab link may have besides the model's options. */
const KNOWN_KEYS = ['model', 'net', 'count', 'bias', 'extras', 'params', 'tab'];

/** Reads the counting choices from a link. */
function readCounting(query: Readonly<Record<string, string>>, notices: string[]): Counting {
  let convention: Convention = DEFAULT_COUNTING.convention;
  if (query.count !== undefined) {
    if ((CONVENTIONS as readonly string[]).includes(query.count))
      convention = query.count as Convention;
    else
      notices.push(
        `Unknown convention "${query.count}" in the link: showing MACs (one of ${CONVENTIONS.join(', ')}).`,
      );
  }
  let countBias = true;
  if (query.bias !== undefined) {
    if (query.bias === '0' || query.bias === '1') countBias = query.bias === '1';
    else
      notices.push(`"bias" in the link must be 0 or 1; got "${query.bias}". Counting bias adds.`);
  }
  const extras: Record<string, boolean> = { ...NO_EXTRAS };
  for (const name of (query.extras ?? '').split(',').filter((n) => n !== '')) {
    const known = EXTRA_SWITCHES.find((s) => s.link === name);
    if (known) extras[known.key] = true;
    else
      notices.push(
        `Unknown extra cost "${name}" in the link was ignored (known: ${EXTRA_SWITCHES.map((s) => s.link).join(', ')}).`,
      );
  }
  let params: ParamsMode = DEFAULT_COUNTING.params;
  if (query.params !== undefined) {
    const mode = PARAMS_MODES.find((m) => m.id === query.params);
    if (mode) params = mode.id;
    else
      notices.push(
        `Unknown params mode "${query.params}" in the link: counting as the paper does.`,
      );
  }
  return { convention, countBias, extras: extras as unknown as ExtraCosts, params };
}

/** Reads a registry model and its options from a link. */
function readModel(query: Readonly<Record<string, string>>, notices: string[]): LinkSource {
  const id = query.model ?? DEFAULT_MODEL;
  const model = findModel(id);
  if (!model) {
    notices.push(`There is no model "${id}": showing MobileNetV1 instead.`);
    return { kind: 'model', model: DEFAULT_MODEL, options: {} };
  }
  const options: Record<string, number | boolean> = {};
  for (const [key, text] of Object.entries(query)) {
    if (KNOWN_KEYS.includes(key)) continue;
    if (!(model.options as readonly string[]).includes(key)) {
      notices.push(`${model.title} has no option "${key}"; it was ignored.`);
      continue;
    }
    const read = readOptionText(model, key as ModelOption, text);
    if (read.notice) notices.push(read.notice);
    options[key] = read.value;
  }
  return { kind: 'model', model: model.id, options: options as ModelOptions };
}

/** Reads a lab link's query: a state and the notices about what was wrong in it. */
export function readLabQuery(query: Readonly<Record<string, string>>): {
  state: LinkState;
  notices: string[];
} {
  const notices: string[] = [];
  let source: LinkSource;
  if (query.net !== undefined) {
    source = { kind: 'packed', packed: query.net };
    if (query.model !== undefined)
      notices.push('The link names both a model and a network; showing the network.');
  } else {
    source = readModel(query, notices);
  }
  const counting = readCounting(query, notices);
  let tab: TabId = 'table';
  if (query.tab !== undefined) {
    if ((TAB_IDS as readonly string[]).includes(query.tab)) tab = query.tab as TabId;
    else notices.push(`Unknown tab "${query.tab}" in the link: showing the table.`);
  }
  return { state: { source, counting, tab }, notices };
}

/** Writes a lab state as a link query, leaving out defaults. A custom network without a packed form gets none. */
export function writeLabQuery(
  source: LinkSource | null,
  counting: Counting,
  tab: TabId,
): Record<string, string> {
  const query: Record<string, string> = {};
  if (source?.kind === 'packed') query.net = source.packed;
  if (source?.kind === 'model') {
    const model = findModel(source.model);
    query.model = source.model;
    if (model)
      for (const [key, value] of Object.entries(trimOptions(model, source.options))) {
        query[key] = optionText(key as ModelOption, value as number | boolean);
      }
  }
  if (counting.convention !== 'macs') query.count = counting.convention;
  if (!counting.countBias) query.bias = '0';
  const extras = EXTRA_SWITCHES.filter((s) => counting.extras[s.key]).map((s) => s.link);
  if (extras.length > 0) query.extras = extras.join(',');
  if (counting.params !== 'paper') query.params = counting.params;
  if (tab !== 'table') query.tab = tab;
  return query;
}
