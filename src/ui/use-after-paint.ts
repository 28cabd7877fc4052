import { startTransition, useEffect, useState } from 'react';

/**
 * Returns `value` one painted frame late: the frame that answers an input shows only what the
 * input itself changed (a slider's thumb, its number), and the costly view that follows from
 * the value renders after that frame has been painted, as an interruptible transition. A newer
 * value arriving meanwhile replaces the waiting one, so a dragged slider never queues work.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before the paint; a task queued from it runs just after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
