// A box in oblique projection for tensor and filter diagrams: a front face, a top and a side.

/** Where the depth axis points: right and up, as in the MobileNet paper's Figure 2. */
const DEPTH_X = 0.62;
const DEPTH_Y = -0.42;

export interface CuboidProps {
  /** Left edge of the front face. */
  readonly x: number;
  /** Top edge of the front face. */
  readonly y: number;
  /** Front face width and height (px). */
  readonly width: number;
  readonly height: number;
  /** Depth along the oblique axis (px); 0 draws a flat square. */
  readonly depth: number;
  /** CSS class for the fills (the colour comes from the stylesheet's variables). */
  readonly className?: string;
  /** Grid lines across the front face: columns and rows (e.g. D_K × D_K cells). */
  readonly grid?: number;
  /** Slice lines along the depth (channels), at most this many drawn. */
  readonly slices?: number;
}

/** The offset of the back face for a given depth. */
export function depthOffset(depth: number): { dx: number; dy: number } {
  return { dx: depth * DEPTH_X, dy: depth * DEPTH_Y };
}

const pts = (list: readonly (readonly [number, number])[]) =>
  list.map(([a, b]) => `${a.toFixed(1)},${b.toFixed(1)}`).join(' ');

// Draws one cuboid; purely presentational (the figure around it carries the label).
export function Cuboid({
  x,
  y,
  width,
  height,
  depth,
  className,
  grid = 0,
  slices = 0,
}: CuboidProps) {
  const { dx, dy } = depthOffset(depth);
  const front = pts([
    [x, y],
    [x + width, y],
    [x + width, y + height],
    [x, y + height],
  ]);
  const top = pts([
    [x, y],
    [x + dx, y + dy],
    [x + width + dx, y + dy],
    [x + width, y],
  ]);
  const side = pts([
    [x + width, y],
    [x + width + dx, y + dy],
    [x + width + dx, y + height + dy],
    [x + width, y + height],
  ]);
  const gridLines: string[] = [];
  if (grid > 1) {
    for (let i = 1; i < grid; i++) {
      const gx = x + (width * i) / grid;
      const gy = y + (height * i) / grid;
      gridLines.push(`M${gx.toFixed(1)},${y}V${y + height}`, `M${x},${gy.toFixed(1)}H${x + width}`);
    }
  }
  const sliceLines: string[] = [];
  if (slices > 1 && depth > 0) {
    for (let i = 1; i < slices; i++) {
      const f = i / slices;
      const sx = dx * f;
      const sy = dy * f;
      sliceLines.push(
        `M${(x + sx).toFixed(1)},${(y + sy).toFixed(1)}H${(x + width + sx).toFixed(1)}`,
        `M${(x + width + sx).toFixed(1)},${(y + sy).toFixed(1)}V${(y + height + sy).toFixed(1)}`,
      );
    }
  }
  return (
    <g className={['cuboid', className ?? ''].join(' ').trim()}>
      {depth > 0 ? (
        <>
          <polygon className="cuboid-top" points={top} />
          <polygon className="cuboid-side" points={side} />
        </>
      ) : null}
      {sliceLines.length > 0 ? <path className="cuboid-lines" d={sliceLines.join('')} /> : null}
      <polygon className="cuboid-front" points={front} />
      {gridLines.length > 0 ? <path className="cuboid-lines" d={gridLines.join('')} /> : null}
    </g>
  );
}
