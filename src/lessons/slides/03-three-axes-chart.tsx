// Slide 3's chart: MACs of EfficientNet-B0 against one multiplier at a time, with the rules m and m².
// The curves never change, so Recharts draws them once; the current multipliers are marked by a
// light HTML layer on the same coordinates, which keeps a dragged slider fast.
import { memo, useDeferredValue, useEffect, useState } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../ui/chart-frame';
import { DataTable } from '../../ui/data-table';
import { axisFactor, curvePoint, SAMPLES, type Axis, type CurvePoint } from './03-three-axes-cost';

const computed = new Map<number, CurvePoint>();

/**
 * The curves, computed in slices of about 10 ms after the first paint (each sample analyses three
 * networks) and drawn once complete; samples are kept for the next visit.
 */
function useCurves(): readonly CurvePoint[] {
  const [points, setPoints] = useState<readonly CurvePoint[]>(() =>
    SAMPLES.flatMap((m) => computed.get(m) ?? []),
  );
  useEffect(() => {
    if (points.length === SAMPLES.length) return;
    let timer = 0;
    const slice = () => {
      const start = performance.now();
      let next = SAMPLES.find((m) => !computed.has(m));
      while (next !== undefined && performance.now() - start < 10) {
        computed.set(next, curvePoint(next));
        next = SAMPLES.find((m) => !computed.has(m));
      }
      if (next === undefined) setPoints(SAMPLES.flatMap((m) => computed.get(m) ?? []));
      else timer = window.setTimeout(slice, 0);
    };
    timer = window.setTimeout(slice, 0);
    return () => window.clearTimeout(timer);
  }, [points]);
  return points;
}

const fmt = (v: number | null) => (v === null ? '–' : `${v.toFixed(2)}×`);
const AXES: readonly { axis: Axis; color: string }[] = [
  { axis: 'depth', color: 'var(--chart-1)' },
  { axis: 'width', color: 'var(--chart-2)' },
  { axis: 'resolution', color: 'var(--chart-3)' },
];

// The plot's geometry, fixed so that the marks layer can place dots on the same coordinates.
const X_DOMAIN: [number, number] = [0.5, 3];
const Y_DOMAIN: [number, number] = [0, 9];
const MARGIN = { top: 6, right: 16, bottom: 0, left: 0 };
const Y_AXIS_WIDTH = 34;
const X_AXIS_HEIGHT = 26;

/** The curves: drawn once, whatever the sliders do. */
const Curves = memo(function Curves({ points }: { points: readonly CurvePoint[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={points} margin={MARGIN}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
        <XAxis
          dataKey="m"
          type="number"
          domain={X_DOMAIN}
          ticks={[0.5, 1, 1.5, 2, 2.5, 3]}
          height={X_AXIS_HEIGHT}
          stroke="var(--muted)"
          tick={{ fill: 'var(--muted)' }}
        />
        <YAxis
          domain={Y_DOMAIN}
          ticks={[0, 1, 2, 4, 6, 9]}
          allowDataOverflow
          stroke="var(--muted)"
          tick={{ fill: 'var(--muted)' }}
          width={Y_AXIS_WIDTH}
          tickFormatter={(v: number) => `${v}×`}
        />
        {AXES.map(({ axis, color }) => (
          <Line
            key={axis}
            dataKey={axis}
            stroke={color}
            strokeWidth={2.5}
            dot={false}
            isAnimationActive={false}
          />
        ))}
        <Line
          dataKey="linear"
          stroke="var(--muted)"
          strokeDasharray="5 4"
          dot={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="quadratic"
          stroke="var(--muted)"
          strokeDasharray="2 3"
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
});

/** Where a value sits in the plot area, as CSS lengths of the plot box. */
function place(m: number, factor: number): { left: string; top: string } {
  // Clamped to the plot: a multiplier beyond the axis sits on its edge (drawn hollow).
  const fx = Math.min(1, Math.max(0, (m - X_DOMAIN[0]) / (X_DOMAIN[1] - X_DOMAIN[0])));
  const fy = 1 - Math.min(factor, Y_DOMAIN[1]) / Y_DOMAIN[1];
  const left = MARGIN.left + Y_AXIS_WIDTH;
  const width = `(100% - ${left + MARGIN.right}px)`;
  const height = `(100% - ${MARGIN.top + MARGIN.bottom + X_AXIS_HEIGHT}px)`;
  return {
    left: `calc(${left}px + ${width} * ${fx.toFixed(4)})`,
    top: `calc(${MARGIN.top}px + ${height} * ${fy.toFixed(4)})`,
  };
}

export interface AxesChartProps {
  readonly d: number;
  readonly w: number;
  readonly r: number;
}

export const AxesChart = memo(function AxesChart(props: AxesChartProps) {
  const points = useCurves();
  const values: Record<Axis, number> = {
    depth: useDeferredValue(props.d),
    width: useDeferredValue(props.w),
    resolution: useDeferredValue(props.r),
  };
  const ready = points.length === SAMPLES.length;
  return (
    <ChartFrame
      title="MACs ÷ B0’s MACs, one axis at a time (engine); dots: your multipliers"
      height={10}
      table={
        <DataTable
          caption="MACs factor of EfficientNet-B0 scaled along one axis (others at 1)"
          columns={[
            { key: 'm', header: 'multiplier', numeric: true, cell: (p: CurvePoint) => p.m },
            { key: 'd', header: 'depth d', numeric: true, cell: (p: CurvePoint) => fmt(p.depth) },
            { key: 'w', header: 'width w', numeric: true, cell: (p: CurvePoint) => fmt(p.width) },
            {
              key: 'r',
              header: 'resolution r',
              numeric: true,
              cell: (p: CurvePoint) => fmt(p.resolution),
            },
            { key: 'l', header: 'm', numeric: true, cell: (p: CurvePoint) => fmt(p.linear) },
            { key: 'q', header: 'm²', numeric: true, cell: (p: CurvePoint) => fmt(p.quadratic) },
          ]}
          rows={points}
          rowKey={(p) => String(p.m)}
        />
      }
    >
      <ul className="axes-legend" aria-hidden="true">
        {AXES.map(({ axis }) => (
          <li key={axis}>
            <span className={`axes-swatch axes-${axis}`} />
            {axis}
          </li>
        ))}
        <li>
          <span className="axes-swatch axes-rule-linear" />m (linear)
        </li>
        <li>
          <span className="axes-swatch axes-rule-quadratic" />
          m² (quadratic)
        </li>
      </ul>
      <div className="axes-plot">
        <Curves points={points} />
        {ready
          ? AXES.map(({ axis }) => {
              const m = values[axis];
              const factor = axisFactor(axis, m);
              if (factor === null) return null;
              const beyond = m < X_DOMAIN[0] || m > X_DOMAIN[1] || factor > Y_DOMAIN[1];
              return (
                <span
                  key={axis}
                  className={`axes-mark axes-${axis}${beyond ? ' axes-mark-beyond' : ''}`}
                  style={place(m, factor)}
                />
              );
            })
          : null}
      </div>
    </ChartFrame>
  );
});
