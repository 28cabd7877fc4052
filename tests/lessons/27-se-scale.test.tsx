import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meta } from '../../src/lessons/slides/27-se-scale.meta';
import { defaultValues } from '../../src/store/param-schema';
import { fill, renderSlide, setField, slideEntry, texOf } from './support/slide-harness';

const entry = slideEntry(meta, 27, () => import('../../src/lessons/slides/27-se-scale'));

// One channel's grid, read from the page.
function grid(name: string): number[] {
  const figure = screen.getByText(name, { selector: 'figcaption' }).closest('figure');
  if (!figure) throw new Error(`no channel ${name}`);
  return within(figure)
    .getAllByRole('cell')
    .map((cell) => Number(cell.textContent));
}

// The numbers the figure draws for one channel of one map (0: U, 1: X̃).
function drawn(map: number, channel: number): number[] {
  const layer = document.querySelectorAll('.cf-svg .cf-layer')[map];
  const cells = layer?.querySelectorAll(`[data-channel="${channel}"] .cf-cell text`) ?? [];
  return [...cells].map((text) => Number(text.textContent));
}

function weights(): number[] {
  const text =
    screen.getByRole('group', { name: 'Filled blank: the output weights' }).textContent ?? '';
  return (text.match(/\(([^)]*)\)/)?.[1] ?? '').split(', ').map(Number);
}

describe('slide 27: scale', { timeout: 30_000 }, () => {
  it('finishes the same example (C = 4, r = 2, 4 × 4)', () => {
    expect(meta.id).toBe('se-scale');
    expect(defaultValues(meta.params)).toEqual({ C: 4, r: 2, H: 4, W: 4 });
    expect(meta.fills).toHaveLength(2);
  });

  it('fills the sentence: the weights s rescale U, channel by channel', async () => {
    renderSlide(entry);
    expect(await fill('the output weights')).toHaveTextContent('s = (0.18, 0.75, 0.90, 0.59)');
    expect(await fill('what the weights rescale')).toHaveTextContent('U (each channel');
  });

  it('multiplies every value of u_c by s_c', async () => {
    renderSlide(entry);
    await fill('the output weights');
    const s = weights();
    for (const [k, [u, x]] of [
      ['u₁', 'x̃₁'],
      ['u₂', 'x̃₂'],
      ['u₃', 'x̃₃'],
      ['u₄', 'x̃₄'],
    ].entries()) {
      const before = grid(u ?? '');
      const after = grid(x ?? '');
      expect(after).toHaveLength(16);
      // s is shown to 2 decimals and x̃ to 1, so allow their rounding.
      after.forEach((value, i) =>
        expect(Math.abs(value - (s[k] ?? 0) * (before[i] ?? 0))).toBeLessThan(0.1),
      );
      // The drawing shows the same numbers as the screen reader's tables: U above, X̃ below.
      expect(drawn(0, k + 1)).toEqual(before);
      expect(drawn(1, k + 1)).toEqual(after);
    }
  });

  it('substitutes one value into x̃_c = s_c · u_c', async () => {
    renderSlide(entry);
    const tex = await texOf(await fill('the scale formula'));
    expect(tex).toContain('\\tilde{x}_c = F_{scale}(u_c, s_c) = s_c \\cdot u_c');
    const u11 = grid('u₁')[0] ?? 0;
    const match = tex.match(/\\approx ([\d.]+) \\cdot (\d+) \\approx ([\d.]+)/);
    expect(match).not.toBeNull();
    const [, s1, u, x] = match ?? [];
    expect(Number(u)).toBe(u11);
    expect(Math.abs(Number(s1) * u11 - Number(x))).toBeLessThan(5e-4 * Math.max(1, u11));
  });

  it('follows C and states the cost of the scale', async () => {
    renderSlide(entry);
    await fill('the output weights');
    expect(screen.getByText(/Cost:/)).toHaveTextContent('H·W·C = 64 mults');
    await setField('C', '6');
    expect(weights()).toHaveLength(6);
    expect(screen.getByText(/Cost:/)).toHaveTextContent('H·W·C = 96 mults');
    expect(screen.getByText('x̃₆', { selector: 'figcaption' })).toBeInTheDocument();
  });
});
