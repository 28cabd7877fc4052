import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meta } from '../../src/lessons/slides/25-se-squeeze.meta';
import { defaultValues } from '../../src/store/param-schema';
import { fill, renderSlide, setField, slideEntry, texOf } from './support/slide-harness';

const entry = slideEntry(meta, 25, () => import('../../src/lessons/slides/25-se-squeeze'));

const FORMULA = 'the squeeze formula';

// The numbers of one channel's grid, read from the page.
function channelValues(name: string): number[] {
  const figure = screen.getByText(name, { selector: 'figcaption' }).closest('figure');
  if (!figure) throw new Error(`no channel ${name}`);
  return within(figure)
    .getAllByRole('cell')
    .map((cell) => Number(cell.textContent));
}

describe('slide 25: squeeze', { timeout: 30_000 }, () => {
  it('defaults to the small example: 4 channels of 4 × 4', () => {
    expect(meta.id).toBe('se-squeeze');
    expect(defaultValues(meta.params)).toEqual({ C: 4, H: 4, W: 4 });
    expect(meta.fills).toHaveLength(1);
  });

  it('shows every channel with its numbers and z_c as their mean', async () => {
    renderSlide(entry);
    await fill(FORMULA);
    const maps = screen.getByRole('group', { name: /Feature map U: 4 channels of 4 by 4/ });
    expect(within(maps).getAllByRole('figure')).toHaveLength(4);
    for (const [k, name] of ['u₁', 'u₂', 'u₃', 'u₄'].entries()) {
      const cells = channelValues(name);
      expect(cells).toHaveLength(16);
      const mean = cells.reduce((a, b) => a + b, 0) / 16;
      const z = within(maps).getByText(new RegExp(`^z${'₁₂₃₄'[k]} =`));
      expect(z).toHaveTextContent(`= ${Number(mean.toFixed(3))}`);
      // The drawing shows the same numbers as the screen reader's tables.
      const drawn = document.querySelector(`.cf-svg [data-channel="${k + 1}"]`);
      const numbers = [...(drawn?.querySelectorAll('.cf-cell text') ?? [])].map((t) =>
        Number(t.textContent),
      );
      expect(numbers).toEqual(cells);
      expect(drawn?.querySelector('.cf-footer')).toHaveTextContent(
        `z${'₁₂₃₄'[k]} = ${Number(mean.toFixed(3))}`,
      );
    }
  });

  it('fills the formula, then substitutes channel 1', async () => {
    renderSlide(entry);
    // Wait for the panel before reading the grid: the lazy slide is not loaded when render returns.
    const tex = await texOf(await fill(FORMULA));
    const cells = channelValues('u₁');
    const sum = cells.reduce((a, b) => a + b, 0);
    expect(tex).toContain('z_c = \\frac{1}{H \\cdot W} \\sum_{i=1}^{H} \\sum_{j=1}^{W} u_c(i, j)');
    expect(tex).toContain(`\\frac{${sum}}{16} = ${sum / 16}`);
    expect(tex).toContain('\\frac{1}{4 \\cdot 4}');
  });

  it('recomputes z when H changes', async () => {
    renderSlide(entry);
    await fill(FORMULA);
    await setField('H', '2');
    const cells = channelValues('u₁');
    expect(cells).toHaveLength(8);
    const sum = cells.reduce((a, b) => a + b, 0);
    const tex = await texOf(await fill(FORMULA));
    expect(tex).toContain('\\frac{1}{2 \\cdot 4}');
    expect(tex).toContain(`\\frac{${sum}}{8}`);
    expect(screen.getByText(/additions\.$/)).toHaveTextContent('H·W·C = 32 additions');
  });
});
