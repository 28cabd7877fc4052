import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatCompact, formatCount, type Analysis } from '../engine/index';
import { ChartFrame } from '../ui/chart-frame';
import { DataTable } from '../ui/data-table';
import { logAxis, scatterSeries, type ScatterPoint } from './chart-data';
import { AXIS, rem, TIP } from './chart-style';

// Params against MACs, one dot per layer on log scales: pointwise layers hold the cost, depthwise ones little of either.
export const ChartScatter = memo(function ChartScatter({
  analysis,
  title,
}: {
  analysis: Analysis;
  title: string;
}) {
  const series = useMemo(() => scatterSeries(analysis.rows), [analysis]);
  const points = series.flatMap((s) => s.points);
  const xAxis = logAxis(points.map((p) => p.macs));
  const yAxis = logAxis(points.map((p) => p.params));
  return (
    <ChartFrame
      title={`${title}: params against MACs, one dot per layer (log scales)`}
      height={14}
      table={
        <DataTable
          caption="Params and MACs of each layer with both"
          rows={points}
          rowKey={(p) => p.name}
          columns={[
            { key: 'n', header: 'Layer', cell: (p: ScatterPoint) => p.name },
            { key: 't', header: 'Type', cell: (p: ScatterPoint) => p.category },
            {
              key: 'm',
              header: 'MACs',
              cell: (p: ScatterPoint) => formatCount(p.macs),
              numeric: true,
            },
            {
              key: 'p',
              header: 'Params',
              cell: (p: ScatterPoint) => formatCount(p.params),
              numeric: true,
            },
          ]}
        />
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 4, right: 16, bottom: 16, left: 8 }}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="macs"
            name="MACs"
            scale="log"
            domain={xAxis.domain}
            ticks={xAxis.ticks}
            tickFormatter={(v: number) => formatCompact(v, { digits: 0 })}
            {...AXIS}
            label={{ value: 'MACs', position: 'insideBottom', offset: -8, fill: 'var(--muted)' }}
          />
          <YAxis
            type="number"
            dataKey="params"
            name="params"
            scale="log"
            domain={yAxis.domain}
            ticks={yAxis.ticks}
            tickFormatter={(v: number) => formatCompact(v, { digits: 0 })}
            width={rem(4.2)}
            {...AXIS}
            label={{ value: 'params', angle: -90, position: 'insideLeft', fill: 'var(--muted)' }}
          />
          <Tooltip
            contentStyle={TIP}
            formatter={(v) => formatCount(Number(v))}
            labelFormatter={() => ''}
          />
          <Legend verticalAlign="top" height={24} />
          {series.map((s) => (
            <Scatter
              key={s.label}
              name={s.label}
              data={s.points}
              fill={s.color}
              isAnimationActive={false}
            />
          ))}
        </ScatterChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});
