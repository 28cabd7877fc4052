// Slide 11: the pointwise (1 × 1) step's cost from the current M, N, D_F.
import { useMemo } from 'react';
import { derivationTextParts, derivationToTex, pointwiseConvCost } from '../../engine/index';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import * as S from './09-symbols';
import { CostLine } from './10-cost-line';
import { FlopsAside } from './10-flops-aside';
import { FormulaNote } from './10-formula-note';
import { PointwiseFigure } from './11-pointwise-figure';
import './09-figures.css';

export default function Panel({ values }: SlideProps) {
  const M = Number(values.M);
  const N = Number(values.N);
  const DFv = Number(values.DF);
  const cost = useMemo(
    () => pointwiseConvCost({ inChannels: M, outChannels: N, size: DFv }),
    [M, N, DFv],
  );
  if (!cost.ok) return <p className="panel-error">{cost.error.message}</p>;
  const c = cost.value;
  const params = derivationTextParts(c.paramsDerivation);
  return (
    <div className="sep-slide">
      <div className="sep-top sep-top-wide">
        <p className="sep-lead">
          At each of the {S.DF} × {S.DF} positions, {S.N} filters of 1 × 1 × {S.M} mix all {S.M}{' '}
          channels: a dense layer {S.M} → {S.N}, a standard convolution with {S.DK} = 1.
        </p>
        <div className="sep-figure-box">
          <PointwiseFigure M={M} N={N} DF={DFv} />
        </div>
      </div>
      <div className="sep-steps">
        <div>
          <h2 className="sep-step-title">
            Total: {S.M} · {S.N} mults at each of {S.DF} · {S.DF} positions, the lecture’s “FLOPs”
          </h2>
          <Fill index={0} label="total multiplications of the pointwise step" block>
            <CostLine
              derivation={c.total}
              lhs="\text{total}"
              unit="Multiplications = mult-adds (MACs)"
            />
          </Fill>
        </div>
      </div>
      <FormulaNote
        lead="Weights, as many as one position’s mults:"
        tex={derivationToTex(c.paramsDerivation)}
        fallback={`params = ${params.general} = ${params.substituted} = ${params.result}`}
      />
      <FlopsAside kind="pointwise" DK={1} M={M} N={N} DF={DFv} />
    </div>
  );
}
