// Shared looks of the lab's charts: theme colours through CSS variables, so dark and projector work.

export const TIP = {
  background: 'var(--surface)',
  border: '1px solid var(--border)',
  color: 'var(--text)',
};
export const AXIS = { stroke: 'var(--muted)', tick: { fill: 'var(--muted)' } };
export const CURSOR = { fill: 'var(--surface-2)' };

/** A share as a whole percentage for axis ticks: 0.25 → "25 %". */
export const percent = (v: number): string => `${Math.round(v * 100)} %`;

/** Pixels in n rem: axis widths follow the type, which grows with the window (theme.css). */
export function rem(n: number): number {
  const size =
    typeof document === 'undefined'
      ? 16
      : parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Math.round(n * (Number.isFinite(size) ? size : 16));
}
