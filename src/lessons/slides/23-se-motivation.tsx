import type { SlideProps } from '../slide-meta';
import './23-se-motivation.css';

const CHANNELS = [1, 2, 3, 4] as const;
const ROW = 78;
const TOP = 52;
const MAP = 52;
const X_IN = 24;
const X_FILTER = 196;
const X_OUT = 344;
const FILTER = 36;

// A small grid of cells inside a square, drawn as thin lines.
function Grid({ x, y, size, cells }: { x: number; y: number; size: number; cells: number }) {
  const step = size / cells;
  const lines = Array.from({ length: cells - 1 }, (_, i) => (i + 1) * step);
  return (
    <g className="sem-grid">
      {lines.map((d) => (
        <line key={`v${d}`} x1={x + d} y1={y} x2={x + d} y2={y + size} />
      ))}
      {lines.map((d) => (
        <line key={`h${d}`} x1={x} y1={y + d} x2={x + size} y2={y + d} />
      ))}
    </g>
  );
}

// A horizontal arrow in the channel's colour.
function Arrow({ from, to, y }: { from: number; to: number; y: number }) {
  return (
    <g className="sem-link">
      <line x1={from} y1={y} x2={to - 8} y2={y} />
      <path d={`M${to - 10},${y - 6} L${to},${y} L${to - 10},${y + 6} z`} />
    </g>
  );
}

// Depthwise convolution drawn per channel: each input channel meets its own filter, and no path
// leads from one channel to another.
function DepthwiseFigure() {
  const mid = (c: number) => TOP + (c - 1) * ROW + MAP / 2;
  return (
    <svg
      className="sem-figure"
      viewBox="0 0 430 376"
      role="img"
      aria-label="Depthwise convolution on 4 channels: each input channel is filtered by its own 3 by 3 filter into the matching output channel; there is no connection between different channels."
    >
      <text x={X_IN + MAP / 2} y={24} className="sem-head">
        input u₁…u₄
      </text>
      <text x={X_FILTER + FILTER / 2} y={24} className="sem-head">
        own 3×3 filter
      </text>
      <text x={X_OUT + MAP / 2} y={24} className="sem-head">
        output
      </text>
      {CHANNELS.map((c) => {
        const y = TOP + (c - 1) * ROW;
        return (
          <g key={c} className={`sem-ch sem-ch-${c}`}>
            <rect x={X_IN} y={y} width={MAP} height={MAP} rx={3} className="sem-map" />
            <Grid x={X_IN} y={y} size={MAP} cells={4} />
            <Arrow from={X_IN + MAP + 6} to={X_FILTER - 6} y={mid(c)} />
            <rect
              x={X_FILTER}
              y={mid(c) - FILTER / 2}
              width={FILTER}
              height={FILTER}
              rx={2}
              className="sem-filter"
            />
            <Grid x={X_FILTER} y={mid(c) - FILTER / 2} size={FILTER} cells={3} />
            <Arrow from={X_FILTER + FILTER + 6} to={X_OUT - 6} y={mid(c)} />
            <rect x={X_OUT} y={y} width={MAP} height={MAP} rx={3} className="sem-map" />
            <Grid x={X_OUT} y={y} size={MAP} cells={4} />
            <text x={X_IN - 8} y={mid(c) + 6} className="sem-index">
              {c}
            </text>
          </g>
        );
      })}
      <g className="sem-missing">
        <line x1={X_IN + MAP + 6} y1={mid(1) + 8} x2={X_OUT - 8} y2={mid(2) - 8} />
        <line x1={X_IN + MAP + 6} y1={mid(4) - 8} x2={X_OUT - 8} y2={mid(3) + 8} />
        <circle cx={(X_IN + MAP + X_OUT) / 2 + 26} cy={(mid(1) + mid(2)) / 2 + 6} r={11} />
        <path d={cross((X_IN + MAP + X_OUT) / 2 + 26, (mid(1) + mid(2)) / 2 + 6)} />
        <circle cx={(X_IN + MAP + X_OUT) / 2 + 26} cy={(mid(3) + mid(4)) / 2 - 6} r={11} />
        <path d={cross((X_IN + MAP + X_OUT) / 2 + 26, (mid(3) + mid(4)) / 2 - 6)} />
      </g>
      <text x={215} y={TOP + 4 * ROW + 6} className="sem-caption">
        no path from one channel to another
      </text>
    </svg>
  );
}

// The two strokes of an ✕ centred on (x, y).
function cross(x: number, y: number): string {
  const d = 5.5;
  return `M${x - d},${y - d} L${x + d},${y + d} M${x - d},${y + d} L${x + d},${y - d}`;
}

// Slide 23: why a depthwise block needs channel attention.
export default function Panel(_props: SlideProps) {
  return (
    <div className="sem">
      <div className="sem-text">
        <ul className="sem-points">
          <li>
            A convolution looks at a <strong>local window</strong>: it captures spatial information
            within its receptive field.
          </li>
          <li>
            In MBConv the <strong>depthwise</strong> convolution filters{' '}
            <strong>each channel on its own</strong>: no interaction across channels.
          </li>
          <li>
            So the block cannot learn <strong>which channels matter</strong> for this image, or how
            they relate. The SE block adds that: <strong>channel attention</strong>.
          </li>
        </ul>
      </div>
      <figure className="sem-figure-wrap">
        <DepthwiseFigure />
        <figcaption>Depthwise convolution, drawn for 4 channels.</figcaption>
      </figure>
      <blockquote className="sem-quote">
        <p>
          “Depthwise convolutions extract spatial features{' '}
          <strong>independently for each channel</strong>, but{' '}
          <strong>do not capture relationships between channels</strong>.”
        </p>
        <footer>— the lecture, Week 6</footer>
      </blockquote>
    </div>
  );
}
