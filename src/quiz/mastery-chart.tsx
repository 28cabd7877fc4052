// Loaded lazily with the progress panel: Recharts stays out of the quiz's first paint.
import { memo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';

export interface MasteryRow {
  readonly id: string;
  readonly title: string;
  /** The label on the chart's axis. */
  readonly short: string;
  /** Mastery in percent, 0–100. */
  readonly mastery: number;
  readonly attempts: number;
  /** The bar's label: "40 %", or "not tried". */
  readonly label: string;
}

interface TickProps {
  readonly x?: number;
  readonly y?: number;
  readonly index?: number;
  readonly payload?: { readonly value: string };
  readonly rows: readonly MasteryRow[];
}

// An axis label on one line (Recharts would wrap it); a topic with no bar gets its label here.
function TopicTick({ x = 0, y = 0, index = 0, payload, rows }: TickProps) {
  const row = rows[index];
  return (
    <g>
      <text x={x - 6} y={y} dy="0.35em" textAnchor="end" fill="var(--text)">
        {payload?.value}
      </text>
      {row && row.mastery === 0 ? (
        <text x={x + 6} y={y} dy="0.35em" fill="var(--muted)">
          {row.label}
        </text>
      ) : null}
    </g>
  );
}

interface LabelProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly width?: number | string;
  readonly height?: number | string;
  readonly value?: number | string;
}

// The value at the end of each bar, "not tried" where there is none.
function BarLabel({ x = 0, y = 0, width = 0, height = 0, value }: LabelProps) {
  return (
    <text
      x={Number(x) + Number(width) + 6}
      y={Number(y) + Number(height) / 2}
      dy="0.35em"
      fill="var(--muted)"
    >
      {value}
    </text>
  );
}

// A horizontal bar per topic: mastery from 0 to 100 %.
const MasteryChart = memo(function MasteryChart({ rows }: { rows: readonly MasteryRow[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={rows as MasteryRow[]}
        layout="vertical"
        margin={{ top: 4, right: 72, bottom: 4, left: 8 }}
      >
        <CartesianGrid horizontal={false} stroke="var(--border)" />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          tickFormatter={(v: number) => `${v} %`}
          stroke="var(--muted)"
          tick={{ fill: 'var(--muted)' }}
        />
        <YAxis
          type="category"
          dataKey="short"
          width={120}
          interval={0}
          stroke="var(--muted)"
          tick={<TopicTick rows={rows} />}
        />
        <Bar
          dataKey="mastery"
          fill="var(--chart-1)"
          isAnimationActive={false}
          radius={[0, 4, 4, 0]}
        >
          <LabelList dataKey="label" content={<BarLabel />} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
});

export default MasteryChart;
