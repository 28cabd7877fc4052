import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meta } from '../../src/lessons/slides/05-mobilenet-intro.meta';
import { renderSlide, slideEntry } from './support/slide-harness';

const entry = slideEntry(meta, 5, () => import('../../src/lessons/slides/05-mobilenet-intro'));

describe('slide 5: introducing MobileNet', { timeout: 30_000 }, () => {
  it('has no parameters and no blanks', () => {
    expect(meta.params).toEqual([]);
    expect(meta.fills).toEqual([]);
  });

  it('states the lecture’s points', async () => {
    renderSlide(entry);
    expect(await screen.findByText(/Google, 2017/, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText('mobile and embedded vision')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Depthwise separable convolution' })).toHaveAttribute(
      'href',
      '#/standard-vs-depthwise',
    );
    for (const use of ['object detection', 'face recognition', 'geo-localization']) {
      expect(screen.getByText(use)).toBeInTheDocument();
    }
  });

  it('shows the engine’s MobileNet vs full-conv count beside the paper’s Table 4', async () => {
    renderSlide(entry);
    await screen.findByText(/Google, 2017/, {}, { timeout: 10_000 });
    expect(screen.getByText('4867.3 M MACs')).toBeInTheDocument();
    expect(screen.getByText('568.7 M MACs')).toBeInTheDocument();
    expect(
      screen.getByText(/paper: 4866 M mult-adds, 29.3 M params, 71.7\s% top-1/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/paper: 569 M mult-adds, 4.2 M params, 70.6\s% top-1/),
    ).toBeInTheDocument();
    expect(screen.getByText('8.6×')).toBeInTheDocument();
    expect(screen.getByText(/less computation for 1.1/)).toBeInTheDocument();
    expect(screen.getByText(/Howard et al. 2017, Table 4/)).toHaveTextContent(
      '4867.3 M − 1.0 M = 4866.3 M',
    );
  });
});
