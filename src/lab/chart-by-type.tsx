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
import {
  categoryShares,
  formatCount,
  formatPercent,
  MOBILENET_V1_TABLE2,
  type Analysis,
  type CategoryShare,
} from '../engine/index';
import { ChartFrame } from '../ui/chart-frame';
import { DataTable } from '../ui/data-table';
import { AXIS, CURSOR, percent, rem, TIP } from './chart-style';

/** The paper's Table 2 share of a category, as printed. */
const printedShare = (category: string, key: 'macsPercent' | 'paramsPercent') => {
  const row = MOBILENET_V1_TABLE2.find((r) => r.category === category);
  return row ? `${row[key].toFixed(2)} %` : '–';
};

export interface ChartByTypeProps {
  readonly analysis: Analysis;
  readonly title: string;
  /** Show MobileNet's Table 2 beside the engine's shares (for 1.0 MobileNet-224 only). */
  readonly paperTable2: boolean;
}

// Share of MACs and params by layer type, as MobileNet's Table 2 (with the paper's column for 1.0-224).
export const ChartByType = memo(function ChartByType({
  analysis,
  title,
  paperTable2,
}: ChartByTypeProps) {
  const shares = useMemo(
    () => [...categoryShares(analysis)].sort((a, b) => b.macs - a.macs),
    [analysis],
  );
  return (
    <ChartFrame
      title={`${title}: share of MACs and params by layer type (as MobileNet's Table 2)`}
      height={13}
      table={
        <DataTable
          caption="Share by layer type (params: weights and biases, no BN)"
          rows={shares}
          rowKey={(s) => s.category}
          columns={[
            { key: 'c', header: 'Type', cell: (s: CategoryShare) => s.category },
            {
              key: 'm',
              header: 'MACs',
              cell: (s: CategoryShare) => formatCount(s.macs),
              numeric: true,
            },
            {
              key: 'ms',
              header: 'share',
              cell: (s: CategoryShare) => formatPercent(s.macsShare),
              numeric: true,
            },
            ...(paperTable2
              ? [
                  {
                    key: 'pm',
                    header: 'paper',
                    cell: (s: CategoryShare) => printedShare(s.category, 'macsPercent'),
                    numeric: true,
                  },
                ]
              : []),
            {
              key: 'p',
              header: 'Params',
              cell: (s: CategoryShare) => formatCount(s.params),
              numeric: true,
            },
            {
              key: 'ps',
              header: 'share',
              cell: (s: CategoryShare) => formatPercent(s.paramsShare),
              numeric: true,
            },
            ...(paperTable2
              ? [
                  {
                    key: 'pp',
                    header: 'paper',
                    cell: (s: CategoryShare) => printedShare(s.category, 'paramsPercent'),
                    numeric: true,
                  },
                ]
              : []),
          ]}
        />
      }
      source={
        paperTable2
          ? 'Paper column: MobileNet (Howard et al. 2017), Table 2, as printed. Its Conv 3×3 mult-adds share of 1.19 % is a misprint for 1.91 %, and its params shares leave out the FC bias (hence 24.33 % against 24.35 %).'
          : undefined
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={shares}
          layout="vertical"
          margin={{ top: 4, right: 16, bottom: 0, left: 8 }}
        >
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 1]} tickFormatter={percent} {...AXIS} />
          <YAxis
            type="category"
            dataKey="category"
            width={rem(
              Math.min(14, 1 + 0.45 * Math.max(4, ...shares.map((x) => x.category.length))),
            )}
            {...AXIS}
            tick={{ fill: 'var(--text)' }}
            interval={0}
          />
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
