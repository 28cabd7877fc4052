import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { meta } from '../../src/lessons/slides/18-scaling-objective.meta';
import { defaultValues, parseParams } from '../../src/store/param-schema';
import { fill, renderSlide, setField, settled, slideEntry } from './support/slide-harness';

const entry = slideEntry(meta, 18, () => import('../../src/lessons/slides/18-scaling-objective'));

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

function variantRow(label: string): HTMLElement {
  const table = screen.getByRole('table', { name: /Which variants fit/ });
  return within(table).getByRole('row', { name: new RegExp(`^${label}\\b`) });
}

describe('slide 18: the optimization objective', { timeout: 60_000 }, () => {
  it('takes the two budgets and the weight precision from the link', () => {
    expect(defaultValues(meta.params)).toEqual({ mem: 50, flops: 2, prec: 'fp32' });
    expect(parseParams(meta.params, { mem: '20', flops: '0.5', prec: 'int8' }).values).toEqual({
      mem: 20,
      flops: 0.5,
      prec: 'int8',
    });
    expect(meta.fills).toEqual(['the memory constraint', 'the FLOPs constraint']);
  });

  it('fills Memory(N) ≤ target_memory and FLOPS(N) ≤ target_flops with the targets', async () => {
    renderSlide(entry);
    expect(await fill('the memory constraint', 20_000)).toHaveTextContent(
      /Memory.*target_memory.*50/,
    );
    expect(await fill('the FLOPs constraint')).toHaveTextContent(/FLOPS.*target_flops.*2/);
  });

  it('says which variants fit, with the engine’s memory and MACs and the paper’s accuracy', async () => {
    renderSlide(entry);
    await fill('the memory constraint', 20_000);
    expect(variantRow('B0')).toHaveTextContent('21.2 MB, within budget0.39 B, within budget77.1 %');
    expect(variantRow('B3')).toHaveTextContent('48.9 MB, within budget1.83 B, within budget81.6 %');
    expect(variantRow('B4')).toHaveTextContent(/77\.4 MB, over budget4\.39 B, over budget/);
    expect(screen.getByText(/Best that fits/)).toHaveTextContent(
      'Best that fits: B3, 81.6 % top-1.',
    );
    const plot = screen.getByRole('img', { name: /Feasible region/ });
    expect(plot.getAttribute('aria-label')).toMatch(/Inside: B0, B1, B2, B3\./);
  });

  it('follows the budgets and the precision', async () => {
    renderSlide(entry);
    await fill('the memory constraint', 20_000);
    await setField('flops', '1');
    expect(await fill('the FLOPs constraint')).toHaveTextContent('1');
    expect(screen.getByText(/Best that fits/)).toHaveTextContent('B2, 80.1 %');
    await setField('mem', '20');
    expect(screen.getByText(/No variant fits/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: /int8/ }));
    await settled();
    expect(variantRow('B0')).toHaveTextContent('5.3 MB');
    expect(screen.getByText(/Best that fits/)).toHaveTextContent('B2');
  });

  it('has speaker notes for the instructor', () => {
    for (const note of Object.values(meta.notes)) expect(note.length).toBeGreaterThan(60);
  });
});
