// Slide 2's figure: params of each model in 2D and 3D on a log scale (engine values).
import { memo, useDeferredValue, useSyncExternalStore } from 'react';
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
import { formatCompact } from '../../engine/index';
import { ChartFrame } from '../../ui/chart-frame';
import { DataTable } from '../../ui/data-table';
import { millions, type ImageNetRow, type ModelRow } from './02-why-lightweight-rows';

const TICKS = [5e6, 1e7, 2e7, 5e7, 1e8, 2e8];
const DOMAIN: [number, number] = [5e6, 2.5e8];

interface Datum {
  readonly name: string;
  readonly d2: number | null;
  readonly d3: number | null;
  readonly imagenet: number | null;
  readonly torchvision: number | null;
}

const tickLabel = (v: number) => `${v / 1e6} M`;

// The root font size in px; it follows the window's width and the theme (the projector's is larger).
function subscribeRootFont(onChange: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  window.addEventListener('resize', onChange);
  const observer =
    typeof MutationObserver === 'undefined' ? undefined : new MutationObserver(onChange);
  observer?.observe(document.documentElement, { attributes: true });
  return () => {
    window.removeEventListener('resize', onChange);
    observer?.disconnect();
  };
}
const rootFont = () => Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
const useRootFont = () => useSyncExternalStore(subscribeRootFont, rootFont, () => 16);

export interface ParamsChartProps {
  readonly rows: readonly ModelRow[];
  readonly imagenet: readonly ImageNetRow[];
  readonly classes: number;
}

// The chart in memo, drawn a frame behind the slider (useDeferredValue), never animated.
export const ParamsChart = memo(function ParamsChart({
  rows,
  imagenet,
  classes,
}: ParamsChartProps) {
  const data = useDeferredValue(rows);
  // The model names are drawn at 0.8rem: their axis is as wide as "ResNet-152" at that size.
  const namesWidth = Math.ceil(5.6 * useRootFont());
  const shownClasses = useDeferredValue(classes);
  const points: Datum[] = data.map((r, i) => ({
    name: r.name,
    d2: r.engine2d,
    d3: r.engine3d,
    imagenet: imagenet[i]?.engine ?? null,
    torchvision: imagenet[i]?.torchvision?.value ?? null,
  }));
  return (
    <ChartFrame
      title="Params at a glance (engine, log scale)"
      height={12}
      table={
        <DataTable
          caption={`Params: engine at ${shownClasses} classes (2D, 48 input channels; 3D, t × k × k), and ImageNet-1k (1000 classes, RGB)`}
          columns={[
            { key: 'model', header: 'Model', cell: (d: Datum) => d.name },
            { key: 'd2', header: '2D (M)', numeric: true, cell: (d: Datum) => millions(d.d2) },
            { key: 'd3', header: '3D (M)', numeric: true, cell: (d: Datum) => millions(d.d3) },
            {
              key: 'in',
              header: 'ImageNet 2D (M), engine',
              numeric: true,
              cell: (d: Datum) => millions(d.imagenet),
            },
            {
              key: 'tv',
              header: 'ImageNet 2D (M), torchvision',
              numeric: true,
              cell: (d: Datum) => millions(d.torchvision),
            },
          ]}
          rows={points}
          rowKey={(d) => d.name}
        />
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={points}
          layout="vertical"
          margin={{ top: 0, right: 16, bottom: 0, left: 0 }}
          barGap={1}
          barCategoryGap="18%"
        >
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            scale="log"
            domain={DOMAIN}
            ticks={TICKS}
            allowDataOverflow
            tickFormatter={tickLabel}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)' }}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={namesWidth}
            stroke="var(--muted)"
            tick={{ fill: 'var(--text)', fontSize: '0.8rem' }}
            interval={0}
          />
          <Tooltip
            formatter={(v) => `${formatCompact(Number(v))} params`}
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }}
            cursor={{ fill: 'var(--surface-2)' }}
          />
          <Legend verticalAlign="top" height={22} />
          <Bar name="2D" dataKey="d2" fill="var(--chart-1)" isAnimationActive={false} />
          <Bar name="3D" dataKey="d3" fill="var(--chart-2)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});
