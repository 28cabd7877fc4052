import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { meta } from '../../src/lessons/slides/19-scaling-interpretation.meta';
import { defaultValues, parseParams } from '../../src/store/param-schema';
import { fill, renderSlide, setField, slideEntry } from './support/slide-harness';

const entry = slideEntry(
  meta,
  19,
  () => import('../../src/lessons/slides/19-scaling-interpretation'),
);

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

function stageRow(stage: number): string[] {
  const table = screen.getByRole('table', { name: /B0 scaled/ });
  const rows = within(table).getAllByRole('row').slice(2);
  const row = rows[stage - 1];
  if (!row) throw new Error(`no row ${stage}`);
  // Without the figure spaces that pad a value to its column's widest.
  return [...row.children].map((cell) => (cell.textContent ?? '').trim());
}

describe('slide 19: compound scaling, interpretation', { timeout: 60_000 }, () => {
  it('takes d, w, r and the stage i from the link (φ = 1 by default)', () => {
    expect(defaultValues(meta.params)).toEqual({ d: 1.2, w: 1.1, r: 1.15, i: 6 });
    expect(parseParams(meta.params, { d: '2', i: '3' }).values).toMatchObject({ d: 2, i: 3 });
    expect(meta.fills).toHaveLength(2);
  });

  it('fills the shape ⟨r·Ĥ_i, r·Ŵ_i, w·Ĉ_i⟩ and the depth d·L̂_i, with the code’s rounding', async () => {
    renderSlide(entry);
    const shape = await fill('the scaled input shape of stage i', 20_000);
    expect(shape).toHaveTextContent(/1\.15.*14.*1\.1.*112/);
    expect(shape).toHaveTextContent(/16\.1.*16\.1.*123\.2/);
    expect(shape).toHaveTextContent('code: 17 × 17 × 120 (input 258 px');
    const depth = await fill('the scaled depth of stage i');
    expect(depth).toHaveTextContent(/1\.2.*3.*3\.6/);
    expect(depth).toHaveTextContent('⌈d · L̂ᵢ⌉ = 4 blocks');
  });

  it('scales B0’s stage table: ideal products beside round_filters and ⌈d·L̂⌉', async () => {
    renderSlide(entry);
    await fill('the scaled input shape of stage i', 20_000);
    expect(stageRow(1)).toEqual([
      '1',
      'Conv3x3',
      '224',
      '257.6',
      '258',
      '32',
      '35.2',
      '32',
      '1',
      '1.2',
      '1',
    ]);
    expect(stageRow(6)).toEqual([
      '6',
      'MBConv6, k5x5',
      '14',
      '16.1',
      '17',
      '112',
      '123.2',
      '120',
      '3',
      '3.6',
      '4',
    ]);
    expect(stageRow(9).slice(5, 8)).toEqual(['1280', '1,408', '1408']);
    expect(screen.getByText(/This network/).parentElement).toHaveTextContent(
      /MACs 0\.99 B\s*= 2\.57 × B0/,
    );
  });

  it('follows the stage and the coefficients', async () => {
    renderSlide(entry);
    await fill('the scaled input shape of stage i', 20_000);
    await setField('i', '8');
    expect(await fill('the scaled depth of stage i')).toHaveTextContent('⌈d · L̂ᵢ⌉ = 2 blocks');
    await setField('w', '2');
    expect(await fill('the scaled input shape of stage i')).toHaveTextContent('code: 9 × 9 × 640');
    expect(stageRow(8)[7]).toBe('640');
  });

  it('has speaker notes for the instructor', () => {
    for (const note of Object.values(meta.notes)) expect(note.length).toBeGreaterThan(60);
  });
});
