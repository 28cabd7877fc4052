import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { SlideEntry } from '../../src/lessons/deck';
import { SlideView } from '../../src/lessons/slide-view';
import { meta } from '../../src/lessons/slides/25-se-squeeze.meta';
import { defaultValues, type ParamValues } from '../../src/store/param-schema';

const entry: SlideEntry = {
  meta,
  number: 25,
  Panel: lazy(() => import('../../src/lessons/slides/25-se-squeeze')),
};

function Harness() {
  const [values, setValues] = useState<ParamValues>(defaultValues(meta.params));
  return (
    <SlideView
      entry={entry}
      values={values}
      onChange={(key, value) => setValues((old) => ({ ...old, [key]: value }))}
      fills={{ shown: null, reveal: () => undefined }}
    />
  );
}

const fill = () =>
  screen.findByRole('group', { name: 'Filled blank: the squeeze formula' }, { timeout: 10_000 });

async function texOf(element: HTMLElement): Promise<string> {
  await waitFor(() => expect(element.querySelector('annotation')).not.toBeNull(), {
    timeout: 10_000,
  });
  return [...element.querySelectorAll('annotation')].map((a) => a.textContent).join(' | ');
}

async function setField(key: string, value: string) {
  const field = screen.getByRole('textbox', { name: new RegExp(`^${key} \\(`) });
  await userEvent.clear(field);
  await userEvent.type(field, value);
}

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
    render(<Harness />);
    await fill();
    const maps = screen.getByRole('group', { name: /Feature map U: 4 channels of 4 by 4/ });
    expect(within(maps).getAllByRole('figure')).toHaveLength(4);
    for (const [k, name] of ['u₁', 'u₂', 'u₃', 'u₄'].entries()) {
      const cells = channelValues(name);
      expect(cells).toHaveLength(16);
      const mean = cells.reduce((a, b) => a + b, 0) / 16;
      const z = screen.getByText(new RegExp(`^z${'₁₂₃₄'[k]} =`));
      expect(z).toHaveTextContent(`= ${Number(mean.toFixed(3))}`);
    }
  });

  it('fills the formula, then substitutes channel 1', async () => {
    render(<Harness />);
    const cells = channelValues('u₁');
    const sum = cells.reduce((a, b) => a + b, 0);
    const tex = await texOf(await fill());
    expect(tex).toContain('z_c = \\frac{1}{H \\cdot W} \\sum_{i=1}^{H} \\sum_{j=1}^{W} u_c(i, j)');
    expect(tex).toContain(`\\frac{${sum}}{16} = ${sum / 16}`);
    expect(tex).toContain('\\frac{1}{4 \\cdot 4}');
  });

  it('recomputes z when H changes', async () => {
    render(<Harness />);
    await fill();
    await setField('H', '2');
    const cells = channelValues('u₁');
    expect(cells).toHaveLength(8);
    const sum = cells.reduce((a, b) => a + b, 0);
    const tex = await texOf(await fill());
    expect(tex).toContain('\\frac{1}{2 \\cdot 4}');
    expect(tex).toContain(`\\frac{${sum}}{8}`);
    expect(screen.getByText(/additions and/)).toHaveTextContent('H·W·C = 32');
  });
});
