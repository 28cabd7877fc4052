import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meta } from '../../src/lessons/slides/11-pointwise-flops.meta';
import { defaultValues } from '../../src/store/param-schema';
import { fill, renderSlide, setField, slideEntry } from './support/slide-harness';

const entry = slideEntry(meta, 11, () => import('../../src/lessons/slides/11-pointwise-flops'));

const total = () => fill('total multiplications of the pointwise step');

describe('slide 11: pointwise cost', { timeout: 30_000 }, () => {
  it('defaults to M = N = 512, D_F = 14 and has one blank', () => {
    expect(defaultValues(meta.params)).toEqual({ M: 512, N: 512, DF: 14 });
    expect(meta.fills).toEqual(['Total multiplications of the pointwise step: M · N · D_F · D_F']);
  });

  it('fills M·N·D_F·D_F with the engine result and names the convention', async () => {
    renderSlide(entry);
    const blank = await total();
    expect(blank).toHaveTextContent('Multiplications = mult-adds (MACs): 51,380,224');
    expect(screen.getByRole('heading', { name: /the lecture’s “FLOPs”/ })).toBeInTheDocument();
    expect(screen.getByText(/^Weights, as many as one position/).parentElement).toHaveTextContent(
      '262,144',
    );
    const adds = screen.getByText(/With the adds counted too/).closest('details');
    expect(adds).toHaveAttribute('open');
    expect(adds).toHaveTextContent('102,660,096');
  });

  it('follows M, N and D_F', async () => {
    renderSlide(entry);
    await total();
    await setField('N', '256');
    expect(await total()).toHaveTextContent('25,690,112');
    await setField('M', '3');
    await setField('DF', '7');
    expect(await total()).toHaveTextContent('37,632');
    expect(screen.getByRole('img', { name: /7 by 7 by 256/ })).toBeInTheDocument();
  });
});
