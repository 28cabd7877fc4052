// Slide 15: width multiplier α (and resolution multiplier ρ): the engine's costs beside the paper's Tables 6–7.
import { useMemo } from 'react';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import { analyzeMobileNet } from './14-mobilenet-analysis';
import { paramStops, usePrewarm } from './14-prewarm';
import { meta } from './15-width-multiplier.meta';
import { AccuracyChart } from './15-accuracy-chart';
import { PointsTable } from './15-points-table';
import { publishedPoints } from './15-published-points';
import { resolutionAt, widthAt } from './15-scaling';
import { WidthValues } from './15-width-values';
import './09-figures.css';
import './15-width-multiplier.css';

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
  const current = points.find((p) => p.alpha === alpha && p.resolution === res);
  const a = alpha === 1 ? '1.0' : String(alpha);
  const macs = result.ok ? result.value.analysis.totals.macs : null;
  return (
    <div className="wm">
      <div className="wm-top">
        {/* An α the engine refuses (below 1/32) keeps the layout: its message takes the values' place. */}
        <div className="wm-left">
          {result.ok && width.ok && resolution.ok ? (
            <WidthValues
              analysis={result.value.analysis}
              width={width.value}
              resolution={resolution.value}
              current={current}
              alpha={a}
              res={res}
            />
          ) : (
            <p className="panel-error">
              {[result, width, resolution].find((r) => !r.ok)?.error.message}
            </p>
          )}
        </div>
        <div className="sep-gated">
          <Fill index={0} label="the accuracy chart with this network’s cost" block>
            <AccuracyChart
              points={points}
              macs={macs}
              current={current}
              label={macs === null ? 'no network at this α' : `${a} MobileNet-${res}`}
            />
          </Fill>
        </div>
      </div>
      <PointsTable points={points} current={current?.id} />
    </div>
  );
}
