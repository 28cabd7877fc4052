import { useLayoutEffect, type RefObject } from 'react';

export interface FitOptions {
  /** The height the content should fit in, in CSS px; null: do not fit (a phone's flowing page). */
  readonly target: () => number | null;
  /** Fits again from scratch when this changes (the slide, the theme). */
  readonly key: string;
  /** The smallest zoom; below it the content stays at `min` and its box grows instead. */
  readonly min?: number;
}

/**
 * Zooms a slide's content down (CSS `zoom`, so it lays out again at the smaller size: wider
 * lines, charts measured anew) until it fits the stage's 16:9 height, as presentation software
 * shrinks text to fit a slide. The zoom is found again from scratch when the key changes or the
 * window is resized, and while the slide is still loading (its panel, KaTeX); after that it only
 * shrinks when the content outgrows the stage, so stepping a slider never makes it jump. The
 * element carries `data-fit` (the zoom) and `data-overflow` when even `min` does not fit.
 */
export function useFitToHeight(content: RefObject<HTMLElement | null>, options: FitOptions): void {
  const { key, min = 0.72 } = options;
  const target = options.target;
  useLayoutEffect(() => {
    const element = content.current;
    if (!element) return;
    const loadingUntil = performance.now() + 2000;
    let zoom = 1;
    let frame = 0;

    const apply = (next: number) => {
      zoom = next;
      if (next === 1) element.style.removeProperty('zoom');
      else element.style.setProperty('zoom', String(next));
      element.dataset.fit = next.toFixed(2);
    };
    const height = () => element.getBoundingClientRect().height;
    const fits = (goal: number) => height() <= goal + 0.5;

    const fit = () => {
      const goal = target();
      delete element.dataset.overflow;
      apply(1);
      if (goal === null || goal <= 0 || fits(goal)) return;
      // Zooming out makes lines wider, so text takes fewer lines, but a figure drawn to its
      // width grows taller: step down by the ratio still missing until it fits (or `min` does
      // not), then search upwards for the largest zoom that fits.
      let low = 1;
      while (!fits(goal)) {
        if (low <= min) {
          element.dataset.overflow = 'true';
          return;
        }
        low = Math.max(min, Math.floor(low * Math.min(0.99, goal / height()) * 100) / 100);
        apply(low);
      }
      let high = 1;
      while (high - low > 0.01) {
        const middle = Math.round(((low + high) / 2) * 100) / 100;
        if (middle === low || middle === high) break;
        apply(middle);
        if (fits(goal)) low = middle;
        else high = middle;
      }
      apply(low);
    };
    const shrinkIfNeeded = () => {
      const goal = target();
      if (goal === null) {
        if (zoom !== 1) fit();
      } else if (!fits(goal) && !element.dataset.overflow) {
        fit();
      }
    };
    // Fitting changes sizes: do it a frame later than the notice, never inside the observer.
    const schedule = (full: boolean) => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => (full ? fit() : shrinkIfNeeded()));
    };

    fit();
    const onResize = () => schedule(true);
    window.addEventListener('resize', onResize);
    const observer =
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver(() => schedule(performance.now() < loadingUntil));
    observer?.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
      window.removeEventListener('resize', onResize);
      apply(1);
      delete element.dataset.fit;
      delete element.dataset.overflow;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `target` is read when fitting
  }, [key, min]);
}
