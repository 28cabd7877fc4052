import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { SlideEntry } from '../../src/lessons/deck';
import type { FillState } from '../../src/lessons/fill';
import { SlideView } from '../../src/lessons/slide-view';
import { meta } from '../../src/lessons/slides/24-se-overview.meta';
import { defaultValues, type ParamValues } from '../../src/store/param-schema';

const entry: SlideEntry = {
  meta,
  number: 24,
  Panel: lazy(() => import('../../src/lessons/slides/24-se-overview')),
};

function Harness({ fills = { shown: null, reveal: () => undefined } }: { fills?: FillState }) {
  const [values, setValues] = useState<ParamValues>(defaultValues(meta.params));
  return (
    <SlideView
      entry={entry}
      values={values}
      onChange={(key, value) => setValues((old) => ({ ...old, [key]: value }))}
      fills={fills}
    />
  );
}

const fill = (label: string) =>
  screen.findByRole('group', { name: `Filled blank: ${label}` }, { timeout: 10_000 });

async function setField(key: string, value: string) {
  const field = screen.getByRole('textbox', { name: new RegExp(`^${key} \\(`) });
  await userEvent.clear(field);
  await userEvent.type(field, value);
}

describe('slide 24: SE overview', { timeout: 30_000 }, () => {
  it('has C, r, H, W with the SE paper’s r = 16 and three blanks', () => {
    expect(meta.id).toBe('se-overview');
    expect(defaultValues(meta.params)).toEqual({ C: 64, r: 16, H: 28, W: 28 });
    expect(meta.fills).toHaveLength(3);
  });

  it('fills squeeze, excitation and scale as the lecture map says', async () => {
    render(<Harness />);
    expect(await fill('what the squeeze does')).toHaveTextContent('global average pooling');
    expect(await fill('what the squeeze does')).toHaveTextContent(
      'global average pooling: 28×28×64 → 1×1×64',
    );
    expect(await fill('the layers of the excitation')).toHaveTextContent(
      'FC → ReLU → FC → sigmoid: 64 → 4 → 64',
    );
    expect(await fill('what the scale does')).toHaveTextContent('channel-wise multiply');
  });

  it('draws the block with the current C and r, and follows a change of r', async () => {
    render(<Harness />);
    const diagram = await screen.findByRole('img', { name: /^SE block/ }, { timeout: 10_000 });
    expect(diagram.getAttribute('aria-label')).toMatch(/U of 28 by 28 by 64/);
    expect(diagram.getAttribute('aria-label')).toMatch(/ReLU to 1 by 1 by 4;/);
    expect(within(diagram).getByText('1×1×4')).toBeInTheDocument();
    await setField('r', '8');
    expect(diagram.getAttribute('aria-label')).toMatch(/ReLU to 1 by 1 by 8;/);
    expect(await fill('the layers of the excitation')).toHaveTextContent('64 → 8 → 64');
  });

  it('says how C/r is rounded when r does not divide C', async () => {
    render(<Harness />);
    await fill('the layers of the excitation');
    await setField('r', '5');
    expect(await fill('the layers of the excitation')).toHaveTextContent('64 → 12 → 64');
    expect(screen.getByText(/is not whole/)).toHaveTextContent('⌊C/r⌋ = 12');
  });

  it('hides the fills behind reveal buttons in practice mode', async () => {
    render(<Harness fills={{ shown: 1, reveal: () => undefined }} />);
    expect(await fill('what the squeeze does')).toHaveTextContent('global average pooling');
    expect(
      screen.getByRole('button', { name: 'Reveal: the layers of the excitation' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reveal: what the scale does' })).toBeInTheDocument();
    expect(screen.queryByText(/channel-wise multiply/)).toBeNull();
  });
});
