// Slide 10: the depthwise step's cost, per channel and in total, from the current D_K, M, D_F.
import { useMemo } from 'react';
import {
  depthwiseConvCost,
  derivationTextParts,
  derivationToTex,
  formatCount,
} from '../../engine/index';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import { CostLine } from './10-cost-line';
import { FlopsAside } from './10-flops-aside';
import { FormulaNote } from './10-formula-note';
import { DepthwiseFigure } from './10-depthwise-figure';
import * as S from './09-symbols';
import './09-figures.css';

export default function Panel({ values }: SlideProps) {
  const DK = Number(values.DK);
  const M = Number(values.M);
  const DF = Number(values.DF);
  const cost = useMemo(() => depthwiseConvCost({ kernel: DK, channels: M, size: DF }), [DK, M, DF]);
  if (!cost.ok) return <p className="panel-error">{cost.error.message}</p>;
  const c = cost.value;
  return (
    <div className="sep-slide">
      <div className="sep-top">
        <p className="sep-lead">
          Each of the {S.M} channels gets its <strong>own</strong> {S.DK} × {S.DK} filter. Same
          padding, stride 1: {S.DG} = {S.DF}.
        </p>
        <div className="sep-figure-box">
          <DepthwiseFigure DK={DK} M={M} DF={DF} />
        </div>
      </div>
      <div className="sep-steps">
        <div>
          <h2 className="sep-step-title">
            For each channel: {S.DK} · {S.DK} mults at each of {S.DF} · {S.DF} positions
          </h2>
          <Fill index={0} label="multiplications for one channel" block>
            <CostLine
              derivation={c.perChannel}
              lhs="\text{per channel}"
              unit="Multiplications (mult-adds) per channel"
            />
          </Fill>
        </div>
        <div>
          <h2 className="sep-step-title">Total: all {S.M} channels, the lecture’s “FLOPs”</h2>
          <Fill index={1} label="total multiplications of the depthwise step" block>
            <CostLine
              derivation={c.total}
              lhs="\text{total}"
              unit="Multiplications = mult-adds (MACs)"
            />
          </Fill>
        </div>
      </div>
      <FormulaNote
        lead={<>Weights, no {S.N} anywhere:</>}
        tex={derivationToTex(c.paramsDerivation)}
        fallback={`params = ${derivationTextParts(c.paramsDerivation).substituted} = ${formatCount(c.params)}`}
      />
      <FlopsAside kind="depthwise" DK={DK} M={M} N={M} DF={DF} />
    </div>
  );
}
