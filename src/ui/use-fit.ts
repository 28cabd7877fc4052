import { useLayoutEffect, type RefObject } from 'react';

export interface FitOptions {
  /** The height the content should fit in, in CSS px; null: do not fit (a phone's flowing page). */
  readonly target: () => number | null;
  /** Fits again from scratch when this changes (the slide, the theme). */
  readonly key: string;
  /** The smallest zoom; below it the content stays at `min` and its box grows instead. */
  readonly min?: number;
}

/** A zoom that leaves less than this share of the height unused is good enough to keep. */
export const FIT_SLACK = 0.015;

export interface ZoomSearch {
  /** The content's height at the zoom last applied (each call lays the page out again). */
  readonly measure: (zoom: number) => number;
  /** The zoom the content is shown at now. */
  readonly start: number;
  readonly goal: number;
  readonly min: number;
  /** Whether the zoom may grow (a new slide, a resized window) or only shrink. */
  readonly grow: boolean;
}

export interface ZoomFound {
  readonly zoom: number;
  /** Even `min` does not fit. */
  readonly overflow: boolean;
  /** How many layouts the search cost. */
  readonly layouts: number;
}

const fits = (height: number, goal: number) => height <= goal + 0.5;
const hundredths = (zoom: number) => Math.floor(zoom * 100 + 1e-9) / 100;

/**
 * The largest zoom (in hundredths, at most 1, at least `min`) at which the content fits `goal`,
 * found with as few layouts as possible: each layout of a dense slide costs milliseconds. Text
 * takes fewer lines when zoomed out while a figure drawn to its box's width keeps its height,
 * so the height is roughly, not exactly, proportional to the zoom: each guess scales the zoom by
 * the ratio still missing, kept inside the bracket of zooms known to fit and not to fit, and the
 * search stops when the bracket is 0.01 wide or a fitting zoom leaves under FIT_SLACK unused.
 */
export function findZoom({ measure, start, goal, min, grow }: ZoomSearch): ZoomFound {
  let zoom = start;
  let height = measure(zoom);
  let layouts = 1;
  let fitting: number | null = null;
  let tooBig: number | null = null;
  for (;;) {
    if (fits(height, goal)) {
      fitting = zoom;
      if (!grow || zoom >= 1 || height >= goal * (1 - FIT_SLACK)) break;
    } else {
      tooBig = zoom;
      if (zoom <= min) break;
    }
    const floor = fitting === null ? min : fitting + 0.01;
    const ceiling = Math.min(1, tooBig === null ? 1 : tooBig - 0.01);
    if (floor > ceiling + 1e-9 || layouts >= 12) break;
    const guess = hundredths((zoom * goal) / height);
    zoom = Math.round(Math.min(ceiling, Math.max(floor, guess)) * 100) / 100;
    height = measure(zoom);
    layouts += 1;
  }
  if (fitting === null) return { zoom: min, overflow: true, layouts };
  return { zoom: fitting, overflow: false, layouts };
}

/**
 * Zooms a slide's content down (CSS `zoom`, so it lays out again at the smaller size: wider
 * lines, charts measured anew) until it fits the stage's 16:9 height, as presentation software
 * shrinks text to fit a slide. The zoom may grow again when the key changes, the window is
 * resized, or while the slide is still loading (its panel, KaTeX); after that it only shrinks
 * when the content outgrows the stage, so stepping a slider never makes it jump. The element
 * carries `data-fit` (the zoom) and `data-overflow` when even `min` does not fit.
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
      if (next !== zoom) {
        if (next === 1) element.style.removeProperty('zoom');
        else element.style.setProperty('zoom', String(next));
      }
      zoom = next;
      element.dataset.fit = next.toFixed(2);
    };
    const measure = (next: number) => {
      apply(next);
      return element.getBoundingClientRect().height;
    };

    const fit = (grow: boolean) => {
      const goal = target();
      if (goal === null || goal <= 0) {
        delete element.dataset.overflow;
        apply(1);
        return;
      }
      // Known not to fit even at `min`: only a new key or a resize tries again.
      if (!grow && element.dataset.overflow) return;
      const found = findZoom({ measure, start: zoom, goal, min, grow });
      apply(found.zoom);
      if (found.overflow) element.dataset.overflow = 'true';
      else delete element.dataset.overflow;
    };
    // Fitting changes sizes: do it a frame later than the notice, never inside the observer.
    const schedule = (grow: boolean) => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => fit(grow));
    };

    apply(1);
    fit(true);
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
