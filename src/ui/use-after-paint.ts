import { startTransition, useEffect, useState } from 'react';

/**
 * Returns `value` one painted frame late: the frame that answers an input shows only what the
 * input itself changed (a slider's thumb, its number), and the costly view that follows from
 * the value renders after that frame has been painted, as an interruptible transition. A newer
 * value arriving meanwhile replaces the waiting one, so a dragged slider never queues work.
 *
 * A value under a new `key` (another slide) is returned at once: a late value belongs to the
 * old key, and showing it under the new one would mix one slide's numbers into another's view.
 */
export function useValueAfterPaint<T>(value: T, key?: unknown): T {
  const [shown, setShown] = useState({ value, key });
  const sameKey = Object.is(shown.key, key);
  // Adjusting state while rendering: React renders again at once, before anything is shown.
  if (!sameKey) setShown({ value, key });
  useEffect(() => {
    if (Object.is(shown.value, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before the paint; a task queued from it runs just after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown({ value, key })), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, key, shown]);
  return sameKey ? shown.value : value;
}
