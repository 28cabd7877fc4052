import { useEffect, useRef, type PointerEvent } from 'react';

// Whether a key press belongs to a form control (a slider's arrows are the slider's).
export function isEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON'].includes(target.tagName) ||
    target.closest('[role="dialog"]') !== null
  );
}

// ← → PageUp PageDown Home End move through the deck, unless a control has the key.
export function useDeckKeys(go: (index: number) => void, index: number): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isEditing(event.target)) return;
      const moves: Record<string, number> = {
        ArrowRight: index + 1,
        PageDown: index + 1,
        ArrowLeft: index - 1,
        PageUp: index - 1,
        Home: 0,
        End: Number.MAX_SAFE_INTEGER,
      };
      const to = moves[event.key];
      if (to === undefined) return;
      event.preventDefault();
      go(to);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, index]);
}

// A horizontal swipe on a touch screen turns the page; vertical scrolling is left alone.
export function useSwipe(onNext: () => void, onPrevious: () => void) {
  const start = useRef<{ x: number; y: number } | null>(null);
  return {
    onPointerDown(event: PointerEvent) {
      start.current = event.pointerType === 'touch' ? { x: event.clientX, y: event.clientY } : null;
    },
    onPointerUp(event: PointerEvent) {
      const from = start.current;
      start.current = null;
      if (!from || isEditing(event.target)) return;
      const dx = event.clientX - from.x;
      const dy = event.clientY - from.y;
      if (Math.abs(dx) < 60 || Math.abs(dy) > Math.abs(dx) / 2) return;
      if (dx < 0) onNext();
      else onPrevious();
    },
  };
}
