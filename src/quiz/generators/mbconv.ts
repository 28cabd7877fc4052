// Slide 22: the cost of each part of an MBConv block (expand, depthwise, SE, project) in EfficientNet-B0.
import {
  ceil,
  derive,
  floor,
  frac,
  mbconvCost,
  mul,
  num,
  sym,
  type Expr,
  type LayerRow,
} from '../../engine/index';
import type { MistakeId } from '../mistakes';
import {
  choice,
  count,
  countTolerance,
  decimal,
  formulaHints,
  givens,
  mistakes,
  must,
  param,
  type TopicGenerator,
} from './generator';

const PARTS = ['expand', 'depthwise', 'se', 'project'] as const;
type Part = (typeof PARTS)[number];

// EfficientNet-B0 blocks (Table 1): [c_in, c_out, t, k, s, input size, where].
const BLOCKS: readonly [number, number, number, number, number, number, string][] = [
  [16, 24, 6, 3, 2, 112, 'stage 3, first block'],
  [24, 24, 6, 3, 1, 56, 'stage 3, second block'],
  [24, 40, 6, 5, 2, 56, 'stage 4, first block'],
  [40, 40, 6, 5, 1, 28, 'stage 4, second block'],
  [40, 80, 6, 3, 2, 28, 'stage 5, first block'],
  [80, 80, 6, 3, 1, 14, 'stage 5, a later block'],
  [80, 112, 6, 5, 1, 14, 'stage 6, first block'],
  [112, 192, 6, 5, 2, 14, 'stage 7, first block'],
  [192, 192, 6, 5, 1, 7, 'stage 7, a later block'],
  [192, 320, 6, 3, 1, 7, 'stage 8'],
];

const PART_WORDS: Readonly<Record<Part, string>> = {
  expand: 'the 1 × 1 expansion conv',
  depthwise: 'the depthwise conv',
  se: 'the SE block’s two FC layers',
  project: 'the 1 × 1 projection conv',
};

const IDEAS: Readonly<Record<Part, string>> = {
  expand: 'The expansion is a pointwise conv from M to t · M channels at the input size.',
  depthwise:
    'The depthwise conv runs on the t · M expanded channels; with stride s its output is ⌈D_F / s⌉ per side.',
  se: 'SE runs on the t · M expanded channels but squeezes to C_r = max(1, ⌊M · ratio⌋) of the block’s INPUT channels; its two FCs cost C · C_r each.',
  project:
    'The projection is a pointwise conv from t · M to N channels at the depthwise conv’s output size.',
};

