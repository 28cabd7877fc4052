// Relative cost 1/N + 1/D_K² against N (log axes) for D_K = 3, 5, 7 and the current D_K, current point marked.
import { memo, useDeferredValue, useMemo } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { separableRatio } from '../../engine/index';
import { ChartFrame } from '../../ui/chart-frame';
import { useMediaQuery } from '../../ui/use-media-query';
import { DataTable, type Column } from '../../ui/data-table';

/** One N with the ratio for each kernel size, keyed `k3`, `k5`, … */
export type RatioRow = { readonly N: number } & Readonly<Record<string, number>>;

const SAMPLES = Array.from({ length: 25 }, (_, k) => Math.round(2 ** (k / 2)));
// Every kernel size the slider allows: the curves are computed once, a step only picks which show.
const ALL_KERNELS = Array.from({ length: 11 }, (_, i) => i + 1);
let allRows: RatioRow[] | undefined;
const TABLE_N = [4, 16, 64, 128, 256, 512, 1024];
const COLORS = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)'];
const MINE = 'var(--chart-4)';
const AXIS_WIDTH = 52;
// The legend starts clear of the y-axis title.
const LEGEND_INSET = 24;
const X_TICKS = [1, 4, 16, 64, 256, 1024, 4096];
const Y_TICKS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2];

/** The ratio from the engine (NaN if it refuses the values). */
function ratio(kernel: number, n: number): number {
  const r = separableRatio({ kernel, outChannels: n });
  return r.ok ? r.value.value : Number.NaN;
}

/** Rows for a set of kernel sizes over N (unique N, ascending). */
export function ratioRows(kernels: readonly number[], ns: readonly number[]): RatioRow[] {
  return [...new Set(ns)]
    .sort((a, b) => a - b)
    .map((n) => {
      const row: Record<string, number> = { N: n };
      for (const k of kernels) row[`k${k}`] = ratio(k, n);
      return row as RatioRow;
    });
}

// The kernel sizes always drawn and tabled; the chosen D_K is added as its own curve and column.
const KERNELS = [3, 5, 7];

/** Value and speed-up of one cell, "0.1150 (8.7×)". */
function cellText(row: RatioRow, kernel: number): string {
  const v = row[`k${kernel}`] ?? Number.NaN;
  return `${v.toFixed(4)} (${(1 / v).toFixed(1)}×)`;
}

// Always the same rows and columns (the fixed N, then this N; 3, 5, 7, then this D_K), so an
// open table never grows or shrinks while a slider moves.
const RatioTable = memo(function RatioTable({
  kernel,
  current,
}: {
  readonly kernel: number;
  readonly current: number;
}) {
  const rows = useMemo(() => {
    const kernels = [...new Set([...KERNELS, kernel])];
    const fixed = ratioRows(kernels, TABLE_N).map((row) => ({ row, mine: false }));
    const here = ratioRows(kernels, [current]).map((row) => ({ row, mine: true }));
    return [...fixed, ...here];
  }, [kernel, current]);
  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    {
      key: 'N',
      header: 'N',
      numeric: true,
      cell: (r) => (r.mine ? `${r.row.N} (the dot)` : r.row.N),
    },
    ...KERNELS.map((k) => ({
      key: `k${k}`,
      header: `${k} × ${k}`,
      numeric: true,
      cell: (r: Row) => cellText(r.row, k),
    })),
    {
      key: 'mine',
      header: `chosen: ${kernel} × ${kernel}`,
      numeric: true,
      cell: (r) => cellText(r.row, kernel),
    },
  ];
  return (
    <DataTable
      caption="Relative cost 1/N + 1/D_K² (separable ÷ standard) and, in brackets, the speed-up, by kernel size D_K × D_K"
      className="ratio-table"
      columns={columns}
      rows={rows}
      rowKey={(r) => (r.mine ? 'this N' : String(r.row.N))}
    />
  );
});

export interface RatioChartProps {
  readonly DK: number;
  readonly N: number;
}

/** The chart; its curves depend on D_K only, the marked point follows N a frame behind. */
export const RatioChart = memo(function RatioChart({ DK, N }: RatioChartProps) {
  const dk = useDeferredValue(DK);
  const n = useDeferredValue(N);
  allRows ??= ratioRows(ALL_KERNELS, SAMPLES);
  const rows = allRows;
  // On a phone the legend takes two rows.
  const phone = useMediaQuery('(max-width: 52rem)');
  const here = ratio(dk, n);
  return (
    <ChartFrame
      title={`Relative cost against N (log scales); the dot: ${dk} × ${dk} kernels, N = ${n}`}
      table={<RatioTable kernel={dk} current={n} />}
      height={11}
      source="All values from the engine: 1/N + 1/D_K²."
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 6, right: 18, bottom: 6, left: 0 }}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis
            dataKey="N"
            type="number"
            scale="log"
            domain={[1, 4096]}
            ticks={X_TICKS}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)' }}
            label={{ value: 'N', position: 'insideBottomRight', offset: -2, fill: 'var(--muted)' }}
          />
          <YAxis
            scale="log"
            domain={[0.007, 2.2]}
            ticks={Y_TICKS}
            allowDataOverflow
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)' }}
            width={AXIS_WIDTH}
            label={{
              value: 'relative cost',
              angle: -90,
              position: 'insideLeft',
              offset: 10,
              fill: 'var(--muted)',
            }}
          />
          <Tooltip
            formatter={(v) => Number(v).toFixed(4)}
            labelFormatter={(v) => `N = ${String(v)}`}
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }}
          />
          <Legend
            verticalAlign="top"
            align="left"
            height={phone ? 48 : 28}
            wrapperStyle={{ paddingLeft: LEGEND_INSET }}
          />
          <ReferenceLine
            y={1}
            stroke="var(--muted)"
            strokeDasharray="6 4"
            label={{ value: 'standard conv', position: 'insideTopRight', fill: 'var(--muted)' }}
          />
          {KERNELS.map((k, i) => (
            <Line
              key={k}
              name={`${k} × ${k}`}
              dataKey={`k${k}`}
              stroke={COLORS[i] ?? 'var(--chart-1)'}
              strokeWidth={1.8}
              dot={false}
              isAnimationActive={false}
            />
          ))}
          {/* The chosen kernel last, so that only its own legend entry changes as D_K moves. */}
          <Line
            name={`chosen: ${dk} × ${dk}`}
            dataKey={`k${dk}`}
            stroke={MINE}
            strokeWidth={3.5}
            dot={false}
            isAnimationActive={false}
          />
          <ReferenceDot x={n} y={here} r={7} fill={MINE} stroke="var(--surface)" strokeWidth={2} />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});
