// Slide 15: width multiplier α (and resolution multiplier ρ): the engine's costs beside the paper's Tables 6–7.
import { useMemo } from 'react';
import { formatCompact, formatCount } from '../../engine/index';
import { Tex } from '../../ui/tex';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import { analyzeMobileNet } from './14-mobilenet-analysis';
import { paramStops, usePrewarm } from './14-prewarm';
import { meta } from './15-width-multiplier.meta';
import { AccuracyChart } from './15-accuracy-chart';
import { PointsTable } from './15-points-table';
import { publishedPoints } from './15-published-points';
import { resolutionAt, widthAt } from './15-scaling';
import './09-figures.css';
import './15-width-multiplier.css';

const M = (v: number) =>
  formatCompact(v).replace(' M', '\\,\\text{M}').replace(' K', '\\,\\text{K}');

const STOPS = {
  alpha: paramStops(meta.params, 'alpha'),
  res: paramStops(meta.params, 'res'),
};

export default function Panel({ values }: SlideProps) {
  const alpha = Number(values.alpha);
  const res = Number(values.res);
  const points = useMemo(() => publishedPoints(), []);
  const result = useMemo(() => analyzeMobileNet(alpha, res), [alpha, res]);
  const width = useMemo(() => widthAt(alpha, res), [alpha, res]);
  const resolution = useMemo(() => resolutionAt(alpha, res), [alpha, res]);
  // The next slider steps: every α at this resolution and every resolution at this α.
  usePrewarm(
    () => [
      ...STOPS.alpha.flatMap((a) => [() => analyzeMobileNet(a, res), () => widthAt(a, res)]),
      ...STOPS.alpha.map((a) => () => resolutionAt(a, res)),
      ...STOPS.res.flatMap((r) => [() => analyzeMobileNet(alpha, r), () => widthAt(alpha, r)]),
      ...STOPS.res.map((r) => () => resolutionAt(alpha, r)),
    ],
    [alpha, res],
  );
  if (!result.ok) return <p className="panel-error">{result.error.message}</p>;
  if (!width.ok) return <p className="panel-error">{width.error.message}</p>;
  if (!resolution.ok) return <p className="panel-error">{resolution.error.message}</p>;
  const { analysis } = result.value;
  const macs = analysis.totals.macs;
  const params = analysis.reportedParams;
  const current = points.find((p) => p.alpha === alpha && p.resolution === res);
  const w = width.value;
  const r = resolution.value;
  const rho = res / 224;
  const a = alpha === 1 ? '1.0' : String(alpha);
  const widthTex = `\\alpha^2 \\cdot C_{1.0\\text{-}${res}} = ${a}^2 \\cdot ${M(w.base.macs)} = ${M(w.approxMacs)}`;
  const rhoTex = `\\rho^2 \\cdot C_{${a}\\text{-}224} = ${rho.toFixed(3)}^2 \\cdot ${M(r.base.macs)} = ${M(r.approxMacs)}`;
  const label = `${a} MobileNet-${res}`;
  return (
    <div className="wm">
      <div className="wm-top">
        <div className="wm-left">
          <div className="wm-cards">
            <div className="sep-card">
              <h2>Mult-adds (MACs)</h2>
              <Fill index={0} label="mult-adds at this width" block>
                <span className="sep-big">{formatCompact(macs)}</span>
                <p className="sep-exact">{formatCount(macs)}</p>
                <p className="sep-quote">
                  {current ? `Paper ${current.paperMacs} M (${current.table})` : 'Not in the paper'}
                </p>
              </Fill>
            </div>
            <div className="sep-card">
              <h2>Params (no BN)</h2>
              <Fill index={1} label="parameters at this width" block>
                <span className="sep-big">
                  {formatCompact(params, { unit: 'M', digits: params < 1e6 ? 2 : 1 })}
                </span>
                <p className="sep-exact">{formatCount(params)}</p>
                <p className="sep-quote">
                  {current
                    ? `Paper ${current.paperParams} M (${current.table})`
                    : 'Not in the paper'}
                </p>
              </Fill>
            </div>
          </div>
          <div className="sep-gated">
            <Fill index={0} label="the α² and ρ² rules beside the real cost" block>
              <div className="wm-rule">
                <Tex
                  tex={widthTex}
                  fallback={`α² · C(1.0-${res}) = ${a}² · ${formatCompact(w.base.macs)} = ${formatCompact(w.approxMacs)}`}
                />
                <p className="wm-rule-real">
                  width rule; real <span className="num">{formatCompact(w.scaled.macs)}</span>, ×
                  {w.realFactor.toFixed(3)} (α² = {w.approxFactor.toFixed(3)})
                </p>
              </div>
              <div className="wm-rule">
                <Tex
                  tex={rhoTex}
                  fallback={`ρ² · C(${a}-224) = ${rho.toFixed(3)}² · ${formatCompact(r.base.macs)} = ${formatCompact(r.approxMacs)}`}
                />
                <p className="wm-rule-real">
                  resolution rule, ρ = {res}/224; real{' '}
                  <span className="num">{formatCompact(r.scaled.macs)}</span>, ×
                  {r.realFactor.toFixed(3)}; params stay
                </p>
              </div>
            </Fill>
          </div>
        </div>
        <div className="sep-gated">
          <Fill index={0} label="the accuracy chart with this network’s cost" block>
            <AccuracyChart points={points} macs={macs} current={current} label={label} />
          </Fill>
        </div>
      </div>
      <PointsTable points={points} current={current?.id} />
    </div>
  );
}
