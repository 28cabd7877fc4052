import { memo, useMemo } from 'react';
import { formatBytes, formatCount, formatPercent, type LayerRow } from '../engine/index';
import { DataTable } from '../ui/data-table';
import { DeviceControls } from './device-controls';
import { ScrollBox } from './scroll-box';
import { useLabStore } from './lab-store';
import { RooflineChart } from './roofline-chart';
import { checkDevice, layerTraffic, ridgePoint, timeShares, type LayerTraffic } from './roofline';
import { ROW_LIMIT } from './layer-table';

/** Prints seconds as ms or µs. */
export function formatTime(seconds: number): string {
  if (seconds >= 1) return `${seconds.toFixed(2)} s`;
  if (seconds >= 1e-3) return `${(seconds * 1e3).toFixed(2)} ms`;
  return `${(seconds * 1e6).toFixed(1)} µs`;
}

// FLOPs are not latency: bytes moved, arithmetic intensity and a roofline estimate per layer and layer type.
export const LatencyPanel = memo(function LatencyPanel({
  rows,
  title,
}: {
  rows: readonly LayerRow[];
  title: string;
}) {
  const device = useLabStore((s) => s.device);
  const precision = useLabStore((s) => s.precision);
  const fused = useLabStore((s) => s.fused);
  const showAll = useLabStore((s) => s.showAll);
  const valid = checkDevice(device) === null;
  const traffic = useMemo(
    () => (valid ? layerTraffic(rows, device, { precision, fused }) : []),
    [rows, device, precision, fused, valid],
  );
  const shares = useMemo(() => timeShares(traffic), [traffic]);
  const busy = useMemo(() => traffic.filter((t) => t.seconds > 0), [traffic]);
  const total = busy.reduce((s, t) => s + t.seconds, 0);
  const macs = busy.reduce((s, t) => s + t.macs, 0);
  const bytes = busy.reduce((s, t) => s + t.bytes, 0);
  const computeOnly = macs / (device.peakGmacs * 1e9);
  const memoryBound = busy.filter((t) => t.bound === 'memory').length;
  const depthwise = useMemo(() => {
    const dw = shares.filter((s) => s.category.startsWith('Conv DW'));
    if (dw.length === 0) return null;
    return {
      macsShare: dw.reduce((a, s) => a + s.macsShare, 0),
      timeShare: dw.reduce((a, s) => a + s.timeShare, 0),
    };
  }, [shares]);
  return (
    <div className="lab-latency">
      <DeviceControls />
      {valid ? (
        <div className="lab-latency-results">
          <p className="lab-lead">
            If time followed MACs, {title} would take{' '}
            <strong className="num">{formatTime(computeOnly)}</strong> on this device. The roofline
            estimate, where every layer also waits for its bytes, is{' '}
            <strong className="num">{formatTime(total)}</strong> (
            {(total / Math.max(computeOnly, 1e-30)).toFixed(1)}×): {memoryBound} of {busy.length}{' '}
            layers are memory-bound (intensity below the ridge at {ridgePoint(device).toFixed(1)}{' '}
            MACs per byte). {formatBytes(bytes)} moved in all.
          </p>
          {depthwise ? (
            <p className="lab-callout">
              Depthwise layers:{' '}
              <strong className="num">{formatPercent(depthwise.macsShare, 1)}</strong> of the MACs,{' '}
              <strong className="num">{formatPercent(depthwise.timeShare, 1)}</strong> of the
              estimated time. They do few MACs per byte they move, so they wait for memory, not for
              arithmetic.
            </p>
          ) : null}
          <RooflineChart traffic={busy} device={device} />
          <ScrollBox label="Share of MACs and of time by layer type">
            <DataTable
              caption="Share of MACs against share of estimated time, by layer type"
              rows={shares}
              rowKey={(s) => s.category}
              columns={[
                { key: 'c', header: 'Type', cell: (s) => s.category },
                {
                  key: 'm',
                  header: 'share of MACs',
                  cell: (s) => formatPercent(s.macsShare),
                  numeric: true,
                },
                {
                  key: 't',
                  header: 'share of time',
                  cell: (s) => formatPercent(s.timeShare),
                  numeric: true,
                },
                {
                  key: 'r',
                  header: 'time ÷ MACs share',
                  cell: (s) =>
                    s.macsShare > 0 ? `${(s.timeShare / s.macsShare).toFixed(2)}×` : '–',
                  numeric: true,
                },
                { key: 's', header: 'time', cell: (s) => formatTime(s.seconds), numeric: true },
              ]}
            />
          </ScrollBox>
          <details className="lab-traffic">
            <summary>Bytes, intensity and time of each layer ({busy.length})</summary>
            <ScrollBox
              label="Bytes, intensity and time of each layer"
              className="lab-results-scroll"
            >
              <DataTable
                caption={`Per layer at ${precision}; weights read once, input read and output written once`}
                rows={showAll ? busy : busy.slice(0, ROW_LIMIT)}
                rowKey={(t: LayerTraffic) => String(t.index)}
                columns={[
                  { key: 'i', header: '#', cell: (t: LayerTraffic) => t.index + 1, numeric: true },
                  { key: 'n', header: 'Layer', cell: (t: LayerTraffic) => t.name },
                  { key: 'c', header: 'Type', cell: (t: LayerTraffic) => t.category },
                  {
                    key: 'm',
                    header: 'MACs',
                    cell: (t: LayerTraffic) => formatCount(t.macs),
                    numeric: true,
                  },
                  {
                    key: 'w',
                    header: 'weights',
                    cell: (t: LayerTraffic) => formatBytes(t.weightBytes),
                    numeric: true,
                  },
                  {
                    key: 'a',
                    header: 'activations',
                    cell: (t: LayerTraffic) => formatBytes(t.activationBytes),
                    numeric: true,
                  },
                  {
                    key: 'x',
                    header: 'MACs/byte',
                    cell: (t: LayerTraffic) => t.intensity.toFixed(2),
                    numeric: true,
                  },
                  { key: 'b', header: 'bound', cell: (t: LayerTraffic) => t.bound },
                  {
                    key: 't',
                    header: 'time',
                    cell: (t: LayerTraffic) => formatTime(t.seconds),
                    numeric: true,
                  },
                ]}
              />
            </ScrollBox>
            {busy.length > ROW_LIMIT ? (
              <button
                type="button"
                className="lab-show-all"
                aria-pressed={showAll}
                onClick={() => useLabStore.getState().setShowAll(!showAll)}
              >
                {showAll ? `Show the first ${ROW_LIMIT} rows` : `Show all ${busy.length} rows`}
              </button>
            ) : null}
          </details>
        </div>
      ) : null}
    </div>
  );
});
