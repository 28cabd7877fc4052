import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { SlideEntry } from '../../src/lessons/deck';
import { SlideView } from '../../src/lessons/slide-view';
import { meta } from '../../src/lessons/slides/10-depthwise-flops.meta';
import { defaultValues, type ParamValues } from '../../src/store/param-schema';

const entry: SlideEntry = {
  meta,
  number: 10,
  Panel: lazy(() => import('../../src/lessons/slides/10-depthwise-flops')),
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

const fill = (label: string) =>
  screen.findByRole('group', { name: `Filled blank: ${label}` }, { timeout: 10_000 });

async function setField(key: string, value: string) {
  const field = screen.getByRole('textbox', { name: new RegExp(`^${key} \\(`) });
  await userEvent.clear(field);
  await userEvent.type(field, value);
}

describe('slide 10: depthwise cost', { timeout: 30_000 }, () => {
  it('defaults to the Table 3 layer: D_K = 3, M = 512, D_F = 14', () => {
    expect(defaultValues(meta.params)).toEqual({ DK: 3, M: 512, DF: 14 });
    expect(meta.fills).toHaveLength(2);
  });

  it('fills per channel D_K·D_K·D_F·D_F and total D_K·D_K·M·D_F·D_F from the engine', async () => {
    render(<Harness />);
    const perChannel = await fill('multiplications for one channel');
    expect(perChannel).toHaveTextContent('1,764 multiplications');
    await waitFor(() =>
      expect(perChannel.querySelector('annotation')?.textContent).toContain(
        'D_K \\cdot D_K \\cdot D_F \\cdot D_F = 3 \\cdot 3 \\cdot 14 \\cdot 14 = 1{,}764',
      ),
    );
    const total = await fill('total multiplications of the depthwise step');
    expect(total).toHaveTextContent('903,168 multiplications = mult-adds (MACs)');
    expect(screen.getByText(/With the adds counted too/)).toHaveTextContent('1,705,984');
  });

  it('follows the controls', async () => {
    render(<Harness />);
    await fill('multiplications for one channel');
    await setField('DK', '5');
    expect(await fill('multiplications for one channel')).toHaveTextContent('4,900');
    expect(await fill('total multiplications of the depthwise step')).toHaveTextContent(
      '2,508,800',
    );
    await setField('M', '32');
    await setField('DF', '112');
    expect(await fill('total multiplications of the depthwise step')).toHaveTextContent(
      '10,035,200',
    );
    expect(screen.getByRole('img', { name: /112 by 112 by 32/ })).toBeInTheDocument();
  });

  it('keeps the last good value when the field is invalid', async () => {
    render(<Harness />);
    await fill('multiplications for one channel');
    await setField('DK', '0');
    expect(screen.getByRole('alert')).toHaveTextContent('DK (kernel size) must be');
    expect(await fill('multiplications for one channel')).toHaveTextContent('1,764');
  });
});
