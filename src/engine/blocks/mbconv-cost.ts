// Slide 22: one MBConv block's cost split into expand, depthwise, SE, project and residual add.
// MobileNetV2 §3.3 gives h · w · d′ · t(d′ + k² + d″) mult-adds for stride 1 without SE.
import { analyzeNetwork } from '../analyze';
import type { ExtraCosts, Convention } from '../conventions';
import { derive, type Derivation } from '../derivation';
import { add, mul, paren, pow, num, sym } from '../expr';
import { ok, type Result } from '../errors';
import type { ActivationName, BlockPart } from '../layers/spec';
import type { Analysis, LayerRow, Totals } from '../rows';
import type { Shape } from '../shapes';
import { totalsOf } from '../totals';
import { checkPositiveInt } from '../validate';
import { expandedChannels, mbconvHasResidual, seReducedChannels } from './mbconv';

/** The parts of an MBConv block, in order. */
export const MBCONV_PARTS: readonly BlockPart[] = [
  'expand',
  'depthwise',
  'se',
  'project',
  'residual',
];

/** One part's cost. */
export interface MbConvPartCost {
  readonly part: BlockPart;
  /** False when the block has no such part (t = 1: no expand; no SE; no residual). */
  readonly present: boolean;
  readonly totals: Totals;
  readonly rows: readonly LayerRow[];
}

/** An MBConv block's cost, by part. */
export interface MbConvCost {
  readonly parts: readonly MbConvPartCost[];
  readonly totals: Totals;
  readonly residual: boolean;
  readonly expanded: number;
  /** SE's C_r (0 without SE). */
  readonly reduced: number;
  readonly inputShape: Shape;
  readonly outputShape: Shape;
  readonly analysis: Analysis;
  /** MobileNetV2's h·w·d′·t(d′ + k² + d″) (stride 1, t ≠ 1; SE not included), or null. */
  readonly paperFormula: Derivation | null;
}

/** The settings of one MBConv block. */
export interface MbConvParams {
  readonly inChannels: number;
  readonly outChannels: number;
  readonly expand: number;
  readonly kernel: number;
  readonly stride: number;
  /** SE ratio of the input channels (0.25 in EfficientNet; 0 for none). */
  readonly seRatio: number;
  /** Input size (square). */
  readonly size: number;
  readonly act?: ActivationName;
  readonly convention?: Convention;
  readonly extras?: Partial<ExtraCosts>;
}

const PAPER = mul(
  sym('H'),
  sym('W'),
  sym('M'),
  sym('t'),
  paren(add(sym('M'), pow(sym('D_K'), num(2)), sym('N'))),
);

/** Analyses one MBConv block and splits its cost by part. */
export function mbconvCost(p: MbConvParams): Result<MbConvCost> {
  const bad = checkPositiveInt(p.inChannels, 'inChannels', 'Input channels');
  if (bad) return { ok: false, error: bad };
  const spec = {
    kind: 'mbconv' as const,
    name: 'block',
    out: p.outChannels,
    expand: p.expand,
    kernel: p.kernel,
    stride: p.stride,
    seRatio: p.seRatio,
    act: p.act ?? 'swish',
  };
  const analysis = analyzeNetwork(
    {
      id: 'mbconv',
      title: 'MBConv block',
      input: { spatial: [p.size, p.size], channels: p.inChannels },
      layers: [spec],
    },
    {
      ...(p.convention === undefined ? {} : { convention: p.convention }),
      ...(p.extras === undefined ? {} : { extras: p.extras }),
    },
  );
  if (!analysis.ok) return analysis;
  const a = analysis.value;
  const parts = MBCONV_PARTS.map((part) => {
    const rows = a.rows.filter((r) => r.part === part);
    return { part, present: rows.length > 0, totals: totalsOf(rows), rows };
  });
  const hidden = expandedChannels(p.inChannels, p.expand);
  const paper =
    p.stride === 1 && p.expand !== 1
      ? derive(
          'MACs',
          PAPER,
          { H: p.size, W: p.size, M: p.inChannels, t: p.expand, D_K: p.kernel, N: p.outChannels },
          p.size *
            p.size *
            p.inChannels *
            p.expand *
            (p.inChannels + p.kernel * p.kernel + p.outChannels),
          'MobileNetV2 §3.3 (d′ = M, d″ = N); without SE, stride 1.',
        )
      : null;
  return ok({
    parts,
    totals: a.totals,
    residual: mbconvHasResidual(spec, p.inChannels),
    expanded: hidden,
    reduced: p.seRatio > 0 ? seReducedChannels(p.inChannels, p.seRatio) : 0,
    inputShape: a.input,
    outputShape: a.output,
    analysis: a,
    paperFormula: paper,
  });
}
