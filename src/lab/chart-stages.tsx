import { memo, useMemo } from 'react';
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
import { formatCount, formatPercent, stageSummary, type Analysis } from '../engine/index';
import { ChartFrame } from '../ui/chart-frame';
import { DataTable } from '../ui/data-table';
import { stageBars } from './chart-data';
import { AXIS, CURSOR, percent, rem, TIP } from './chart-style';

// MACs and params per stage (EfficientNet's stages 1–9, ResNet's conv1…fc, MobileNet's ds-64…).
export const ChartStages = memo(function ChartStages({
  analysis,
  title,
}: {
  analysis: Analysis;
  title: string;
}) {
  const stages = useMemo(() => stageBars(stageSummary(analysis)), [analysis]);
  return (
    <ChartFrame
      title={`${title}: MACs and params per stage`}
      height={12}
      table={
        <DataTable
          caption="Per stage (params: trainable)"
          rows={stages}
          rowKey={(s) => s.stage}
          columns={[
            { key: 's', header: 'Stage', cell: (s) => s.stage },
            { key: 'o', header: 'Output', cell: (s) => s.output, numeric: true },
            { key: 'm', header: 'MACs', cell: (s) => formatCount(s.macs), numeric: true },
            {
              key: 'ms',
              header: 'share',
              cell: (s) => formatPercent(s.macsShare),
              numeric: true,
            },
            { key: 'p', header: 'Params', cell: (s) => formatCount(s.params), numeric: true },
            {
              key: 'ps',
              header: 'share',
              cell: (s) => formatPercent(s.paramsShare),
              numeric: true,
            },
          ]}
        />
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={stages} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="stage" {...AXIS} tick={{ fill: 'var(--text)' }} />
          <YAxis tickFormatter={percent} width={rem(3.2)} {...AXIS} />
          <Tooltip formatter={(v) => formatPercent(Number(v))} contentStyle={TIP} cursor={CURSOR} />
          <Legend verticalAlign="top" height={24} />
          <Bar name="MACs" dataKey="macsShare" fill="var(--chart-1)" isAnimationActive={false} />
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
