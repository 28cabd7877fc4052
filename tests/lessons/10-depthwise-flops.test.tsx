import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meta } from '../../src/lessons/slides/10-depthwise-flops.meta';
import { defaultValues } from '../../src/store/param-schema';
import { fill, renderSlide, setField, slideEntry } from './support/slide-harness';

const entry = slideEntry(meta, 10, () => import('../../src/lessons/slides/10-depthwise-flops'));

describe('slide 10: depthwise cost', { timeout: 30_000 }, () => {
  it('defaults to the Table 3 layer: D_K = 3, M = 512, D_F = 14', () => {
    expect(defaultValues(meta.params)).toEqual({ DK: 3, M: 512, DF: 14 });
    expect(meta.fills).toHaveLength(2);
  });

  it('fills per channel D_K·D_K·D_F·D_F and total D_K·D_K·M·D_F·D_F from the engine', async () => {
    renderSlide(entry);
    const perChannel = await fill('multiplications for one channel');
    expect(perChannel).toHaveTextContent('Multiplications (mult-adds) per channel: 1,764');
    await waitFor(() =>
      expect(perChannel.querySelector('annotation')?.textContent).toContain(
        'D_K \\cdot D_K \\cdot D_F \\cdot D_F = 3 \\cdot 3 \\cdot 14 \\cdot 14 = 1{,}764',
      ),
    );
    const total = await fill('total multiplications of the depthwise step');
    expect(total).toHaveTextContent('Multiplications = mult-adds (MACs): 903,168');
    expect(screen.getByRole('heading', { name: /the lecture’s “FLOPs”/ })).toBeInTheDocument();
    expect(screen.getByText(/^Weights, no/).parentElement).toHaveTextContent('4,608');
    const adds = screen.getByText(/With the adds counted too/).closest('details');
    expect(adds).toHaveAttribute('open');
    expect(adds).toHaveTextContent('1,705,984');
  });

  it('follows the controls', async () => {
    renderSlide(entry);
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
    renderSlide(entry);
    await fill('multiplications for one channel');
    await setField('DK', '0');
    expect(screen.getByRole('alert')).toHaveTextContent('DK (kernel size) must be');
    expect(await fill('multiplications for one channel')).toHaveTextContent('1,764');
  });
});
