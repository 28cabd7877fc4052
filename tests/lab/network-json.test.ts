// The lab's JSON description: every built-in network round-trips, random networks round-trip,
// and a bad description is reported with the path of the bad field.
import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import {
  buildModel,
  MODELS,
  unwrap,
  type ActivationName,
  type LayerSpec,
  type ModelOptions,
  type Network,
} from '../../src/engine/index';
import { printJson } from '../../src/lab/json-print';
import { ACTIVATIONS } from '../../src/lab/layer-json';
import {
  networkToJson,
  parseNetwork,
  parseNetworkText,
  serializeNetwork,
} from '../../src/lab/network-json';

/** Parses what serializeNetwork printed, or fails the test with the issue. */
function roundTrip(network: Network): Network {
  const parsed = parseNetworkText(serializeNetwork(network));
  if (!parsed.ok) throw new Error(`${parsed.issue.path}: ${parsed.issue.message}`);
  return parsed.value;
}

/** Options worth trying for each model, beyond its defaults. */
const VARIANTS: Readonly<Record<string, readonly ModelOptions[]>> = {
  'mobilenet-v1': [{ width: 0.75 }, { width: 0.5, resolution: 160 }],
  'mobilenet-v2': [{ width: 1.4 }],
  efficientnet: [{ phi: 1 }, { phi: 2.5, alpha: 1.3 }],
  'efficientnet-b0': [{ inputNormalization: true }, { classes: 10 }],
  'resnet-18': [{ dims: 3, frames: 16, classes: 101 }],
  'resnet-50': [{ dims: 3, inChannels: 48, classes: 101 }],
  'vgg-16': [{ dims: 3, resolution: 112 }],
};

describe('round trip of every built-in network', () => {
  for (const model of MODELS) {
    test(`${model.id} with its default options`, () => {
      const network = unwrap(buildModel(model.id, {}));
      expect(roundTrip(network)).toEqual(network);
    });
    for (const options of VARIANTS[model.id] ?? []) {
      test(`${model.id} with ${JSON.stringify(options)}`, () => {
        const network = unwrap(buildModel(model.id, options));
        expect(roundTrip(network)).toEqual(network);
      });
    }
  }

  fcTest.prop([fc.integer({ min: 1, max: 80 }), fc.integer({ min: 32, max: 400 })])(
    'MobileNetV1 at any width and resolution',
    (twentieths, resolution) => {
      const network = unwrap(buildModel('mobilenet-v1', { width: twentieths / 20, resolution }));
      expect(roundTrip(network)).toEqual(network);
    },
  );

  test('the printed JSON puts one layer on a line and starts with format and version', () => {
    const text = serializeNetwork(unwrap(buildModel('mobilenet-v1')));
    const lines = text.split('\n');
    expect(lines[1]).toBe('  "format": "flops-lab-network",');
    expect(lines[2]).toBe('  "version": 1,');
    expect(lines).toContain(
      '    {"kind": "conv", "name": "conv1", "stage": "conv1", "out": 32, "kernel": 3, "stride": 2},',
    );
  });
});

// Random layer lists: every kind, nested residual blocks, optional fields present or absent.
const act = fc.constantFrom(...(ACTIVATIONS as ActivationName[]));
const sizes = fc.oneof(
  fc.integer({ min: 1, max: 7 }),
  fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 2, maxLength: 3 }),
);
const opt = <T>(key: string, arb: fc.Arbitrary<T>) =>
  fc.option(arb, { nil: undefined }).map((v) => (v === undefined ? {} : { [key]: v }));
