import { memo, useDeferredValue, useMemo } from 'react';
import {
  derivationTextParts,
  derivationTexParts,
  formatCount,
  mbconvCost,
} from '../../engine/index';
import { DerivationView } from '../../ui/derivation-view';
import { Tex } from '../../ui/tex';
import { useMediaQuery } from '../../ui/use-media-query';
import { useSettledValue } from '../../ui/use-settled-value';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import { padToWidth } from './21-fixed-width';
import { meta } from './22-mbconv.meta';
import { CostChart, type CostBar } from './22-cost-chart';
import { MbConvDiagram } from './22-mbconv-diagram';
import { partCosts, type PartCost } from './22-mbconv-parts';
import './22-mbconv.css';

// Slide 22: one MBConv block (MobileNetV2 §3.3, EfficientNet Table 1) with the cost of each part.

// Counts up to 999,999,999 keep their width (larger ones, far from the lecture's blocks, grow).
const WIDEST = '000,000,000';

// One part's cost in three fixed columns (formula, values, result), so no value moves another.
function PartRow({ part, index }: { part: PartCost; index: number }) {
  const tex = derivationTexParts(part.derivation);
  const text = derivationTextParts(part.derivation);
  return (
    <tr>
      <th scope="row">
        {part.name}
        {part.key === 'residual' ? <span className="mb-th-note">adds, not MACs</span> : null}
      </th>
      <td colSpan={3}>
        <Fill index={index} label={meta.fills[index] ?? part.name} block>
          {part.present ? (
            <>
              <Tex className="mb-formula" tex={tex.general} fallback={text.general} />
              <Tex
                className="mb-values"
                tex={`= ${tex.substituted}`}
                fallback={`= ${text.substituted}`}
              />
              <span className="mb-result num">
                {padToWidth(formatCount(part.derivation.result), WIDEST)}
              </span>
            </>
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
  // Phones get MobileNetV2's formula on three lines instead of one long chain.
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
  const total = c.totals.macs;
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
      <div className="mb-main">
        <div className="mb-costs-side">
          <div
            className="mb-costs-wrap"
            tabIndex={0}
            role="region"
            aria-label="Cost of each part (scrolls sideways)"
          >
            <table className="mb-costs">
              <caption className="sr-only">
                Cost of each part of the block, in mult-adds (MACs)
              </caption>
              <colgroup>
                <col className="mb-col-part" />
                <col className="mb-col-formula" />
                <col className="mb-col-values" />
                <col className="mb-col-result" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">part</th>
                  <th scope="col">formula</th>
                  <th scope="col">with the values</th>
                  <th scope="col" className="n">
                    MACs
                  </th>
                </tr>
              </thead>
              <tbody>
                {parts.map((part, i) => (
                  <PartRow key={part.key} part={part} index={i} />
                ))}
              </tbody>
              <tfoot>
                <tr className="mb-total">
                  <th scope="row">Block</th>
                  <td colSpan={3}>
                    <Fill index={5} label={meta.fills[5] ?? 'the block total'} block>
                      <span className="mb-sum">
                        sum of the MACs above; the papers leave out the residual adds
                      </span>
                      <span className="mb-result num">
                        {padToWidth(formatCount(total), WIDEST)}
                      </span>
                    </Fill>
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
          <p className="mb-where">
            <span>
              C<sub>e</sub> = t·M = <span className="num">{c.expanded}</span>
            </span>
            <span>
              C<sub>r</sub> = ⌊ρ<sub>SE</sub>·M⌋ = <span className="num">{c.reduced}</span>
            </span>
            <span>
              D<sub>G</sub> = ⌈D<sub>F</sub>/s⌉ = <span className="num">{DG}</span>
            </span>
          </p>
        </div>
        <div className="chart-slot">
          <Fill index={3} label="the per-part chart" block>
            <CostChart bars={settledBars} />
          </Fill>
        </div>
      </div>
      <div className="mb-v2">
        <p className="mb-v2-title">
          MobileNetV2’s formula h·w·d′·t(d′ + k² + d″){' '}
          <span className="source">(Sandler et al. 2018, §3.3; d′ = M, d″ = N, k = D_K)</span>
        </p>
        {/* A fixed height: the formula and its comparison, or why it does not apply. */}
        <div className="mb-v2-body">
          {paper ? (
            <>
              <DerivationView derivation={paper} lhs="\text{MACs}" rows={narrow} />
              <Fill index={5} label="the engine’s total beside it" block>
                <span className="mb-note">
                  {/* Padded numbers: the words after them keep their place. */}
                  Engine:{' '}
                  <span className="num">{padToWidth(formatCount(total), '00,000,000')}</span> MACs;
                  the difference{' '}
                  <span className="num">
                    {padToWidth(formatCount(total - paper.result), '00,000')}
                  </span>{' '}
                  is{' '}
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
