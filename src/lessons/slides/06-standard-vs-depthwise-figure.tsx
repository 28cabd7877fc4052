import { memo } from 'react';
import { Cuboid, depthOffset } from '../../ui/cuboid-svg';
import { Row, type Item } from './06-standard-vs-depthwise-row';

// Drawn figures of slide 6 (MobileNet Figure 2, with the input and output tensors added).
// Sizes follow the parameters on a compressed scale; the labels carry the exact numbers.

const CELL = 9;
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

const times = '\u00d7';

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
    caption: label,
    draw: (x, base) => (
      <Cuboid
        key={key}
        x={x}
        y={base - face}
        width={face}
        height={face}
        depth={depth}
        className={cls}
        slices={Math.min(channels, 8)}
      />
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
    caption: label,
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
