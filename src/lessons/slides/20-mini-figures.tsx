import { memo } from 'react';
import { formatPercent, relu, swish, swishMinimum, type StageRow } from '../../engine/index';

// Small figures of slide 20: an MBConv block's cost split, swish beside ReLU, and B0's stages.

export interface CostShare {
  readonly part: string;
  readonly share: number;
}

const PART_CLASS: Readonly<Record<string, string>> = {
  expand: 'mf-expand',
  depthwise: 'mf-dw',
  SE: 'mf-se',
  project: 'mf-project',
};

/** One stacked bar: each part's share of the block's mult-adds, with an HTML legend that wraps. */
export const CostSplit = memo(function CostSplit({ shares }: { shares: readonly CostShare[] }) {
  const label = shares.map((s) => `${s.part} ${formatPercent(s.share, 1)}`).join(', ');
  let x = 0;
  return (
    <figure
      className="mf-split-figure"
      role="img"
      aria-label={`Share of the block’s mult-adds: ${label}.`}
    >
      <svg
        viewBox="0 0 400 30"
        className="mf-split"
        aria-hidden="true"
        focusable="false"
        preserveAspectRatio="none"
      >
        {shares.map((s) => {
          const w = 400 * s.share;
          const rect = (
            <rect
              key={s.part}
              x={x}
              y={0}
              width={Math.max(0, w - 1)}
              height={30}
              className={PART_CLASS[s.part]}
            />
          );
          x += w;
          return rect;
        })}
      </svg>
      <ul className="mf-legend" aria-hidden="true">
        {shares.map((s) => (
          <li key={s.part}>
            <span className={`mf-key ${PART_CLASS[s.part] ?? ''}`} />
            {s.part} <span className="num">{formatPercent(s.share, s.share < 0.01 ? 1 : 0)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
});

const XS = Array.from({ length: 61 }, (_, i) => -4 + (i * 6) / 60);

/** Swish x·σ(x) against ReLU on [−4, 2]; swish's minimum marked. */
export const SwishPlot = memo(function SwishPlot() {
  const sx = (x: number) => ((x + 4) / 6) * 200;
  const sy = (y: number) => 80 - ((y + 0.5) / 2.5) * 80;
  const path = (f: (x: number) => number) =>
    XS.map((x, i) => `${i ? 'L' : 'M'}${sx(x).toFixed(1)},${sy(f(x)).toFixed(1)}`).join(' ');
  const min = swishMinimum(1);
  return (
    <svg
      viewBox="-4 -4 208 92"
      className="mf-swish"
      role="img"
      aria-label={`Swish and ReLU from −4 to 2; swish dips to ${min.y.toFixed(3)} at x = ${min.x.toFixed(3)}, ReLU never goes below 0.`}
    >
      <line x1={0} x2={200} y1={sy(0)} y2={sy(0)} className="mf-axis" />
      <line x1={sx(0)} x2={sx(0)} y1={0} y2={80} className="mf-axis" />
      <path d={path(relu)} className="mf-relu" />
      <path d={path((x) => swish(x, 1))} className="mf-swish-line" />
      <circle cx={sx(min.x)} cy={sy(min.y)} r={3.5} className="mf-min" />
    </svg>
  );
});

/** B0's stages: bar length ∝ channels (log), with each stage's input resolution and operator. */
export const StageStrip = memo(function StageStrip({
  rows,
  layout,
}: {
  rows: readonly StageRow[];
  layout: 'columns' | 'rows';
}) {
  const maxLog = Math.log2(Math.max(...rows.map((r) => r.channels)));
  const minLog = Math.log2(Math.min(...rows.map((r) => r.channels))) - 1;
  const size = (r: StageRow, full: number) =>
    12 + ((full - 12) * (Math.log2(r.channels) - minLog)) / (maxLog - minLog);
  const short = (op: string) =>
    op.replace(', k', ' k').replace(' & Pooling & FC', '+FC').replace('MBConv', 'MB');
  const label = rows
    .map((r) => `stage ${r.stage}: ${r.channels} channels at ${r.resolution}×${r.resolution}`)
    .join('; ');
  if (layout === 'rows') {
    const rowH = 26;
    return (
      <svg
        viewBox={`0 0 360 ${rows.length * rowH}`}
        className="mf-strip"
        role="img"
        aria-label={`EfficientNet-B0 stages. ${label}.`}
      >
        {rows.map((r, i) => {
          const y = i * rowH;
          const len = size(r, 120);
          return (
            <g key={r.stage}>
              <text x={0} y={y + 18} className="mf-op">
                {r.stage} {short(r.operator)}
              </text>
              <text x={150} y={y + 18} textAnchor="end" className="mf-res">
                {r.resolution}²
              </text>
              <rect x={160} y={y + 5} width={len} height={rowH - 10} rx={3} className="mf-stage" />
              <text x={166 + len} y={y + 18} className="mf-ch">
                {r.channels}
              </text>
            </g>
          );
        })}
      </svg>
    );
  }
  const w = 1000 / rows.length;
  return (
    <svg
      viewBox="0 -10 1000 130"
      className="mf-strip"
      role="img"
      aria-label={`EfficientNet-B0 stages. ${label}.`}
    >
      {rows.map((r, i) => {
        const h = size(r, 74);
        const x = i * w;
        return (
          <g key={r.stage}>
            <rect x={x + 14} y={86 - h} width={w - 28} height={h} rx={3} className="mf-stage" />
            <text x={x + w / 2} y={80 - h} textAnchor="middle" className="mf-ch">
              {r.channels}
            </text>
            <text x={x + w / 2} y={102} textAnchor="middle" className="mf-res">
              {r.resolution}²
            </text>
            <text x={x + w / 2} y={116} textAnchor="middle" className="mf-op">
              {short(r.operator)}
            </text>
          </g>
        );
      })}
    </svg>
  );
});
