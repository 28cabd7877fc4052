// The table editor's state functions: MobileNetV1 rebuilt by hand matches the built-in network exactly;
// edits land where they should, nested blocks included; an error stays on the row that causes it.
import { describe, expect, test } from 'vitest';
import {
  ALL_EXTRAS,
  MODELS,
  analyzeNetwork,
  buildModel,
  CONVENTIONS,
  expandMbConv,
  MOBILENET_V1_BLOCKS,
  shape,
  unwrap,
  type LayerSpec,
  type Network,
} from '../../src/engine/index';
import {
  emptyNetwork,
  insertLayer,
  layerAt,
  layerNames,
  moveLayer,
  newLayer,
  removeLayer,
  replaceWithMany,
  setField,
  type LayerPath,
} from '../../src/lab/editor-ops';
import { entriesFromRows, firstFailure, walkEntries } from '../../src/lab/editor-walk';
import { commonDivisors, groupsType } from '../../src/lab/groups';
import { LAYER_FIELDS, readField } from '../../src/lab/layer-fields';

/** Adds a layer of a kind at the end, with the defaults the editor's "Add at the end" gives it. */
function addAtEnd(network: Network, kind: LayerSpec['kind']): Network {
  const entries = walkEntries(network.layers, shape(network.input.spatial, network.input.channels));
  const channels = entries.at(-1)?.output?.channels ?? network.input.channels;
  const layer = newLayer(kind, channels, layerNames(network.layers));
  return { ...network, layers: insertLayer(network.layers, [], network.layers.length, layer) };
}

/** Types a value into a field of the last layer, as the editor's field would read it. */
function typeInto(network: Network, key: string, text: string): Network {
  const path: LayerPath = [network.layers.length - 1];
  const layer = layerAt(network.layers, path);
  const field = LAYER_FIELDS[layer?.kind ?? 'bn'].find((f) => f.key === key);
  if (!field) throw new Error(`no field ${key}`);
  const read = readField(field, text, false);
  if (!read.ok) throw new Error(read.message);
  return { ...network, layers: setField(network.layers, path, key, read.value) };
}

/** MobileNetV1 built row by row through the editor's functions, as a student would (Table 1). */
function mobileNetByHand(): Network {
  let n = emptyNetwork();
  n = typeInto(addAtEnd(n, 'conv'), 'out', '32');
  n = typeInto(n, 'stride', '2');
  n = addAtEnd(addAtEnd(n, 'bn'), 'act');
  for (const [channels, stride] of MOBILENET_V1_BLOCKS) {
    n = typeInto(addAtEnd(n, 'conv'), 'groups', 'depthwise');
    n = typeInto(n, 'stride', String(stride));
    n = addAtEnd(addAtEnd(n, 'bn'), 'act');
    n = typeInto(addAtEnd(n, 'conv'), 'kernel', '1');
    n = typeInto(n, 'out', String(channels));
    n = addAtEnd(addAtEnd(n, 'bn'), 'act');
  }
  n = addAtEnd(n, 'global-pool');
  return addAtEnd(n, 'dense');
}

describe('MobileNetV1 rebuilt by hand in the editor', () => {
  const byHand = mobileNetByHand();
  const builtIn = unwrap(buildModel('mobilenet-v1'));

  test('has the built-in layer count and no errors', () => {
    expect(byHand.layers).toHaveLength(builtIn.layers.length);
    expect(firstFailure(walkEntries(byHand.layers, shape([224, 224], 3)))).toBeNull();
  });

  test('gives the paper\u2019s 568,740,352 mult-adds and 4,210,088 params (4,231,976 with BN γ/β)', () => {
    const totals = unwrap(analyzeNetwork(byHand)).totals;
    expect(totals.macs).toBe(568_740_352);
    expect(totals.params - totals.batchNormParams).toBe(4_210_088);
    expect(totals.params).toBe(4_231_976);
  });

  for (const convention of CONVENTIONS) {
    test(`matches the built-in totals and every row under ${convention} with every extra cost`, () => {
      const a = unwrap(analyzeNetwork(byHand, { convention, extras: ALL_EXTRAS }));
      const b = unwrap(analyzeNetwork(builtIn, { convention, extras: ALL_EXTRAS }));
      expect(a.totals).toEqual(b.totals);
      const strip = (an: typeof a) =>
        an.rows.map((r) => [r.kind, r.category, r.outputShape, r.params, r.macs, r.flops]);
      expect(strip(a)).toEqual(strip(b));
    });
  }

  test('under the paper preset differs from the built-in only in BN γ/β, which the built-in marks as uncounted', () => {
    const a = unwrap(
      analyzeNetwork({ ...byHand, paperCountsBatchNorm: false }, { preset: 'paper' }),
    );
    const b = unwrap(analyzeNetwork(builtIn, { preset: 'paper' }));
    expect(a.reportedParams).toBe(b.reportedParams);
  });
});

