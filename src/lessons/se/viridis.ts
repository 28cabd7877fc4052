// The viridis colour map (matplotlib), as a degree-6 polynomial fit per channel.

const COEFFICIENTS: readonly (readonly [number, number, number])[] = [
  [0.2777273272234177, 0.005407344544966578, 0.3340998053353061],
  [0.1050930431085774, 1.404613529898575, 1.384590162594685],
  [-0.3308618287255563, 0.214847559468213, 0.09509516302823659],
  [-4.634230498983486, -5.799100973351585, -19.33244095627987],
  [6.228269936347081, 14.17993336680509, 56.69055260068105],
  [4.776384997670288, -13.74514537774601, -65.35303263337234],
  [-5.435455855934631, 4.645852612178535, 26.3124352495832],
];

/** A 256-entry lookup table of viridis as RGB bytes. */
export const VIRIDIS_TABLE: Uint8ClampedArray = (() => {
  const table = new Uint8ClampedArray(256 * 3);
  for (let k = 0; k < 256; k += 1) {
    const t = k / 255;
    for (let c = 0; c < 3; c += 1) {
      let value = 0;
      for (let d = COEFFICIENTS.length - 1; d >= 0; d -= 1)
        value = (COEFFICIENTS[d]?.[c] ?? 0) + t * value;
      table[k * 3 + c] = Math.round(value * 255);
    }
  }
  return table;
})();

/** Colours values into RGBA pixels, low → dark purple, high → yellow, between min and max. */
export function colorize(values: Float32Array, min: number, max: number): Uint8ClampedArray {
  const pixels = new Uint8ClampedArray(values.length * 4);
  const span = max - min || 1;
  for (let i = 0; i < values.length; i += 1) {
    const k = Math.max(0, Math.min(255, Math.round((((values[i] ?? 0) - min) / span) * 255)));
    pixels[i * 4] = VIRIDIS_TABLE[k * 3] ?? 0;
    pixels[i * 4 + 1] = VIRIDIS_TABLE[k * 3 + 1] ?? 0;
    pixels[i * 4 + 2] = VIRIDIS_TABLE[k * 3 + 2] ?? 0;
    pixels[i * 4 + 3] = 255;
  }
  return pixels;
}

/** The extremes of a list of values. */
export function extent(values: Float32Array): { min: number; max: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}
