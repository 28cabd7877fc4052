import { useMemo } from 'react';
import {
  formatCompact,
  formatCount,
  MOBILENET_V1_FIGURES,
  separableConvCost,
} from '../../engine/index';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import { SeparableFigure, StandardFigure } from './06-standard-vs-depthwise-figure';
import './06-standard-vs-depthwise.css';

const TABLE3 = { DK: 3, M: 512, N: 512, DF: 14 };
const paper = (id: string) => MOBILENET_V1_FIGURES.find((f) => f.id === id);

// Slide 6: the standard and the depthwise separable convolution, drawn, and their cost.
export default function Panel({ values }: SlideProps) {
  const p = {
    DK: Number(values.DK),
    M: Number(values.M),
    N: Number(values.N),
    DF: Number(values.DF),
  };
  const cost = useMemo(
    () => separableConvCost({ kernel: p.DK, inChannels: p.M, outChannels: p.N, size: p.DF }),
    [p.DK, p.M, p.N, p.DF],
  );
  const isTable3 = p.DK === TABLE3.DK && p.M === TABLE3.M && p.N === TABLE3.N && p.DF === TABLE3.DF;
  const conv = paper('t3-conv');
  const separable = paper('t3-separable');
  return (
    <div className="svd">
      <figure className="svd-figure">
        <figcaption>
          Standard convolution{' '}
          <span className="svd-sub">N filters, each across all M channels</span>
        </figcaption>
        <Fill index={0} label="the standard convolution figure" block>
          <div
            className="svd-scroll"
            tabIndex={0}
            role="region"
            aria-label="Standard convolution figure"
          >
            <StandardFigure {...p} />
          </div>
        </Fill>
      </figure>
      <figure className="svd-figure">
        <figcaption>
          Depthwise separable convolution{' '}
          <span className="svd-sub">depthwise, then pointwise 1 × 1</span>
        </figcaption>
        <Fill index={1} label="the depthwise separable figure" block>
          <div
            className="svd-scroll"
            tabIndex={0}
            role="region"
            aria-label="Depthwise separable convolution figure"
          >
            <SeparableFigure {...p} />
          </div>
        </Fill>
      </figure>
      {cost.ok ? (
        <div className="svd-result">
          <dl className="svd-costs num">
            <div>
              <dt>standard conv</dt>
              <dd>{formatCompact(cost.value.standardMacs)}</dd>
              <dd className="svd-exact">{formatCount(cost.value.standardMacs)} MACs</dd>
            </div>
            <div>
              <dt>separable (dw + pw)</dt>
              <dd>
                <span className="svd-value">{formatCompact(cost.value.macs)}</span>{' '}
                <span className="svd-split">
                  ({formatCompact(cost.value.depthwise.result)} +{' '}
                  {formatCompact(cost.value.pointwise.result)})
                </span>
              </dd>
              <dd className="svd-exact">{formatCount(cost.value.macs)} MACs</dd>
            </div>
            <div className="svd-speedup">
              <dt>computation</dt>
              <dd>
                {cost.value.ratio.speedup >= 1
                  ? `${cost.value.ratio.speedup.toFixed(1)}× less`
                  : `${cost.value.ratio.value.toFixed(2)}× more`}
              </dd>
              <dd className="svd-exact">
                1/N + 1/D<sub>K</sub>² = {cost.value.ratio.value.toFixed(4)}
              </dd>
            </div>
          </dl>
          <p className="source svd-paper">
            MACs = mult-adds, counted by the engine. MobileNet Table 3’s layer, D<sub>K</sub> = 3, M
            = N = 512, D<sub>F</sub> = 14{' '}
            <span className="svd-here">{isTable3 ? '(= your values)' : '(≠ your values)'}</span>:{' '}
            {conv?.macs?.printed ?? '–'}&nbsp;M vs {separable?.macs?.printed ?? '–'}&nbsp;M; “~8–9×”
            holds for 3 × 3 kernels and many output channels.
          </p>
        </div>
      ) : (
        <p className="panel-error svd-result" role="alert">
          {cost.error.message}
        </p>
      )}
    </div>
  );
}
