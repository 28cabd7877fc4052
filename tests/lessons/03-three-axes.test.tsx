import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SlideEntry } from '../../src/lessons/deck';
import type { FillState } from '../../src/lessons/fill';
import { SlideView } from '../../src/lessons/slide-view';
import { meta } from '../../src/lessons/slides/03-three-axes.meta';
import { defaultValues, type ParamValues } from '../../src/store/param-schema';

const entry: SlideEntry = {
  meta,
  number: 3,
  Panel: lazy(() => import('../../src/lessons/slides/03-three-axes')),
};

function Harness({ fills = { shown: null, reveal: () => undefined } }: { fills?: FillState }) {
  const [values, setValues] = useState<ParamValues>(defaultValues(meta.params));
  return (
    <SlideView
      entry={entry}
      values={values}
      onChange={(key, value) => setValues((old) => ({ ...old, [key]: value }))}
      fills={fills}
    />
  );
}

async function setField(key: string, value: string) {
  const field = screen.getByRole('textbox', { name: new RegExp(`^${key} \\(`) });
  await userEvent.clear(field);
  await userEvent.type(field, value);
}

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
    render(<Harness />);
    await screen.findByRole('row', { name: /All three/ }, { timeout: 20_000 });
    expect(row(/Depth d/)).toHaveTextContent(/Number of layers\s*Linear\s*d = ×1.00\s*×1.00/);
    expect(row(/Width w/)).toHaveTextContent(/Number of channels per layer\s*Quadratic/);
    expect(row(/Resolution r/)).toHaveTextContent(/Size of input images\s*Quadratic/);
    expect(row(/All three/)).toHaveTextContent(/0.39 B MACs at 224 px/);
  });

  it('charts each axis alone against m and m² (its numbers as a table)', async () => {
    render(<Harness />);
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
    render(<Harness />);
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
