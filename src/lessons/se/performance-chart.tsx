// Top-1 accuracy against published FLOPs (log axis) for the models of EfficientNet's Table 2 (slide 30).
import { memo } from 'react';
import {
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { TABLE2_POINTS, type Family, type Table2Point } from './table2-data';

const X_TICKS = [0.3, 1, 3, 10, 30];
const SERIES: readonly { family: Family; name: string; color: string; line: boolean }[] = [
  { family: 'conventional', name: 'conventional', color: 'var(--muted)', line: false },
  { family: 'nas', name: 'NAS-based', color: 'var(--chart-1)', line: true },
  { family: 'efficientnet', name: 'EfficientNet', color: 'var(--chart-2)', line: true },
];

const byFlops = (a: Table2Point, b: Table2Point) => a.flopsB - b.flopsB;

const SERIES_DATA = SERIES.map((s) => ({
  ...s,
  data: TABLE2_POINTS.filter((p) => p.family === s.family).sort(byFlops),
}));

/** The scatter: EfficientNet and NAS models as lines, the conventional models as points. */
export const PerformanceChart = memo(function PerformanceChart() {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ScatterChart margin={{ top: 8, right: 22, bottom: 18, left: 0 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
        <XAxis
          dataKey="flopsB"
          type="number"
          scale="log"
          domain={[0.3, 50]}
          ticks={X_TICKS}
          allowDataOverflow
          stroke="var(--muted)"
          tick={{ fill: 'var(--muted)' }}
          tickFormatter={(v: number) => `${v} B`}
          label={{
            value: 'FLOPs (billions of mult-adds, log scale)',
            position: 'bottom',
            offset: 2,
            fill: 'var(--muted)',
          }}
        />
        <YAxis
          dataKey="top1"
          type="number"
          domain={[75, 85]}
          ticks={[75, 77, 79, 81, 83, 85]}
          stroke="var(--muted)"
          tick={{ fill: 'var(--muted)' }}
          width={48}
          label={{
            value: 'top-1 (%)',
            angle: -90,
            position: 'insideLeft',
            offset: 12,
            fill: 'var(--muted)',
          }}
        />
        <Tooltip
          cursor={false}
          formatter={(value, name) =>
            name === 'flopsB' ? [`${String(value)} B`, 'FLOPs'] : [`${String(value)} %`, 'top-1']
          }
          labelFormatter={() => ''}
          contentStyle={{
            background: 'var(--surface)',
            border: '1px solid var(--border)',
            color: 'var(--text)',
          }}
        />
        <Legend verticalAlign="top" height={26} />
        {SERIES_DATA.map((s) => (
          <Scatter
            key={s.family}
            name={s.name}
            data={s.data}
            fill={s.color}
            stroke={s.color}
            line={s.line ? { stroke: s.color, strokeWidth: 2.5 } : false}
            isAnimationActive={false}
          >
            {s.family === 'efficientnet' ? (
              <LabelList
                dataKey="model"
                position="top"
                offset={9}
                fill="var(--text)"
                formatter={(v: unknown) => String(v).replace('EfficientNet-', '')}
              />
            ) : null}
          </Scatter>
        ))}
      </ScatterChart>
    </ResponsiveContainer>
  );
});
