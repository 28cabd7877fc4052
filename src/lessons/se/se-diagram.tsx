import { memo } from 'react';
import { channelBands, illustrativeWeight } from './se-bands';
import './se-diagram.css';

export interface SeDiagramProps {
  readonly c: number;
  /** Hidden units of the bottleneck, C/r rounded down (at least 1). */
  readonly cr: number;
  readonly h: number;
  readonly w: number;
}

const TOP = 100;
const FACE = 100;
const DEPTH = 40;
const COLUMN = 150;
const CELL_W = 18;

// A feature map as a stack of channel sheets, back to front; `weights` dims each sheet.
function Cuboid({
  x,
  bands,
  weights,
  plain = false,
  face = FACE,
  depth = DEPTH,
}: {
  x: number;
  bands: number;
  weights?: readonly number[];
  plain?: boolean;
  face?: number;
  depth?: number;
}) {
  const sheets = Array.from({ length: bands }, (_, i) => bands - 1 - i);
  const step = depth / Math.max(1, bands);
  const top = TOP + FACE - face;
  return (
    <g className="sed-cuboid">
      {sheets.map((i) => {
        const dx = (i + 1) * step;
        return (
          <rect
            key={i}
            x={x + dx}
            y={top - dx}
            width={face}
            height={face}
            className={plain ? 'sed-sheet sed-plain' : `sed-sheet sed-band-${i % 5}`}
            fillOpacity={weights ? 0.12 + 0.88 * (weights[i] ?? 1) : 1}
          />
        );
      })}
      <rect
        x={x}
        y={top}
        width={face}
        height={face}
        className={plain ? 'sed-front sed-plain' : `sed-front sed-band-0`}
        fillOpacity={weights ? 0.12 + 0.88 * (weights[0] ?? 1) : 1}
      />
      {plain
        ? null
        : [1, 2, 3].map((k) => (
            <g key={k} className="sed-face-grid">
              <line x1={x + (k * face) / 4} y1={top} x2={x + (k * face) / 4} y2={top + face} />
              <line x1={x} y1={top + (k * face) / 4} x2={x + face} y2={top + (k * face) / 4} />
            </g>
          ))}
    </g>
  );
}

// A 1 × 1 × n vector drawn as a column of cells; its height follows n relative to C.
function Column({
  x,
  cells,
  height,
  weights,
}: {
  x: number;
  cells: number;
  height: number;
  weights?: readonly number[];
}) {
  const y0 = TOP + FACE / 2 - DEPTH / 2 - height / 2;
  const each = height / cells;
  return (
    <g className="sed-column">
      {Array.from({ length: cells }, (_, i) => (
        <rect
          key={i}
          x={x}
          y={y0 + i * each}
          width={CELL_W}
          height={each}
          className={`sed-cell sed-band-${i % 5}`}
          fillOpacity={weights ? 0.12 + 0.88 * (weights[i] ?? 1) : 1}
        />
      ))}
    </g>
  );
}

// A labelled arrow between two x positions at the diagram's middle height.
function Step({ from, to, label, sub }: { from: number; to: number; label: string; sub?: string }) {
  const y = TOP + FACE / 2 - DEPTH / 2;
  const mid = (from + to) / 2;
  return (
    <g className="sed-step">
      <line x1={from} y1={y} x2={to - 9} y2={y} />
      <path d={`M${to - 11},${y - 6} L${to},${y} L${to - 11},${y + 6} z`} />
      <text x={mid} y={y - 12} className="sed-op">
        {label}
      </text>
      {sub ? (
        <text x={mid} y={y + 28} className="sed-op-sub">
          {sub}
        </text>
      ) : null}
    </g>
  );
}

// A caption under an element: its name and its shape.
function Caption({ x, name, shape }: { x: number; name: string; shape: string }) {
  return (
    <g className="sed-caption">
      <text x={x} y={TOP + FACE + 32} className="sed-name">
        {name}
      </text>
      <text x={x} y={TOP + FACE + 56} className="sed-shape">
        {shape}
      </text>
    </g>
  );
}

