import { useEffect, useState } from 'react';

// Returns `value` once it has stopped changing for `delay` ms (at once on first render), so a
// costly view such as a chart redraws when a dragged slider pauses rather than on every step.
export function useSettledValue<T>(value: T, delay = 150): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(settled, value)) return;
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay, settled]);
  return settled;
}
