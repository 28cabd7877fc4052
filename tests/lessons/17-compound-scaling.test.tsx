import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { analyzeNetwork, efficientNet, formatCompact } from '../../src/engine/index';
import { SlideView } from '../../src/lessons/slide-view';
import { meta } from '../../src/lessons/slides/17-compound-scaling.meta';
import { defaultValues, parseParams, type ParamValues } from '../../src/store/param-schema';
import { fill, renderSlide, setField, slideEntry } from './support/slide-harness';

const entry = slideEntry(meta, 17, () => import('../../src/lessons/slides/17-compound-scaling'));

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

// The engine's MACs of EfficientNet-B0 scaled by φ with the given bases, in billions as shown.
function engineBillions(phi: number, alpha = 1.2, beta = 1.1, gamma = 1.15): string {
  const network = efficientNet({ phi, alpha, beta, gamma });
  if (!network.ok) throw new Error(network.error.message);
  const analysis = analyzeNetwork(network.value);
  if (!analysis.ok) throw new Error(analysis.error.message);
  return formatCompact(analysis.value.totals.macs, { unit: 'B', digits: 2 });
}

function stat(name: RegExp): HTMLElement {
  const term = screen.getByText(name, { selector: 'dt' });
  return term.parentElement as HTMLElement;
}

describe('slide 17: compound scaling', { timeout: 60_000 }, () => {
  it('takes φ, α, β, γ from the link with the paper’s grid-search defaults', () => {
    expect(defaultValues(meta.params)).toEqual({ phi: 1, alpha: 1.2, beta: 1.1, gamma: 1.15 });
    expect(parseParams(meta.params, { phi: '3.5', beta: '1.2' }).values).toMatchObject({
      phi: 3.5,
      beta: 1.2,
    });
    expect(parseParams(meta.params, { phi: '9' }).notices[0]).toMatch(/phi/);
    expect(meta.fills).toHaveLength(2);
  });

  it('fills α·β²·γ² = 1.92 and FLOPs growth ≈ 2^φ', async () => {
    renderSlide(entry);
    const product = await fill('the product α·β²·γ²', 20_000);
    expect(product).toHaveTextContent('1.9203');
    const growth = await fill('how FLOPs grow with φ');
    expect(growth).toHaveTextContent('1.9203');
    expect(growth).toHaveTextContent('1.92');
  });

  it('shows the real scaled network from the engine beside 2^φ · B0 and (α·β²·γ²)^φ · B0', async () => {
    renderSlide(entry);
    await fill('the product α·β²·γ²', 20_000);
    expect(within(stat(/real network/)).getByText(`${engineBillions(1)} MACs`)).toBeInTheDocument();
    expect(engineBillions(1)).toBe('0.99 B');
    expect(within(stat(/^2\^φ × B0/)).getByText('0.77 B MACs')).toBeInTheDocument();
    expect(within(stat(/^\(α·β²·γ²\)\^φ × B0/)).getByText('0.74 B MACs')).toBeInTheDocument();
    expect(screen.getByText(/B0 = 385.8 M MACs/)).toBeInTheDocument();
  });

  it('follows φ: the fill, the real network and the figure change', async () => {
    renderSlide(entry);
    await fill('the product α·β²·γ²', 20_000);
    await setField('phi', '3');
    const growth = await fill('how FLOPs grow with φ');
    expect(growth).toHaveTextContent('7.081');
    expect(within(stat(/real network/)).getByText(`${engineBillions(3)} MACs`)).toBeInTheDocument();
    expect(within(stat(/^2\^φ × B0/)).getByText('3.09 B MACs')).toBeInTheDocument();
    const figure = screen.getByRole('img', { name: /Scaling a network five ways/ });
    expect(figure.getAttribute('aria-label')).toMatch(/depth: 9 layers/);
  });

  it('follows α: the product leaves 2 and the engine’s network deepens', async () => {
    renderSlide(entry);
    await fill('the product α·β²·γ²', 20_000);
    await setField('alpha', '1.5');
    expect(await fill('the product α·β²·γ²')).toHaveTextContent('2.4003');
    expect(
      within(stat(/real network/)).getByText(`${engineBillions(1, 1.5)} MACs`),
    ).toBeInTheDocument();
  });

  it('hides the fills in practice mode until revealed', async () => {
    render(<PracticeHarness shown={0} />);
    const button = await screen.findByRole(
      'button',
      { name: /Reveal: the product/ },
      { timeout: 20_000 },
    );
    expect(screen.queryByRole('group', { name: /Filled blank/ })).not.toBeInTheDocument();
    await userEvent.click(button);
    expect(await fill('the product α·β²·γ²')).toHaveTextContent('1.9203');
    expect(screen.getByRole('button', { name: /Reveal: how FLOPs grow/ })).toBeInTheDocument();
  });

  it('has speaker notes for the instructor', () => {
    for (const note of Object.values(meta.notes)) expect(note.length).toBeGreaterThan(60);
  });
});
