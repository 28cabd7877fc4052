import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meta } from '../../src/lessons/slides/07-standard-conv-definitions.meta';
import { defaultValues } from '../../src/store/param-schema';
import { renderSlide, setField, settled, slideEntry, texOf } from './support/slide-harness';

const entry = slideEntry(
  meta,
  7,
  () => import('../../src/lessons/slides/07-standard-conv-definitions'),
);

const status = () => document.querySelector('.scd-status')?.textContent ?? '';

describe('slide 7: standard convolution, key definitions', { timeout: 30_000 }, () => {
  it('defaults to a 3 × 3 kernel with same padding, stride 1', () => {
    expect(defaultValues(meta.params)).toEqual({ DK: 3, DF: 8, s: 1, p: 1 });
    expect(meta.params.map((p) => p.key)).toEqual(['DK', 'DF', 's', 'p']);
  });

  it('defines the five symbols and derives D_G = ⌊(D_F + 2p − D_K)/s⌋ + 1 = D_F', async () => {
    renderSlide(entry);
    await screen.findByText(/the size is kept/, {}, { timeout: 10_000 });
    for (const meaning of [
      /kernel size/,
      /input channels/,
      /number of filters/,
      /input feature map size/,
      /output feature map size/,
    ]) {
      expect(screen.getAllByText(meaning).length).toBeGreaterThan(0);
    }
    const formula = await screen.findByText(
      (_, el) => el?.classList.contains('scd-formula') ?? false,
    );
    expect(await texOf(formula)).toContain(
      '\\left\\lfloor \\frac{D_F + 2 \\cdot p - D_K}{s} \\right\\rfloor + 1 \\\\ &= \\left\\lfloor \\frac{8 + 2 \\cdot 1 - 3}{1} \\right\\rfloor + 1 \\\\ &= 8',
    );
    expect(status()).toBe('DG = DF = 8: the size is kept.');
    expect(
      screen.getByRole('img', {
        name: /Input 8 by 8 with 1 padding cell on each side.*output is 8 by 8/,
      }),
    ).toBeInTheDocument();
  });

  it('follows stride and padding, and “same padding” restores D_G = D_F', async () => {
    renderSlide(entry);
    await screen.findByText(/the size is kept/, {}, { timeout: 10_000 });
    await setField('s', '2');
    await waitFor(() => expect(status()).toBe('DG = 4 ≠ DF = 8'));
    await setField('s', '1');
    await setField('p', '0');
    await waitFor(() => expect(status()).toBe('DG = 6 ≠ DF = 8'));
    await setField('DK', '5');
    await waitFor(() => expect(status()).toBe('DG = 4 ≠ DF = 8'));
    await userEvent.click(screen.getByRole('button', { name: 'Use same padding (p = 2)' }));
    await settled();
    await waitFor(() => expect(status()).toBe('DG = DF = 8: the size is kept.'));
    expect(screen.getByRole('button', { name: 'Use same padding (p = 2)' })).toBeDisabled();
  });

  it('explains a kernel that does not fit', async () => {
    renderSlide(entry);
    await screen.findByText(/the size is kept/, {}, { timeout: 10_000 });
    await setField('DF', '3');
    await setField('p', '0');
    await setField('DK', '7');
    expect(await screen.findByRole('alert')).toHaveTextContent(/kernel does not fit/);
  });
});
