import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { SlideEntry } from '../../src/lessons/deck';
import { SlideView } from '../../src/lessons/slide-view';
import { meta } from '../../src/lessons/slides/11-pointwise-flops.meta';
import { defaultValues, type ParamValues } from '../../src/store/param-schema';

const entry: SlideEntry = {
  meta,
  number: 11,
  Panel: lazy(() => import('../../src/lessons/slides/11-pointwise-flops')),
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

const total = () =>
  screen.findByRole(
    'group',
    { name: 'Filled blank: total multiplications of the pointwise step' },
    { timeout: 10_000 },
  );

async function setField(key: string, value: string) {
  const field = screen.getByRole('textbox', { name: new RegExp(`^${key} \\(`) });
  await userEvent.clear(field);
  await userEvent.type(field, value);
}

describe('slide 11: pointwise cost', { timeout: 30_000 }, () => {
  it('defaults to M = N = 512, D_F = 14 and has one blank', () => {
    expect(defaultValues(meta.params)).toEqual({ M: 512, N: 512, DF: 14 });
    expect(meta.fills).toEqual(['Total multiplications of the pointwise step: M · N · D_F · D_F']);
  });

  it('fills M·N·D_F·D_F with the engine result and names the convention', async () => {
    render(<Harness />);
    const fill = await total();
    expect(fill).toHaveTextContent('51,380,224 multiplications = mult-adds (MACs)');
    expect(screen.getByText(/Weights:/)).toHaveTextContent('262,144');
    expect(screen.getByText(/With the adds counted too/)).toHaveTextContent('102,660,096');
  });

  it('follows M, N and D_F', async () => {
    render(<Harness />);
    await total();
    await setField('N', '256');
    expect(await total()).toHaveTextContent('25,690,112');
    await setField('M', '3');
    await setField('DF', '7');
    expect(await total()).toHaveTextContent('37,632');
    expect(screen.getByRole('img', { name: /7 by 7 by 256/ })).toBeInTheDocument();
  });
});
