import { memo } from 'react';

// Slide 7's figure: the padded input with the kernel at its first two positions, and the output.

const WIDTH = 440;
const HEIGHT = 226;
const ROOM = 192;

export interface GridFigureProps {
  readonly DF: number;
  readonly DK: number;
  readonly s: number;
  readonly p: number;
  /** The output size, or null when the kernel does not fit the padded input (no output). */
  readonly DG: number | null;
}

// Draws an n × n grid of cells starting at (x, y).
function Grid({
  x,
  y,
  n,
  cell,
  className,
}: {
  x: number;
  y: number;
  n: number;
  cell: number;
  className: string;
}) {
  const lines: string[] = [];
  for (let i = 0; i <= n; i++) {
    lines.push(`M${x + i * cell},${y}v${n * cell}`, `M${x},${y + i * cell}h${n * cell}`);
  }
  return (
    <g className={className}>
      <rect x={x} y={y} width={n * cell} height={n * cell} />
      <path d={lines.join('')} />
    </g>
  );
}

export const GridFigure = memo(function GridFigure({ DF, DK, s, p, DG }: GridFigureProps) {
  const padded = DF + 2 * p;
  const cell = Math.min(24, ROOM / Math.max(padded, 1));
  const top = 26;
  const inX = 10;
  const outX = WIDTH / 2 + 26;
  const outCell = Math.min(24, ROOM / Math.max(DG ?? 1, 1), cell);
  const second = DG !== null && DG > 1 ? s : null;
  const label =
    `Input ${DF} by ${DF} with ${p} padding cell${p === 1 ? '' : 's'} on each side; a ${DK} by ${DK} ` +
    `kernel moves ${s} cell${s === 1 ? '' : 's'} at a time; ` +
    (DG === null
      ? 'the kernel is larger than the padded input, so there is no output.'
      : `the output is ${DG} by ${DG}.`);
  return (
    <svg className="scd-grid" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <text className="scd-grid-title" x={inX} y={16}>
        input {DF}×{DF}
        {p > 0 ? `, p = ${p}` : ''}
      </text>
      {p > 0 ? <Grid x={inX} y={top} n={padded} cell={cell} className="scd-pad" /> : null}
      <Grid x={inX + p * cell} y={top + p * cell} n={DF} cell={cell} className="scd-in" />
      {second !== null ? (
        <rect
          className="scd-window scd-window-next"
          x={inX + second * cell}
          y={top}
          width={DK * cell}
          height={DK * cell}
        />
      ) : null}
      <rect className="scd-window" x={inX} y={top} width={DK * cell} height={DK * cell} />
      <text className="scd-arrow" x={WIDTH / 2 + 6} y={top + ROOM / 2} textAnchor="middle">
        →
      </text>
      <text className="scd-grid-title" x={outX} y={16}>
        {DG === null ? 'no output' : `output ${DG}×${DG}`}
      </text>
      {DG === null ? null : (
        <>
          <Grid x={outX} y={top} n={DG} cell={outCell} className="scd-out" />
          <rect className="scd-hit" x={outX} y={top} width={outCell} height={outCell} />
        </>
      )}
      {second !== null ? (
        <rect
          className="scd-hit scd-hit-next"
          x={outX + outCell}
          y={top}
          width={outCell}
          height={outCell}
        />
      ) : null}
    </svg>
  );
});
