// Columns to scale: the standard convolution's cost beside the separable one's depthwise + pointwise parts.
import { memo } from 'react';
import { formatCompact } from '../../engine/index';

export interface CostBarProps {
  readonly depthwise: number;
  readonly pointwise: number;
  readonly standard: number;
}

// Drawn at 280 × 236 units in a box 8.5rem wide: its 26-unit labels are about 0.85 of the base size.
const BASE = 190;
const TALL = 150;

export const CostBar = memo(function CostBar({ depthwise, pointwise, standard }: CostBarProps) {
  const sep = depthwise + pointwise;
  const longest = Math.max(standard, sep);
  const scale = (v: number) => (TALL * v) / longest;
  const std = scale(standard);
  const dw = scale(depthwise);
  const pw = scale(pointwise);
  return (
    <svg
      className="sep-figure sep-bars"
      viewBox="0 0 280 236"
      role="img"
      aria-label={`Cost to scale: standard ${formatCompact(standard)} mult-adds; depthwise separable ${formatCompact(sep)}, of which depthwise ${formatCompact(depthwise)} and pointwise ${formatCompact(pointwise)}.`}
    >
      <rect x={20} y={BASE - std} width={90} height={std} className="sep-bar-std" />
      <text x={65} y={BASE - std - 10} textAnchor="middle" className="sep-bar-text">
        {formatCompact(standard)}
      </text>
      <text x={65} y={BASE + 32} textAnchor="middle" className="sep-bar-text">
        standard
      </text>
      <rect x={170} y={BASE - dw} width={90} height={dw} className="sep-bar-dw" />
      <rect x={170} y={BASE - dw - pw} width={90} height={pw} className="sep-bar-pw" />
      <text x={215} y={BASE - dw - pw - 10} textAnchor="middle" className="sep-bar-text">
        {formatCompact(sep)}
      </text>
      <text x={215} y={BASE + 32} textAnchor="middle" className="sep-bar-text">
        separable
      </text>
      <line x1={8} y1={BASE} x2={272} y2={BASE} className="sep-axis" />
    </svg>
  );
});
