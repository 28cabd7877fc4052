// Slide 13: the lecture's example D_K = 3, N = 256: relative cost 1/N + 1/D_K² ≈ 0.1150 ≈ 1/8.7.
import { useMemo } from 'react';
import { separableRatio } from '../../engine/index';
import { FitWidth } from '../../ui/fit-width';
import { Tex } from '../../ui/tex';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import { RatioChart } from './13-ratio-chart';
import './09-figures.css';
import './13-efficiency-example.css';

const GENERAL =
  '\\frac{\\text{Depthwise Separable Convolution}}{\\text{Standard Convolution}} = \\frac{1}{N} + \\frac{1}{{D_K}^{2}}';

export default function Panel({ values }: SlideProps) {
  const DK = Number(values.DK);
  const N = Number(values.N);
  const result = useMemo(() => separableRatio({ kernel: DK, outChannels: N }), [DK, N]);
  if (!result.ok) return <p className="panel-error">{result.error.message}</p>;
  const r = result.value;
  const k2 = Math.round(1 / r.invK2);
  const a = r.invN.toFixed(4);
  const b = r.invK2.toFixed(4);
  const value = r.value.toFixed(4);
  const speedup = r.speedup.toFixed(1);
  const tex = `\\text{Relative cost} = \\frac{1}{${N}} + \\frac{1}{${k2}} \\approx ${a} + ${b} = ${value} \\approx \\frac{1}{${speedup}}`;
  const text = `Relative cost = 1/${N} + 1/${k2} ≈ ${a} + ${b} = ${value} ≈ 1/${speedup}`;
  const times = Math.round(r.speedup);
  return (
    <div className="sep-slide example">
      <FitWidth className="sep-formula example-general">
        <Tex display tex={GENERAL} fallback="Depthwise separable / standard = 1/N + 1/D_K²" />
      </FitWidth>
      <p className="example-for">
        For{' '}
        <var className="sep-sym">
          D<sub>K</sub>
        </var>{' '}
        = <span className="num example-dk">{DK}</span> (filter size) and{' '}
        <var className="sep-sym">N</var> = <span className="num example-n">{N}</span> (number of
        channels):
      </p>
      <Fill index={0} label="relative cost with the values put in" block>
        <FitWidth className="sep-formula example-value">
          <Tex display tex={tex} fallback={text} />
        </FitWidth>
      </Fill>
      <p className="example-verdict">
        <Fill index={1} label="how many times less computation">
          {r.speedup >= 1 ? (
            <>
              <span className="num">{speedup}×</span> less computation: about {times} times cheaper.
            </>
          ) : (
            <>
              <span className="num">{r.value.toFixed(2)}×</span> the standard cost: here separable
              costs more.
            </>
          )}
        </Fill>
      </p>
      <div className="sep-gated">
        <Fill index={1} label="the chart of the ratio against N" block>
          <RatioChart DK={DK} N={N} />
        </Fill>
      </div>
    </div>
  );
}
