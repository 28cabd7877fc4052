// Slide 4 and the EfficientNet slides: MACs ↔ FLOPs for a conv (2 · MACs, or the lecture's exact count).
import { COUNT, EXACT } from '../question';
import { CONV_PARAMS, convOf, convRow, sampleConv } from './conv-helpers';
import { choice, count, formulaHints, givens, mistakes, type TopicGenerator } from './generator';
import { STANDARD_LAYERS } from './layers';

const ASK = ['flops', 'macs', 'exact'] as const;

export const macsFlopsGenerator: TopicGenerator = {
  topic: 'macs-flops',
  params: [
    ...CONV_PARAMS,
    { key: 'ask', label: 'what to find', kind: 'choice', choices: ASK, fallback: 'flops' },
  ],
  sample: (rng) => ({ ...sampleConv(STANDARD_LAYERS, rng), ask: rng.pick(ASK) }),
  build(params) {
    const p = convOf(params);
    const ask = choice(params, 'ask', ASK);
    const macsRow = convRow(p, 'macs');
    const macs = macsRow.macs;
    const layer = `a ${p.DK} × ${p.DK} conv, M = ${count(p.M)} → N = ${count(p.N)}, on ${p.DF} × ${p.DF} (stride 1, same padding, no bias)`;
    const base = {
      topic: 'macs-flops' as const,
      params: { ...p, ask },
      given: givens([
        ['D_K', p.DK],
        ['M', p.M],
        ['N', p.N],
        ['D_F', p.DF],
      ]),
    };
    if (ask === 'flops') {
      const row = convRow(p, '2macs');
      return {
        ...base,
        prompt: `${capital(layer)} costs ${count(macs)} MACs (multiply-accumulates). How many FLOPs is that, counting FLOPs = 2 · MACs?`,
        asks: 'FLOPs (= 2 · MACs)',
        kind: 'count',
        answer: row.flops,
        tolerance: COUNT,
        mistakes: mistakes(row.flops, COUNT, [
          ['macs-for-flops', macs],
          ['flops-halved', macs / 2],
        ]),
        hints: formulaHints(
          'Each multiply-accumulate is one multiplication and one addition.',
          row.derivation,
          '\\text{FLOPs}',
        ),
        solution: [
          { label: 'The MACs', derivation: macsRow.derivation, lhs: '\\text{MACs}' },
          { label: 'Two FLOPs per MAC', derivation: row.derivation, lhs: '\\text{FLOPs}' },
        ],
      };
    }
    if (ask === 'macs') {
      const flops = convRow(p, '2macs').flops;
      return {
        ...base,
        prompt: `A tool reports ${count(flops)} FLOPs (counted as 2 · MACs) for ${layer}. How many MACs (mult-adds, as the MobileNet and EfficientNet papers count) is that?`,
        asks: 'MACs (mult-adds)',
        kind: 'count',
        answer: macs,
        tolerance: COUNT,
        mistakes: mistakes(macs, COUNT, [
          ['flops-for-macs', flops],
          ['flops-for-macs', 2 * flops],
        ]),
        hints: formulaHints(
          'A MAC is one multiplication plus one addition: half as many MACs as FLOPs.',
          macsRow.derivation,
          '\\text{MACs}',
        ),
        solution: [
          {
            label: 'MACs = FLOPs / 2: one per weight use',
            derivation: macsRow.derivation,
            lhs: '\\text{MACs}',
          },
        ],
      };
    }
    const row = convRow(p, 'flops');
    const tolerance = EXACT;
    return {
      ...base,
      prompt: `${capital(layer)} costs ${count(macs)} MACs. Count its FLOPs exactly the lecture’s way: every output value is a dot product of D_K · D_K · M elements (mults + adds, no bias).`,
      asks: 'FLOPs (mults + adds, exact)',
      kind: 'count',
      answer: row.flops,
      tolerance,
      mistakes: mistakes(row.flops, tolerance, [
        ['macs-for-flops', macs],
        ['dot-2n', 2 * macs],
      ]),
      hints: formulaHints(
        'Each output value needs K = D_K · D_K · M multiplications and K − 1 additions: 2K − 1 FLOPs, for N · D_F · D_F outputs.',
        row.derivation,
        '\\text{FLOPs}',
      ),
      solution: [
        {
          label: '(2K − 1) FLOPs per output value',
          derivation: row.derivation,
          lhs: '\\text{FLOPs}',
        },
      ],
    };
  },
};

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
