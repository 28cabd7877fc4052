import { useCallback, useEffect, useRef, useState } from 'react';
import { deck, type SlideEntry } from '../lessons/deck';
import { navigate } from '../store/location';
import { useReveal } from '../store/reveal';
import { useSlideMemory } from '../store/slide-memory';
import { openShowLink, type ShowLink, type ShowState } from './sync';

type Pointer = ShowState['pointer'];

/**
 * The presenter's show: steps through fills and slides, and sends every change (slide, numbers,
 * reveal step, blank screen, pointer) to the audience windows.
 */
export function usePresenter(entry: SlideEntry, query: Readonly<Record<string, string>>) {
  const [revealSteps, setRevealSteps] = useState(true);
  const [blank, setBlank] = useState(false);
  const revealed = useReveal((state) => state.revealed[entry.meta.id] ?? 0);
  const setRevealed = useReveal((state) => state.setRevealed);
  const shown = revealSteps ? revealed : null;
  const fillCount = entry.meta.fills.length;

  const link = useRef<ShowLink | null>(null);
  const latest = useRef<ShowState | null>(null);
  const pointer = useRef<Pointer>(null);
  const frame = useRef(0);

  const send = useCallback(() => {
    const state = latest.current;
    if (state) link.current?.publish({ ...state, pointer: pointer.current, sentAt: Date.now() });
  }, []);

  useEffect(() => {
    link.current = openShowLink(() => undefined, send);
    return () => link.current?.close();
  }, [send]);

  const queryKey = new URLSearchParams(query).toString();
  useEffect(() => {
    latest.current = {
      slideId: entry.meta.id,
      query,
      revealed: shown,
      blank,
      pointer: pointer.current,
      sentAt: Date.now(),
    };
    send();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- queryKey stands for query
  }, [entry.meta.id, queryKey, shown, blank, send]);

  const goTo = useCallback(
    (index: number, revealAll = false) => {
      const target = deck[Math.min(deck.length - 1, Math.max(0, index))];
      if (!target) return;
      setRevealed(target.meta.id, revealAll ? target.meta.fills.length : 0);
      const remembered = useSlideMemory.getState().queries[target.meta.id] ?? {};
      navigate({ segments: ['presenter', target.meta.id], query: remembered });
    },
    [setRevealed],
  );

  const step = useCallback(
    (direction: 1 | -1) => {
      const index = entry.number - 1;
      if (direction === 1 && revealSteps && revealed < fillCount) {
        setRevealed(entry.meta.id, revealed + 1);
      } else if (direction === 1) {
        goTo(index + 1);
      } else {
        goTo(index - 1, true);
      }
    },
    [entry, revealSteps, revealed, fillCount, setRevealed, goTo],
  );

  // Sends the pointer at most once a frame.
  const movePointer = useCallback(
    (next: Pointer) => {
      pointer.current = next;
      if (frame.current) return;
      frame.current = requestAnimationFrame(() => {
        frame.current = 0;
        send();
      });
    },
    [send],
  );

  return {
    fills: { shown, reveal: (count: number) => setRevealed(entry.meta.id, count) },
    revealSteps,
    setRevealSteps,
    blank,
    toggleBlank: () => setBlank((value) => !value),
    step,
    goTo,
    movePointer,
  };
}
