// Slide 12: separable total, the standard convolution, and their ratio 1/N + 1/D_K² line by line.
import { useMemo } from 'react';
import { separableConvCost } from '../../engine/index';
import { FitWidth } from '../../ui/fit-width';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import * as S from './09-symbols';
import { CostBar } from './12-cost-bar';
import { TwoLineFormula, substitutedSteps } from './12-formula-lines';
import { RatioLines } from './12-ratio-lines';
import './09-figures.css';
import './12-separable-total.css';

const RATIO_LHS = '\\frac{\\text{separable}}{\\text{standard}}';

export default function Panel({ values }: SlideProps) {
  const DK = Number(values.DK);
  const M = Number(values.M);
  const N = Number(values.N);
  const DF = Number(values.DF);
  const cost = useMemo(
    () => separableConvCost({ kernel: DK, inChannels: M, outChannels: N, size: DF }),
    [DK, M, N, DF],
  );
  if (!cost.ok) return <p className="panel-error">{cost.error.message}</p>;
  const c = cost.value;
  const r = c.ratio;
  const steps = substitutedSteps(r.derivation);
  const terms = `${r.invN.toFixed(4)} + ${r.invK2.toFixed(4)}`;
  const tail = `\\approx ${terms} = ${r.value.toFixed(4)} \\approx 1 / ${r.speedup.toFixed(1)}`;
  const tailText = `≈ ${terms} = ${r.value.toFixed(4)} ≈ 1/${r.speedup.toFixed(1)}`;
  return (
    <div className="sep-slide total">
      <div className="total-top">
        <div className="total-pair">
          <Fill index={0} label="FLOPs of the depthwise separable convolution" block>
            <FitWidth className="total-formula">
              <TwoLineFormula derivation={c.total} lhs="\text{FLOPs}" />
            </FitWidth>
          </Fill>
          <Fill index={1} label="FLOPs of the standard convolution" block>
            <FitWidth className="total-formula">
              <TwoLineFormula derivation={c.standard} lhs="\text{FLOPs}_{\text{standard}}" />
            </FitWidth>
          </Fill>
        </div>
        <div className="sep-gated">
          <Fill index={1} label="both costs to scale" block>
            <CostBar
              depthwise={c.depthwise.result}
              pointwise={c.pointwise.result}
              standard={c.standardMacs}
            />
          </Fill>
        </div>
      </div>
      <Fill index={2} label="the ratio, line by line" block>
        <FitWidth className="sep-formula total-ratio">
          <RatioLines lhs={RATIO_LHS} steps={steps} tail={tail} tailText={tailText} />
        </FitWidth>
        <p className="sep-result">
          {S.M} and {S.DF} · {S.DF} cancel:{' '}
          <span className="sep-result-value num total-pct">{(r.value * 100).toFixed(1)} %</span> of
          the standard cost,{' '}
          <strong className="num total-times">
            {r.speedup >= 1 ? r.speedup.toFixed(1) : r.value.toFixed(2)}×
          </strong>{' '}
          {r.speedup >= 1 ? 'less' : 'more'}.
        </p>
      </Fill>
      <p className="sep-note">
        “FLOPs”: mult-adds (MACs), with {S.DG} = {S.DF}. Columns: depthwise orange, pointwise blue.
      </p>
    </div>
  );
}