export const mbconvCostGenerator: TopicGenerator = {
  topic: 'mbconv-cost',
  params: [
    { key: 'M', label: 'M (block input channels)', kind: 'int', min: 1, max: 1024, fallback: 40 },
    { key: 'N', label: 'N (block output channels)', kind: 'int', min: 1, max: 1024, fallback: 80 },
    { key: 't', label: 't (expansion ratio)', kind: 'int', min: 1, max: 8, fallback: 6 },
    { key: 'DK', label: 'D_K (kernel size)', kind: 'int', min: 1, max: 7, fallback: 3 },
    { key: 's', label: 's (stride)', kind: 'int', min: 1, max: 2, fallback: 2 },
    { key: 'DF', label: 'D_F (input size)', kind: 'int', min: 1, max: 512, fallback: 28 },
    { key: 'se', label: 'SE ratio', kind: 'float', min: 0, max: 1, fallback: 0.25 },
    { key: 'part', label: 'which part', kind: 'choice', choices: PARTS, fallback: 'depthwise' },
  ],
  sample(rng) {
    const [M, N, t, DK, s, DF] = rng.pick(BLOCKS);
    return { M, N, t, DK, s, DF, se: 0.25, part: rng.pick(PARTS) };
  },
  check(params) {
    const part = choice(params, 'part', PARTS);
    if (part === 'expand' && param(params, 't') === 1)
      return 'With t = 1 the block has no expansion conv.';
    if (part === 'se' && param(params, 'se') === 0) return 'With SE ratio 0 the block has no SE.';
    return null;
  },
  build(params) {
    const [M, N, t, DK, s, DF, seRatio] = ['M', 'N', 't', 'DK', 's', 'DF', 'se'].map((k) =>
      param(params, k),
    ) as [number, number, number, number, number, number, number];
    const part = choice(params, 'part', PARTS);
    const cost = must(
      mbconvCost({
        inChannels: M,
        outChannels: N,
        expand: t,
        kernel: DK,
        stride: s,
        seRatio,
        size: DF,
      }),
    );
    const rows =
      cost.parts
        .find((p) => p.part === part)
        ?.rows.filter((row) => row.kind === 'conv' || row.kind === 'se') ?? [];
    const row: LayerRow | undefined = rows[0];
    if (!row) throw new Error(`This block has no ${part} part.`);
    const answer = row.macs;
    const tolerance = countTolerance(answer);
    const Ce = cost.expanded;
    const DG = cost.outputShape.spatial[0] ?? DF;
    const Cr = cost.reduced;
    const where = BLOCKS.find(
      (b) => b[0] === M && b[1] === N && b[2] === t && b[3] === DK && b[4] === s && b[5] === DF,
    )?.[6];
    const wrong: Readonly<Record<Part, readonly (readonly [MistakeId, number])[]>> = {
      expand: [
        ['flops-for-macs', 2 * answer],
        ['df-not-squared', answer / DF],
      ],
      depthwise: [
        ['not-expanded', answer / t],
        ['stride-ignored', DK * DK * Ce * DF * DF],
        ['dk-not-squared', answer / DK],
        ['flops-for-macs', 2 * answer],
      ],
      se: [
        ['se-expanded-channels', 2 * Ce * Math.max(1, Math.floor(Ce * seRatio))],
        ['se-one-fc', Ce * Cr],
        ['flops-for-macs', 2 * answer],
      ],
      project: [
        ['not-expanded', M * N * DG * DG],
        ['stride-ignored', Ce * N * DF * DF],
        ['flops-for-macs', 2 * answer],
      ],
    };
    const expanded = derive('C_e', mul(sym('t'), sym('M')), { t, M }, Ce);
    // The part's cost in the block's symbols (C_e expanded, C_r squeezed); its value is the engine's row.
    const [DKs, CeS, DFs, DGs] = [sym('D_K'), sym('C_e'), sym('D_F'), sym('D_G')];
    const formulas: Readonly<Record<Part, Expr>> = {
      expand: mul(sym('M'), CeS, DFs, DFs),
      depthwise: mul(DKs, DKs, CeS, DGs, DGs),
      se: mul(num(2), CeS, sym('C_r')),
      project: mul(CeS, sym('N'), DGs, DGs),
    };
    const partCost = derive(
      'MACs',
      formulas[part],
      { M, N, D_K: DK, C_e: Ce, C_r: Cr, D_F: DF, D_G: DG },
      answer,
    );
    const outputSize = derive('D_G', ceil(frac(DFs, sym('s'))), { D_F: DF, s }, DG);
    return {
      topic: 'mbconv-cost',
      params: { M, N, t, DK, s, DF, se: seRatio, part },
      prompt:
        `An MBConv block takes a ${DF} × ${DF} × ${count(M)} input to ${count(N)} channels: 1 × 1 expansion by t = ${t}, ` +
        `${DK} × ${DK} depthwise conv with stride ${s}, ${seRatio > 0 ? `SE (ratio ${decimal(seRatio)} of the input channels)` : 'no SE'}, 1 × 1 projection. ` +
        `How many mult-adds ${part === 'se' ? 'do' : 'does'} ${PART_WORDS[part]} cost?`,
      note: `${where ? `EfficientNet-B0 ${where}. ` : ''}Same padding; EfficientNet’s own counting (its “FLOPs” are mult-adds).`,
      given: givens([
        ['M', M],
        ['N', N],
        ['t', t],
        ['D_K', DK],
        ['s', s],
        ['D_F', DF],
      ]),
      asks: 'MACs (mult-adds, what EfficientNet calls FLOPs)',
      kind: 'count',
      answer,
      tolerance,
      mistakes: mistakes(answer, tolerance, wrong[part]),
      hints: formulaHints(IDEAS[part], partCost, '\\text{MACs}'),
      solution: [
        { label: 'Expanded channels', derivation: expanded, lhs: 'C_e' },
        ...(part === 'se' && cost.reduced > 0
          ? [
              {
                label: 'SE squeezes to max(1, ⌊M · ratio⌋) of the INPUT channels',
                derivation: derive(
                  'C_r',
                  Math.floor(M * seRatio) >= 1 ? floor(mul(sym('M'), num(seRatio))) : num(1),
                  { M },
                  Cr,
                ),
                lhs: 'C_r',
              },
            ]
          : []),
        ...(part === 'depthwise' || part === 'project'
          ? [{ label: 'Output size after the stride', derivation: outputSize, lhs: 'D_G' }]
          : []),
        {
          label: `${PART_WORDS[part].charAt(0).toUpperCase()}${PART_WORDS[part].slice(1)}`,
          derivation: partCost,
          lhs: '\\text{MACs}',
        },
      ],
    };
  },
};
