// Chart rows from an analysis: per-stage shares and the params-against-MACs scatter, grouped by conv type.
import { formatShape, type LayerRow, type StageSummary } from '../engine/index';

/** One stage's bar. */
export interface StageBar {
  readonly stage: string;
  readonly output: string;
  readonly macs: number;
  readonly params: number;
  readonly macsShare: number;
  readonly paramsShare: number;
}

/** Shares per stage; a network without stage names is one stage, "all". */
export function stageBars(stages: readonly StageSummary[]): StageBar[] {
  let macs = 0;
  let params = 0;
  for (const s of stages) {
    macs += s.totals.macs;
    params += s.totals.params;
  }
  return stages.map((s) => ({
    stage: s.stage === '' ? 'all' : s.stage,
    output: formatShape(s.outputShape),
    macs: s.totals.macs,
    params: s.totals.params,
    macsShare: macs === 0 ? 0 : s.totals.macs / macs,
    paramsShare: params === 0 ? 0 : s.totals.params / params,
  }));
}

/** One layer as a dot. */
export interface ScatterPoint {
  readonly name: string;
  readonly category: string;
  readonly macs: number;
  readonly params: number;
}

/** A group of dots with one colour. */
export interface ScatterSeries {
  readonly label: string;
  readonly color: string;
  readonly points: ScatterPoint[];
}

const GROUPS: readonly { label: string; color: string; test: (r: LayerRow) => boolean }[] = [
  {
    label: 'pointwise 1×1',
    color: 'var(--chart-1)',
    test: (r) => r.kind === 'conv' && r.type === 'pointwise',
  },
  {
    label: 'depthwise',
    color: 'var(--chart-2)',
    test: (r) => r.kind === 'conv' && r.type === 'depthwise',
  },
  { label: 'standard and grouped conv', color: 'var(--chart-3)', test: (r) => r.kind === 'conv' },
  { label: 'dense', color: 'var(--chart-4)', test: (r) => r.kind === 'dense' },
  { label: 'SE', color: 'var(--chart-5)', test: (r) => r.kind === 'se' },
];

/** The layers with both MACs and params (log scales need both above 0), grouped by type. */
export function scatterSeries(rows: readonly LayerRow[]): ScatterSeries[] {
  const series = GROUPS.map((g) => ({
    label: g.label,
    color: g.color,
    points: [] as ScatterPoint[],
  }));
  for (const r of rows) {
    if (r.macs <= 0 || r.params <= 0) continue;
    const i = GROUPS.findIndex((g) => g.test(r));
    series[i]?.points.push({ name: r.name, category: r.category, macs: r.macs, params: r.params });
  }
  return series.filter((s) => s.points.length > 0);
}

/** A log axis over values: whole decades around them, with a tick at each power of 10. */
export function logAxis(values: readonly number[]): { domain: [number, number]; ticks: number[] } {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  if (positive.length === 0) return { domain: [1, 10], ticks: [1, 10] };
  const low = Math.floor(Math.log10(Math.min(...positive)));
  let high = Math.ceil(Math.log10(Math.max(...positive)));
  if (high === low) high += 1;
  const ticks: number[] = [];
  for (let e = low; e <= high; e++) ticks.push(10 ** e);
  return { domain: [10 ** low, 10 ** high], ticks };
}
