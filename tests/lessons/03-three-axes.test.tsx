import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { meta } from '../../src/lessons/slides/03-three-axes.meta';
import { defaultValues } from '../../src/store/param-schema';
import { renderSlide, setField, slideEntry } from './support/slide-harness';

const entry = slideEntry(meta, 3, () => import('../../src/lessons/slides/03-three-axes'));

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

const row = (name: RegExp) => screen.getByRole('row', { name });

describe('slide 3: three directions in CNN efficiency', { timeout: 60_000 }, () => {
  it('defaults to the baseline: d = w = r = 1', () => {
    expect(defaultValues(meta.params)).toEqual({ d: 1, w: 1, r: 1 });
  });

  it('quotes the lecture’s table and the baseline EfficientNet-B0', async () => {
    renderSlide(entry);
    await screen.findByRole('row', { name: /All three/ }, { timeout: 20_000 });
    expect(row(/Depth d/)).toHaveTextContent(/Number of layers\s*Linear\s*d = ×1.00\s*×1.00/);
    expect(row(/Width w/)).toHaveTextContent(/Number of channels per layer\s*Quadratic/);
    expect(row(/Resolution r/)).toHaveTextContent(/Size of input images\s*Quadratic/);
    expect(row(/All three/)).toHaveTextContent(/0.39 B MACs at 224 px/);
  });

  it('charts each axis alone against m and m² (its numbers as a table)', async () => {
    renderSlide(entry);
    const numbers = await screen.findByRole(
      'table',
      { name: /MACs factor of EfficientNet-B0 scaled along one axis/ },
      { timeout: 20_000 },
    );
    await waitFor(() => expect(within(numbers).getAllByRole('row')).toHaveLength(12), {
      timeout: 30_000,
    });
    expect(within(numbers).getByRole('row', { name: /^2 / })).toHaveTextContent(
      /2.03×\s*3.76×\s*3.99×\s*2.00×\s*4.00×/,
    );
    expect(within(numbers).getByRole('row', { name: /^1 / })).toHaveTextContent(
      /1.00×\s*1.00×\s*1.00×/,
    );
  });

  it('shows depth linear and width quadratic in the engine’s count', async () => {
    renderSlide(entry);
    await screen.findByRole('row', { name: /All three/ }, { timeout: 20_000 });
    await setField('w', '2');
    await waitFor(() => expect(row(/Width w/)).toHaveTextContent(/w² = ×4.00\s*×3.76/), {
      timeout: 10_000,
    });
    await setField('d', '2');
    await waitFor(() => expect(row(/Depth d/)).toHaveTextContent(/d = ×2.00\s*×2.03/), {
      timeout: 10_000,
    });
    await waitFor(() => expect(row(/All three/)).toHaveTextContent(/d·w²·r² = ×8.00/), {
      timeout: 10_000,
    });
  });
});
