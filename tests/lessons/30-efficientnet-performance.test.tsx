import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EFFICIENTNET_TABLE2 } from '../../src/engine/index';
import { comparedWith, TABLE2_POINTS } from '../../src/lessons/se/table2-data';
import { meta } from '../../src/lessons/slides/30-efficientnet-performance.meta';
import { renderSlide, slideEntry } from './support/slide-harness';

const entry = slideEntry(
  meta,
  30,
  () => import('../../src/lessons/slides/30-efficientnet-performance'),
);

beforeAll(() => {
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

const rowOf = (table: HTMLElement, name: string) => {
  const row = within(table)
    .getAllByRole('row')
    .find((r) => within(r).queryAllByRole('cell')[0]?.textContent === name);
  if (!row) throw new Error(`no row ${name}`);
  return row;
};

describe('slide 30: EfficientNet performance', { timeout: 30_000 }, () => {
  it('has the chart as its one blank', () => {
    expect(meta.id).toBe('efficientnet-performance');
    expect(meta.fills).toHaveLength(1);
    expect(meta.params).toEqual([]);
  });

  it('charts every Table 2 model with a FLOPs figure, in three families', () => {
    expect(TABLE2_POINTS).toHaveLength(EFFICIENTNET_TABLE2.length - 1);
    const families = (f: string) => TABLE2_POINTS.filter((p) => p.family === f).map((p) => p.model);
    expect(families('efficientnet')).toHaveLength(8);
    expect(families('nas').sort()).toEqual(['AmoebaNet-A', 'AmoebaNet-C', 'NASNet-A', 'PNASNet']);
    expect(families('conventional')).toContain('ResNet-50');
    expect(families('conventional')).toContain('SENet');
    expect(comparedWith('efficientnet-b3').map((f) => f.model)).toEqual(['ResNeXt-101', 'PolyNet']);
    expect(comparedWith('efficientnet-b6')).toEqual([]);
  });

  it('shows the published FLOPs beside the engine’s MACs, labelled with the source', async () => {
    renderSlide(entry);
    const table = await screen.findByRole(
      'table',
      { name: /mult-adds\) and the engine's MACs/ },
      { timeout: 10_000 },
    );
    expect(rowOf(table, 'B0')).toHaveTextContent(
      /77\.1 %\s*0\.39 B\s*0\.39 B\s*DenseNet-169 76\.2 %: 9\.0×/,
    );
    expect(rowOf(table, 'B4')).toHaveTextContent(/4\.2 B\s*4\.39 B/);
    expect(rowOf(table, 'B7')).toHaveTextContent(/37 B\s*37\.7 B\s*GPipe 84\.3 %: 8\.4× params/);
    expect(screen.getByText(/Engine check/)).toHaveTextContent(
      'ResNet-50 paper 4.1 B, engine 4.09 B',
    );
    expect(screen.getByText(/Engine check/)).toHaveTextContent(
      'ResNet-152 paper 11 B, engine 11.5 B',
    );
    expect(screen.getAllByText(/Tan & Le 2019, Table 2/).length).toBeGreaterThan(0);
  });

  it('says the paper’s FLOPs are multiply-adds', async () => {
    renderSlide(entry);
    const note = await screen.findByText(/are multiply-adds/, {}, { timeout: 10_000 });
    expect(note.closest('p')).toHaveTextContent('about twice as large');
  });

  it('lists all of Table 2 with the engine’s counts in the chart’s table', async () => {
    renderSlide(entry);
    const table = await screen.findByRole(
      'table',
      { name: /with the engine's counts/ },
      { timeout: 10_000 },
    );
    expect(within(table).getAllByRole('row')).toHaveLength(EFFICIENTNET_TABLE2.length + 1);
    expect(rowOf(table, 'EfficientNet-B0')).toHaveTextContent(
      /5\.3 M\s*0\.39 B\s*0\.39 B\s*5\.3 M/,
    );
    expect(rowOf(table, 'GPipe')).toHaveTextContent(/557 M\s*–/);
  });
});
