import { memo } from 'react';

// Slide 4's lost figure: y = W x with W ∈ ℝ^{m×n} drawn as a grid, one row's dot product highlighted.

const CELL = 30;
/**
 * The smallest drawing area (viewBox units): the lecture's 4 × 3 layer fills it, smaller layers
 * are centred in it at the same cell size, larger ones shrink. The SVG's box has a fixed height in
 * the stylesheet, so the page never moves with n or m.
 */
const MIN_WIDTH = 250;
const MIN_HEIGHT = 4 * CELL + 40;

export interface MatrixFigureProps {
  readonly n: number;
  readonly m: number;
  readonly bias: boolean;
}

/** Shows a subscripted name in a cell while the grid is small enough to read it. */
function CellText({
  x,
  y,
  name,
  sub,
  show,
}: {
  x: number;
  y: number;
  name: string;
  sub: string;
  show: boolean;
}) {
  if (!show) return null;
  return (
    <text className="flop-cell-text" x={x + CELL / 2} y={y + CELL / 2 + 5} textAnchor="middle">
      {name}
      <tspan className="flop-cell-sub" dy="4">
        {sub}
      </tspan>
    </text>
  );
}

// Draws W (m × n), x (n × 1), = y (m × 1), and + b when the bias is on.
export const MatrixFigure = memo(function MatrixFigure({ n, m, bias }: MatrixFigureProps) {
  const rows = Math.max(n, m);
  // Big layers are drawn smaller in the fixed box; their names and operators grow by as much, so
  // they stay readable.
  const grow = Math.max(1, (rows * CELL + 40) / MIN_HEIGHT);
  const top = 28 * grow;
  const height = rows * CELL + 12 + top;
  const labels = n <= 6 && m <= 8;
  // Left to right: W, x, (+ b), = y; OP is the width of an operator's slot.
  const OP = 26 * grow;
  const wx = 10;
  const xx = wx + n * CELL + 10;
  const op1 = xx + CELL;
  const bx = op1 + OP;
  const op2 = bias ? bx + CELL : op1;
  const yx = op2 + OP;
  const width = yx + CELL + 10;
  const mid = top + (m * CELL) / 2 + 7 * grow;
  const axis = { fontSize: `${(14 * grow).toFixed(1)}px` };
  const op = { fontSize: `${(22 * grow).toFixed(1)}px` };
  const axisY = top - 12 * grow;
  const boxWidth = Math.max(width, MIN_WIDTH);
  const boxHeight = Math.max(height, MIN_HEIGHT);
  const viewBox = [(width - boxWidth) / 2, (height - boxHeight) / 2, boxWidth, boxHeight].join(' ');
  const label =
    `The weight matrix W has m = ${m} rows and n = ${n} columns. Each output y_i is the dot ` +
    `product of row i of W with the input x: ${n} multiplications and ${n - 1} additions` +
    (bias ? ', plus one addition for the bias b_i.' : '.');
  return (
    <svg className="flop-matrix" viewBox={viewBox} role="img" aria-label={label}>
      <text
        className="flop-axis"
        x={wx + (n * CELL) / 2}
        y={axisY}
        textAnchor="middle"
        style={axis}
      >
        W
      </text>
      <text className="flop-axis" x={xx + CELL / 2} y={axisY} textAnchor="middle" style={axis}>
        x
      </text>
      <text className="flop-axis" x={yx + CELL / 2} y={axisY} textAnchor="middle" style={axis}>
        y
      </text>
      {bias ? (
        <text className="flop-axis" x={bx + CELL / 2} y={axisY} textAnchor="middle" style={axis}>
          b
        </text>
      ) : null}
      {Array.from({ length: m }, (_, i) =>
        Array.from({ length: n }, (_, j) => (
          <g key={`w${i}-${j}`}>
            <rect
              className={i === 0 ? 'flop-cell flop-cell-hot' : 'flop-cell'}
              x={wx + j * CELL}
              y={top + i * CELL}
              width={CELL}
              height={CELL}
            />
            <CellText
              x={wx + j * CELL}
              y={top + i * CELL}
              name="w"
              sub={`${i + 1}${j + 1}`}
              show={labels}
            />
          </g>
        )),
      )}
      {Array.from({ length: n }, (_, j) => (
        <g key={`x${j}`}>
          <rect
            className="flop-cell flop-cell-hot"
            x={xx}
            y={top + j * CELL}
            width={CELL}
            height={CELL}
          />
          <CellText x={xx} y={top + j * CELL} name="x" sub={`${j + 1}`} show={labels} />
        </g>
      ))}
      <text className="flop-op" x={op1 + OP / 2} y={mid} textAnchor="middle" style={op}>
        {bias ? '+' : '='}
      </text>
      {bias
        ? Array.from({ length: m }, (_, i) => (
            <g key={`b${i}`}>
              <rect
                className={i === 0 ? 'flop-cell flop-cell-bias' : 'flop-cell'}
                x={bx}
                y={top + i * CELL}
                width={CELL}
                height={CELL}
              />
              <CellText x={bx} y={top + i * CELL} name="b" sub={`${i + 1}`} show={labels} />
            </g>
          ))
        : null}
      {bias ? (
        <text className="flop-op" x={op2 + OP / 2} y={mid} textAnchor="middle" style={op}>
          =
        </text>
      ) : null}
      {Array.from({ length: m }, (_, i) => (
        <g key={`y${i}`}>
          <rect
            className={i === 0 ? 'flop-cell flop-cell-out' : 'flop-cell'}
            x={yx}
            y={top + i * CELL}
            width={CELL}
            height={CELL}
          />
          <CellText x={yx} y={top + i * CELL} name="y" sub={`${i + 1}`} show={labels} />
        </g>
      ))}
    </svg>
  );
});
