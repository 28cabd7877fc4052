import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meta } from '../../src/lessons/slides/08-standard-conv-flops.meta';
import { defaultValues } from '../../src/store/param-schema';
import { fill, renderSlide, setField, slideEntry, texOf } from './support/slide-harness';

const entry = slideEntry(meta, 8, () => import('../../src/lessons/slides/08-standard-conv-flops'));

describe('slide 8: standard convolution, step by step', { timeout: 30_000 }, () => {
  it('defaults to MobileNet Table 3’s layer: D_K = 3, M = N = 512, D_F = 14', () => {
    expect(defaultValues(meta.params)).toEqual({ DK: 3, M: 512, N: 512, DF: 14 });
    expect(meta.fills).toHaveLength(3);
  });

  it('fills D_K·D_K·M, D_K·D_K·M·D_F·D_F and D_K·D_K·M·N·D_F·D_F with values and results', async () => {
    renderSlide(entry);
    const once = await fill('Mults once (one position, one filter)');
    expect(await texOf(once)).toBe('D_K \\cdot D_K \\cdot M | = 3 \\cdot 3 \\cdot 512');
    expect(once).toHaveTextContent('= 4,608');
    const perKernel = await fill('Mults per kernel (all positions)');
    expect(await texOf(perKernel)).toBe(
      'D_K \\cdot D_K \\cdot M \\cdot D_F \\cdot D_F | = 3 \\cdot 3 \\cdot 512 \\cdot 14 \\cdot 14',
    );
    expect(perKernel).toHaveTextContent('= 903,168');
    const total = await fill('Mults for N kernels (the total)');
    expect(await texOf(total)).toBe(
      'D_K \\cdot D_K \\cdot M \\cdot N \\cdot D_F \\cdot D_F | = 3 \\cdot 3 \\cdot 512 \\cdot 512 \\cdot 14 \\cdot 14',
    );
    expect(total).toHaveTextContent('= 462,422,016');
  });

  it('names the convention: mults = MACs, FLOPs with adds ≈ 2×, and quotes Table 3', async () => {
    renderSlide(entry);
    await fill('Mults for N kernels (the total)');
    expect(screen.getByText('462.4 M')).toBeInTheDocument();
    expect(screen.getByText('MACs (mult-adds)')).toBeInTheDocument();
    // N · D_F² outputs, each 2·D_K²·M − 1 FLOPs: 512 · 196 · 9215.
    expect(screen.getByText('924,743,680 ≈ 2.00 × MACs')).toBeInTheDocument();
    expect(screen.getByText(/Howard et al\. 2017/)).toHaveTextContent(
      /D\s*K = 3, M = N = 512, D\s*F = 14 \(= your values\).*462\sM mult-adds.*2\.36\sM params.*the engine counts 462\.4 M and 2\.36 M/,
    );
  });

  it('follows the values: N = 256 halves the total', async () => {
    renderSlide(entry);
    await fill('Mults for N kernels (the total)');
    await setField('N', '256');
    await waitFor(async () =>
      expect(await fill('Mults for N kernels (the total)')).toHaveTextContent('= 231,211,008'),
    );
    expect(await fill('Mults once (one position, one filter)')).toHaveTextContent('= 4,608');
    await setField('DF', '7');
    await waitFor(async () =>
      expect(await fill('Mults per kernel (all positions)')).toHaveTextContent('= 225,792'),
    );
    expect(screen.getByText(/Howard et al\. 2017/)).toHaveTextContent(
      /\(≠ your values\).*462\sM mult-adds.*the engine counts 462\.4 M and 2\.36 M/,
    );
  });
});
