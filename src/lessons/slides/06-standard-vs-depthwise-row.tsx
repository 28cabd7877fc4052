import type { ReactNode } from 'react';

// Slide 6's figure rows: items (tensors, filter banks, operators) standing on one base line in a
// frame of fixed size, each with a caption that keeps its size when the drawings shrink.

const WIDTH = 760;
const GAP = 8;

/** One thing drawn in a row, `width` wide at scale 1. */
export interface Item {
  readonly width: number;
  readonly draw: (x: number, base: number) => ReactNode;
  /** The two-line caption under the item, drawn at full size whatever the drawing's scale. */
  readonly caption?: readonly string[];
}

/** A two-line caption under an item: what it is, and its shape (`scale` < 1 only when crowded). */
function Caption({
  x,
  base,
  lines,
  scale = 1,
}: {
  x: number;
  base: number;
  lines: readonly string[];
  scale?: number;
}) {
  return (
    <text
      className="svd-label"
      x={x.toFixed(1)}
      y={(base + 17 * scale).toFixed(1)}
      textAnchor="middle"
      style={scale < 1 ? { fontSize: `${(14.5 * scale).toFixed(2)}px` } : undefined}
    >
      {lines.map((line, i) => (
        <tspan key={i} x={x.toFixed(1)} dy={i === 0 ? 0 : (16 * scale).toFixed(1)}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Fixed figure height (viewBox units), so that changing values never moves the page. */
const HEIGHT = 150;
/** Room under the base line for the two-line captions. */
const BELOW = 40;

/** About how wide a caption is drawn (14.5 px type, tabular digits), with a little air. */
function captionWidth(lines: readonly string[] | undefined): number {
  return lines ? Math.max(...lines.map((line) => line.length)) * 8.8 + 8 : 0;
}

/**
 * Lays items out left to right, centred, standing on one base line. The drawings shrink when the
 * tallest or the row would not fit the fixed frame; the captions stay at full size, and each item
 * gets a slot at least as wide as its caption, so that captions of small items never collide.
 */
export function Row({
  items,
  tallest,
  label,
}: {
  items: readonly Item[];
  tallest: number;
  label: string;
}) {
  const base = HEIGHT - BELOW;
  const captions = items.map((item) => captionWidth(item.caption));
  const slotsAt = (s: number) => items.map((item, i) => Math.max(item.width * s, captions[i] ?? 0));
  const widthAt = (s: number) =>
    slotsAt(s).reduce((sum, slot) => sum + slot, 0) + GAP * (items.length - 1);
  // The largest drawing scale (up to 1 and to what the height allows) whose row fits the width.
  let scale = Math.min(1, (base - 4) / tallest);
  if (widthAt(scale) > WIDTH) {
    let low = 0.05;
    let high = scale;
    for (let i = 0; i < 20; i++) {
      const middle = (low + high) / 2;
      if (widthAt(middle) <= WIDTH) low = middle;
      else high = middle;
    }
    scale = low;
  }
  const slots = slotsAt(scale);
  // Captions alone may still be too wide: then everything shrinks together.
  const fit = Math.min(1, WIDTH / widthAt(scale));
  let x = (WIDTH - widthAt(scale) * fit) / 2;
  const drawn: ReactNode[] = [];
  const labels: ReactNode[] = [];
  items.forEach((item, i) => {
    const slot = (slots[i] ?? 0) * fit;
    const s = scale * fit;
    // A drawing scaled about its base line: its x maps to left + x · s, the base line stays put.
    const left = x + (slot - item.width * s) / 2;
    drawn.push(
      <g
        key={i}
        transform={`translate(${left.toFixed(1)} ${(base * (1 - s)).toFixed(1)}) scale(${s.toFixed(4)})`}
      >
        {item.draw(0, base)}
      </g>,
    );
    if (item.caption)
      labels.push(
        <Caption key={i} x={x + slot / 2} base={base} lines={item.caption} scale={fit} />,
      );
    x += slot + GAP * fit;
  });
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="svd-svg" role="img" aria-label={label}>
      {drawn}
      {labels}
    </svg>
  );
}
