import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { meta } from '../../src/lessons/slides/13-efficiency-example.meta';
import { defaultValues } from '../../src/store/param-schema';
import { fill, renderSlide, setField, slideEntry, texOf } from './support/slide-harness';

const entry = slideEntry(meta, 13, () => import('../../src/lessons/slides/13-efficiency-example'));

beforeAll(() => {
  // jsdom has no ResizeObserver; Recharts' ResponsiveContainer needs one.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  // jsdom lays nothing out, so Recharts warns that the plot is 0 × 0; other warnings still show.
  const warn = console.warn.bind(console);
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).startsWith('The width(0) and height(0) of chart')) warn(...args);
  });
});

describe('slide 13: efficiency example', { timeout: 30_000 }, () => {
  it('defaults to the lecture example D_K = 3, N = 256', () => {
    expect(defaultValues(meta.params)).toEqual({ DK: 3, N: 256 });
  });

  it('fills 1/256 + 1/9 ≈ 0.0039 + 0.1111 = 0.1150 ≈ 1/8.7, about 9× less', async () => {
    renderSlide(entry);
    const cost = await fill('relative cost with the values put in');
    expect(await texOf(cost)).toContain(
      '\\frac{1}{256} + \\frac{1}{9} \\approx 0.0039 + 0.1111 = 0.1150 \\approx \\frac{1}{8.7}',
    );
    const verdict = await fill('how many times less computation');
    expect(verdict).toHaveTextContent('8.7× less computation: about 9 times cheaper.');
  });

  it('follows D_K and N, and says when separable costs more', async () => {
    renderSlide(entry);
    await fill('relative cost with the values put in');
    await setField('DK', '5');
    await waitFor(async () =>
      expect(await texOf(await fill('relative cost with the values put in'))).toContain(
        '\\frac{1}{256} + \\frac{1}{25} \\approx 0.0039 + 0.0400 = 0.0439',
      ),
    );
    expect(await fill('how many times less computation')).toHaveTextContent('22.8× less');
    await setField('N', '1');
    expect(await fill('how many times less computation')).toHaveTextContent(
      '1.04× the standard cost: here separable costs more.',
    );
  });

  it('has the chart of the ratio against N with its numbers as a table', async () => {
    renderSlide(entry);
    const figure = await screen.findByRole('figure', {}, { timeout: 10_000 });
    expect(figure).toHaveTextContent('the dot: 3 × 3 kernels, N = 256');
    const table = within(figure).getByRole('table', { hidden: true });
    const row = within(table)
      .getAllByRole('row', { hidden: true })
      .find((r) => r.textContent?.startsWith('256'));
    expect(row).toHaveTextContent('0.1150 (8.7×)');
    expect(row).toHaveTextContent('0.0439 (22.8×)');
    expect(row).toHaveTextContent('0.0243 (41.1×)');
  });
});
