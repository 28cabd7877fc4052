import { useEffect, useState } from 'react';
import { efficientNetTotals, hasTotals } from './16-efficientnet-cache';
import type { GrowthRow } from './17-macs-chart';

// The chart's rows for α, β, γ, computed a network at a time when the page is idle; then the
// rest of the φ grid (the slider's 0.1 steps) is warmed, so dragging φ finds every network ready.

/** φ of the chart's points. */
export const CHART_PHIS: readonly number[] = Array.from({ length: 15 }, (_, i) => i / 2);
/** φ of the slider's steps. */
const SLIDER_PHIS: readonly number[] = Array.from({ length: 71 }, (_, i) => i / 10);

type Schedule = (task: () => void) => () => void;

// Runs a task when the page is idle (or soon, where there is no requestIdleCallback).
const whenIdle: Schedule = (task) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 500 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
};

function rowsFor(alpha: number, beta: number, gamma: number): GrowthRow[] | null {
  const base = efficientNetTotals({ phi: 0, alpha, beta, gamma });
  if (!base) return null;
  const product = alpha * beta ** 2 * gamma ** 2;
  return CHART_PHIS.map((phi) => ({
    phi,
    real: efficientNetTotals({ phi, alpha, beta, gamma })?.macs ?? null,
    twoPow: base.macs * 2 ** phi,
    product: base.macs * product ** phi,
  }));
}

/** The growth rows for α, β, γ: null until computed (the previous rows are kept meanwhile). */
export function useGrowthRows(
  alpha: number,
  beta: number,
  gamma: number,
): readonly GrowthRow[] | null {
  const key = `${alpha}|${beta}|${gamma}`;
  const ready = () => CHART_PHIS.every((phi) => hasTotals({ phi, alpha, beta, gamma }));
  const [state, setState] = useState<{ key: string; rows: GrowthRow[] | null } | null>(() =>
    ready() ? { key, rows: rowsFor(alpha, beta, gamma) } : null,
  );

  useEffect(() => {
    let cancel = () => undefined as void;
    const queue = [...CHART_PHIS, ...SLIDER_PHIS.filter((phi) => !CHART_PHIS.includes(phi))].filter(
      (phi) => !hasTotals({ phi, alpha, beta, gamma }),
    );
    let published = state?.key === key;
    const publish = () => {
      if (published || !CHART_PHIS.every((phi) => hasTotals({ phi, alpha, beta, gamma }))) return;
      published = true;
      setState({ key, rows: rowsFor(alpha, beta, gamma) });
    };
    const step = () => {
      const phi = queue.shift();
      if (phi !== undefined) efficientNetTotals({ phi, alpha, beta, gamma });
      publish();
      if (queue.length > 0) cancel = whenIdle(step);
    };
    publish();
    if (queue.length > 0) cancel = whenIdle(step);
    return () => cancel();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- key stands for alpha, beta, gamma
  }, [key]);

  return state?.rows ?? null;
}
