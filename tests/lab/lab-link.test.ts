// The lab's link: every state survives a round trip; every bad link gives notices and a sensible default.
import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { buildModel, unwrap } from '../../src/engine/index';
import type { Counting } from '../../src/lab/counting';
import { DEFAULT_COUNTING, readLabQuery, writeLabQuery } from '../../src/lab/lab-link';
import {
  fromBase64Url,
  MAX_PACKED_LENGTH,
  packText,
  toBase64Url,
  unpackText,
} from '../../src/lab/link-codec';
import { networkToJson } from '../../src/lab/network-json';
import { packNetwork, SHARE_LIMIT, unpackNetwork } from '../../src/lab/share-network';

describe('reading a link', () => {
  test('an empty query is MobileNetV1 under the paper\u2019s counting', () => {
    const { state, notices } = readLabQuery({});
    expect(state.source).toEqual({ kind: 'model', model: 'mobilenet-v1', options: {} });
    expect(state.counting).toEqual(DEFAULT_COUNTING);
    expect(state.tab).toBe('table');
    expect(notices).toEqual([]);
  });

  test('a model with options and counting choices', () => {
    const { state, notices } = readLabQuery({
      model: 'mobilenet-v1',
      width: '0.75',
      resolution: '192',
      count: 'flops',
      bias: '0',
      extras: 'bn,act',
      params: 'total',
      tab: 'gap',
    });
    expect(notices).toEqual([]);
    expect(state.source).toEqual({
      kind: 'model',
      model: 'mobilenet-v1',
      options: { width: 0.75, resolution: 192 },
    });
    expect(state.counting).toEqual({
      convention: 'flops',
      countBias: false,
      extras: {
        batchNorm: true,
        activations: true,
        pooling: false,
        seScale: false,
        residual: false,
      },
      params: 'total',
    });
    expect(state.tab).toBe('gap');
  });

  test.each([
    [{ model: 'mobilenet-v9' }, /no model "mobilenet-v9"/],
    [{ model: 'mobilenet-v1', phi: '2' }, /has no option "phi"/],
    [{ model: 'mobilenet-v1', width: 'wide' }, /width/],
    [{ model: 'mobilenet-v1', resolution: '99999' }, /resolution/],
    [{ count: 'gflops' }, /Unknown convention "gflops"/],
    [{ bias: 'yes' }, /"bias" in the link must be 0 or 1/],
    [{ extras: 'bn,dropout' }, /Unknown extra cost "dropout"/],
    [{ params: 'all' }, /Unknown params mode "all"/],
    [{ tab: 'summary' }, /Unknown tab "summary"/],
  ])('%j gives a notice and a valid state', (query, message) => {
    const { state, notices } = readLabQuery(query as Record<string, string>);
    expect(notices.join(' ')).toMatch(message);
    expect(state.source.kind).toBe('model');
    if (state.source.kind === 'model')
      expect(buildModel(state.source.model, state.source.options).ok).toBe(true);
  });

  test('an out-of-range option is replaced by the nearest valid value', () => {
    const { state } = readLabQuery({ model: 'mobilenet-v1', resolution: '99999' });
    expect(state.source).toEqual({
      kind: 'model',
      model: 'mobilenet-v1',
      options: { resolution: 1024 },
    });
  });

  fcTest.prop([
    fc.dictionary(
      fc.constantFrom(
        'model',
        'net',
        'count',
        'bias',
        'extras',
        'params',
        'tab',
        'width',
        'resolution',
        'x',
      ),
      fc.string({ maxLength: 12 }),
    ),
  ])('any query reads without throwing into a state the engine can build', (query) => {
    const { state } = readLabQuery(query);
    if (state.source.kind === 'model')
      expect(buildModel(state.source.model, state.source.options).ok).toBe(true);
    expect(['macs', 'flops', '2macs']).toContain(state.counting.convention);
  });
});

