import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { meta } from '../../src/lessons/slides/15-width-multiplier.meta';
import { fill, renderSlide, setField, slideEntry, texOf } from './support/slide-harness';

const entry = slideEntry(meta, 15, () => import('../../src/lessons/slides/15-width-multiplier'));

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

/** A card's quote of the paper (two lines, read as one text). */
function quote(text: string): HTMLElement[] {
  return screen.queryAllByText(
    (_, element) =>
      element?.classList.contains('sep-quote') === true && element.textContent === text,
  );
}

function paperTable(): HTMLElement {
  return screen.getByRole('table', { name: /^Paper \(Howard et al. 2017/ });
}

describe('slide 15: width multiplier', { timeout: 30_000 }, () => {
  it('accepts any α in (0, 1]', () => {
    const alpha = meta.params.find((p) => p.key === 'alpha');
    expect(alpha).toMatchObject({ kind: 'float', min: 0, minExclusive: true, max: 1, default: 1 });
  });

  it('quotes Tables 6 and 7 beside the engine for the same networks', async () => {
    renderSlide(entry);
    await fill('mult-adds at this width');
    const rows = within(paperTable()).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '1.0 MobileNet-224 T670.6 %569 M568.7 M4.2 M4.2 M',
      '0.75 MobileNet-224 T668.4 %325 M325.4 M2.6 M2.6 M',
      '0.5 MobileNet-224 T663.7 %149 M149.5 M1.3 M1.3 M',
      '0.25 MobileNet-224 T650.6 %41 M41.0 M0.5 M0.46 M',
      '1.0 MobileNet-192 T769.1 %418 M418.1 M4.2 M4.2 M',
      '1.0 MobileNet-160† T767.2 %290 M290.7 M4.2 M4.2 M',
      '1.0 MobileNet-128 T764.4 %186 M186.4 M4.2 M4.2 M',
    ]);
    expect(screen.getByText(/the print truncates/)).toBeInTheDocument();
  });

  it('fills the engine values at α = 1 and marks the paper row', async () => {
    renderSlide(entry);
    expect(await fill('mult-adds at this width')).toHaveTextContent('568.7 M');
    expect(await fill('parameters at this width')).toHaveTextContent('4.2 M');
    expect(quote('Paper 569 M (Table 6)')).toHaveLength(1);
    expect(quote('Paper 4.2 M (Table 6)')).toHaveLength(1);
    const current = within(paperTable()).getByRole('row', { name: /^1.0 MobileNet-224/ });
    expect(current).toHaveClass('wm-current');
  });

  it('follows α: cost beside α², paper figures where the paper has them', async () => {
    renderSlide(entry);
    await fill('mult-adds at this width');
    await setField('alpha', '0.5');
    expect(await fill('mult-adds at this width')).toHaveTextContent('149.5 M');
    expect(await fill('parameters at this width')).toHaveTextContent('1.3 M');
    expect(quote('Paper 149 M (Table 6)')).toHaveLength(1);
    expect(screen.getByText(/vs α²/)).toHaveTextContent('Real 149.5 M, ×0.263 vs α² = 0.250');
    await setField('alpha', '0.6');
    expect(await fill('mult-adds at this width')).toHaveTextContent('210.4 M');
    expect(quote('Not in the paper at this α and size')).toHaveLength(2);
  });

  it('follows the resolution: cost beside ρ², params unchanged', async () => {
    renderSlide(entry);
    await fill('mult-adds at this width');
    await setField('res', '160');
    expect(await fill('mult-adds at this width')).toHaveTextContent('290.7 M');
    expect(await fill('parameters at this width')).toHaveTextContent('4.2 M');
    expect(quote('Paper 290 M (Table 7)')).toHaveLength(1);
    expect(screen.getByText(/vs ρ²/)).toHaveTextContent('×0.511 vs ρ² = 0.510; same params');
    const rules = await fill('the α² and ρ² rules beside the real cost');
    await waitFor(async () => expect(await texOf(rules)).toContain('(160/224)^2'));
  });

  it('refuses α below 1/32 at the field, with the reason, and keeps the last good value', async () => {
    renderSlide(entry);
    await fill('mult-adds at this width');
    await setField('alpha', '0.5');
    const before = (await fill('mult-adds at this width')).textContent;
    await setField('alpha', '0.02');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'alpha (width multiplier) must be at least 0.03125: MobileNet’s first layer keeps ⌊32α⌋ ≥ 1 channel; got 0.02.',
    );
    expect((await fill('mult-adds at this width')).textContent).toBe(before);
    expect(screen.getByRole('figure')).toHaveTextContent('dashed: 0.5 MobileNet-224');
    expect(within(paperTable()).getAllByRole('row')).toHaveLength(8);
  });

  it('charts published accuracy against engine mult-adds, the current cost marked', async () => {
    renderSlide(entry);
    await fill('mult-adds at this width');
    await setField('alpha', '0.6');
    const figure = await screen.findByRole('figure');
    expect(figure).toHaveTextContent('dashed: 0.6 MobileNet-224');
    expect(figure).toHaveTextContent('trained models only');
  });
});
