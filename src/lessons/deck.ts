import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { SlideMeta, SlideProps } from './slide-meta';

export interface SlideEntry {
  readonly meta: SlideMeta;
  /** 1-based position in the lecture. */
  readonly number: number;
  readonly Panel: LazyExoticComponent<ComponentType<SlideProps>>;
}

// Slides are numbered files: `slides/08-standard-conv-flops.meta.ts` (eager, small) and
// `slides/08-standard-conv-flops.tsx` (its panel, loaded when the slide is shown).
const metas = import.meta.glob<SlideMeta>('./slides/*.meta.ts', { eager: true, import: 'meta' });
const panels = import.meta.glob<{ default: ComponentType<SlideProps> }>('./slides/*.tsx');

const MissingPanel: ComponentType<SlideProps> = () => {
  throw new Error('This slide has no panel file.');
};

function buildDeck(): readonly SlideEntry[] {
  return Object.keys(metas)
    .sort()
    .map((path, index) => {
      const meta = metas[path] as SlideMeta;
      const load = panels[path.replace(/\.meta\.ts$/, '.tsx')];
      return {
        meta,
        number: index + 1,
        Panel: lazy(load ?? (() => Promise.resolve({ default: MissingPanel }))),
      };
    });
}

export const deck: readonly SlideEntry[] = buildDeck();

const byId = new Map(deck.map((entry) => [entry.meta.id, entry]));

export function findSlide(id: string): SlideEntry | undefined {
  return byId.get(id);
}

// Starts loading a slide's panel ahead of time (the next slide, a hovered outline entry).
export function preloadSlide(entry: SlideEntry | undefined): void {
  if (!entry) return;
  const path = Object.keys(metas).find((p) => metas[p]?.id === entry.meta.id);
  const load = path ? panels[path.replace(/\.meta\.ts$/, '.tsx')] : undefined;
  void load?.().catch(() => undefined);
}

// The slide ids nearest in spelling to an unknown one, for "did you mean" in the not-found view.
export function suggestSlides(id: string, count = 3): readonly SlideEntry[] {
  return [...deck]
    .map((entry) => ({ entry, distance: editDistance(id.toLowerCase(), entry.meta.id) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, count)
    .map(({ entry }) => entry);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
