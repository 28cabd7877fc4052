// The pointwise step drawn from the current M, N and D_F: N filters of 1 × 1 × M at every position.
import { memo, useId } from 'react';
import { MixGradient, svgId } from './09-concept-figure';
import { Arrow, Label, MAX_DRAWN, Slabs, channelClass } from './09-tensor-figure';

export interface PointwiseFigureProps {
  readonly M: number;
  readonly N: number;
  readonly DF: number;
}

const SIZE = 92;

export const PointwiseFigure = memo(function PointwiseFigure({ M, N, DF }: PointwiseFigureProps) {
  const gradient = svgId(useId());
  const inDrawn = Math.min(M, MAX_DRAWN);
  const outDrawn = Math.min(N, MAX_DRAWN);
  const cells = Math.min(M, 6);
  const cell = 84 / cells;
  const pixel = SIZE / Math.min(Math.max(DF, 1), 8);
  return (
    <svg
      className="sep-figure"
      viewBox="0 0 460 236"
      role="img"
      aria-label={`Pointwise convolution: at each of the ${DF} by ${DF} positions, ${N} filters of size 1 by 1 by ${M} combine all ${M} input channels, giving ${DF} by ${DF} by ${N}.`}
    >
      <MixGradient id={gradient} />
      <Slabs x={8} y={76} size={SIZE} count={inDrawn} step={7} tone={channelClass} grid={DF} />
      <rect x={8} y={76} width={pixel} height={pixel} className="sep-window" />
      <Label x={72} y={200} className="sep-fig-math">
        {`${DF}×${DF}×${M}`}
      </Label>
      <Label x={4} y={228} className="sep-fig-note" anchor="start">
        {M > MAX_DRAWN ? `${inDrawn} of ${M} drawn` : ''}
      </Label>

      <Label x={228} y={28} className="sep-fig-strong">
        {`${N} filter${N === 1 ? '' : 's'}`}
      </Label>
      {Array.from({ length: cells }, (_, i) => (
        <g key={i}>
          <rect
            x={190}
            y={38 + i * cell}
            width={18}
            height={cell}
            className={`sep-cell ${channelClass(i)}`}
          />
          <line x1={208} y1={38 + (i + 0.5) * cell} x2={262} y2={80} className="sep-fan" />
        </g>
      ))}
      <circle cx={264} cy={80} r={5} className="sep-dot" />
      <Arrow x1={150} y1={140} x2={306} y2={140} />
      <Label x={228} y={170} className="sep-fig-text">
        {`1×1×${M}`}
      </Label>
      <Label x={228} y={194} className="sep-fig-text">
        each
      </Label>

      <Slabs
        x={322}
        y={76}
        size={SIZE}
        count={outDrawn}
        step={7}
        tone={() => 'sep-mix'}
        grid={DF}
        fill={`url(#${gradient})`}
      />
      <Label x={386} y={200} className="sep-fig-math">
        {`${DF}×${DF}×${N}`}
      </Label>
      <Label x={458} y={228} className="sep-fig-note" anchor="end">
        {N > MAX_DRAWN ? `${outDrawn} of ${N} drawn` : ''}
      </Label>
    </svg>
  );
});
