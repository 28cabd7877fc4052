import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { meta } from '../../src/lessons/slides/22-mbconv.meta';
import { defaultValues, parseParams } from '../../src/store/param-schema';
import { fill, renderSlide, setField, slideEntry } from './support/slide-harness';

const entry = slideEntry(meta, 22, () => import('../../src/lessons/slides/22-mbconv'));

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

const parts = [
  'cost of the 1×1 expansion',
  'cost of the depthwise convolution',
  'cost of the SE block',
  'cost of the 1×1 projection',
  'cost of the residual add',
] as const;

describe('slide 22: MBConv', { timeout: 60_000 }, () => {
  it('takes the block’s settings from the link with the lecture’s symbols', () => {
    expect(defaultValues(meta.params)).toEqual({
      M: 80,
      N: 80,
      t: 6,
      DK: 3,
      s: 1,
      DF: 14,
      se: 0.25,
    });
    expect(parseParams(meta.params, { M: '16', N: '24', s: '2', DK: '5' }).values).toMatchObject({
      M: 16,
      N: 24,
      s: 2,
      DK: 5,
    });
    expect(meta.fills).toHaveLength(6);
  });

  it('fills the cost of each part with its formula, values and result', async () => {
    renderSlide(entry);
    const [expand, dw, se, project, residual] = await Promise.all(
      parts.map((label) => fill(label, 20_000)),
    );
    expect(expand).toHaveTextContent(/80.*480.*14.*7,526,400/);
    expect(dw).toHaveTextContent(/3.*480.*14.*846,720/);
    expect(se).toHaveTextContent(/2.*480.*20.*19,200/);
    expect(project).toHaveTextContent(/480.*80.*14.*7,526,400/);
    expect(residual).toHaveTextContent(/80.*14.*15,680/);
    const total = await fill('the block total');
    expect(total).toHaveTextContent('15,918,720');
    // The residual's additions are shown, but not counted in the MACs the papers print.
    expect(total).toHaveTextContent(
      'sum of the MACs above; the papers leave out the residual adds',
    );
    expect(residual?.closest('tr')).toHaveTextContent(/Residual add\s*adds, not MACs/);
  });

  it('compares MobileNetV2’s h·w·d′·t(d′ + k² + d″) with the engine: the gap is SE', async () => {
    renderSlide(entry);
    await fill('the block total', 20_000);
    expect(screen.getByText(/MobileNetV2’s formula/).parentElement).toHaveTextContent('15,899,520');
    expect(screen.getByText(/the difference/)).toHaveTextContent(
      'Engine: 15,918,720 MACs; the difference 19,200 is the SE block (2·Ce·Cr), which MobileNetV2 does not have.',
    );
  });

  it('draws the block and its residual only when s = 1 and M = N', async () => {
    renderSlide(entry);
    await fill('the block total', 20_000);
    const figure = screen.getByRole('img', { name: /MBConv block/ });
    expect(figure.getAttribute('aria-label')).toBe(
      'MBConv block: input 80 × 14×14, expand 1×1 to 480 channels, depthwise 3×3 stride 1 to 480 × 14×14, SE 480 → 20 → 480, project 1×1 to 80 × 14×14, residual add of the input.',
    );
    expect(figure.querySelectorAll('.mb-residual')).toHaveLength(2);
    await setField('s', '2');
    expect(screen.getByRole('img', { name: /MBConv block/ }).getAttribute('aria-label')).toMatch(
      /depthwise 3×3 stride 2 to 480 × 7×7.*no residual\.$/,
    );
    expect(figure.querySelectorAll('.mb-residual')).toHaveLength(0);
    expect(await fill('cost of the residual add')).toHaveTextContent(
      'No residual: it needs s = 1 and M = N.',
    );
    expect(screen.getByText(/assumes stride 1/)).toBeInTheDocument();
  });

  it('drops the expansion at t = 1 and SE at ratio 0', async () => {
    renderSlide(entry);
    await fill('the block total', 20_000);
    await setField('t', '1');
    expect(await fill('cost of the 1×1 expansion')).toHaveTextContent(
      't = 1: the block does not expand.',
    );
    await setField('se', '0');
    expect(await fill('cost of the SE block')).toHaveTextContent('SE ratio 0: no SE block.');
    // Depthwise 3·3·80·14² + project 80·80·14².
    expect(await fill('the block total')).toHaveTextContent('1,395,520');
  });

  it('shows the per-part chart’s numbers as a table', async () => {
    renderSlide(entry);
    await fill('the block total', 20_000);
    const table = await screen.findByRole(
      'table',
      { name: /Cost of each part of the block \(engine/ },
      { timeout: 20_000 },
    );
    expect(within(table).getByRole('row', { name: /Expand/ })).toHaveTextContent('7,526,400');
  });

  it('has speaker notes for the instructor', () => {
    for (const note of Object.values(meta.notes)) expect(note.length).toBeGreaterThan(60);
  });
});
