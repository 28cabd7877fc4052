import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SlideView } from '../../src/lessons/slide-view';
import { meta } from '../../src/lessons/slides/21-efficientnet-b0-table.meta';
import { defaultValues, parseParams, type ParamValues } from '../../src/store/param-schema';
import { fill, renderSlide, setField, settled, slideEntry } from './support/slide-harness';

const entry = slideEntry(
  meta,
  21,
  () => import('../../src/lessons/slides/21-efficientnet-b0-table'),
);

// Practice mode whose reveal buttons work: the shared harness's reveal does nothing.
function PracticeHarness({ shown }: { shown: number }) {
  const [values, setValues] = useState<ParamValues>(defaultValues(meta.params));
  const [revealed, reveal] = useState<number | null>(shown);
  return (
    <SlideView
      entry={entry}
      values={values}
      onChange={(key, value) => setValues((old) => ({ ...old, [key]: value }))}
      fills={{ shown: revealed, reveal }}
    />
  );
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

function row(stage: number): HTMLElement {
  const table = screen.getByRole('table', { name: /stage by stage|\(w = / });
  const rows = within(table).getAllByRole('row');
  const found = rows.find((r) => r.firstElementChild?.textContent === String(stage));
  if (!found) throw new Error(`no row for stage ${stage}`);
  return found;
}

// A row's cells as shown on a wide panel (the exact form of counts that also have a compact one),
// without the figure spaces that pad a count to its column's widest value.
function cells(stage: number): string[] {
  return [...row(stage).children].map((cell) =>
    ((cell.querySelector('.bt-exact') ?? cell).textContent ?? '').trim(),
  );
}

function sources(): HTMLElement {
  return screen.getByRole('table', { name: /totals: the engine beside the published figures/ });
}

describe('slide 21: EfficientNet-B0 architecture', { timeout: 60_000 }, () => {
  it('offers B0…B7 as `model` and an optional `res` override', () => {
    expect(defaultValues(meta.params)).toEqual({ model: 'b0', res: 0 });
    expect(parseParams(meta.params, { model: 'B3', res: '256' }).values).toEqual({
      model: 'b3',
      res: 256,
    });
    expect(parseParams(meta.params, { model: 'b9' }).notices[0]).toMatch(/b0, b1/);
    expect(meta.fills).toHaveLength(3);
  });

  it('fills each stage’s mult-adds and params and the B0 totals from the engine', async () => {
    renderSlide(entry);
    await fill('stage 1 MACs', 20_000);
    // Stem: 3·3·3·32 weights at 112 × 112 outputs; BN γ/β adds 64 params.
    expect(cells(1)).toEqual(['1', 'Conv3x3', '224×224', '32', '1', '10,838,016', '928']);
    expect(within(row(1)).getByRole('group', { name: /stage 1 MACs/ })).toHaveTextContent(
      '10,838,016',
    );
    expect(cells(3)).toEqual(['3', 'MBConv6, k3x3', '112×112', '24', '2', '54,945,216', '16,714']);
    expect(cells(9).slice(0, 5)).toEqual(['9', 'Conv1x1 & Pooling & FC', '7×7', '1280', '1']);
    expect(await fill('total MACs')).toHaveTextContent('385,814,752');
    expect(await fill('total params')).toHaveTextContent('5,288,548');
  });

  it('quotes the paper and torchvision beside the engine and says their FLOPs are MACs', async () => {
    renderSlide(entry);
    await fill('total MACs', 20_000);
    const table = sources();
    expect(within(table).getByRole('row', { name: /Engine/ })).toHaveTextContent(
      '385.8 M5,288,548',
    );
    expect(within(table).getByRole('row', { name: /Paper/ })).toHaveTextContent(
      '0.39 B5.3 M77.1 %',
    );
    expect(within(table).getByRole('row', { name: /torchvision/ })).toHaveTextContent('5,288,548');
    expect(screen.getByText(/EfficientNet \(Tan & Le 2019\), Table 2/)).toBeInTheDocument();
    expect(screen.getByText(/“FLOPs” are multiply-adds/).parentElement).toHaveTextContent(
      /SE’s two FCs included; BN, activations, pooling and the SE scale are not counted.*0\.77 B FLOPs/,
    );
  });

  it('switches to B7: the scaled table, its totals and the paper’s B7 figures', async () => {
    renderSlide(entry);
    await fill('total MACs', 20_000);
    await userEvent.click(screen.getByRole('radio', { name: 'B7' }));
    await settled();
    expect(await fill('total MACs')).toHaveTextContent('37,745,884,192');
    expect(cells(1).slice(2, 5)).toEqual(['600×600', '64', '1']);
    expect(cells(7).slice(2, 5)).toEqual(['38×38', '384', '13']);
    expect(within(sources()).getByRole('row', { name: /Paper/ })).toHaveTextContent(
      '37 B66 M84.3 %',
    );
  });

  it('recomputes at an overridden resolution and says the variant’s own', async () => {
    renderSlide(entry);
    await fill('total MACs', 20_000);
    await setField('res', '300');
    expect(cells(1)[2]).toBe('300×300');
    expect(screen.getByRole('table', { name: /300 × 300; trained at 224\)/ })).toBeInTheDocument();
    expect(await fill('total MACs')).not.toHaveTextContent('385,814,752');
    expect(within(sources()).getByRole('row', { name: /Paper/ })).toHaveTextContent('at 224');
  });

  it('hides every stage’s numbers and the engine’s totals in practice mode, a column per reveal', async () => {
    render(<PracticeHarness shown={0} />);
    const first = await screen.findByRole(
      'button',
      { name: 'Reveal: stage 1 MACs' },
      { timeout: 20_000 },
    );
    expect(screen.queryByText('10,838,016')).not.toBeInTheDocument();
    expect(screen.queryByText('5,288,548')).not.toBeInTheDocument();
    await userEvent.click(first);
    expect(within(row(9)).getByRole('group', { name: /stage 9 MACs/ })).toHaveTextContent(
      '21,350,400',
    );
    expect(
      within(row(9)).getByRole('button', { name: 'Reveal: stage 9 params' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /Reveal: total/ })).toHaveLength(2);
    expect(
      screen.getByRole('button', { name: /Reveal: the totals beside the paper/ }),
    ).toBeInTheDocument();
  });

  it('has speaker notes for the instructor', () => {
    for (const note of Object.values(meta.notes)) expect(note.length).toBeGreaterThan(60);
  });
});