const base: Network = {
  id: 't',
  title: 't',
  input: { spatial: [8, 8], channels: 4 },
  layers: [
    { kind: 'conv', name: 'a', out: 8, kernel: 3 },
    {
      kind: 'residual',
      name: 'r',
      body: [
        { kind: 'conv', name: 'r1', out: 8, kernel: 3 },
        { kind: 'bn', name: 'r2' },
      ],
      shortcut: [],
    },
    { kind: 'global-pool', name: 'p', op: 'avg' },
  ],
};

/** The names in the body of block 1. */
function bodyNames(layers: readonly LayerSpec[]): string[] {
  const block = layerAt(layers, [1]);
  return block?.kind === 'residual' ? block.body.map((l) => l.name) : [];
}

describe('editing the layer tree', () => {
  test('insert, set, move and remove inside a residual body leave the other layers untouched', () => {
    let layers = insertLayer(base.layers, [1, 'body'], 1, {
      kind: 'act',
      name: 'r_act',
      fn: 'relu',
    });
    expect(layerAt(layers, [1, 'body', 1])?.name).toBe('r_act');
    expect(layers[0]).toBe(base.layers[0]);
    layers = setField(layers, [1, 'body', 0], 'groups', 4);
    expect(layerAt(layers, [1, 'body', 0])).toEqual({
      kind: 'conv',
      name: 'r1',
      out: 8,
      kernel: 3,
      groups: 4,
    });
    layers = setField(layers, [1, 'body', 0], 'groups', undefined);
    expect(layerAt(layers, [1, 'body', 0])).toEqual({
      kind: 'conv',
      name: 'r1',
      out: 8,
      kernel: 3,
    });
    layers = moveLayer(layers, [1, 'body', 2], -1);
    expect(bodyNames(layers)).toEqual(['r1', 'r2', 'r_act']);
    expect(moveLayer(layers, [0], -1)).toEqual(layers);
    layers = removeLayer(layers, [1, 'body', 0]);
    expect(bodyNames(layers)).toEqual(['r2', 'r_act']);
    layers = insertLayer(layers, [1, 'shortcut'], 0, { kind: 'bn', name: 's_bn' });
    expect(layerAt(layers, [1, 'shortcut', 0])?.name).toBe('s_bn');
  });

  test('a block unpacked into its layers analyses to the same totals', () => {
    const net: Network = {
      id: 'm',
      title: 'm',
      input: { spatial: [16, 16], channels: 16 },
      layers: [
        {
          kind: 'mbconv',
          name: 'b',
          out: 16,
          expand: 6,
          kernel: 3,
          stride: 1,
          seRatio: 0.25,
          act: 'swish',
        },
      ],
    };
    const entries = walkEntries(net.layers, shape([16, 16], 16));
    const layer = net.layers[0];
    if (layer?.kind !== 'mbconv') throw new Error('expected an mbconv');
    const inner = unwrap(expandMbConv(layer, entries[0]?.input?.channels ?? 0, layer.name));
    const unpacked = { ...net, layers: replaceWithMany(net.layers, [0], inner) };
    expect(unwrap(analyzeNetwork(unpacked)).totals).toEqual(unwrap(analyzeNetwork(net)).totals);
  });

  test('new layers get unique names and defaults that fit the channels', () => {
    const taken = layerNames(base.layers);
    const se = newLayer('se', 32, taken);
    expect(se).toEqual({ kind: 'se', name: 'se_1', reduced: 8 });
    expect(newLayer('conv', 32, new Set(['conv_1']))).toEqual({
      kind: 'conv',
      name: 'conv_2',
      out: 32,
      kernel: 3,
    });
    const residual = newLayer('residual', 8, taken);
    const net = { ...base, layers: [...base.layers.slice(0, 1), residual] };
    expect(
      unwrap(analyzeNetwork({ ...net, input: { spatial: [8, 8], channels: 4 } })).output,
    ).toEqual(shape([8, 8], 8));
  });
});

