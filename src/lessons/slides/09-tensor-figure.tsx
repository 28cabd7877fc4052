// SVG pieces for the depthwise separable figures (slides 9–12): feature-map stacks, kernels, arrows.
import type { ReactNode } from 'react';

/** How many channel slabs a figure draws at most; more are summarised by the label. */
export const MAX_DRAWN = 6;

/** The class that colours channel i (five chart colours, repeating). */
export function channelClass(i: number): string {
  return `sep-ch-${i % 5}`;
}

export interface SlabsProps {
  /** Left edge of the front slab. */
  readonly x: number;
  /** Top edge of the front slab. */
  readonly y: number;
  /** Side of one slab. */
  readonly size: number;
  /** How many slabs to draw (capped at MAX_DRAWN by the caller). */
  readonly count: number;
  /** Offset between slabs, to the right and up. */
  readonly step?: number;
  /** The class of slab i (front slab is 0). */
  readonly tone: (i: number) => string;
  /** Draws a D_F × D_F grid on the front slab when given (capped at 8 lines). */
  readonly grid?: number;
  /** A paint for every slab, e.g. `url(#gradient)`, over the tone's fill. */
  readonly fill?: string;
}

/** A feature map as a stack of channel slabs, drawn back to front. */
export function Slabs({ x, y, size, count, step = 9, tone, grid, fill }: SlabsProps) {
  const slabs: ReactNode[] = [];
  for (let i = count - 1; i >= 0; i -= 1) {
    slabs.push(
      <rect
        key={i}
        x={x + i * step}
        y={y - i * step}
        width={size}
        height={size}
        rx={3}
        fill={fill}
        className={`sep-slab ${tone(i)}`}
      />,
    );
  }
  const lines: ReactNode[] = [];
  if (grid !== undefined && grid > 1) {
    const n = Math.min(grid, 8);
    for (let k = 1; k < n; k += 1) {
      const t = (k * size) / n;
      lines.push(<line key={`v${k}`} x1={x + t} y1={y} x2={x + t} y2={y + size} />);
      lines.push(<line key={`h${k}`} x1={x} y1={y + t} x2={x + size} y2={y + t} />);
    }
  }
  return (
    <g>
      {slabs}
      {lines.length > 0 ? <g className="sep-grid">{lines}</g> : null}
    </g>
  );
}

export interface KernelProps {
  readonly x: number;
  readonly y: number;
  /** Side of the whole kernel square. */
  readonly size: number;
  /** Cells per side (D_K), drawn up to 7. */
  readonly cells: number;
  readonly className: string;
}

/** A D_K × D_K filter drawn as a small grid of weights. */
export function Kernel({ x, y, size, cells, className }: KernelProps) {
  const n = Math.max(1, Math.min(cells, 7));
  const cell = size / n;
  const rects: ReactNode[] = [];
  for (let r = 0; r < n; r += 1) {
    for (let c = 0; c < n; c += 1) {
      rects.push(
        <rect
          key={`${r}-${c}`}
          x={x + c * cell}
          y={y + r * cell}
          width={cell}
          height={cell}
          className={`sep-cell ${className}`}
        />,
      );
    }
  }
  return <g>{rects}</g>;
}

export interface ArrowProps {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly className?: string;
}

/** A straight arrow with a filled head at (x2, y2). */
export function Arrow({ x1, y1, x2, y2, className = 'sep-arrow' }: ArrowProps) {
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const head = 11;
  const a = angle + Math.PI - 0.42;
  const b = angle + Math.PI + 0.42;
  const points = [
    `${x2},${y2}`,
    `${x2 + head * Math.cos(a)},${y2 + head * Math.sin(a)}`,
    `${x2 + head * Math.cos(b)},${y2 + head * Math.sin(b)}`,
  ].join(' ');
  return (
    <g className={className}>
      <line
        x1={x1}
        y1={y1}
        x2={x2 - (head - 2) * Math.cos(angle)}
        y2={y2 - (head - 2) * Math.sin(angle)}
      />
      <polygon points={points} />
    </g>
  );
}

/** Text centred at (x, y), in the figure's label style. */
export function Label({
  x,
  y,
  children,
  className = 'sep-label',
  anchor = 'middle',
}: {
  readonly x: number;
  readonly y: number;
  readonly children: ReactNode;
  readonly className?: string;
  readonly anchor?: 'start' | 'middle' | 'end';
}) {
  return (
    <text x={x} y={y} textAnchor={anchor} className={className}>
      {children}
    </text>
  );
}

/** A symbol with a subscript inside SVG text: D_F, D_K. */
export function SvgSym({ base, sub }: { readonly base: string; readonly sub: string }) {
  return (
    <tspan className="sep-svg-sym">
      {base}
      <tspan baselineShift="sub" fontSize="72%">
        {sub}
      </tspan>
    </tspan>
  );
}

/** "M = 512" drawn as "512 channels", with "(6 drawn)" when the stack is capped. */
export function drawnNote(count: number): string {
  return count > MAX_DRAWN ? ` (${MAX_DRAWN} drawn)` : '';
}
