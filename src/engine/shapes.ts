// Tensor shapes for one sample (batch 1): spatial sizes then channels, as the papers print them.

/** A feature map: spatial sizes (none for a vector, [H, W] in 2D, [T, H, W] in 3D) and channels. */
export interface Shape {
  readonly spatial: readonly number[];
  readonly channels: number;
}

/** Builds a shape from its spatial sizes and channel count. */
export function shape(spatial: readonly number[], channels: number): Shape {
  return { spatial, channels };
}

/** Builds a vector shape (a dense layer's input or output). */
export function vectorShape(channels: number): Shape {
  return { spatial: [], channels };
}

/** Number of positions: the product of the spatial sizes (1 for a vector). */
export function shapePositions(s: Shape): number {
  let n = 1;
  for (const d of s.spatial) n *= d;
  return n;
}

/** Number of elements: positions times channels. */
export function shapeElements(s: Shape): number {
  return shapePositions(s) * s.channels;
}

/** Tells whether two shapes are equal. */
export function shapesEqual(a: Shape, b: Shape): boolean {
  if (a.channels !== b.channels || a.spatial.length !== b.spatial.length) return false;
  return a.spatial.every((d, i) => d === b.spatial[i]);
}

/** Lists a shape as numbers, channels last: [H, W, C], [T, H, W, C] or [C]. */
export function shapeToArray(s: Shape): number[] {
  return [...s.spatial, s.channels];
}

/** Prints a shape the way MobileNet's Table 1 does: "112×112×32" (plain × sign). */
export function formatShape(s: Shape, times = '×'): string {
  return shapeToArray(s).join(times);
}