// A bracket over a group of elements naming the step it performs.
function Bracket({
  from,
  to,
  sub,
  word,
}: {
  from: number;
  to: number;
  sub: string;
  word?: string;
}) {
  return (
    <g className="sed-bracket">
      <path d={`M${from},36 L${from},28 L${to},28 L${to},36`} />
      <text x={(from + to) / 2} y={21}>
        F
        <tspan baselineShift="sub" fontSize="0.72em">
          {sub}
        </tspan>
        {word ? ` ${word}` : ''}
      </text>
    </g>
  );
}

/**
 * The SE block (Hu et al. 2018, Fig. 1) drawn for the current C and r: X → U → squeeze → 1×1×C
 * → FC, ReLU → 1×1×C/r → FC, sigmoid → 1×1×C → scale U → X̃.
 */
export const SeDiagram = memo(function SeDiagram({ c, cr, h, w }: SeDiagramProps) {
  const bands = channelBands(c);
  const hidden = channelBands(cr);
  const weights = Array.from({ length: bands }, (_, i) => illustrativeWeight(i));
  const low = Math.max(20, (COLUMN * cr) / c);
  const map = `${h}×${w}×${c}`;
  const uX = 132;
  const zX = 334;
  const hX = 482;
  const sX = 630;
  const times = 700;
  const outX = 774;
  const midY = TOP + FACE / 2 - DEPTH / 2;
  return (
    <svg
      className="sed"
      viewBox="0 0 920 296"
      role="img"
      aria-label={`SE block: input X, convolution F_tr to U of ${h} by ${w} by ${c}; squeeze by global average pooling to 1 by 1 by ${c}; fully connected layer and ReLU to 1 by 1 by ${cr}; fully connected layer and sigmoid to 1 by 1 by ${c} weights s; scale multiplies each channel of U by its weight, giving X tilde of ${h} by ${w} by ${c}. Colours stand for channels; the weights drawn are illustrative.`}
    >
      <Bracket from={86} to={uX - 6} sub="tr" />
      <Bracket from={uX + FACE + DEPTH + 6} to={zX + CELL_W + 4} sub="sq" />
      <Bracket from={zX + CELL_W + 10} to={sX + CELL_W + 4} sub="ex" />
      <Bracket from={sX + CELL_W + 10} to={outX - 6} sub="scale" />
      <Cuboid x={2} bands={3} plain face={54} depth={18} />
      <Step from={80} to={uX - 4} label="" sub="conv" />
      <Cuboid x={uX} bands={bands} />
      <Step from={uX + FACE + DEPTH + 2} to={zX - 4} label="pool" sub="avg" />
      <Column x={zX} cells={bands} height={COLUMN} />
      <Step from={zX + CELL_W + 4} to={hX - 4} label="FC W₁" sub="ReLU δ" />
      <Column x={hX} cells={hidden} height={low} />
      <Step from={hX + CELL_W + 4} to={sX - 4} label="FC W₂" sub="sigmoid σ" />
      <Column x={sX} cells={bands} height={COLUMN} weights={weights} />
      <g className="sed-step">
        <line x1={sX + CELL_W + 4} y1={midY} x2={times - 14} y2={midY} />
        <path
          d={`M${uX + FACE / 2 + DEPTH},${TOP - DEPTH - 4} L${uX + FACE / 2 + DEPTH},48 L${times},48 L${times},${midY - 14}`}
          className="sed-skip"
        />
        <circle cx={times} cy={midY} r={13} className="sed-times" />
        <text x={times} y={midY + 6} className="sed-times-mark">
          ×
        </text>
        <line x1={times + 14} y1={midY} x2={outX - 9} y2={midY} />
        <path d={`M${outX - 11},${midY - 6} L${outX},${midY} L${outX - 11},${midY + 6} z`} />
      </g>
      <Cuboid x={outX} bands={bands} weights={weights} />
      <Caption x={29} name="X" shape="input" />
      <Caption x={uX + FACE / 2} name="U" shape={map} />
      <Caption x={zX + CELL_W / 2} name="z" shape={`1×1×${c}`} />
      <Caption x={hX + CELL_W / 2} name="δ(W₁z)" shape={`1×1×${cr}`} />
      <Caption x={sX + CELL_W / 2} name="s" shape={`1×1×${c}`} />
      <Caption x={outX + FACE / 2} name="X̃" shape={map} />
    </svg>
  );
});
