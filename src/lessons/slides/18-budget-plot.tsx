import { memo } from 'react';

// The two constraints as a region: B0–B7 placed by mult-adds (x) and weight memory (y) on log
// axes, the feasible box below both targets shaded.

export interface BudgetPoint {
  readonly label: string;
  /** Mult-adds (MACs). */
  readonly macs: number;
  /** Weight memory in megabytes. */
  readonly megabytes: number;
  readonly fits: boolean;
}

export interface BudgetPlotProps {
  readonly points: readonly BudgetPoint[];
  /** Target mult-adds (MACs). */
  readonly targetMacs: number;
  /** Target weight memory in megabytes. */
  readonly targetMegabytes: number;
}

const W = 460;
const H = 330;
const LEFT = 74;
const RIGHT = 30;
const TOP = 14;
const BOTTOM = 46;
/** Axis ranges, in powers of ten: 0.1–100 B MACs and 1–1000 MB. */
const X_DECADES = [8, 11] as const;
const Y_DECADES = [0, 3] as const;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const xOf = (macs: number) => {
  const t =
    (Math.log10(clamp(macs, 10 ** X_DECADES[0], 10 ** X_DECADES[1])) - X_DECADES[0]) /
    (X_DECADES[1] - X_DECADES[0]);
  return LEFT + t * (W - LEFT - RIGHT);
};
const yOf = (mb: number) => {
  const t =
    (Math.log10(clamp(mb, 10 ** Y_DECADES[0], 10 ** Y_DECADES[1])) - Y_DECADES[0]) /
    (Y_DECADES[1] - Y_DECADES[0]);
  return H - BOTTOM - t * (H - TOP - BOTTOM);
};

const X_TICKS = [
  { v: 1e8, label: '0.1 B' },
  { v: 1e9, label: '1 B' },
  { v: 1e10, label: '10 B' },
  { v: 1e11, label: '100 B' },
];
const Y_TICKS = [
  { v: 1, label: '1 MB' },
  { v: 10, label: '10 MB' },
  { v: 100, label: '100 MB' },
  { v: 1000, label: '1 GB' },
];

/** The feasible region and the eight variants. */
export const BudgetPlot = memo(function BudgetPlot({
  points,
  targetMacs,
  targetMegabytes,
}: BudgetPlotProps) {
  const fx = xOf(targetMacs);
  const fy = yOf(targetMegabytes);
  const fitting = points.filter((p) => p.fits).map((p) => p.label);
  const label =
    `Mult-adds against weight memory for ${points.map((p) => p.label).join(', ')}, log scales. ` +
    `Feasible region: up to ${(targetMacs / 1e9).toFixed(1)} B mult-adds and ${targetMegabytes} MB. ` +
    (fitting.length ? `Inside: ${fitting.join(', ')}.` : 'No variant is inside.');
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="bp-svg" role="img" aria-label={label}>
      <rect
        className="bp-feasible"
        x={LEFT}
        y={fy}
        width={Math.max(0, fx - LEFT)}
        height={Math.max(0, H - BOTTOM - fy)}
      />
      {X_TICKS.map((t) => (
        <g key={t.label}>
          <line className="bp-grid" x1={xOf(t.v)} x2={xOf(t.v)} y1={TOP} y2={H - BOTTOM} />
          <text className="bp-tick" x={xOf(t.v)} y={H - BOTTOM + 20} textAnchor="middle">
            {t.label}
          </text>
        </g>
      ))}
      {Y_TICKS.map((t) => (
        <g key={t.label}>
          <line className="bp-grid" x1={LEFT} x2={W - RIGHT} y1={yOf(t.v)} y2={yOf(t.v)} />
          <text className="bp-tick" x={LEFT - 6} y={yOf(t.v) + 5} textAnchor="end">
            {t.label}
          </text>
        </g>
      ))}
      <line className="bp-target" x1={fx} x2={fx} y1={TOP} y2={H - BOTTOM} />
      <line className="bp-target" x1={LEFT} x2={W - RIGHT} y1={fy} y2={fy} />
      <text className="bp-axis" x={(W + LEFT) / 2} y={H - 6} textAnchor="middle">
        mult-adds (MACs) →
      </text>
      {points.map((p, i) => (
        <g key={p.label} className={p.fits ? 'bp-point bp-fits' : 'bp-point'}>
          <circle cx={xOf(p.macs)} cy={yOf(p.megabytes)} r={7} />
          {/* Neighbours alternate below and above their point so close labels never collide. */}
          <text x={xOf(p.macs)} y={yOf(p.megabytes) + (i % 2 === 0 ? 26 : -13)} textAnchor="middle">
            {p.label}
          </text>
        </g>
      ))}
    </svg>
  );
});
