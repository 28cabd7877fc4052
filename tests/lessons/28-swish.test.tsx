import { screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { swish } from '../../src/engine/index';
import { meta } from '../../src/lessons/slides/28-swish.meta';
import { defaultValues } from '../../src/store/param-schema';
import { fill, renderSlide, setField, slideEntry, texOf } from './support/slide-harness';

const entry = slideEntry(meta, 28, () => import('../../src/lessons/slides/28-swish'));

beforeAll(() => {
  // jsdom has no ResizeObserver; Recharts' ResponsiveContainer needs one.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  const warn = console.warn.bind(console);
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).startsWith('The width(0) and height(0) of chart')) warn(...args);
  });
});

describe('slide 28: swish', { timeout: 30_000 }, () => {
  it('has β = 1 and six blanks in the table', () => {
    expect(meta.id).toBe('swish');
    expect(defaultValues(meta.params)).toEqual({ beta: 1 });
    expect(meta.fills).toHaveLength(6);
  });

  it("fills the lecture's table: formulas, smooth and monotonic", async () => {
    renderSlide(entry);
    expect(await texOf(await fill('ReLU formula'))).toBe('\\max(0, x)');
    expect(await fill('ReLU smooth?')).toHaveTextContent('No');
    expect(await fill('ReLU monotonic?')).toHaveTextContent('Yes');
    expect(await texOf(await fill('Swish formula'))).toBe(
      'x \\cdot \\sigma(\\beta x) = x \\cdot \\sigma(x)',
    );
    expect(await fill('Swish smooth?')).toHaveTextContent('Yes');
    expect(await fill('Swish monotonic?')).toHaveTextContent('No');
  });

  it('marks the minimum of swish, found from the engine, and follows β', async () => {
    renderSlide(entry);
    const note = await screen.findByText(/swish dips to/, {}, { timeout: 10_000 });
    expect(note).toHaveTextContent('dips to −0.278 at x ≈ −1.278');
    // A grid search on the engine's swish agrees with the marked point.
    const grid = Array.from({ length: 4001 }, (_, k) => -4 + k * 0.001);
    const lowest = grid.reduce((best, x) => (swish(x, 1) < swish(best, 1) ? x : best));
    expect(lowest).toBeCloseTo(-1.278, 2);
    await setField('beta', '2');
    expect(screen.getByText(/swish dips to/)).toHaveTextContent('dips to −0.139 at x ≈ −0.639');
    expect(screen.getByText(/ReLU and swish, β = 2/)).toBeInTheDocument();
    await waitFor(async () =>
      expect(await texOf(await fill('Swish formula'))).toBe(
        'x \\cdot \\sigma(\\beta x) = x \\cdot \\sigma(2x)',
      ),
    );
  });

  it('says swish has no minimum at β = 0', async () => {
    renderSlide(entry);
    await fill('Swish formula');
    await setField('beta', '0');
    expect(screen.getByText(/With β = 0, swish is the straight line x\/2/)).toBeInTheDocument();
    expect(await fill('Swish monotonic?')).toHaveTextContent('Yes, at β = 0');
  });

  it('gives the plotted numbers as a table', async () => {
    renderSlide(entry);
    const table = await screen.findByRole(
      'table',
      { name: /ReLU\(x\) and Swish/ },
      { timeout: 10_000 },
    );
    expect(table).toHaveTextContent('−1.278');
    expect(table).toHaveTextContent(swish(2, 1).toFixed(3));
  });
});
