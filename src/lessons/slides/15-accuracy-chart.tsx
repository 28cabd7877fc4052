// Published top-1 accuracy against the engine's mult-adds (log axis), with the current network's cost marked.
import { memo, useDeferredValue, useMemo } from 'react';
import {
  CartesianGrid,
  LabelList,
  Legend,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatCompact } from '../../engine/index';
import { ChartFrame } from '../../ui/chart-frame';
import { DataTable } from '../../ui/data-table';
import type { PublishedPoint } from './15-published-points';

export interface AccuracyChartProps {
  readonly points: readonly PublishedPoint[];
  /** The current network's mult-adds (engine); null when the engine refuses α. */
  readonly macs: number | null;
  /** The published point of the current network, if the paper trained it. */
  readonly current: PublishedPoint | undefined;
  readonly label: string;
}

interface Dot {
  readonly x: number;
  readonly y: number;
  readonly name: string;
}

const TICKS = [1e6, 2e6, 5e6, 1e7, 2e7, 5e7, 1e8, 2e8, 5e8, 1e9, 2e9];

const PointTable = memo(function PointTable({
  points,
}: {
  readonly points: readonly PublishedPoint[];
}) {
  return (
    <DataTable
      caption="Published top-1 (Howard et al. 2017, Tables 6–7) against mult-adds (engine)"
      rows={points}
      rowKey={(p) => p.id}
      columns={[
        { key: 'model', header: 'Model', cell: (p) => p.model },
        {
          key: 'top1',
          header: 'Top-1 (paper)',
          numeric: true,
          cell: (p) => `${p.top1.toFixed(1)} %`,
        },
        {
          key: 'macs',
          header: 'Mult-adds (engine)',
          numeric: true,
          cell: (p) => formatCompact(p.macs),
        },
      ]}
    />
  );
});

const dots = (points: readonly PublishedPoint[], series: PublishedPoint['series']): Dot[] =>
  points
    .filter((p) => p.series === series || p.id === 't6-100')
    .map((p) => ({
      x: p.macs,
      y: p.top1,
      name: p.alpha === 1 ? '1.0' : String(p.alpha),
    }));

/** The accuracy chart; its points never change, only the marked cost follows α and the resolution. */
export const AccuracyChart = memo(function AccuracyChart({
  points,
  macs,
  current,
  label,
}: AccuracyChartProps) {
  const cost = useDeferredValue(macs);
  const width = useMemo(() => dots(points, 'width'), [points]);
  const resolution = useMemo(() => dots(points, 'resolution'), [points]);
  const lo = cost === null ? 3e7 : Math.min(3e7, cost / 1.5);
  const hi = cost === null ? 8e8 : Math.max(8e8, cost * 1.5);
  const ticks = TICKS.filter((t) => t >= lo && t <= hi);
  return (
    <ChartFrame
      title={`Top-1 vs mult-adds (log); dashed: ${label}`}
      table={<PointTable points={points} />}
      height={9}
      source="Top-1: paper (trained models only); mult-adds: engine."
    >
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 16, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis
            dataKey="x"
            type="number"
            scale="log"
            domain={[lo, hi]}
            ticks={ticks}
            allowDataOverflow
            tickFormatter={(v: number) => formatCompact(v, { digits: 0 })}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)' }}
          />
          <YAxis
            dataKey="y"
            type="number"
            domain={[45, 75]}
            ticks={[50, 55, 60, 65, 70, 75]}
            unit=" %"
            width={54}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)' }}
          />
          <Tooltip
            formatter={(v, name) =>
              name === 'x' ? formatCompact(Number(v)) : `${Number(v).toFixed(1)} %`
            }
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }}
          />
          <Legend verticalAlign="bottom" height={24} />
          {cost === null ? null : (
            <ReferenceLine
              x={cost}
              stroke="var(--accent)"
              strokeWidth={2}
              strokeDasharray="5 3"
              label={{
                value: formatCompact(cost),
                position: cost > Math.sqrt(lo * hi) ? 'insideBottomRight' : 'insideBottomLeft',
                fill: 'var(--accent)',
              }}
            />
          )}
          <Scatter
            name="width α, 224 px"
            data={width}
            fill="var(--chart-1)"
            line={{ stroke: 'var(--chart-1)', strokeWidth: 2 }}
            isAnimationActive={false}
          >
            <LabelList dataKey="name" position="top" fill="var(--muted)" fontSize="1em" />
          </Scatter>
          <Scatter
            name="resolution, α 1.0"
            data={resolution}
            fill="var(--chart-2)"
            line={{ stroke: 'var(--chart-2)', strokeWidth: 2 }}
            shape="diamond"
            isAnimationActive={false}
          />
          {current ? (
            <ReferenceDot
              x={current.macs}
              y={current.top1}
              r={9}
              fill="none"
              stroke="var(--accent)"
              strokeWidth={3}
            />
          ) : null}
        </ScatterChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});
