import { memo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatCompact, formatCount, formatPercent } from '../../engine/index';
import { ChartFrame } from '../../ui/chart-frame';
import { DataTable } from '../../ui/data-table';

// Each stage's share of the network's mult-adds and parameters (EfficientNet Table 1 stages).

export interface StageBar {
  readonly stage: string;
  readonly macs: number;
  readonly params: number;
  readonly macsShare: number;
  readonly paramsShare: number;
}

const StageTable = memo(function StageTable({
  bars,
  model,
}: {
  bars: readonly StageBar[];
  model: string;
}) {
  return (
    <DataTable
      caption={`${model}: mult-adds (MACs) and parameters per stage (engine)`}
      rows={bars}
      rowKey={(bar) => bar.stage}
      columns={[
        { key: 'stage', header: 'stage', cell: (bar) => bar.stage },
        { key: 'macs', header: 'MACs', cell: (bar) => formatCount(bar.macs), numeric: true },
        {
          key: 'ms',
          header: 'share',
          cell: (bar) => formatPercent(bar.macsShare, 1),
          numeric: true,
        },
        { key: 'params', header: 'params', cell: (bar) => formatCount(bar.params), numeric: true },
        {
          key: 'ps',
          header: 'share',
          cell: (bar) => formatPercent(bar.paramsShare, 1),
          numeric: true,
        },
      ]}
    />
  );
});

export interface StageChartProps {
  readonly bars: readonly StageBar[];
  readonly model: string;
}

/** The per-stage chart (the panel hands it settled data, so it redraws when a slider pauses). */
export const StageChart = memo(function StageChart({ bars, model }: StageChartProps) {
  const data = bars;
  const label = model;
  return (
    <ChartFrame
      title={`${label}, by stage: share of the total`}
      table={<StageTable bars={data} model={label} />}
      height={10}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data as StageBar[]} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="stage"
            stroke="var(--muted)"
            tick={{ fill: 'var(--text)' }}
            interval={0}
          />
          <YAxis
            tickFormatter={(v: number) => `${Math.round(v * 100)} %`}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)' }}
            width={54}
          />
          <Tooltip
            formatter={(v, name, item) => {
              const bar = item.payload as StageBar;
              const absolute = name === 'params' ? bar.params : bar.macs;
              return `${formatPercent(Number(v), 1)} (${formatCompact(absolute)})`;
            }}
            labelFormatter={(v) => `stage ${String(v)}`}
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }}
          />
          <Legend verticalAlign="top" height={24} />
          <Bar
            name="mult-adds"
            dataKey="macsShare"
            fill="var(--chart-1)"
            isAnimationActive={false}
          />
          <Bar
            name="params"
            dataKey="paramsShare"
            fill="var(--chart-2)"
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});