const layerArb: fc.Arbitrary<Omit<LayerSpec, 'name'>> = fc.letrec<{
  layer: Omit<LayerSpec, 'name'>;
}>((tie) => ({
  layer: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .record({
        kind: fc.constant('conv' as const),
        out: fc.integer({ min: 1, max: 512 }),
        kernel: sizes,
      })
      .chain((c) =>
        fc
          .tuple(
            opt('stride', sizes),
            opt('padding', fc.oneof(fc.constantFrom('same' as const, 'valid' as const), sizes)),
            opt(
              'groups',
              fc.oneof(fc.constant('depthwise' as const), fc.integer({ min: 1, max: 8 })),
            ),
            opt('bias', fc.boolean()),
          )
          .map((parts) => Object.assign({}, c, ...parts)),
      ),
    fc.record({ kind: fc.constant('dense' as const), out: fc.integer({ min: 1, max: 5000 }) }),
    fc.constant({ kind: 'bn' as const }),
    fc.record({ kind: fc.constant('act' as const), fn: act }),
    fc.record({
      kind: fc.constant('pool' as const),
      op: fc.constantFrom('max' as const, 'avg' as const),
      kernel: sizes,
    }),
    fc.record({
      kind: fc.constant('global-pool' as const),
      op: fc.constantFrom('max' as const, 'avg' as const),
    }),
    fc
      .record({ kind: fc.constant('se' as const), reduced: fc.integer({ min: 1, max: 64 }) })
      .chain((s) => opt('act', act).map((a) => ({ ...s, ...a }))),
    fc.record({
      kind: fc.constant('mbconv' as const),
      out: fc.integer({ min: 1, max: 320 }),
      expand: fc.constantFrom(1, 4, 6),
      kernel: fc.constantFrom(3, 5),
      stride: fc.constantFrom(1, 2),
      seRatio: fc.constantFrom(0, 0.25),
      act,
    }),
    fc.constant({ kind: 'normalize' as const }),
    fc
      .record({
        kind: fc.constant('residual' as const),
        body: fc.array(tie('layer'), { maxLength: 3 }),
      })
      .chain((r) =>
        opt('shortcut', fc.array(tie('layer'), { maxLength: 2 })).map((s) => ({ ...r, ...s })),
      ),
  ),
})).layer as fc.Arbitrary<Omit<LayerSpec, 'name'>>;

/** Gives every layer in the tree a unique name, as the schema requires. */
function named(layers: readonly Omit<LayerSpec, 'name'>[], counter = { n: 0 }): LayerSpec[] {
  return layers.map((layer) => {
    counter.n += 1;
    const withName = { ...layer, name: `layer_${counter.n}` } as LayerSpec;
    if (withName.kind !== 'residual') return withName;
    const body = named(withName.body as unknown as Omit<LayerSpec, 'name'>[], counter);
    return withName.shortcut === undefined
      ? { ...withName, body }
      : {
          ...withName,
          body,
          shortcut: named(withName.shortcut as unknown as Omit<LayerSpec, 'name'>[], counter),
        };
  });
}

describe('round trip of random networks', () => {
  fcTest.prop([
    fc.array(layerArb, { maxLength: 12 }),
    fc.array(fc.integer({ min: 1, max: 600 }), { maxLength: 3 }),
    fc.integer({ min: 1, max: 64 }),
  ])('serialize then parse gives the same network', (layers, spatial, channels) => {
    const network: Network = {
      id: 'random',
      title: 'Random "net" / test',
      input: { spatial, channels },
      layers: named(layers),
    };
    expect(roundTrip(network)).toEqual(network);
  });

  fcTest.prop([fc.string({ maxLength: 200 })])('parsing any text never throws', (text) => {
    const result = parseNetworkText(text);
    expect(typeof result.ok).toBe('boolean');
  });

  fcTest.prop([fc.jsonValue({ maxDepth: 4 })])('parsing any JSON value never throws', (value) => {
    expect(typeof parseNetwork(value).ok).toBe('boolean');
  });
});

/** The path of the first issue in a description. */
function issuePath(value: unknown): string {
  const result = parseNetwork(value);
  if (result.ok) throw new Error('expected an issue');
  return result.issue.path;
}

const INPUT = { spatial: [32, 32], channels: 3 };

