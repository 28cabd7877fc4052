import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meta } from '../../src/lessons/slides/04-what-is-a-flop.meta';
import { defaultValues } from '../../src/store/param-schema';
import { fill, renderSlide, setField, settled, slideEntry, texOf } from './support/slide-harness';

const entry = slideEntry(meta, 4, () => import('../../src/lessons/slides/04-what-is-a-flop'));

const tally = (name: RegExp) => screen.getByText(name).nextElementSibling?.textContent;

describe('slide 4: what is a FLOP?', { timeout: 30_000 }, () => {
  it('defaults to the lecture: n = 3, m = 4, no bias', () => {
    expect(defaultValues(meta.params)).toEqual({ n: 3, m: 4, bias: 'off' });
    expect(meta.params.map((p) => p.key)).toEqual(['n', 'm', 'bias']);
  });

  it('fills 2n − 1 = 5, m(2n − 1) = 20 and W ∈ ℝ^{4×3}, with 12 mults, 8 adds, 12 MACs', async () => {
    renderSlide(entry);
    expect(await texOf(await fill('FLOPs of a dot product of n elements'))).toBe(
      '2 \\cdot n - 1 = 2 \\cdot 3 - 1 = 5',
    );
    expect(await texOf(await fill('FLOPs of a dense layer n → m'))).toContain(
      'm \\cdot \\left(2 \\cdot n - 1\\right) \\\\ &= 4 \\cdot \\left(2 \\cdot 3 - 1\\right) \\\\ &= 20',
    );
    const matrix = await fill('the weight matrix W');
    expect(await texOf(matrix)).toContain('W \\in \\mathbb{R}^{4 \\times 3}');
    expect(screen.getByRole('img', { name: /m = 4 rows and n = 3 columns/ })).toBeInTheDocument();
    expect(screen.getByText(/^3 mults \+ 2 adds =/)).toHaveTextContent(
      '3 mults + 2 adds = 5 FLOPs',
    );
    expect(tally(/^mults/)).toBe('12');
    expect(tally(/^adds/)).toBe('8');
    expect(tally(/^FLOPs = mults \+ adds/)).toBe('20');
    expect(tally(/^MACs/)).toBe('12');
  });

  it('follows n and m, and the bias adds m', async () => {
    renderSlide(entry);
    await fill('FLOPs of a dot product of n elements');
    await setField('n', '5');
    await waitFor(async () =>
      expect(await texOf(await fill('FLOPs of a dot product of n elements'))).toBe(
        '2 \\cdot n - 1 = 2 \\cdot 5 - 1 = 9',
      ),
    );
    await setField('m', '6');
    await waitFor(() => expect(tally(/^FLOPs = mults \+ adds/)).toBe('54'));
    expect(await texOf(await fill('the weight matrix W'))).toContain('\\mathbb{R}^{6 \\times 5}');
    await userEvent.click(screen.getByRole('radio', { name: /on/ }));
    await settled();
    await waitFor(() => expect(tally(/^FLOPs = mults \+ adds/)).toBe('60'));
    expect(tally(/^adds = m\(n − 1\) \+ m/)).toBe('30');
    expect(tally(/^MACs/)).toBe('30');
    expect(await texOf(await fill('FLOPs of a dense layer n → m'))).toContain(
      '&= 6 \\cdot \\left(2 \\cdot 5 - 1\\right) + 6',
    );
  });

  it('hides the fills in practice mode until revealed, in order', async () => {
    renderSlide(entry, { shown: 1 });
    await fill('FLOPs of a dot product of n elements');
    expect(
      screen.getByRole('button', { name: 'Reveal: FLOPs of a dense layer n → m' }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Reveal: the weight matrix W' })).toBeVisible();
    expect(screen.queryByRole('img', { name: /rows and/ })).toBeNull();
  });
});