describe('writing a link', () => {
  const countings = fc.record({
    convention: fc.constantFrom('macs' as const, 'flops' as const, '2macs' as const),
    countBias: fc.boolean(),
    extras: fc.record({
      batchNorm: fc.boolean(),
      activations: fc.boolean(),
      pooling: fc.boolean(),
      seScale: fc.boolean(),
      residual: fc.boolean(),
    }),
    params: fc.constantFrom(
      'paper' as const,
      'no-bn' as const,
      'trainable' as const,
      'total' as const,
    ),
  });
  const tabs = fc.constantFrom(
    'table' as const,
    'charts' as const,
    'gap' as const,
    'latency' as const,
    'export' as const,
  );

  fcTest.prop([countings, tabs, fc.integer({ min: 1, max: 80 })])(
    'reading what was written gives the same state',
    (counting: Counting, tab, twentieths) => {
      const source = {
        kind: 'model' as const,
        model: 'mobilenet-v1',
        options: twentieths === 20 ? {} : { width: twentieths / 20 },
      };
      const { state, notices } = readLabQuery(writeLabQuery(source, counting, tab));
      expect(notices).toEqual([]);
      expect(state).toEqual({ source, counting, tab });
    },
  );

  test('defaults are left out, so the plain link is short', () => {
    expect(
      writeLabQuery(
        { kind: 'model', model: 'efficientnet-b0', options: { resolution: 224 } },
        DEFAULT_COUNTING,
        'table',
      ),
    ).toEqual({ model: 'efficientnet-b0' });
  });
});

describe('packing text for a link', () => {
  fcTest.prop([fc.string({ maxLength: 2000 })])('unpack(pack(text)) is the text', async (text) => {
    const packed = await packText(text);
    expect(packed).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(await unpackText(packed)).toEqual({ ok: true, text });
  });

  fcTest.prop([fc.uint8Array({ maxLength: 300 })])('base64url round-trips any bytes', (bytes) => {
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
  });

  test.each([
    ['not base64url', 'abc$def'],
    ['impossible length', 'abcde'],
    ['not deflate data', toBase64Url(new Uint8Array([255, 255, 255, 255, 1, 2, 3]))],
    ['too long', 'A'.repeat(MAX_PACKED_LENGTH + 1)],
  ])('%s fails with a message', async (_name, packed) => {
    const result = await unpackText(packed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/network in the link/);
  });

  test('a link that would inflate to megabytes is refused', async () => {
    const bomb = await packText(' '.repeat(3_000_000));
    expect(bomb.length).toBeLessThan(MAX_PACKED_LENGTH);
    const result = await unpackText(bomb);
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/more than 1,000,000 bytes/),
    });
  });

  test('a cut-off link fails with a message, never an exception', async () => {
    const packed = await packText(
      JSON.stringify(networkToJson(unwrap(buildModel('mobilenet-v1')))),
    );
    const result = await unpackNetwork(packed.slice(0, Math.floor(packed.length / 2)));
    expect(result.ok).toBe(false);
  });
});

describe('networks in links', () => {
  test('MobileNetV1 fits in a link and comes back the same', async () => {
    const network = unwrap(buildModel('mobilenet-v1'));
    const packed = await packNetwork(network);
    expect(packed).not.toBeNull();
    expect((packed ?? '').length).toBeLessThanOrEqual(SHARE_LIMIT);
    expect(await unpackNetwork(packed ?? '')).toEqual({ ok: true, network });
  });

  test('every built-in network fits in a link (ResNet-152 packs to under 3,000 characters)', async () => {
    expect((await packNetwork(unwrap(buildModel('resnet-152'))))?.length).toBeLessThan(3000);
  });

  test('a network whose packed form is over the limit gets no link', async () => {
    // Names from a pseudo-random sequence do not compress: 2,000 of them overflow 6,000 characters.
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const layers = Array.from({ length: 2000 }, () => ({
      kind: 'bn' as const,
      name: `bn_${next().toString(36)}`,
    }));
    const network = { id: 'big', title: 'Big', input: { spatial: [8, 8], channels: 3 }, layers };
    expect(await packNetwork(network)).toBeNull();
  });

  test('a packed description with a schema error names the bad field', async () => {
    const packed = await packText(
      JSON.stringify({
        input: { spatial: [8, 8], channels: 3 },
        layers: [{ kind: 'conv', out: 8 }],
      }),
    );
    const result = await unpackNetwork(packed);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/layers\[0\]\.kernel/) });
  });
});
