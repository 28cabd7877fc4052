// Runs a list of engine calls while the browser is idle, so that moving a slider later finds its
// results cached and only has to render.
import { useEffect } from 'react';
import { sliderMin, type NumberParam, type ParamSpec } from '../../store/param-schema';

/** Every value a number slider can stop at, as the browser reports it (shortest decimal). */
export function sliderStops(spec: NumberParam): number[] {
  const low = sliderMin(spec);
  const count = Math.round((spec.max - low) / spec.step);
  const digits = Math.max(0, -Math.floor(Math.log10(spec.step)) + 2);
  return Array.from({ length: count + 1 }, (_, k) => Number((low + k * spec.step).toFixed(digits)));
}

/** The stops of the number parameter `key` of a slide (none if it has no such parameter). */
export function paramStops(params: readonly ParamSpec[], key: string): number[] {
  const spec = params.find((p) => p.key === key);
  return spec && spec.kind !== 'choice' ? sliderStops(spec) : [];
}

type IdleHandle = ReturnType<typeof setTimeout> | number;

function whenIdle(run: (deadline?: IdleDeadline) => void): IdleHandle {
  if (typeof requestIdleCallback === 'function') return requestIdleCallback(run, { timeout: 3000 });
  return setTimeout(run, 60);
}

function cancelIdle(handle: IdleHandle): void {
  if (typeof cancelIdleCallback === 'function' && typeof handle === 'number') {
    cancelIdleCallback(handle);
  } else {
    clearTimeout(handle);
  }
}

/** Calls each task in idle time, a few at a time; stops when the inputs change or the slide goes. */
export function usePrewarm(
  tasks: () => readonly (() => unknown)[],
  deps: readonly unknown[],
): void {
  useEffect(() => {
    const list = tasks();
    let next = 0;
    let handle: IdleHandle | undefined;
    const step = (deadline?: IdleDeadline) => {
      do {
        list[next]?.();
        next += 1;
      } while (next < list.length && deadline !== undefined && deadline.timeRemaining() > 3);
      if (next < list.length) handle = whenIdle(step);
    };
    handle = whenIdle(step);
    return () => {
      if (handle !== undefined) cancelIdle(handle);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what the tasks read
  }, deps);
}
