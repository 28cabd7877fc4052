import { memo } from 'react';

// EfficientNet Figure 2 redrawn from the current coefficients: baseline, wider, deeper,
// higher resolution and compound scaling, each a stack of layer boxes above an input plane.

export interface ScalingFigureProps {
  /** Depth coefficient d (layers ×). */
  readonly d: number;
  /** Width coefficient w (channels ×). */
  readonly w: number;
  /** Resolution coefficient r (pixels ×). */
  readonly r: number;
}

interface Sketch {
  readonly key: string;
  readonly title: string;
  readonly change: string;
  readonly d: number;
  readonly w: number;
  readonly r: number;
  /** Which part is drawn highlighted. */
  readonly hot: { readonly layers: boolean; readonly input: boolean };
}

/** Layers of the baseline sketch. */
const BASE_LAYERS = 5;
/** The most boxes a sketch draws; beyond it boxes are thinner, the count stays in the label. */
const MAX_BOXES = 40;
const VIEW_W = 200;
const VIEW_H = 280;
const PAD = 8;

// The drawn size of one sketch in baseline units, before the shared scale.
function extent(s: Sketch) {
  const layers = Math.max(1, Math.round(BASE_LAYERS * s.d));
  const widest = 120 * s.w;
  const input = 70 * s.r;
  return { layers, width: Math.max(widest, input * 1.3), height: layers * 18 + input * 0.45 + 14 };
}

// The five sketches of the figure for the given coefficients.
function sketches({ d, w, r }: ScalingFigureProps): readonly Sketch[] {
  const f = (x: number) => x.toFixed(2);
  return [
    {
      key: 'baseline',
      title: 'baseline',
      change: 'all = 1',
      d: 1,
      w: 1,
      r: 1,
      hot: { layers: false, input: false },
    },
    {
      key: 'wider',
      title: 'width',
      change: `w = ${f(w)}`,
      d: 1,
      w,
      r: 1,
      hot: { layers: true, input: false },
    },
    {
      key: 'deeper',
      title: 'depth',
      change: `d = ${f(d)}`,
      d,
      w: 1,
      r: 1,
      hot: { layers: true, input: false },
    },
    {
      key: 'resolution',
      title: 'resolution',
      change: `r = ${f(r)}`,
      d: 1,
      w: 1,
      r,
      hot: { layers: false, input: true },
    },
    {
      key: 'compound',
      title: 'compound',
      change: 'all three',
      d,
      w,
      r,
      hot: { layers: true, input: true },
    },
  ];
}

function SketchSvg({ sketch, scale }: { sketch: Sketch; scale: number }) {
  const { layers } = extent(sketch);
  const drawn = Math.min(layers, MAX_BOXES);
  const inputSide = 70 * sketch.r * scale;
  const inputDepth = inputSide * 0.45;
  const cx = VIEW_W / 2;
  const floor = VIEW_H - PAD;
  // The input image as a flat square seen from above (a parallelogram).
  const skew = inputSide * 0.3;
  const inputTop = floor - inputDepth;
  const plane = [
    [cx - inputSide / 2 + skew / 2, inputTop],
    [cx + inputSide / 2 + skew / 2, inputTop],
    [cx + inputSide / 2 - skew / 2, floor],
    [cx - inputSide / 2 - skew / 2, floor],
  ]
    .map(([x, y]) => `${(x ?? 0).toFixed(1)},${(y ?? 0).toFixed(1)}`)
    .join(' ');
  const pitch = ((layers * 18) / drawn) * scale;
  const boxH = Math.max(1, pitch * 0.72);
  const boxes = Array.from({ length: drawn }, (_, j) => {
    // Channels grow along the network, as in a CNN: 60 → 120 baseline units.
    const units = (60 + (60 * j) / Math.max(1, drawn - 1)) * sketch.w * scale;
    const y = inputTop - 10 * scale - (j + 1) * pitch;
    return (
      <rect
        key={j}
        x={cx - units / 2}
        y={y}
        width={units}
        height={boxH}
        rx={Math.min(3, boxH / 3)}
      />
    );
  });
  return (
    <svg
      viewBox={`0 0 ${VIEW_W} ${VIEW_H}`}
      className="sf-svg"
      aria-hidden="true"
      focusable="false"
    >
      <g className={sketch.hot.layers ? 'sf-layers sf-hot' : 'sf-layers'}>{boxes}</g>
      <polygon className={sketch.hot.input ? 'sf-input sf-hot-input' : 'sf-input'} points={plane} />
    </svg>
  );
}

/** The baseline / wider / deeper / higher-resolution / compound figure, drawn to one shared scale. */
export const ScalingFigure = memo(function ScalingFigure(props: ScalingFigureProps) {
  const list = sketches(props);
  const sizes = list.map(extent);
  const need = {
    w: Math.max(...sizes.map((s) => s.width)),
    h: Math.max(...sizes.map((s) => s.height)),
  };
  const scale = Math.min(1.25, (VIEW_W - 2 * PAD) / need.w, (VIEW_H - 2 * PAD - 10) / need.h);
  const label = list
    .map((s, i) => {
      const e = sizes[i];
      return `${s.title}: ${e?.layers ?? 0} layers, widest layer ${(s.w * 100).toFixed(0)} % of baseline, input ${(s.r * 100).toFixed(0)} % of baseline side`;
    })
    .join('; ');
  return (
    <figure className="sf" role="img" aria-label={`Scaling a network five ways. ${label}.`}>
      {list.map((s, i) => (
        <div key={s.key} className={`sf-cell sf-${s.key}`}>
          <SketchSvg sketch={s} scale={scale} />
          <div className="sf-caption" aria-hidden="true">
            <span className="sf-title">{s.title}</span>
            <span className="sf-change num">{s.change}</span>
            <span className="sf-count num">{sizes[i]?.layers ?? 0} layers</span>
          </div>
        </div>
      ))}
    </figure>
  );
});
