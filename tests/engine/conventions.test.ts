// Conventions, presets and the extra costs, each with its per-element rule.
import { describe, expect, test } from 'vitest';
import {
  ALL_EXTRAS,
  ELEMENT_RULES,
  analyzeNetwork,
  derivationToText,
  unwrap,
  type LayerSpec,
  type Network,
} from '../../src/engine/index';
import { analyzeModel } from './helpers';

const net = (layers: LayerSpec[], spatial = [4, 4], channels = 8): Network => ({
  id: 't',
  title: 't',
  input: { spatial, channels },
  layers,
});
const row = (layers: LayerSpec[], options = {}) =>
  unwrap(analyzeNetwork(net(layers), options)).rows;

describe('conventions', () => {
  test('paper, torchvision and Keras all count MACs of conv and FC (SE included)', () => {
    const b0 = analyzeModel('efficientnet-b0', {}, { preset: 'torchvision' });
    expect(b0.convention).toBe('macs');
    expect(b0.totals.flops).toBe(b0.totals.macs);
    const se = b0.rows.filter((r) => r.kind === 'se').reduce((s, r) => s + r.macs, 0);
    expect(se).toBeGreaterThan(0);
  });
  test('FLOPs = 2·MACs and the lecture count differ by the outputs (one add fewer per dot product)', () => {
    const macs = analyzeModel('mobilenet-v1');
    const two = analyzeModel('mobilenet-v1', {}, { convention: '2macs' });
    const lecture = analyzeModel('mobilenet-v1', {}, { convention: 'flops' });
    expect(two.totals.flops).toBe(2 * macs.totals.macs);
    const outputs = lecture.rows
      .filter((r) => r.kind === 'conv')
      .reduce(
        (s, r) => s + r.outputShape.channels * r.outputShape.spatial.reduce((a, b) => a * b, 1),
        0,
      );
    // FC: 1000 outputs, with bias: 2n − 1 + 1 = 2n per output
    expect(lecture.totals.flops).toBe(2 * macs.totals.macs - outputs);
  });
  test('SE under the lecture convention: two FCs with bias, each 2·C·C_r', () => {
    const [r] = row([{ kind: 'se', name: 'se', reduced: 2 }], { convention: 'flops' });
    expect(r?.flops).toBe(4 * 8 * 2);
    expect(r?.macs).toBe(2 * 8 * 2);
  });
});

describe('extra costs, each by its stated rule', () => {
  const elements = 4 * 4 * 8;
  test('batch norm: 1 MAC or 2 FLOPs per element, only when asked', () => {
    expect(row([{ kind: 'bn', name: 'bn' }])[0]?.flops).toBe(0);
    expect(row([{ kind: 'bn', name: 'bn' }], { extras: { batchNorm: true } })[0]?.flops).toBe(
      elements,
    );
    const [bn] = row([{ kind: 'bn', name: 'bn' }], {
      convention: 'flops',
      extras: { batchNorm: true },
    });
    expect(bn?.flops).toBe(2 * elements);
    expect(bn?.derivation.note).toBe(ELEMENT_RULES.batchNorm.rule);
    expect(derivationToText(bn!.derivation)).toBe(
      `FLOPs = c · E = 2 · ${elements} = ${2 * elements}`,
    );
  });
  test('activations: ReLU 1, ReLU6 2, sigmoid 4, swish 5, hard-swish 5 per element', () => {
    for (const [fn, per] of [
      ['relu', 1],
      ['relu6', 2],
      ['sigmoid', 4],
      ['swish', 5],
      ['hard-swish', 5],
    ] as const) {
      expect(
        row([{ kind: 'act', name: 'a', fn }], { extras: { activations: true } })[0]?.flops,
      ).toBe(per * elements);
    }
  });
  test('pooling: max k − 1, average k per output; global average H·W per channel', () => {
    const opts = { extras: { pooling: true } };
    expect(row([{ kind: 'pool', name: 'p', op: 'max', kernel: 2 }], opts)[0]?.flops).toBe(
      3 * 2 * 2 * 8,
    );
    expect(row([{ kind: 'pool', name: 'p', op: 'avg', kernel: 2 }], opts)[0]?.flops).toBe(
      4 * 2 * 2 * 8,
    );
    expect(row([{ kind: 'global-pool', name: 'g', op: 'avg' }], opts)[0]?.flops).toBe(16 * 8);
    expect(row([{ kind: 'global-pool', name: 'g', op: 'max' }], opts)[0]?.flops).toBe(15 * 8);
  });
  test('SE: squeeze (pooling), gates (activations) and scale, each on its own switch', () => {
    const se: LayerSpec = { kind: 'se', name: 'se', reduced: 2, act: 'relu' };
    const base = 2 * 8 * 2;
    expect(row([se], { extras: { pooling: true } })[0]?.flops).toBe(base + elements);
    expect(row([se], { extras: { activations: true } })[0]?.flops).toBe(base + 2 * 1 + 8 * 4);
    expect(row([se], { extras: { seScale: true } })[0]?.flops).toBe(base + elements);
    const all = row([se], { extras: ALL_EXTRAS })[0];
    expect(all?.extraFlops).toBe(elements + 2 + 32 + elements);
    expect(derivationToText(all!.derivation)).toBe(
      `MACs = 2 · C · C_r + X = 2 · 8 · 2 + 290 = 322`,
    );
  });
  test('residual add: 1 per element', () => {
    const res: LayerSpec = {
      kind: 'residual',
      name: 'r',
      body: [{ kind: 'conv', name: 'c', out: 8, kernel: 3 }],
    };
    const rows = row([res], { extras: { residual: true } });
    expect(rows.at(-1)?.kind).toBe('add');
    expect(rows.at(-1)?.flops).toBe(elements);
    expect(rows.at(-1)?.part).toBe('residual');
  });
  test('B0 with every extra: the extras sum to the difference', () => {
    const plain = analyzeModel('efficientnet-b0');
    const all = analyzeModel('efficientnet-b0', {}, { extras: ALL_EXTRAS });
    const extra = all.rows.reduce((s, r) => s + r.extraFlops, 0);
    expect(all.totals.flops - plain.totals.flops).toBe(extra);
    expect(extra).toBeGreaterThan(0);
  });
});
