// MobileNet Tables 6 and 7 (width α, resolution ρ) as printed, each beside the engine's count of the same network.
import { MOBILENET_V1_FIGURES, type PublishedFigure } from '../../engine/index';
import { analyzeMobileNet } from './14-mobilenet-analysis';

/** One published MobileNet with the engine's values for the same α and resolution. */
export interface PublishedPoint {
  readonly id: string;
  readonly series: 'width' | 'resolution';
  readonly model: string;
  readonly table: string;
  readonly alpha: number;
  readonly resolution: number;
  readonly top1: number;
  readonly paperMacs: string;
  readonly paperParams: string;
  readonly macs: number;
  readonly params: number;
  readonly note?: string;
}

// Table 6 varies α at 224; Table 7 varies the resolution at α = 1 (its 224 row repeats Table 6's).
const IDS = ['t6-100', 't6-075', 't6-050', 't6-025', 't7-192', 't7-160', 't7-128'];

function point(f: PublishedFigure): PublishedPoint | null {
  const options = f.build?.options ?? {};
  const alpha = Number(options.width ?? 1);
  const resolution = Number(options.resolution ?? 224);
  const result = analyzeMobileNet(alpha, resolution);
  if (!result.ok || f.top1 === undefined) return null;
  const { analysis } = result.value;
  const base: PublishedPoint = {
    id: f.id,
    series: f.id.startsWith('t7') ? 'resolution' : 'width',
    model: f.model,
    table: f.source.replace(/^.*, /, ''),
    alpha,
    resolution,
    top1: f.top1,
    paperMacs: f.macs?.printed ?? '–',
    paperParams: f.params?.printed ?? '–',
    macs: analysis.totals.macs,
    params: analysis.reportedParams,
  };
  return f.note === undefined ? base : { ...base, note: f.note };
}

let points: readonly PublishedPoint[] | undefined;

/** The seven published points (computed once). */
export function publishedPoints(): readonly PublishedPoint[] {
  points ??= IDS.map((id) => MOBILENET_V1_FIGURES.find((f) => f.id === id))
    .filter((f): f is PublishedFigure => f !== undefined)
    .map(point)
    .filter((p): p is PublishedPoint => p !== null);
  return points;
}
