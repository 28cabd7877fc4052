import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { meta } from '../../src/lessons/slides/20-efficientnet-blocks.meta';
import { defaultValues } from '../../src/store/param-schema';
import { renderSlide, slideEntry } from './support/slide-harness';

const entry = slideEntry(meta, 20, () => import('../../src/lessons/slides/20-efficientnet-blocks'));

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

describe('slide 20: building blocks of EfficientNet', { timeout: 60_000 }, () => {
  it('is a content slide without blanks or parameters', () => {
    expect(meta.params).toEqual([]);
    expect(meta.fills).toEqual([]);
    expect(defaultValues(meta.params)).toEqual({});
  });

  it('names the three blocks and stage-wise scaling', async () => {
    renderSlide(entry);
    for (const name of ['MBConv', 'SE block', 'Swish']) {
      expect(
        await screen.findByRole('heading', { name: new RegExp(name) }, { timeout: 20_000 }),
      ).toBeInTheDocument();
    }
    expect(
      screen.getByRole('heading', { name: /Progressive stage-wise scaling/ }),
    ).toBeInTheDocument();
  });

  it('splits an MBConv6 k3×3 block’s cost with the engine: the 1×1 convs dominate', async () => {
    renderSlide(entry);
    const split = await screen.findByRole(
      'img',
      { name: /Share of the block’s mult-adds/ },
      { timeout: 20_000 },
    );
    expect(split.getAttribute('aria-label')).toBe(
      'Share of the block’s mult-adds: expand 47.3 %, depthwise 5.3 %, SE 0.1 %, project 47.3 %.',
    );
    expect(screen.getByText(/15,918,720/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Vary it/ })).toHaveAttribute('href', '#/mbconv');
  });

  it('shows SE’s share of B0, swish’s minimum and B0’s stages from the engine', async () => {
    renderSlide(entry);
    const se = await screen.findByText(/In B0, SE holds/, {}, { timeout: 20_000 });
    expect(se).toHaveTextContent(
      /In B0, SE holds \d+\.\d % of the parameters and \d\.\d % of the mult-adds/,
    );
    expect(screen.getByRole('img', { name: /Swish and ReLU/ }).getAttribute('aria-label')).toMatch(
      /dips to -0\.278 at x = -1\.278/,
    );
    const strip =
      screen.getByRole('img', { name: /EfficientNet-B0 stages/ }).getAttribute('aria-label') ?? '';
    expect(strip).toMatch(/stage 1: 32 channels at 224×224/);
    expect(strip).toMatch(/stage 9: 1280 channels at 7×7/);
  });

  it('has speaker notes for the instructor', () => {
    for (const note of Object.values(meta.notes)) expect(note.length).toBeGreaterThan(60);
  });
});
