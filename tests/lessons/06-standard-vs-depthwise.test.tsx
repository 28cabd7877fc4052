import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meta } from '../../src/lessons/slides/06-standard-vs-depthwise.meta';
import { defaultValues } from '../../src/store/param-schema';
import { fill, renderSlide, setField, slideEntry } from './support/slide-harness';

const entry = slideEntry(
  meta,
  6,
  () => import('../../src/lessons/slides/06-standard-vs-depthwise'),
);

describe('slide 6: standard vs depthwise separable convolution', { timeout: 30_000 }, () => {
  it('defaults to MobileNet Table 3’s layer', () => {
    expect(defaultValues(meta.params)).toEqual({ DK: 3, M: 512, N: 512, DF: 14 });
  });

  it('draws both figures from M, N and D_K, and computes “~8–9× less computation”', async () => {
    renderSlide(entry);
    const standard = await fill('the standard convolution figure');
    expect(within(standard).getByRole('img')).toHaveAccessibleName(
      /input 14×14×512, convolved with N = 512 filters of 3×3×512, gives the output 14×14×512/,
    );
    const separable = await fill('the depthwise separable figure');
    expect(within(separable).getByRole('img')).toHaveAccessibleName(
      /M = 512 depthwise filters of 3×3×1 .* N = 512 pointwise filters of 1×1×512/,
    );
    expect(screen.getByText('462.4 M')).toBeInTheDocument();
    expect(screen.getByText('8.8× less')).toBeInTheDocument();
    expect(screen.getByText('462,422,016 MACs')).toBeInTheDocument();
    expect(screen.getByText('52,283,392 MACs')).toBeInTheDocument();
    expect(screen.getByText(/MobileNet Table 3’s layer/)).toHaveTextContent(
      /D\s*K = 3, M = N = 512, D\s*F = 14 \(= your values\):\s*462\sM vs 52\.3\sM/,
    );
  });

  it('follows the values: small N makes the saving shrink, N = 1 makes it a loss', async () => {
    renderSlide(entry);
    await fill('the standard convolution figure');
    await setField('N', '64');
    await waitFor(() => expect(screen.getByText('7.9× less')).toBeInTheDocument());
    expect(
      within(await fill('the standard convolution figure')).getByRole('img'),
    ).toHaveAccessibleName(/N = 64 filters of 3×3×512/);
    await setField('N', '1');
    // 1/1 + 1/9: the separable pair costs 1.11 times the standard layer.
    await waitFor(() => expect(screen.getByText('1.11× more')).toBeInTheDocument());
    await setField('DK', '5');
    await setField('M', '3');
    expect(
      within(await fill('the depthwise separable figure')).getByRole('img'),
    ).toHaveAccessibleName(/M = 3 depthwise filters of 5×5×1/);
    expect(screen.getByText(/MobileNet Table 3’s layer/)).toHaveTextContent(
      /D\s*K = 3, M = N = 512, D\s*F = 14 \(≠ your values\):\s*462\sM vs 52\.3\sM/,
    );
  });
});
