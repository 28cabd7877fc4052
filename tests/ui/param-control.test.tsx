import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { ParamSpec, ParamValue } from '../../src/store/param-schema';
import { ParamControl } from '../../src/ui/param-control';

const N: ParamSpec = {
  key: 'N',
  symbol: 'N',
  label: 'output channels',
  kind: 'int',
  min: 1,
  max: 2048,
  step: 1,
  default: 256,
};

function Harness() {
  const [value, setValue] = useState<ParamValue>(256);
  return (
    <>
      <ParamControl spec={N} value={value} onChange={setValue} />
      <output aria-label="current">{String(value)}</output>
    </>
  );
}

describe('ParamControl', () => {
  it('labels the slider with the symbol and its meaning', () => {
    render(<Harness />);
    const slider = screen.getByRole('slider', { name: /N: output channels/ });
    expect(slider).toHaveValue('256');
    expect(screen.getByRole('textbox', { name: /N \(output channels\), exact value/ })).toHaveValue(
      '256',
    );
  });

  // jsdom has no native slider keys; the browser tests step sliders with the keyboard.
  it('follows the slider', () => {
    render(<Harness />);
    const slider = screen.getByRole('slider', { name: /N: output channels/ });
    fireEvent.change(slider, { target: { value: '258' } });
    expect(screen.getByLabelText('current')).toHaveTextContent('258');
    expect(screen.getByRole('textbox', { name: /exact value/ })).toHaveValue('258');
  });

  it('takes a typed value', async () => {
    render(<Harness />);
    const field = screen.getByRole('textbox', { name: /exact value/ });
    await userEvent.clear(field);
    await userEvent.type(field, '512');
    expect(screen.getByLabelText('current')).toHaveTextContent('512');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('explains a bad value at the field and keeps the last good one', async () => {
    render(<Harness />);
    const field = screen.getByRole('textbox', { name: /exact value/ });
    await userEvent.clear(field);
    await userEvent.type(field, '5000');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'N (output channels) must be a whole number from 1 to 2048; got 5000. Still using N = 500.',
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('current')).toHaveTextContent('500');
    await userEvent.keyboard('{Escape}');
    expect(field).toHaveValue('500');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
