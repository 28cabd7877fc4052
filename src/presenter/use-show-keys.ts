import { useEffect, useRef } from 'react';

export interface ShowKeyActions {
  /** Moves one step forward (→, PageDown, Space) or back (←, PageUp). */
  step(direction: 1 | -1): void;
  /** Goes to a slide by 0-based index (Home, End, G + number). */
  goTo(index: number): void;
  toggleBlank(): void;
  toggleOverview(): void;
  toggleHelp(): void;
  /** Closes the topmost overlay (Escape); returns whether one was open. */
  closeOverlay(): boolean;
}

/** The keys of the projector display, listed by the help overlay (?). */
export const SHOW_KEYS: readonly { keys: string; action: string }[] = [
  { keys: '→  PageDown  Space', action: 'Next step: reveal the next fill, then the next slide' },
  { keys: '←  PageUp', action: 'Previous slide' },
  { keys: 'Home  End', action: 'First or last slide' },
  { keys: 'G, then a number, then Enter', action: 'Go to that slide (G 1 4 Enter: slide 14)' },
  { keys: 'F', action: 'Full screen on or off' },
  { keys: 'B', action: 'Blank the screen (again to show it)' },
  { keys: 'O', action: 'Overview of all slides' },
  { keys: '?', action: 'This help' },
  { keys: 'Esc', action: 'Close an overlay' },
];

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
  );
}

// Toggles full screen on the whole page; browsers refuse it without a user gesture.
export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

// The projector display's keyboard: F, B, O, G + number, ?, arrows; ignored while typing.
export function useShowKeys(actions: ShowKeyActions, slideCount: number): void {
  const pending = useRef<string | null>(null);
  const latest = useRef(actions);
  latest.current = actions;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const act = latest.current;
      const key = event.key;
      if (pending.current !== null) {
        if (/^[0-9]$/.test(key)) {
          pending.current += key;
          event.preventDefault();
          return;
        }
        const typed = pending.current;
        pending.current = null;
        if (key === 'Enter' && typed !== '') {
          event.preventDefault();
          act.goTo(Math.min(slideCount, Math.max(1, Number(typed))) - 1);
          return;
        }
        if (key === 'Escape') return;
      }
      const onButton = event.target instanceof HTMLButtonElement;
      const handlers: Record<string, () => void> = {
        ArrowRight: () => act.step(1),
        PageDown: () => act.step(1),
        ArrowLeft: () => act.step(-1),
        PageUp: () => act.step(-1),
        Home: () => act.goTo(0),
        End: () => act.goTo(slideCount - 1),
        f: toggleFullscreen,
        F: toggleFullscreen,
        b: () => act.toggleBlank(),
        B: () => act.toggleBlank(),
        o: () => act.toggleOverview(),
        O: () => act.toggleOverview(),
        g: () => (pending.current = ''),
        G: () => (pending.current = ''),
        '?': () => act.toggleHelp(),
        Escape: () => void act.closeOverlay(),
      };
      if (!onButton) handlers[' '] = () => act.step(1);
      const handler = handlers[key];
      if (!handler) return;
      // Arrows on a focused slider or radio belong to it.
      if (key.startsWith('Arrow') && event.target instanceof HTMLInputElement) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [slideCount]);
}
