import { memo, useDeferredValue, useMemo } from 'react';
import { formatCount, mbconvCost } from '../../engine/index';
import { DerivationView } from '../../ui/derivation-view';
import { Tex } from '../../ui/tex';
import { useMediaQuery } from '../../ui/use-media-query';
import { useSettledValue } from '../../ui/use-settled-value';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import { meta } from './22-mbconv.meta';
import { CostChart, type CostBar } from './22-cost-chart';
import { MbConvDiagram } from './22-mbconv-diagram';
import { partCosts, type PartCost } from './22-mbconv-parts';
import './22-mbconv.css';

// Slide 22: one MBConv block (MobileNetV2 §3.3, EfficientNet Table 1) with the cost of each part.

const tex = (n: number) => formatCount(n, '{,}');

function PartRow({ part, index, narrow }: { part: PartCost; index: number; narrow: boolean }) {
  return (
    <tr>
      <th scope="row">{part.name}</th>
      <td>
        <Fill index={index} label={meta.fills[index] ?? part.name} block>
          {part.present ? (
            <DerivationView derivation={part.derivation} lhs={part.lhs} rows={narrow} />
          ) : (
            <span className="mb-absent">none — {part.absent}</span>
          )}
        </Fill>
      </td>
    </tr>
  );
}

const Body = memo(function Body({ values }: { values: SlideProps['values'] }) {
  const M = Number(values.M);
  const N = Number(values.N);
  const t = Number(values.t);
  const DK = Number(values.DK);
  const s = Number(values.s);
  const DF = Number(values.DF);
  const se = Number(values.se);
  // Phones get each derivation on three lines instead of one long chain.
  const narrow = useMediaQuery('(max-width: 52rem)');
  const cost = useMemo(
    () =>
      mbconvCost({
        inChannels: M,
        outChannels: N,
        expand: t,
        kernel: DK,
        stride: s,
        seRatio: se,
        size: DF,
        extras: { residual: true },
      }),
    [M, N, t, DK, s, DF, se],
  );
  const parts = useMemo(
    () => (cost.ok ? partCosts(cost.value, { M, N, DK, DF }) : []),
    [cost, M, N, DK, DF],
  );
  const bars = useMemo<CostBar[]>(() => {
    const macs = parts.reduce((sum, p) => sum + p.macs, 0);
    const params = parts.reduce((sum, p) => sum + p.params, 0);
    return parts
      .filter((p) => p.key !== 'residual')
      .map((p) => ({
        part: p.name.replace(' 1×1', ''),
        macs: p.macs,
        params: p.params,
        macsShare: macs ? p.macs / macs : 0,
        paramsShare: params ? p.params / params : 0,
      }));
  }, [parts]);

  const settledBars = useSettledValue(bars, 150);

  if (!cost.ok) {
    return (
      <p className="notice" role="alert">
        {cost.error.message}
      </p>
    );
  }
  const c = cost.value;
  const DG = c.outputShape.spatial[0] ?? 0;
  const macParts = parts.filter((p) => p.present && p.key !== 'residual');
  const total = c.totals.macs;
  const residualAdds = parts.find((p) => p.key === 'residual');
  const terms = macParts.map((p) => tex(p.macs));
  const sumTex = narrow
    ? `\\begin{aligned} \\text{MACs}_{\\text{block}} &= ${terms.join(' \\\\ &+ ')} \\\\ &= ${tex(total)} \\end{aligned}`
    : `\\begin{aligned} \\text{MACs}_{\\text{block}} &= ${terms.join(' + ')} \\\\ &= ${tex(total)} \\end{aligned}`;
  const paper = c.paperFormula;
  const describe =
    `MBConv block: input ${M} × ${DF}×${DF}` +
    (t !== 1 ? `, expand 1×1 to ${c.expanded} channels` : ', no expansion') +
    `, depthwise ${DK}×${DK} stride ${s} to ${c.expanded} × ${DG}×${DG}` +
    (c.reduced > 0 ? `, SE ${c.expanded} → ${c.reduced} → ${c.expanded}` : ', no SE') +
    `, project 1×1 to ${N} × ${DG}×${DG}` +
    (c.residual ? ', residual add of the input.' : ', no residual.');
  const diagram = {
    inChannels: M,
    hidden: c.expanded,
    outChannels: N,
    reduced: c.reduced,
    kernel: DK,
    stride: s,
    inSize: DF,
    outSize: DG,
    residual: c.residual,
    expands: t !== 1,
  };
  return (
    <div className="mb">
      <figure className="mb-figure" role="img" aria-label={describe}>
        <MbConvDiagram {...diagram} orientation="horizontal" />
        <MbConvDiagram {...diagram} orientation="vertical" />
      </figure>
      <div
        className="mb-costs-wrap"
        tabIndex={0}
        role="region"
        aria-label="Cost of each part (scrolls sideways)"
      >
        <table className="mb-costs">
          <caption className="sr-only">Cost of each part of the block, in mult-adds (MACs)</caption>
          <tbody>
            {parts.map((part, i) => (
              <PartRow key={part.key} part={part} index={i} narrow={narrow} />
            ))}
            <tr className="mb-total">
              <th scope="row">Block</th>
              <td>
                <Fill index={5} label={meta.fills[5] ?? 'the block total'} block>
                  <Tex display tex={sumTex} fallback={`MACs block = ${formatCount(total)}`} />
                  <span className="mb-note">
                    MACs (mult-adds): C<sub>e</sub> = t·M = {c.expanded}, C<sub>r</sub> = ⌊{se}·M⌋ ={' '}
                    {c.reduced}, D<sub>G</sub> = ⌈D<sub>F</sub>/s⌉ = {DG}.
                    {residualAdds?.present
                      ? ` The residual adds ${formatCount(residualAdds.derivation.result)} more additions, outside the papers’ count.`
                      : ''}
                  </span>
                </Fill>
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <div className="mb-grid">
        <div className="chart-slot">
          <Fill index={3} label="the per-part chart" block>
            <CostChart bars={settledBars} />
          </Fill>
        </div>
        <div className="mb-v2">
          <p className="mb-v2-title">
            MobileNetV2’s block formula h·w·d′·t(d′ + k² + d″){' '}
            <span className="source">
              (Sandler et al. 2018, §3.3; h = w = D_F, d′ = M, d″ = N, k = D_K)
            </span>
          </p>
          {paper ? (
            <>
              <DerivationView derivation={paper} lhs="\text{MACs}" rows />
              <Fill index={5} label="the engine’s total beside it" block>
                <span className="mb-note">
                  Engine: <span className="num">{formatCount(total)}</span> MACs; the difference{' '}
                  <span className="num">{formatCount(total - paper.result)}</span> is{' '}
                  {c.reduced > 0 ? (
                    <>
                      the SE block (2·C<sub>e</sub>·C<sub>r</sub>), which MobileNetV2 does not have.
                    </>
                  ) : (
                    'zero: without SE they agree.'
                  )}
                </span>
              </Fill>
            </>
          ) : (
            <p className="mb-note">
              h·w·d′·t(d′ + k² + d″) assumes stride 1 and an expansion (t ≠ 1); with{' '}
              {s !== 1
                ? `s = ${s} the depthwise and projection run on ${DG}×${DG}, not ${DF}×${DF}`
                : 't = 1 there is no expand conv'}
              , so the engine’s per-part sum above is the right count.
            </p>
          )}
        </div>
      </div>
    </div>
  );
});

/** The controls answer at once; the body follows in a deferred render (the slider stays smooth). */
export default function MbConvPanel({ values }: SlideProps) {
  return <Body values={useDeferredValue(values)} />;
}
