// FLOPs are not latency: bytes each layer moves, its arithmetic intensity and a simple roofline time.
// Model (Williams, Waterman & Patterson 2009, "Roofline"): time = max(MACs / peak, bytes / bandwidth),
// with every layer reading its input and weights from memory and writing its output (no cache reuse).
import { shapeElements, type LayerRow } from '../engine/index';

/** Number formats and their bytes per value (the engine's PRECISIONS, restated for the lab's labels). */
export const BYTES_PER_VALUE = { fp32: 4, fp16: 2, int8: 1 } as const;
export type LabPrecision = keyof typeof BYTES_PER_VALUE;
export const PRECISION_IDS: readonly LabPrecision[] = ['fp32', 'fp16', 'int8'];

/** A device for the roofline: peak multiply-accumulates per second and memory bandwidth. */
export interface DeviceProfile {
  /** Peak compute in GMAC/s (10⁹ multiply-accumulates per second; GFLOP/s is twice this). */
  readonly peakGmacs: number;
  /** Memory bandwidth in GB/s (10⁹ bytes per second). */
  readonly bandwidthGBs: number;
}

/** A named device preset. */
export interface DevicePreset extends DeviceProfile {
  readonly id: string;
  readonly label: string;
  readonly note: string;
}

/** Round, illustrative figures for teaching (not measurements of any one product): edit them freely. */
export const DEVICE_PRESETS: readonly DevicePreset[] = [
  {
    id: 'phone-cpu',
    label: 'Phone CPU',
    peakGmacs: 50,
    bandwidthGBs: 15,
    note: '4 big cores with fp32 SIMD, about 100 GFLOP/s; LPDDR memory, about 15 GB/s in practice.',
  },
  {
    id: 'laptop-gpu',
    label: 'Laptop GPU',
    peakGmacs: 2500,
    bandwidthGBs: 190,
    note: 'An entry-level discrete GPU: about 5 TFLOP/s fp32 and 190 GB/s of GDDR6.',
  },
  {
    id: 'desktop-gpu',
    label: 'Desktop GPU',
    peakGmacs: 40_000,
    bandwidthGBs: 1000,
    note: 'A high-end GPU: about 80 TFLOP/s fp32 and 1 TB/s of memory bandwidth.',
  },
  {
    id: 'edge-npu',
    label: 'Edge accelerator (int8)',
    peakGmacs: 2000,
    bandwidthGBs: 8,
    note: 'A small int8 accelerator: about 4 TOPS (2 TMAC/s) fed through an 8 GB/s memory link.',
  },
];

/** One layer's memory traffic and roofline estimate. */
export interface LayerTraffic {
  readonly index: number;
  readonly name: string;
  readonly category: string;
  readonly macs: number;
  readonly weightBytes: number;
  readonly activationBytes: number;
  readonly bytes: number;
  /** MACs per byte moved (0 for a layer without MACs). */
  readonly intensity: number;
  /** Attainable GMAC/s at this intensity: min(peak, bandwidth · intensity). */
  readonly attainableGmacs: number;
  readonly seconds: number;
  readonly bound: 'compute' | 'memory' | 'none';
}

/** Options: the number format, and whether BN and activations run fused into the layer before them. */
export interface TrafficOptions {
  readonly precision: LabPrecision;
  /** Inference engines fold BN into the conv and apply the activation as it writes (default true). */
  readonly fused: boolean;
}

/** Tells whether a row is fused away (BN or activation) under the options. */
function isFused(row: LayerRow, options: TrafficOptions): boolean {
  return options.fused && (row.kind === 'bn' || row.kind === 'act');
}

/** The values a layer reads and writes: input and output; a residual add reads two inputs. */
function activationValues(row: LayerRow): number {
  const input = shapeElements(row.inputShape);
  const output = shapeElements(row.outputShape);
  return (row.kind === 'add' ? 2 * input : input) + output;
}

/** Bytes, intensity and roofline time of each layer on a device. */
export function layerTraffic(
  rows: readonly LayerRow[],
  device: DeviceProfile,
  options: TrafficOptions,
): LayerTraffic[] {
  const b = BYTES_PER_VALUE[options.precision];
  const peak = device.peakGmacs * 1e9;
  const bandwidth = device.bandwidthGBs * 1e9;
  return rows.map((row) => {
    const fused = isFused(row, options);
    // Weights and biases; BN keeps its 4 values per channel (γ, β, mean, variance) when not folded.
    const values = fused
      ? 0
      : row.split.weights +
        row.split.bias +
        row.split.batchNorm +
        (row.kind === 'bn' ? row.split.buffers : 0);
    const weightBytes = values * b;
    const activationBytes = fused ? 0 : activationValues(row) * b;
    const bytes = weightBytes + activationBytes;
    const macs = row.macs;
    const intensity = bytes === 0 ? 0 : macs / bytes;
    const computeTime = macs / peak;
    const memoryTime = bytes / bandwidth;
    const seconds = Math.max(computeTime, memoryTime);
    const bound =
      bytes === 0 && macs === 0 ? 'none' : computeTime >= memoryTime ? 'compute' : 'memory';
    return {
      index: row.index,
      name: row.name,
      category: row.category,
      macs,
      weightBytes,
      activationBytes,
      bytes,
      intensity,
      attainableGmacs: Math.min(device.peakGmacs, device.bandwidthGBs * intensity),
      seconds,
      bound,
    };
  });
}

/** The ridge point: the intensity (MACs per byte) above which a layer is compute-bound. */
export function ridgePoint(device: DeviceProfile): number {
  return device.peakGmacs / device.bandwidthGBs;
}

/** Per layer type: share of MACs against share of estimated time. */
export interface TimeShare {
  readonly category: string;
  readonly macs: number;
  readonly seconds: number;
  readonly macsShare: number;
  readonly timeShare: number;
}

/** Sums traffic by layer type, largest time first; layers that take no time are left out. */
export function timeShares(traffic: readonly LayerTraffic[]): TimeShare[] {
  const sums = new Map<string, { macs: number; seconds: number }>();
  let macs = 0;
  let seconds = 0;
  for (const t of traffic) {
    if (t.seconds === 0) continue;
    const s = sums.get(t.category) ?? { macs: 0, seconds: 0 };
    sums.set(t.category, { macs: s.macs + t.macs, seconds: s.seconds + t.seconds });
    macs += t.macs;
    seconds += t.seconds;
  }
  return [...sums]
    .map(([category, s]) => ({
      category,
      macs: s.macs,
      seconds: s.seconds,
      macsShare: macs === 0 ? 0 : s.macs / macs,
      timeShare: seconds === 0 ? 0 : s.seconds / seconds,
    }))
    .sort((a, b) => b.seconds - a.seconds);
}

/** Checks a device profile typed by a user: both numbers positive and finite. */
export function checkDevice(device: DeviceProfile): string | null {
  if (!(device.peakGmacs > 0) || !Number.isFinite(device.peakGmacs))
    return 'Peak compute must be a number above 0 (GMAC/s).';
  if (!(device.bandwidthGBs > 0) || !Number.isFinite(device.bandwidthGBs))
    return 'Memory bandwidth must be a number above 0 (GB/s).';
  return null;
}
