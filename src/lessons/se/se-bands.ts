// How many channels a figure draws, and the made-up weights it shades them with.

/** The number of channel bands drawn for C channels: every channel up to 16, then 16 groups. */
export function channelBands(channels: number): number {
  return Math.max(1, Math.min(16, Math.floor(channels)));
}

/** A fixed, illustrative weight in (0, 1) for band i of a diagram (not a computed value). */
export function illustrativeWeight(band: number): number {
  const pattern = [0.92, 0.35, 0.7, 0.18, 0.85, 0.5, 0.25, 0.96];
  return pattern[band % pattern.length] ?? 0.5;
}
