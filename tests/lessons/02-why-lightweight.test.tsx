import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { modelRows } from '../../src/lessons/slides/02-why-lightweight-rows';
import { analyzeNetwork, buildModel, unwrap } from '../../src/engine/index';
import { meta } from '../../src/lessons/slides/02-why-lightweight.meta';
import { defaultValues } from '../../src/store/param-schema';
import { fill, renderSlide, setField, settled, slideEntry } from './support/slide-harness';

const entry = slideEntry(meta, 2, () => import('../../src/lessons/slides/02-why-lightweight'));

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

const table = () => screen.getByRole('table', { name: /the lecture’s table as printed/ });
const row = (name: string) => within(table()).getByRole('row', { name: new RegExp(`^${name} `) });

describe('slide 2: why lightweight models', { timeout: 60_000 }, () => {
  it('defaults to the lecture’s table: 101 classes, fp32', () => {
    expect(defaultValues(meta.params)).toEqual({ classes: 101, precision: 'fp32' });
  });

  it('quotes the lecture’s 2D/3D table beside the engine’s counts, with sizes', async () => {
    renderSlide(entry);
    await screen.findByRole(
      'table',
      { name: /the lecture’s table as printed/ },
      { timeout: 20_000 },
    );
    expect(row('VGG-16')).toHaveTextContent(/134.7\s*134.7✓\s*539 MB\s*179.1†\s*164.1\s*656 MB/);
    expect(row('ResNet-18')).toHaveTextContent(/11.4\s*11.4✓\s*45 MB\s*33.3\s*33.3✓\s*133 MB/);
    expect(row('ResNet-34')).toHaveTextContent(/21.5\s*21.5✓.*63.6\s*63.6✓/);
    expect(row('ResNet-50')).toHaveTextContent(/23.9\s*23.9✓.*46.4\s*46.4✓/);
    expect(row('ResNet-101')).toHaveTextContent(/42.8\s*42.8✓.*85.5\s*85.5✓/);
    expect(row('ResNet-152')).toHaveTextContent(/58.5\s*58.5✓.*117.6\s*117.6✓/);
    expect(screen.getByText(/^† Not reproduced/)).toHaveTextContent(/164.1 M.*179.1 M/);
    expect(
      screen.getByText(/101 classes \(UCF-101\); 2D = 16 stacked RGB frames/),
    ).toBeInTheDocument();
    expect(screen.getByText(/torchvision \(engine\)/)).toHaveTextContent(
      'ResNet-18 11.7 M (11.7), ResNet-50 25.6 M (25.6), VGG-16 138.4 M (138.4)',
    );
    const chart = await fill('the params-at-a-glance figure');
    expect(within(chart).getByText('Params at a glance (engine, log scale)')).toBeInTheDocument();
    const numbers = within(chart).getByRole('table');
    expect(within(numbers).getByRole('row', { name: /^ResNet-50 / })).toHaveTextContent(
      /23.9\s*46.4\s*25.6\s*25.6/,
    );
  });

  it('counts each model as its body plus a classifier for the chosen classes, as a full analysis does', () => {
    for (const classes of [7, 400]) {
      for (const r of modelRows(classes)) {
        const full2d = buildModel(r.id, { classes, inChannels: 48 });
        const full3d = buildModel(r.id, { classes, dims: 3 });
        if (!full2d.ok || !full3d.ok) throw new Error(`cannot build ${r.id}`);
        expect(r.engine2d).toBe(unwrap(analyzeNetwork(full2d.value)).totals.params);
        expect(r.engine3d).toBe(unwrap(analyzeNetwork(full3d.value)).totals.params);
      }
    }
  });

  it('follows the classes and the number format', async () => {
    renderSlide(entry);
    await screen.findByRole(
      'table',
      { name: /the lecture’s table as printed/ },
      { timeout: 20_000 },
    );
    await setField('classes', '1000');
    await waitFor(() => expect(row('ResNet-18')).toHaveTextContent(/11.4\s*11.8\s*47 MB/), {
      timeout: 10_000,
    });
    expect(row('ResNet-18')).not.toHaveTextContent('✓');
    await userEvent.click(screen.getByRole('radio', { name: 'int8 (1 B)' }));
    await settled();
    await waitFor(() => expect(row('VGG-16')).toHaveTextContent(/138.4\s*138 MB/));
  });
});
