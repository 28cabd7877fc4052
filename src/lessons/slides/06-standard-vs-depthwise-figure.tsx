import { memo, type ReactNode } from 'react';
import { Cuboid, depthOffset } from '../../ui/cuboid-svg';

// Drawn figures of slide 6 (MobileNet Figure 2, with the input and output tensors added).
// Sizes follow the parameters on a compressed scale; the labels carry the exact numbers.

const WIDTH = 760;
const CELL = 9;
const GAP = 8;
const OP = 22;
const SHOWN = 4;

/** Depth in px of a stack of c channels (log scale: 1 channel is a thin slab). */
function depthPx(c: number): number {
  return 5 + 9.5 * Math.log2(Math.max(1, c));
}

/** Face size in px of a D_F × D_F feature map (log scale). */
function facePx(size: number): number {
  return 26 + 9 * Math.log2(Math.max(1, size));
}

interface Item {
  readonly width: number;
  readonly draw: (x: number, base: number) => ReactNode;
}

const times = '\u00d7';

/** A two-line caption under an item: what it is, and its shape. */
function Caption({ x, base, lines }: { x: number; base: number; lines: readonly string[] }) {
  return (
    <text className="svd-label" x={x} y={base + 17} textAnchor="middle">
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : 16}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function tensor(
  key: string,
  size: number,
  channels: number,
  label: readonly string[],
  cls: string,
): Item {
  const face = facePx(size);
  const depth = depthPx(channels);
  const { dx } = depthOffset(depth);
  return {
    width: face + dx,
    draw: (x, base) => (
      <g key={key}>
        <Cuboid
          x={x}
          y={base - face}
          width={face}
          height={face}
          depth={depth}
          className={cls}
          slices={Math.min(channels, 8)}
        />
        <Caption x={x + (face + dx) / 2} base={base} lines={label} />
      </g>
    ),
  };
}

/** A bank of `count` equal filters, the first few drawn like a fanned deck, the last after "⋯". */
function bank(
  key: string,
  count: number,
  kernel: number,
  channels: number,
  label: readonly string[],
  cls: string,
): Item {
  const face = kernel * CELL;
  const depth = depthPx(channels);
  const { dx } = depthOffset(depth);
  const drawn = Math.min(count, SHOWN);
  const dots = count > SHOWN;
  // Cards overlap like a fanned deck; the last one stands apart after "⋯" when some are left out.
  const step = Math.min(40, Math.max(12, 0.42 * face + 0.3 * dx + 6));
  const offsets = Array.from({ length: drawn }, (_, i) => i * step);
  const dotsX = (drawn - 2) * step + face + 14;
  if (dots) offsets[drawn - 1] = (drawn - 2) * step + face + 28;
  const width = (offsets.at(-1) ?? 0) + face + dx;
  return {
    width,
    draw: (x, base) => (
      <g key={key}>
        {offsets.map((off, i) => (
          <Cuboid
            key={i}
            x={x + off}
            y={base - face}
            width={face}
            height={face}
            depth={depth}
            className={cls}
            grid={kernel}
          />
        ))}
        {dots ? (
          <text className="svd-dots" x={x + dotsX} y={base - face / 2 + 5} textAnchor="middle">
            ⋯
          </text>
        ) : null}
        <Caption x={x + width / 2} base={base} lines={label} />
      </g>
    ),
  };
}

function operator(key: string, symbol: string): Item {
  return {
    width: OP,
    draw: (x, base) => (
      <text key={key} className="svd-op" x={x + OP / 2} y={base - 18} textAnchor="middle">
        {symbol}
      </text>
    ),
  };
}

/** Fixed figure height (viewBox units), so that changing values never moves the page. */
const HEIGHT = 150;
/** Room under the base line for the two-line captions. */
const BELOW = 40;

/**
 * Lays items out left to right, centred, standing on one base line; shrinks them (captions too)
 * when the tallest or the widest would not fit the fixed frame.
 */
function Row({
  items,
  tallest,
  label,
}: {
  items: readonly Item[];
  tallest: number;
  label: string;
}) {
  const total = items.reduce((sum, item) => sum + item.width, 0) + GAP * (items.length - 1);
  const base = HEIGHT - BELOW;
  const scale = Math.min(1, WIDTH / total, (base - 4) / tallest);
  let x = 0;
  const drawn = items.map((item) => {
    const node = item.draw(x, base);
    x += item.width + GAP;
    return node;
  });
  const left = (WIDTH - total * scale) / 2;
  const transform = `translate(${left.toFixed(1)} ${(base * (1 - scale)).toFixed(1)}) scale(${scale.toFixed(4)})`;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="svd-svg" role="img" aria-label={label}>
      <g transform={transform}>{drawn}</g>
    </svg>
  );
}

export interface FigureProps {
  readonly DK: number;
  readonly M: number;
  readonly N: number;
  readonly DF: number;
}

const shape = (a: number, b: number, c: number) => `${a}${times}${b}${times}${c}`;

/** The height of the tallest item above the base line: a feature map with its depth. */
function tallest(DF: number, channels: number): number {
  return facePx(DF) - depthOffset(depthPx(channels)).dy;
}

// Standard convolution: the input, N filters of D_K × D_K × M, the output.
export const StandardFigure = memo(function StandardFigure({ DK, M, N, DF }: FigureProps) {
  const label =
    `Standard convolution: input ${shape(DF, DF, M)}, convolved with N = ${N} filters of ` +
    `${shape(DK, DK, M)}, gives the output ${shape(DF, DF, N)}.`;
  return (
    <Row
      tallest={tallest(DF, Math.max(M, N))}
      label={label}
      items={[
        tensor('in', DF, M, ['input', shape(DF, DF, M)], 'svd-input'),
        operator('conv', '\u229b'),
        bank('f', N, DK, M, [`N = ${N} filters`, shape(DK, DK, M)], 'svd-standard'),
        operator('to', '\u2192'),
        tensor('out', DF, N, ['output', shape(DF, DF, N)], 'svd-output'),
      ]}
    />
  );
});

// Depthwise separable: M filters of D_K × D_K × 1, then N filters of 1 × 1 × M.
export const SeparableFigure = memo(function SeparableFigure({ DK, M, N, DF }: FigureProps) {
  const label =
    `Depthwise separable convolution: input ${shape(DF, DF, M)}, M = ${M} depthwise filters of ` +
    `${shape(DK, DK, 1)} (one per channel) give ${shape(DF, DF, M)}; then N = ${N} pointwise ` +
    `filters of ${shape(1, 1, M)} give the output ${shape(DF, DF, N)}.`;
  return (
    <Row
      tallest={tallest(DF, Math.max(M, N))}
      label={label}
      items={[
        tensor('in', DF, M, ['input', shape(DF, DF, M)], 'svd-input'),
        operator('op-dw', '\u229b'),
        bank('dw', M, DK, 1, [`M = ${M} depthwise`, shape(DK, DK, 1)], 'svd-depthwise'),
        operator('to1', '\u2192'),
        tensor('mid', DF, M, ['', shape(DF, DF, M)], 'svd-input'),
        operator('op-pw', '\u229b'),
        bank('pw', N, 1, M, [`N = ${N} pointwise`, shape(1, 1, M)], 'svd-pointwise'),
        operator('to2', '\u2192'),
        tensor('out', DF, N, ['output', shape(DF, DF, N)], 'svd-output'),
      ]}
    />
  );
});
