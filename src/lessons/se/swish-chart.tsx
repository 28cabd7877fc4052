// ReLU and swish over x for the current β, with swish's minimum marked (slide 28).
import { memo, useDeferredValue, useMemo } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { relu, swish, swishMinimum } from '../../engine/index';
import { ChartFrame } from '../../ui/chart-frame';
import { signed } from './signed';
import { DataTable } from '../../ui/data-table';

interface Point {
  readonly x: number;
  readonly relu: number;
  readonly swish: number;
}

const X_MIN = -4;
const X_MAX = 3;
const STEPS = 140;
const TABLE_X = Array.from({ length: 15 }, (_, k) => X_MIN + k * 0.5);
const TICKS_X = [-4, -3, -2, -1, 0, 1, 2, 3];
const TICKS_Y = [0, 1, 2, 3];

/** Both activations at x for this β. */
function point(x: number, beta: number): Point {
  return { x, relu: relu(x), swish: swish(x, beta) };
}

/** Swish's minimum for β > 0; at β = 0 swish is the line x/2 and has none. */
export function swishLowest(beta: number): { x: number; y: number } | null {
  return beta > 0 ? swishMinimum(beta) : null;
}

export const SwishChart = memo(function SwishChart({ beta }: { beta: number }) {
  const b = useDeferredValue(beta);
  const data = useMemo(
    () =>
      Array.from({ length: STEPS + 1 }, (_, k) => point(X_MIN + ((X_MAX - X_MIN) * k) / STEPS, b)),
    [b],
  );
  const rows = useMemo(() => TABLE_X.map((x) => point(x, b)), [b]);
  const lowest = swishLowest(b);
  return (
    <ChartFrame
      title={`ReLU and swish, β = ${b}${lowest ? ' (dot: the minimum of swish)' : ''}`}
      height={10}
      table={
        <DataTable
          caption={`ReLU(x) and Swish(x) = x · σ(${b}x)`}
          columns={[
            {
              key: 'x',
              header: 'x',
              numeric: true,
              cell: (r: Point) => signed(r.x, r.x === Math.round(r.x * 2) / 2 ? 1 : 3),
            },
            { key: 'relu', header: 'ReLU', numeric: true, cell: (r: Point) => signed(r.relu, 3) },
            {
              key: 'swish',
              header: 'Swish',
              numeric: true,
              cell: (r: Point) => r.swish.toFixed(3),
            },
          ]}
          rows={lowest ? [...rows, point(lowest.x, b)].sort((p, q) => p.x - q.x) : rows}
          rowKey={(r) => r.x.toFixed(6)}
        />
      }
      source="Engine: relu, swish; the minimum by Newton's method."
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis
            dataKey="x"
            type="number"
            domain={[X_MIN, X_MAX]}
            ticks={TICKS_X}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)' }}
            tickFormatter={(v: number) => signed(v, 0)}
          />
          <YAxis
            type="number"
            domain={[-0.6, 3]}
            ticks={TICKS_Y}
            allowDataOverflow
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)' }}
            tickFormatter={(v: number) => signed(v, 0)}
            width={34}
          />
          <ReferenceLine y={0} stroke="var(--muted)" />
          <ReferenceLine x={0} stroke="var(--muted)" />
          <Legend verticalAlign="top" height={24} />
          <Line
            dataKey="relu"
            name="ReLU"
            type="linear"
            dot={false}
            stroke="var(--chart-2)"
            strokeWidth={2.5}
            strokeDasharray="7 4"
            isAnimationActive={false}
          />
          <Line
            dataKey="swish"
            name={`Swish (β = ${b})`}
            type="monotone"
            dot={false}
            stroke="var(--chart-1)"
            strokeWidth={3}
            isAnimationActive={false}
          />
          {lowest ? (
            <ReferenceDot
              x={lowest.x}
              y={lowest.y}
              r={6}
              fill="var(--chart-3)"
              stroke="var(--surface)"
              strokeWidth={2}
            />
          ) : null}
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});
