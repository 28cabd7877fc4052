import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatCompact } from '../../engine/index';
import { ChartFrame } from '../../ui/chart-frame';
import { DataTable } from '../../ui/data-table';

// Mult-adds of the compound-scaled network against φ: the engine's real network beside the
// estimates 2^φ · B0 and (α·β²·γ²)^φ · B0, on a log axis where 2^φ is a straight line.

export interface GrowthRow {
  readonly phi: number;
  /** The scaled network's MACs from the engine (null if the engine refused it). */
  readonly real: number | null;
  readonly twoPow: number;
  readonly product: number;
}

const billions = (v: number) => formatCompact(v, { unit: 'B', digits: 2 });
const tickLabel = (v: number) =>
  formatCompact(v, { unit: 'B', digits: Number.isInteger(v / 1e9) ? 0 : 1 });

// Log-axis ticks on a 1–2–5 series that cover the rows.
function logAxis(rows: readonly GrowthRow[]): { ticks: number[]; domain: [number, number] } {
  const values = rows
    .flatMap((r) => [r.real ?? r.twoPow, r.twoPow, r.product])
    .filter((v) => v > 0);
  if (values.length === 0) return { ticks: [], domain: [1, 10] };
  const lo = Math.min(...values) / 1.1;
  const hi = Math.max(...values) * 1.1;
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** e;
      if (v >= lo && v <= hi) ticks.push(v);
    }
  }
  return {
    ticks: ticks.length > 6 ? ticks.filter((_, i) => i % 2 === 0) : ticks,
    domain: [lo, hi],
  };
}

const GrowthTable = memo(function GrowthTable({ rows }: { rows: readonly GrowthRow[] }) {
  return (
    <DataTable
      caption="Mult-adds (MACs) of the scaled EfficientNet against φ"
      rows={rows}
      rowKey={(row) => String(row.phi)}
      columns={[
        { key: 'phi', header: 'φ', cell: (row) => row.phi.toFixed(1), numeric: true },
        {
          key: 'real',
          header: 'real network (engine)',
          cell: (row) => (row.real === null ? '–' : billions(row.real)),
          numeric: true,
        },
        {
          key: 'product',
          header: '(α·β²·γ²)^φ · B0',
          cell: (row) => billions(row.product),
          numeric: true,
        },
        { key: 'two', header: '2^φ · B0', cell: (row) => billions(row.twoPow), numeric: true },
      ]}
    />
  );
});

// The plot area inside the chart, in pixels: margins plus the y axis on the left and the x axis
// below. The φ marker is drawn over the chart at these insets.
const MARGIN = { top: 8, right: 16, bottom: 4, left: 4 };
const Y_AXIS = 66;
const X_AXIS = 30;

// The three lines, as the chart draws them and the legend names them.
const SERIES = [
  { key: 'real', name: 'real network', className: 'cs-key-real' },
  { key: 'product', name: '(α·β²·γ²)^φ · B0', className: 'cs-key-product' },
  { key: 'two', name: '2^φ · B0', className: 'cs-key-two' },
] as const;

// A legend of our own (Recharts lays its legend out twice on the first draw, so it jumps): there
// from the start, while the curve is still computed, and never moving.
function SeriesLegend() {
  return (
    <ul className="cs-legend">
      {SERIES.map((series) => (
        <li key={series.key}>
          <span className={`cs-key ${series.className}`} aria-hidden="true" />
          {series.name}
        </li>
      ))}
    </ul>
  );
}

/** The curves; redrawn only when the rows change (α, β, γ), never when φ moves. */
const Curves = memo(function Curves({ rows }: { rows: readonly GrowthRow[] }) {
  const axis = useMemo(() => logAxis(rows), [rows]);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={rows as GrowthRow[]} margin={MARGIN}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
        <XAxis
          dataKey="phi"
          type="number"
          domain={[0, 7]}
          ticks={[0, 1, 2, 3, 4, 5, 6, 7]}
          height={X_AXIS}
          stroke="var(--muted)"
          tick={{ fill: 'var(--muted)' }}
          label={{ value: 'φ', position: 'insideBottomRight', offset: -2, fill: 'var(--muted)' }}
        />
        <YAxis
          scale="log"
          domain={axis.domain}
          ticks={axis.ticks}
          stroke="var(--muted)"
          tick={{ fill: 'var(--muted)' }}
          tickFormatter={tickLabel}
          width={Y_AXIS}
        />
        <Tooltip
          formatter={(v) => billions(Number(v))}
          labelFormatter={(v) => `φ = ${Number(v).toFixed(1)}`}
          contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }}
        />
        <Line
          name={SERIES[0].name}
          dataKey="real"
          stroke="var(--chart-1)"
          strokeWidth={3}
          dot={{ r: 3 }}
          isAnimationActive={false}
        />
        <Line
          name={SERIES[1].name}
          dataKey="product"
          stroke="var(--chart-3)"
          strokeWidth={2}
          strokeDasharray="6 3"
          dot={false}
          isAnimationActive={false}
        />
        <Line
          name={SERIES[2].name}
          dataKey="twoPow"
          stroke="var(--chart-2)"
          strokeWidth={2}
          strokeDasharray="2 3"
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
});

// A vertical line at φ over the plot area; moving it costs one style change, not a chart redraw.
function PhiMarker({ phi }: { phi: number }) {
  const inset = MARGIN.left + Y_AXIS;
  return (
    <div
      className="cs-phi-marker"
      style={{
        left: `calc(${inset}px + (100% - ${inset + MARGIN.right}px) * ${Math.min(1, Math.max(0, phi / 7))})`,
        top: `${MARGIN.top}px`,
        bottom: `${MARGIN.bottom + X_AXIS}px`,
      }}
    />
  );
}

/** The growth chart with a marker at the current φ; `rows` is null while the curve is computed. */
export function MacsChart({ rows, phi }: { rows: readonly GrowthRow[] | null; phi: number }) {
  return (
    <ChartFrame
      title="Mult-adds vs φ (log scale)"
      table={rows ? <GrowthTable rows={rows} /> : <p>Computing…</p>}
      height={10.5}
      source="Real network: engine, B0 scaled with the official rounding."
    >
      <div className="cs-plot">
        <SeriesLegend />
        <div className="cs-curves">
          {rows ? <Curves rows={rows} /> : <p className="loading">Computing the curve…</p>}
          <PhiMarker phi={phi} />
        </div>
      </div>
    </ChartFrame>
  );
}
