import { useCallback, useEffect, useMemo, useRef } from 'react';
import { deck, findSlide, preloadSlide } from '../lessons/deck';
import { SlideView } from '../lessons/slide-view';
import { navigate } from '../store/location';
import { usePreferences } from '../store/preferences';
import { useReveal } from '../store/reveal';
import { useSlideMemory } from '../store/slide-memory';
import { NoticeList } from '../ui/notice';
import { useFitToHeight } from '../ui/use-fit';
import { DeckNav } from './deck-nav';
import { TopBar } from './top-bar';
import { useDeckKeys, useSwipe } from './use-deck-input';
import { useSlideParams } from '../lessons/use-slide-params';

// The lecture as a deck: one slide on a 16:9 stage, its controls, and the way to the others.
export function DeckPage({
  slideId,
  query,
}: {
  slideId: string;
  query: Readonly<Record<string, string>>;
}) {
  const entry = findSlide(slideId) ?? deck[0];
  if (!entry) throw new Error('The deck has no slides.');
  const index = entry.number - 1;
  const { values, set, notices, dismissNotices } = useSlideParams(entry, query);
  const practice = usePreferences((state) => state.practice);
  const visit = usePreferences((state) => state.visit);
  const revealed = useReveal((state) => state.revealed[entry.meta.id] ?? 0);
  const setRevealed = useReveal((state) => state.setRevealed);

  const go = useCallback(
    (to: number) => {
      const target = deck[Math.min(deck.length - 1, Math.max(0, to))];
      if (!target || target === entry) return;
      const query = useSlideMemory.getState().queries[target.meta.id] ?? {};
      navigate({ segments: [target.meta.id], query });
    },
    [entry],
  );
  useDeckKeys(go, index);
  const swipe = useSwipe(
    () => go(index + 1),
    () => go(index - 1),
  );

  useEffect(() => {
    visit(entry.meta.id);
    document.title = `${entry.number}. ${entry.meta.title} — FLOPs Lab`;
    preloadSlide(deck[index + 1]);
  }, [entry, index, visit]);

  // The slide is zoomed to fit its 16:9 stage (not on a phone, where the page scrolls).
  const theme = usePreferences((state) => state.theme);
  const stage = useRef<HTMLElement>(null);
  const content = useRef<HTMLDivElement>(null);
  useFitToHeight(content, {
    key: `${entry.meta.id} ${theme}`,
    target: () => stageHeight(stage.current),
  });

  const fills = useMemo(
    () => ({
      shown: practice ? revealed : null,
      reveal: (count: number) => setRevealed(entry.meta.id, count),
    }),
    [practice, revealed, setRevealed, entry.meta.id],
  );

  return (
    <div className="deck">
      <TopBar entry={entry} />
      <main id="main" tabIndex={-1} className="stage-wrap" {...swipe}>
        <article className="stage" aria-labelledby="slide-title" ref={stage}>
          <div className="stage-content" ref={content}>
            <header className="slide-header">
              <p className="slide-kicker">
                <span className="slide-section">{entry.meta.section}</span>
                <span className="slide-count">
                  Slide {entry.number} of {deck.length}
                </span>
              </p>
              <h1 id="slide-title">{entry.meta.title}</h1>
            </header>
            <NoticeList notices={notices} onDismiss={dismissNotices} />
            <SlideView entry={entry} values={values} onChange={set} fills={fills} />
          </div>
        </article>
      </main>
      <DeckNav index={index} go={go} />
    </div>
  );
}

// The height a slide may take on its 16:9 stage; null where the stage is a page (phones).
function stageHeight(stage: HTMLElement | null): number | null {
  if (!stage || window.matchMedia('(max-width: 52rem)').matches) return null;
  const style = getComputedStyle(stage);
  const frame = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'] as const;
  const taken = frame.reduce((sum, side) => sum + (Number.parseFloat(style[side]) || 0), 0);
  return (stage.getBoundingClientRect().width * 9) / 16 - taken;
}
