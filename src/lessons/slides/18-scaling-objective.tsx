import { useMemo } from 'react';
import {
  EFFICIENTNET_COEFFICIENTS,
  EFFICIENTNET_VARIANTS,
  formatCompact,
  formatNumber,
  PRECISIONS,
  weightMemory,
  type Precision,
} from '../../engine/index';
import { Tex } from '../../ui/tex';
import { useMediaQuery } from '../../ui/use-media-query';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import { efficientNetTotals } from './16-efficientnet-cache';
import { publishedEfficientNet } from './16-published';
import { BudgetPlot, type BudgetPoint } from './18-budget-plot';
import './18-scaling-objective.css';

// Slide 18: max Accuracy(N(d, w, r)) subject to Memory(N) ≤ target_memory and
// FLOPS(N) ≤ target_flops (EfficientNet eq. 2); which of B0–B7 fit the two budgets.

interface Variant {
  readonly label: string;
  readonly variant: (typeof EFFICIENTNET_VARIANTS)[number];
  readonly resolution: number;
  readonly macs: number;
  readonly params: number;
}

function useVariants(): readonly Variant[] {
  return useMemo(
    () =>
      EFFICIENTNET_VARIANTS.flatMap((variant) => {
        const totals = efficientNetTotals({ variant });
        const scale = EFFICIENTNET_COEFFICIENTS[variant];
        return totals
          ? [{ label: scale.label, variant, resolution: scale.resolution, ...totals }]
          : [];
      }),
    [],
  );
}

export default function ScalingObjectivePanel({ values }: SlideProps) {
  const targetMb = Number(values.mem);
  const targetMacs = Number(values.flops) * 1e9;
  const precision = String(values.prec) as Precision;
  const variants = useVariants();
  const rows = useMemo(
    () =>
      variants.map((v) => {
        const megabytes = weightMemory(v.params)[precision] / 1e6;
        const memoryOk = megabytes <= targetMb;
        const flopsOk = v.macs <= targetMacs;
        return {
          ...v,
          megabytes,
          memoryOk,
          flopsOk,
          fits: memoryOk && flopsOk,
          paper: publishedEfficientNet(v.variant),
        };
      }),
    [variants, precision, targetMb, targetMacs],
  );
  const points = useMemo<BudgetPoint[]>(
    () => rows.map((r) => ({ label: r.label, macs: r.macs, megabytes: r.megabytes, fits: r.fits })),
    [rows],
  );
  const best = [...rows].reverse().find((r) => r.fits);
  const bytes = PRECISIONS[precision];
  const flopsText = formatNumber(targetMacs / 1e9, 1);
  // Phones get each constraint on two lines.
  const narrow = useMediaQuery('(max-width: 52rem)');
  const br = narrow ? ' \\\\ &= ' : ' = ';
  const wrap = (body: string) =>
    narrow ? `\\begin{aligned} ${body.replace(' \\le', ' &\\le')} \\end{aligned}` : body;

  return (
    <div className="so-root">
      <div className="so">
        <div className="so-objective">
          <Tex
            display
            tex="\max_{d,\,w,\,r} \; \text{Accuracy}\big(\mathcal{N}(d, w, r)\big)"
            fallback="maximize Accuracy(N(d, w, r)) over d, w, r"
          />
          <div className="so-subject">
            <span className="so-st">subject to</span>
            <Tex tex="\Bigg\{" className="so-brace" fallback="{" />
            <div className="so-fills">
              <Fill index={0} label="the memory constraint" block>
                <Tex
                  tex={wrap(
                    `\\text{Memory}(\\mathcal{N}) \\le \\text{target\\_memory}${br}${formatNumber(targetMb, 0)}\\,\\text{MB}`,
                  )}
                  fallback={`Memory(N) ≤ target_memory = ${targetMb} MB`}
                />
              </Fill>
              <Fill index={1} label="the FLOPs constraint" block>
                <Tex
                  tex={wrap(
                    `\\text{FLOPS}(\\mathcal{N}) \\le \\text{target\\_flops}${br}${flopsText}\\,\\text{B MACs}`,
                  )}
                  fallback={`FLOPS(N) ≤ target_flops = ${flopsText} B MACs`}
                />
              </Fill>
            </div>
          </div>
          <p className="so-def">
            Memory here = weights × {bytes} B ({precision}); FLOPS = mult-adds (MACs), as the paper
            counts them.
          </p>
        </div>
        <BudgetPlot points={points} targetMacs={targetMacs} targetMegabytes={targetMb} />
        <div className="so-side">
          <p className="so-verdict" aria-live="polite">
            {best ? (
              <>
                Best that fits: <strong>{best.label}</strong>, {best.paper?.top1?.toFixed(1)} %
                top-1.
              </>
            ) : (
              <>No variant fits: raise a budget.</>
            )}
          </p>
          <table className="data so-table">
            <caption>Which variants fit? (engine; top-1 where it fits)</caption>
            <thead>
              <tr>
                <th scope="col">model</th>
                <th scope="col" className="n">
                  memory
                </th>
                <th scope="col" className="n">
                  MACs
                </th>
                <th scope="col" className="n">
                  top-1
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.variant} className={r.fits ? 'so-fit' : 'so-out'}>
                  <th scope="row">
                    {r.label} <span className="so-res">{r.resolution}</span>
                  </th>
                  <td className={r.memoryOk ? 'n' : 'n so-over'}>
                    {formatNumber(r.megabytes, 1)} MB
                    <span className="sr-only">
                      {r.memoryOk ? ', within budget' : ', over budget'}
                    </span>
                  </td>
                  <td className={r.flopsOk ? 'n' : 'n so-over'}>
                    {formatCompact(r.macs, { unit: 'B', digits: 2 })}
                    <span className="sr-only">
                      {r.flopsOk ? ', within budget' : ', over budget'}
                    </span>
                  </td>
                  <td className="n">
                    {r.fits && r.paper?.top1 ? (
                      `${r.paper.top1.toFixed(1)} %`
                    ) : (
                      <span aria-label="does not fit">✗</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="source">
            Top-1: {rows[0]?.paper?.source ?? 'EfficientNet (Tan & Le 2019), Table 2'}. Memory and
            MACs: engine (params with BN γ/β).
          </p>
        </div>
      </div>
    </div>
  );
}
