// The table editor's operations on a network's layer tree: pure functions from old layers to new.
import type { LayerSpec, Network, ResidualSpec } from '../engine/index';

/** Where a layer sits: its index in the top list, then ('body' | 'shortcut', index) per residual level. */
export type LayerPath = readonly (number | 'body' | 'shortcut')[];

/** Where a list sits: [] for the network's layers, [3, 'body'] for the body of residual block 3. */
export type ListPath = LayerPath;

type Layers = readonly LayerSpec[];

/** Splits a layer path into the path of its list and its index there. */
export function splitPath(path: LayerPath): { list: ListPath; index: number } {
  const index = path.at(-1);
  return { list: path.slice(0, -1), index: typeof index === 'number' ? index : -1 };
}

/** Finds the list at a path, or undefined when the path leads nowhere. */
export function listAt(layers: Layers, list: ListPath): Layers | undefined {
  let current: Layers | undefined = layers;
  for (let i = 0; i < list.length; i += 2) {
    const index = list[i];
    const branch = list[i + 1];
    const layer: LayerSpec | undefined = typeof index === 'number' ? current?.[index] : undefined;
    if (layer?.kind !== 'residual' || (branch !== 'body' && branch !== 'shortcut'))
      return undefined;
    current = branch === 'body' ? layer.body : (layer.shortcut ?? []);
  }
  return current;
}

/** Finds the layer at a path. */
export function layerAt(layers: Layers, path: LayerPath): LayerSpec | undefined {
  const { list, index } = splitPath(path);
  return listAt(layers, list)?.[index];
}

/** Replaces the list at a path by what `change` makes of it; other lists are shared, not copied. */
export function changeList(
  layers: Layers,
  list: ListPath,
  change: (items: Layers) => Layers,
): Layers {
  if (list.length === 0) return change(layers);
  const [index, branch, ...rest] = list;
  const layer = typeof index === 'number' ? layers[index] : undefined;
  if (layer?.kind !== 'residual' || (branch !== 'body' && branch !== 'shortcut')) return layers;
  const inner = branch === 'body' ? layer.body : (layer.shortcut ?? []);
  const updated: ResidualSpec = { ...layer, [branch]: changeList(inner, rest, change) };
  return layers.map((l, i) => (i === index ? updated : l));
}

/** Replaces the layer at a path. */
export function replaceLayer(layers: Layers, path: LayerPath, layer: LayerSpec): Layers {
  const { list, index } = splitPath(path);
  return changeList(layers, list, (items) => items.map((l, i) => (i === index ? layer : l)));
}

/** Replaces the layer at a path by several (unpacking a block into its layers). */
export function replaceWithMany(layers: Layers, path: LayerPath, replacement: Layers): Layers {
  const { list, index } = splitPath(path);
  return changeList(layers, list, (items) => [
    ...items.slice(0, index),
    ...replacement,
    ...items.slice(index + 1),
  ]);
}

/** Sets one field of the layer at a path (undefined removes an optional field). */
export function setField(layers: Layers, path: LayerPath, key: string, value: unknown): Layers {
  const layer = layerAt(layers, path);
  if (!layer) return layers;
  const next: Record<string, unknown> = { ...layer };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return replaceLayer(layers, path, next as unknown as LayerSpec);
}

/** Inserts a layer into a list at an index (clamped to the list). */
export function insertLayer(
  layers: Layers,
  list: ListPath,
  index: number,
  layer: LayerSpec,
): Layers {
  return changeList(layers, list, (items) => {
    const at = Math.max(0, Math.min(index, items.length));
    return [...items.slice(0, at), layer, ...items.slice(at)];
  });
}

/** Removes the layer at a path. */
export function removeLayer(layers: Layers, path: LayerPath): Layers {
  const { list, index } = splitPath(path);
  return changeList(layers, list, (items) => items.filter((_, i) => i !== index));
}

/** Moves the layer at a path up (−1) or down (+1) within its list; the ends stay put. */
export function moveLayer(layers: Layers, path: LayerPath, delta: -1 | 1): Layers {
  const { list, index } = splitPath(path);
  return changeList(layers, list, (items) => {
    const target = index + delta;
    if (index < 0 || target < 0 || target >= items.length) return items;
    const next = [...items];
    const moved = next[index] as LayerSpec;
    next[index] = next[target] as LayerSpec;
    next[target] = moved;
    return next;
  });
}

/** Every layer name in the tree, blocks' inner layers included. */
export function layerNames(layers: Layers, into: Set<string> = new Set()): Set<string> {
  for (const layer of layers) {
    into.add(layer.name);
    if (layer.kind === 'residual') {
      layerNames(layer.body, into);
      layerNames(layer.shortcut ?? [], into);
    }
  }
  return into;
}

/** A name not yet used: "conv_1", "conv_2", … */
export function freshName(base: string, taken: ReadonlySet<string>): string {
  let n = 1;
  while (taken.has(`${base}_${n}`)) n += 1;
  return `${base}_${n}`;
}

/** A new layer of a kind with defaults that fit an input of `channels` channels. */
export function newLayer(
  kind: LayerSpec['kind'],
  channels: number,
  taken: ReadonlySet<string>,
): LayerSpec {
  const name = freshName(kind.replace('-', '_'), taken);
  const c = Math.max(1, channels);
  switch (kind) {
    case 'conv':
      return { kind, name, out: c, kernel: 3 };
    case 'dense':
      return { kind, name, out: 1000 };
    case 'bn':
    case 'normalize':
      return { kind, name };
    case 'act':
      return { kind, name, fn: 'relu' };
    case 'pool':
      return { kind, name, op: 'max', kernel: 2, stride: 2 };
    case 'global-pool':
      return { kind, name, op: 'avg' };
    case 'se':
      return { kind, name, reduced: Math.max(1, Math.floor(c / 4)) };
    case 'mbconv':
      return { kind, name, out: c, expand: 6, kernel: 3, stride: 1, seRatio: 0.25, act: 'swish' };
    case 'residual':
      return {
        kind,
        name,
        body: [
          { kind: 'conv', name: `${name}.conv1`, out: c, kernel: 3 },
          { kind: 'bn', name: `${name}.bn1` },
          { kind: 'act', name: `${name}.relu1`, fn: 'relu' },
          { kind: 'conv', name: `${name}.conv2`, out: c, kernel: 3 },
          { kind: 'bn', name: `${name}.bn2` },
        ],
        shortcut: [],
      };
  }
}

/** An empty network to build from scratch: a 224×224 RGB input and no layers. */
export function emptyNetwork(): Network {
  return {
    id: 'custom',
    title: 'My network',
    input: { spatial: [224, 224], channels: 3 },
    layers: [],
  };
}