describe('shapes and errors through the rows', () => {
  test('a groups value that does not divide the channels is reported on its own row; later rows have no shapes', () => {
    const layers = setField(base.layers, [0], 'groups', 3);
    const entries = walkEntries(layers, shape([8, 8], 4));
    expect(entries[0]?.error?.field).toBe('groups');
    expect(entries[0]?.error?.message).toMatch(/Groups g must divide/);
    expect(entries[1]?.input).toBeNull();
    expect(entries[2]?.output).toBeNull();
    expect(firstFailure(entries)?.path).toEqual([0]);
  });

  test('an error inside an open residual block is shown on the inner row; a closed block shows it itself', () => {
    const layers = setField(base.layers, [1, 'body', 0], 'padding', 'valid');
    const tooBig = setField(layers, [1, 'body', 0], 'kernel', 11);
    const open = walkEntries(tooBig, shape([8, 8], 4), [], [1]);
    expect(open[1]?.error).toBeNull();
    expect(open[1]?.body?.[0]?.error?.field).toBe('kernel');
    expect(open[1]?.body?.[0]?.error?.message).toMatch(/The kernel does not fit/);
    expect(firstFailure(open)?.path).toEqual([1, 'body', 0]);
    const closed = walkEntries(tooBig, shape([8, 8], 4));
    expect(closed[1]?.body).toBeUndefined();
    expect(closed[1]?.error?.field).toBe('body[0].kernel');
    expect(firstFailure(closed)?.path).toEqual([1]);
  });

  test('a block stays open while a row inside it is edited', () => {
    const entries = walkEntries(base.layers, shape([8, 8], 4), [], [1, 'body', 1]);
    expect(entries[1]?.body?.map((e) => e.output)).toEqual([shape([8, 8], 8), shape([8, 8], 8)]);
    expect(walkEntries(base.layers, shape([8, 8], 4), [], [0])[1]?.body).toBeUndefined();
  });

  test('a body and shortcut that disagree put the error on the block', () => {
    const layers = setField(base.layers, [1, 'body', 0], 'out', 16);
    const entries = walkEntries(layers, shape([8, 8], 4));
    expect(entries[1]?.error?.message).toMatch(/an add needs equal shapes/);
  });

  test('an unchanged row keeps its status object, so its view can skip rendering', () => {
    const first = walkEntries(base.layers, shape([8, 8], 4));
    const layers = setField(base.layers, [2], 'op', 'max');
    const second = walkEntries(layers, shape([8, 8], 4));
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(second[2]).not.toBe(first[2]);
  });
});

describe('entries read off one analysis', () => {
  for (const model of MODELS) {
    test(`${model.id}: the same shapes, params and MACs as analysing each entry on its own`, () => {
      const network = unwrap(buildModel(model.id));
      const input = shape(network.input.spatial, network.input.channels);
      const fast = entriesFromRows(network.layers, unwrap(analyzeNetwork(network)).rows, input);
      const slow = walkEntries(network.layers, input);
      const view = (e: { output: unknown; params: number; macs: number }) => [
        e.output,
        e.params,
        e.macs,
      ];
      expect(fast?.map(view)).toEqual(slow.map(view));
    });
  }

  test('rows that do not line up give null, so the editor walks instead', () => {
    const network = unwrap(buildModel('resnet-18'));
    const rows = unwrap(analyzeNetwork(network)).rows;
    expect(entriesFromRows(network.layers, rows.slice(0, -1), shape([224, 224], 3))).toBeNull();
  });
});

describe('fields and groups', () => {
  test('field text is read or refused with a message', () => {
    const conv = LAYER_FIELDS.conv;
    const field = (key: string) => conv.find((f) => f.key === key) ?? conv[0]!;
    expect(readField(field('kernel'), '1,3,3', true)).toEqual({ ok: true, value: [1, 3, 3] });
    expect(readField(field('kernel'), '3x3', true)).toEqual({ ok: true, value: [3, 3] });
    expect(readField(field('groups'), 'dw', false)).toEqual({ ok: true, value: 'depthwise' });
    expect(readField(field('padding'), 'valid', false)).toEqual({ ok: true, value: 'valid' });
    expect(readField(field('stride'), '', false)).toEqual({ ok: true, value: undefined });
    expect(readField(field('out'), '', true).ok).toBe(false);
    expect(readField(field('out'), '3.5', true).ok).toBe(false);
  });

  test('the groups slider offers the common divisors of M and N, from standard to depthwise', () => {
    expect(commonDivisors(32, 32)).toEqual([1, 2, 4, 8, 16, 32]);
    expect(commonDivisors(32, 48)).toEqual([1, 2, 4, 8, 16]);
    const conv = { kind: 'conv' as const, name: 'c', out: 32, kernel: 3 };
    expect(groupsType(1, 32, 32, conv)).toMatch(/standard/);
    expect(groupsType(8, 32, 32, conv)).toBe('grouped: 8 groups of 4 input channels each');
    expect(groupsType(32, 32, 32, conv)).toMatch(/depthwise/);
  });
});
