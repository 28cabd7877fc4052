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
import { formatCount, formatPercent } from '../../engine/index';
import { ChartFrame } from '../../ui/chart-frame';
import { DataTable } from '../../ui/data-table';

// Each MBConv part's share of the block's mult-adds and of its parameters.

export interface CostBar {
  readonly part: string;
  readonly macs: number;
  readonly params: number;
  readonly macsShare: number;
  readonly paramsShare: number;
}

const CostTable = memo(function CostTable({ bars }: { bars: readonly CostBar[] }) {
  return (
    <DataTable
      caption="Cost of each part of the block (engine; params include BN γ/β)"
      rows={bars}
      rowKey={(bar) => bar.part}
      columns={[
        { key: 'part', header: 'part', cell: (bar) => bar.part },
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

/** The per-part bar chart (the panel hands it settled data, so it redraws when a slider pauses). */
export const CostChart = memo(function CostChart({ bars }: { bars: readonly CostBar[] }) {
  const data = bars;
  return (
    <ChartFrame
      title="Each part’s share of the block"
      table={<CostTable bars={data} />}
      height={9.5}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data as CostBar[]} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="part" stroke="var(--muted)" tick={{ fill: 'var(--text)' }} interval={0} />
          <YAxis
            domain={[0, 1]}
            ticks={[0, 0.25, 0.5, 0.75, 1]}
            tickFormatter={(v: number) => `${Math.round(v * 100)} %`}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)' }}
            width={70}
          />
          <Tooltip
            formatter={(v) => formatPercent(Number(v), 1)}
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