describe('bad descriptions are reported with the path of the bad field', () => {
  test.each([
    ['no input', { layers: [] }, 'input'],
    ['no layers', { input: INPUT }, 'layers'],
    [
      'input channels as text',
      { input: { spatial: [32, 32], channels: '3' }, layers: [] },
      'input.channels',
    ],
    [
      'a fractional input size',
      { input: { spatial: [32, 32.5], channels: 3 }, layers: [] },
      'input.spatial[1]',
    ],
    ['a layer that is not an object', { input: INPUT, layers: [{ kind: 'bn' }, 7] }, 'layers[1]'],
    [
      'an unknown kind',
      { input: INPUT, layers: [{ kind: 'convolution', out: 8, kernel: 3 }] },
      'layers[0].kind',
    ],
    ['a missing field', { input: INPUT, layers: [{ kind: 'conv', kernel: 3 }] }, 'layers[0].out'],
    [
      'a misspelt field',
      { input: INPUT, layers: [{ kind: 'conv', out: 8, kernal: 3 }] },
      'layers[0].kernal',
    ],
    [
      'a kernel as text',
      { input: INPUT, layers: [{ kind: 'bn' }, { kind: 'conv', out: 8, kernel: '3' }] },
      'layers[1].kernel',
    ],
    [
      'a bad entry in a kernel list',
      { input: INPUT, layers: [{ kind: 'conv', out: 8, kernel: [1, 3.5] }] },
      'layers[0].kernel[1]',
    ],
    [
      'bad padding',
      { input: INPUT, layers: [{ kind: 'conv', out: 8, kernel: 3, padding: 'half' }] },
      'layers[0].padding',
    ],
    [
      'bad groups',
      { input: INPUT, layers: [{ kind: 'conv', out: 8, kernel: 3, groups: 'dw' }] },
      'layers[0].groups',
    ],
    [
      'an unknown activation',
      { input: INPUT, layers: [{ kind: 'act', fn: 'gelu' }] },
      'layers[0].fn',
    ],
    [
      'a bad field deep in a residual block',
      {
        input: INPUT,
        layers: [
          { kind: 'bn' },
          { kind: 'residual', body: [{ kind: 'bn' }, { kind: 'dense', out: -1.5 }] },
        ],
      },
      'layers[1].body[1].out',
    ],
    [
      'a residual block without a body',
      { input: INPUT, layers: [{ kind: 'residual', shortcut: [] }] },
      'layers[0].body',
    ],
    [
      'a duplicate name',
      {
        input: INPUT,
        layers: [
          { kind: 'bn', name: 'x' },
          { kind: 'bn', name: 'x' },
        ],
      },
      'layers[1].name',
    ],
    ['an unknown top-level field', { input: INPUT, layers: [], layer: [] }, 'layer'],
    ['a wrong format', { format: 'onnx', input: INPUT, layers: [] }, 'format'],
    ['a future version', { version: 2, input: INPUT, layers: [] }, 'version'],
  ])('%s', (_name, value, path) => {
    expect(issuePath(value)).toBe(path);
  });

  test('a misspelt field or kind gets a suggestion', () => {
    const field = parseNetwork({ input: INPUT, layers: [{ kind: 'conv', out: 8, kernal: 3 }] });
    expect(!field.ok && field.issue.message).toMatch(/Did you mean "kernel"\?/);
    const kind = parseNetwork({ input: INPUT, layers: [{ kind: 'gloabl-pool', op: 'avg' }] });
    expect(!kind.ok && kind.issue.message).toMatch(/Did you mean "global-pool"\?/);
  });

  test('a JSON syntax error gives its line and column', () => {
    const result = parseNetworkText(
      '{\n  "input": {"spatial": [32, 32], "channels": 3},\n  "layers": [,]\n}',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issue.path).toMatch(/^line 3, column \d+$/);
  });

  test('missing names are filled in, unique, and a missing title and id get defaults', () => {
    const result = parseNetwork({
      input: INPUT,
      layers: [{ kind: 'bn' }, { kind: 'bn', name: 'bn_2' }, { kind: 'act', fn: 'relu' }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.layers.map((l) => l.name)).toEqual(['bn_1', 'bn_2', 'act_3']);
    expect(result.value.title).toBe('Custom network');
    expect(result.value.id).toBe('custom');
  });

  test('too many layers and too deep nesting are refused', () => {
    const many = { input: INPUT, layers: Array.from({ length: 5001 }, () => ({ kind: 'bn' })) };
    expect(issuePath(many)).toBe('layers[5000]');
    let deep: unknown = { kind: 'bn' };
    for (let i = 0; i < 10; i++) deep = { kind: 'residual', body: [deep] };
    expect(parseNetwork({ input: INPUT, layers: [deep] }).ok).toBe(false);
  });
});

describe('printJson', () => {
  test('keeps text with quotes and colons intact and short values on one line', () => {
    const value = { title: 'a": b, c', list: [1, 2, 3] };
    expect(JSON.parse(printJson(value))).toEqual(value);
    expect(printJson(value)).toBe('{"title": "a\\": b, c", "list": [1, 2, 3]}');
  });

  test('the JSON value of a network is what the printer prints', () => {
    const network = unwrap(buildModel('efficientnet-b0'));
    expect(JSON.parse(serializeNetwork(network))).toEqual(
      JSON.parse(JSON.stringify(networkToJson(network))),
    );
  });
});
