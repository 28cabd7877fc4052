import { memo, useDeferredValue, useMemo } from 'react';
import {
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatCompact, formatNumber } from '../engine/index';
import { ChartFrame } from '../ui/chart-frame';
import { DataTable } from '../ui/data-table';
import { logAxis } from './chart-data';
import { AXIS, rem, TIP } from './chart-style';
import { ridgePoint, type DeviceProfile, type LayerTraffic } from './roofline';

interface Point {
  readonly name: string;
  readonly x: number;
  readonly y: number;
}

/** Draws nothing for a point: the roof is a line through its points. */
const NoDot = () => <g />;

/** Picks dots for the chart: layers with MACs (log axes need intensity above 0), grouped by what bounds them. */
function groups(traffic: readonly LayerTraffic[]) {
  const dot = (t: LayerTraffic): Point => ({
    name: `${t.name} (${t.category})`,
    x: t.intensity,
    y: t.attainableGmacs,
  });
  const withMacs = traffic.filter((t) => t.macs > 0 && t.intensity > 0);
  const isDw = (t: LayerTraffic) => t.category.startsWith('Conv DW');
  return [
    { label: 'depthwise', color: 'var(--chart-2)', points: withMacs.filter(isDw).map(dot) },
    {
      label: 'other layers',
      color: 'var(--chart-1)',
      points: withMacs.filter((t) => !isDw(t)).map(dot),
    },
  ];
}

// A simple roofline: attainable GMAC/s against MACs per byte, the roof, and one dot per layer.
export const RooflineChart = memo(function RooflineChart({
  traffic,
  device,
}: {
  traffic: readonly LayerTraffic[];
  device: DeviceProfile;
}) {
  const data = useDeferredValue(traffic);
  const series = useMemo(() => groups(data), [data]);
  const ridge = ridgePoint(device);
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  const xAxis = logAxis([ridge / 10, ridge * 10, ...xs]);
  const [low, high] = xAxis.domain;
  const roof: Point[] = [
    { name: 'memory roof', x: low, y: device.bandwidthGBs * low },
    { name: 'ridge', x: ridge, y: device.peakGmacs },
    { name: 'compute roof', x: high, y: device.peakGmacs },
  ];
  const all = series.flatMap((s) => s.points);
  const yAxis = logAxis([...roof.map((p) => p.y), ...all.map((p) => p.y)]);
  return (
    <ChartFrame
      title={`Roofline: peak ${formatNumber(device.peakGmacs)} GMAC/s, memory ${formatNumber(device.bandwidthGBs)} GB/s; ridge at ${ridge.toFixed(1)} MACs per byte`}
      height={15}
      table={
        <DataTable
          caption="Each layer's arithmetic intensity and the compute it can reach"
          rows={all}
          rowKey={(p, i) => `${p.name}-${i}`}
          columns={[
            { key: 'n', header: 'Layer', cell: (p: Point) => p.name },
            {
              key: 'x',
              header: 'MACs per byte',
              cell: (p: Point) => p.x.toFixed(2),
              numeric: true,
            },
            {
              key: 'y',
              header: 'attainable GMAC/s',
              cell: (p: Point) => p.y.toFixed(1),
              numeric: true,
            },
          ]}
        />
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 4, right: 16, bottom: 18, left: 8 }}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="x"
            name="MACs per byte"
            scale="log"
            domain={xAxis.domain}
            ticks={xAxis.ticks}
            allowDataOverflow
            tickFormatter={(v: number) =>
              v < 1 ? v.toPrecision(1) : formatCompact(v, { digits: 0 })
            }
            label={{
              value: 'arithmetic intensity (MACs per byte)',
              position: 'insideBottom',
              offset: -10,
              fill: 'var(--muted)',
            }}
            {...AXIS}
          />
          <YAxis
            type="number"
            dataKey="y"
            name="GMAC/s"
            scale="log"
            domain={yAxis.domain}
            ticks={yAxis.ticks}
            tickFormatter={(v: number) => formatCompact(v, { digits: 0 })}
            width={rem(3.6)}
            {...AXIS}
            label={{ value: 'GMAC/s', angle: -90, position: 'insideLeft', fill: 'var(--muted)' }}
          />
          <Tooltip contentStyle={TIP} formatter={(v) => Number(v).toPrecision(3)} />
          <Legend verticalAlign="top" height={24} />
          <Scatter
            name="roof"
            data={roof}
            line={{ stroke: 'var(--text)', strokeWidth: 2 }}
            shape={NoDot}
            fill="var(--text)"
            isAnimationActive={false}
          />
          {series.map((s) => (
            <Scatter
              key={s.label}
              name={s.label}
              data={s.points}
              fill={s.color}
              isAnimationActive={false}
            />
          ))}
        </ScatterChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});
