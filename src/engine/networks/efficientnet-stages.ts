// EfficientNet's stage table (Table 1; slides 19 and 21): operator, resolution, channels, layers,
// before and after scaling — the shape ⟨r·Ĥ_i, r·Ŵ_i, w·Ĉ_i⟩ while depth becomes d·L̂_i.
import { ok, type Result } from '../errors';
import { efficientNetScale, type EfficientNetConfig } from './efficientnet-scaling';
import { EFFICIENTNET_B0_HEAD, EFFICIENTNET_B0_STAGES, EFFICIENTNET_B0_STEM } from './efficientnet';
import { roundChannels, roundRepeats } from './options';

/** One stage's row: the B0 baseline and the scaled network. */
export interface StageRow {
  /** 1–9, as in Table 1. */
  readonly stage: number;
  /** "Conv3x3", "MBConv6, k5x5", "Conv1x1 & Pooling & FC". */
  readonly operator: string;
  /** Input resolution Ĥ_i = Ŵ_i of the baseline, and H_i of the scaled network. */
  readonly baseResolution: number;
  readonly resolution: number;
  /** Output channels Ĉ_i and round_filters(w · Ĉ_i). */
  readonly baseChannels: number;
  readonly channels: number;
  /** Layers L̂_i and ⌈d · L̂_i⌉. */
  readonly baseLayers: number;
  readonly layers: number;
}

function sizes(resolution: number): number[] {
  // Input size of stages 1–9: stem stride 2, then stage strides 1, 2, 2, 2, 1, 2, 1, head 1 ('same': ⌈D/s⌉).
  const out = [resolution, Math.ceil(resolution / 2)];
  for (const s of EFFICIENTNET_B0_STAGES)
    out.push(Math.ceil((out[out.length - 1] ?? 1) / s.stride));
  return out;
}

/** The 9-stage table of B0 beside the same table scaled by a config (B2, or φ = 3, …). */
export function efficientNetStages(
  config: EfficientNetConfig,
  resolution?: number,
): Result<readonly StageRow[]> {
  const scale = efficientNetScale(config);
  if (!scale.ok) return scale;
  const { width: w, depth: d } = scale.value;
  const base = sizes(224);
  const scaled = sizes(resolution ?? scale.value.resolution);
  const at = (list: number[], i: number): number => list[i] ?? 1;
  const rows: StageRow[] = [
    {
      stage: 1,
      operator: 'Conv3x3',
      baseResolution: at(base, 0),
      resolution: at(scaled, 0),
      baseChannels: EFFICIENTNET_B0_STEM,
      channels: roundChannels(EFFICIENTNET_B0_STEM, w),
      baseLayers: 1,
      layers: 1,
    },
  ];
  EFFICIENTNET_B0_STAGES.forEach((s, i) => {
    rows.push({
      stage: i + 2,
      operator: `MBConv${s.expand}, k${s.kernel}x${s.kernel}`,
      baseResolution: at(base, i + 1),
      resolution: at(scaled, i + 1),
      baseChannels: s.channels,
      channels: roundChannels(s.channels, w),
      baseLayers: s.repeats,
      layers: roundRepeats(s.repeats, d),
    });
  });
  rows.push({
    stage: 9,
    operator: 'Conv1x1 & Pooling & FC',
    baseResolution: at(base, 8),
    resolution: at(scaled, 8),
    baseChannels: EFFICIENTNET_B0_HEAD,
    channels: roundChannels(EFFICIENTNET_B0_HEAD, w),
    baseLayers: 1,
    layers: 1,
  });
  return ok(rows);
}
