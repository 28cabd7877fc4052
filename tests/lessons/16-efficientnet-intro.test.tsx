import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { meta } from '../../src/lessons/slides/16-efficientnet-intro.meta';
import { defaultValues } from '../../src/store/param-schema';
import { renderSlide, slideEntry } from './support/slide-harness';

const entry = slideEntry(meta, 16, () => import('../../src/lessons/slides/16-efficientnet-intro'));

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

describe('slide 16: EfficientNet introduction', { timeout: 60_000 }, () => {
  it('is a content slide without blanks or parameters', () => {
    expect(meta.params).toEqual([]);
    expect(meta.fills).toEqual([]);
    expect(defaultValues(meta.params)).toEqual({});
  });

  it('states the lecture’s points', async () => {
    renderSlide(entry);
    expect(await screen.findByText(/Tan & Le, ICML/, {}, { timeout: 20_000 })).toHaveTextContent(
      'Google (Tan & Le, ICML 2019)',
    );
    expect(screen.getByText(/Key idea: compound scaling/).parentElement).toHaveTextContent(
      /scale all three together/,
    );
  });

  it('compares B0 with ResNet-50: engine counts with the paper’s in brackets', async () => {
    renderSlide(entry);
    const bars = await screen.findByRole(
      'img',
      { name: /parameters: engine \(paper\)/ },
      { timeout: 20_000 },
    );
    const label = bars.getAttribute('aria-label') ?? '';
    expect(label).toMatch(/ImageNet top-1 \(paper\): ResNet-50 76\.0 %, EfficientNet-B0 77\.1 %/);
    expect(label).toMatch(/ResNet-50 25\.6 M \(26 M\), EfficientNet-B0 5\.3 M \(5\.3 M\)/);
    expect(label).toMatch(/ResNet-50 4\.09 B \(4\.1 B\), EfficientNet-B0 0\.39 B \(0\.39 B\)/);
    const verdict = screen.getByText(/fewer parameters,/, { selector: 'p' });
    expect(verdict).toHaveTextContent(
      'B0: 4.8× fewer parameters, 10.6× fewer mult-adds, and 1.1 points higher top-1.',
    );
    expect(
      screen.getByText(/EfficientNet \(Tan & Le 2019\), Table 2, whose “FLOPs” are/),
    ).toBeInTheDocument();
  });

  it('has speaker notes for the instructor', () => {
    for (const note of Object.values(meta.notes)) expect(note.length).toBeGreaterThan(60);
  });
});
