import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meta } from '../../src/lessons/slides/12-separable-total.meta';
import { fill, renderSlide, setField, slideEntry } from './support/slide-harness';

const entry = slideEntry(meta, 12, () => import('../../src/lessons/slides/12-separable-total'));

/**
 * The TeX source KaTeX rendered inside an element (its MathML annotations, in order). Unlike
 * the shared texOf, it waits until every formula in the element has rendered.
 */
async function texOf(element: HTMLElement): Promise<string> {
  await waitFor(() =>
    expect(element.querySelector('.tex')?.querySelector('annotation')).not.toBeNull(),
  );
  await waitFor(() =>
    expect(element.querySelectorAll('annotation').length).toBe(
      element.querySelectorAll('.tex').length,
    ),
  );
  return [...element.querySelectorAll('annotation')].map((a) => a.textContent).join(' ');
}

describe('slide 12: separable total and ratio', { timeout: 30_000 }, () => {
  it('has three blanks in the lecture order', () => {
    expect(meta.fills).toHaveLength(3);
    expect(meta.fills[2]).toMatch(/1\/N \+ 1\/D_K²/);
  });

  it('fills both totals, substituted, with the engine results', async () => {
    renderSlide(entry);
    const separable = await texOf(await fill('FLOPs of the depthwise separable convolution'));
    expect(separable).toContain(
      'D_K \\cdot D_K \\cdot M \\cdot D_F \\cdot D_F + M \\cdot N \\cdot D_F \\cdot D_F',
    );
    expect(separable).toContain(
      '3 \\cdot 3 \\cdot 512 \\cdot 14 \\cdot 14 + 512 \\cdot 512 \\cdot 14 \\cdot 14',
    );
    expect(separable).toContain('52{,}283{,}392');
    const standard = await texOf(await fill('FLOPs of the standard convolution'));
    expect(standard).toContain(
      '3 \\cdot 3 \\cdot 512 \\cdot 512 \\cdot 14 \\cdot 14 = 462{,}422{,}016',
    );
  });

  it('shows the ratio line by line, every line substituted', async () => {
    renderSlide(entry);
    const ratio = await fill('the ratio, line by line');
    const tex = await texOf(ratio);
    // Line 1: the totals; line 2: split in two; line 3: 1/N + 1/D_K², each then with numbers.
    expect(tex).toContain(
      '\\frac{3 \\cdot 3 \\cdot 512 \\cdot 14 \\cdot 14 + 512 \\cdot 512 \\cdot 14 \\cdot 14}{3 \\cdot 3 \\cdot 512 \\cdot 512 \\cdot 14 \\cdot 14}',
    );
    expect(tex).toContain(
      '\\frac{3 \\cdot 3 \\cdot 512 \\cdot 14 \\cdot 14}{3 \\cdot 3 \\cdot 512 \\cdot 512 \\cdot 14 \\cdot 14} + \\frac{512 \\cdot 512 \\cdot 14 \\cdot 14}{3 \\cdot 3 \\cdot 512 \\cdot 512 \\cdot 14 \\cdot 14}',
    );
    expect(tex).toContain(
      '\\frac{1}{N} + \\frac{1}{{D_K}^{2}} = \\frac{1}{512} + \\frac{1}{{3}^{2}}',
    );
    expect(tex).toContain('0.0020 + 0.1111 = 0.1131');
    expect(ratio).toHaveTextContent('11.3 % of the standard cost, 8.8× less');
  });

  it('follows N and D_K', async () => {
    renderSlide(entry);
    await fill('the ratio, line by line');
    await setField('N', '256');
    expect(await fill('the ratio, line by line')).toHaveTextContent('11.5 %');
    await setField('DK', '5');
    const ratio = await fill('the ratio, line by line');
    expect(ratio).toHaveTextContent('4.4 % of the standard cost, 22.8× less');
    await waitFor(async () =>
      expect(await texOf(await fill('FLOPs of the standard convolution'))).toContain(
        '5 \\cdot 5 \\cdot 512 \\cdot 256 \\cdot 14 \\cdot 14 = 642{,}252{,}800',
      ),
    );
    expect(screen.getByRole('img', { name: /Cost to scale/ })).toBeInTheDocument();
  });

  it('says “more”, not “less”, when one output channel makes separable the dearer way', async () => {
    renderSlide(entry);
    await setField('N', '1');
    // 1/1 + 1/3² = 1.11: the depthwise pass alone costs what the whole standard layer does.
    expect(await fill('the ratio, line by line')).toHaveTextContent(
      '111.1 % of the standard cost, 1.11× more',
    );
  });
});
