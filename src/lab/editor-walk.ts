// Shapes through the editor's rows: each entry analysed on its own input, so an error stays on its row.
import {
  analyzeNetwork,
  type EngineError,
  type LayerRow,
  type LayerSpec,
  type Shape,
} from '../engine/index';
import type { LayerPath } from './editor-ops';

/** What the editor shows for one entry (a layer or a block). */
export interface EntryStatus {
  readonly path: LayerPath;
  readonly layer: LayerSpec;
  /** The entry's input, or null when an earlier entry failed. */
  readonly input: Shape | null;
  readonly output: Shape | null;
  /** Trainable params (weights, biases, BN γ/β) and MACs of the entry, blocks' inner layers included. */
  readonly params: number;
  readonly macs: number;
  /** The engine's message when this entry itself is wrong (the field is relative to the entry). */
  readonly error: EngineError | null;
  /** A residual block's body and shortcut entries, when the block is open. */
  readonly body?: readonly EntryStatus[];
  readonly shortcut?: readonly EntryStatus[];
}

/** Turns an error's field inside a one-layer network ("layers[0].groups") into the entry's ("groups"). */
function relative(error: EngineError): EngineError {
  const field = error.field.replace(/^layers\[0\]\.?/, '');
  return { ...error, field };
}

/** Tells whether an error belongs to a block's inner entries ("layers[0].body[2]…"). */
function isInner(error: EngineError): boolean {
  return /^layers\[0\]\.(body|shortcut)\[/.test(error.field);
}

/** Statuses by layer object, then by path and input: unchanged entries keep their object, so rows can skip rendering. */
const cache = new WeakMap<LayerSpec, Map<string, EntryStatus>>();

/** Tells whether a path lies inside (or is) a block's path: the open row keeps its blocks open. */
function isWithin(open: LayerPath | null, path: LayerPath): boolean {
  return open !== null && open.length >= path.length && path.every((p, i) => open[i] === p);
}

/** Analyses one entry on an input, reusing the last status of the same layer, path, input and open row. */
function cachedStatus(
  layer: LayerSpec,
  input: Shape,
  path: LayerPath,
  open: LayerPath | null,
): EntryStatus {
  const openKey = layer.kind === 'residual' && isWithin(open, path) ? (open ?? []).join('/') : '';
  const key = `${path.join('/')}|${input.spatial.join('x')}x${input.channels}|${openKey}`;
  let byKey = cache.get(layer);
  const hit = byKey?.get(key);
  if (hit) return hit;
  const status = entryStatus(layer, input, path, open);
  if (!byKey) {
    byKey = new Map();
    cache.set(layer, byKey);
  }
  if (byKey.size > 8) byKey.clear();
  byKey.set(key, status);
  return status;
}

/** Analyses one entry on an input; an open residual block also gets its body's and shortcut's entries. */
function entryStatus(
  layer: LayerSpec,
  input: Shape,
  path: LayerPath,
  open: LayerPath | null,
): EntryStatus {
  const result = analyzeNetwork(
    {
      id: 'entry',
      title: layer.name,
      input: { spatial: input.spatial, channels: input.channels },
      layers: [layer],
    },
    { convention: 'macs' },
  );
  const expanded = layer.kind === 'residual' && isWithin(open, path);
  const nested =
    layer.kind === 'residual' && expanded
      ? {
          body: walkEntries(layer.body, input, [...path, 'body'], open),
          shortcut: walkEntries(layer.shortcut ?? [], input, [...path, 'shortcut'], open),
        }
      : {};
  if (!result.ok) {
    // A closed block shows its inner layers' errors itself ("body[2].groups"); an open one, on their rows.
    const own = expanded && isInner(result.error) ? null : relative(result.error);
    return { path, layer, input, output: null, params: 0, macs: 0, error: own, ...nested };
  }
  const a = result.value;
  return {
    path,
    layer,
    input,
    output: a.output,
    params: a.totals.params,
    macs: a.totals.macs,
    error: null,
    ...nested,
  };
}

/**
 * The status of each entry of a list, each on the output of the one before; after a failure, no shapes.
 * Residual blocks list their inner entries only when `open` (the row being edited) is the block or inside it.
 */
export function walkEntries(
  layers: readonly LayerSpec[],
  input: Shape | null,
  list: LayerPath = [],
  open: LayerPath | null = null,
): EntryStatus[] {
  const out: EntryStatus[] = [];
  let current = input;
  layers.forEach((layer, i) => {
    const path = [...list, i];
    if (current === null) {
      out.push({ path, layer, input: null, output: null, params: 0, macs: 0, error: null });
      return;
    }
    const status = cachedStatus(layer, current, path, open);
    out.push(status);
    current = status.output;
  });
  return out;
}

/** The first entry (depth first) whose own error stops the network, if any. */
export function firstFailure(entries: readonly EntryStatus[]): EntryStatus | null {
  for (const e of entries) {
    const inner = firstFailure([...(e.body ?? []), ...(e.shortcut ?? [])]);
    if (inner) return inner;
    if (e.error) return e;
    if (e.output === null && e.input !== null) return e;
  }
  return null;
}

/** Sums the params and MACs of rows. */
function sums(rows: readonly LayerRow[]): { params: number; macs: number } {
  let params = 0;
  let macs = 0;
  for (const r of rows) {
    params += r.params;
    macs += r.macs;
  }
  return { params, macs };
}

/**
 * The entries' statuses read off a whole-network analysis (one engine call instead of one per entry):
 * a layer is one row, a block its rows (an MBConv's rows carry its name as block; a residual block
 * ends with its "<name>.add" row). Null when the rows do not line up, so the caller walks instead.
 */
export function entriesFromRows(
  layers: readonly LayerSpec[],
  rows: readonly LayerRow[],
  input: Shape,
  open: LayerPath | null = null,
): EntryStatus[] | null {
  const out: EntryStatus[] = [];
  let i = 0;
  let current = input;
  for (const [k, layer] of layers.entries()) {
    const start = i;
    if (layer.kind === 'mbconv') {
      while (i < rows.length && rows[i]?.block === layer.name) i += 1;
    } else if (layer.kind === 'residual') {
      while (i < rows.length && rows[i]?.name !== `${layer.name}.add`) i += 1;
      i += 1;
    } else {
      i += 1;
    }
    const last = rows[i - 1];
    if (i === start || i > rows.length || !last) return null;
    const path: LayerPath = [k];
    const nested =
      layer.kind === 'residual' && isWithin(open, path)
        ? {
            body: walkEntries(layer.body, current, [k, 'body'], open),
            shortcut: walkEntries(layer.shortcut ?? [], current, [k, 'shortcut'], open),
          }
        : {};
    out.push({
      path,
      layer,
      input: current,
      output: last.outputShape,
      ...sums(rows.slice(start, i)),
      error: null,
      ...nested,
    });
    current = last.outputShape;
  }
  return i === rows.length ? out : null;
}
