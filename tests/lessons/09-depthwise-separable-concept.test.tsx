import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meta } from '../../src/lessons/slides/09-depthwise-separable-concept.meta';
import { renderSlide, slideEntry } from './support/slide-harness';

const entry = slideEntry(
  meta,
  9,
  () => import('../../src/lessons/slides/09-depthwise-separable-concept'),
);

describe('slide 9: depthwise separable concept', { timeout: 30_000 }, () => {
  it('has the lecture-map id, no blanks and real speaker notes', () => {
    expect(meta.id).toBe('depthwise-separable-concept');
    expect(meta.fills).toEqual([]);
    expect(meta.params).toEqual([]);
    for (const note of Object.values(meta.notes)) {
      expect(note).not.toMatch(/TODO/);
      expect(note.length).toBeGreaterThan(40);
    }
  });

  it('draws the two steps as a labelled figure', async () => {
    renderSlide(entry);
    const figure = await screen.findByRole('img', { name: /two steps/ }, { timeout: 10_000 });
    expect(figure.getAttribute('aria-label')).toMatch(/own D_K by D_K filter/);
    expect(figure.getAttribute('aria-label')).toMatch(/1 by 1 by M/);
    expect(screen.getByText('① depthwise')).toBeInTheDocument();
    expect(screen.getByText('② pointwise')).toBeInTheDocument();
  });

  it('shows the engine cost of MobileNet Table 3 layer beside the paper', async () => {
    renderSlide(entry);
    const table = await screen.findByRole('table', {}, { timeout: 10_000 });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('462,422,016');
    expect(rows[1]).toHaveTextContent('2,359,296');
    expect(rows[1]).toHaveTextContent('462 M / 2.36 M');
    expect(rows[2]).toHaveTextContent('52,283,392');
    expect(rows[2]).toHaveTextContent('266,752');
    expect(rows[2]).toHaveTextContent('52.3 M / 0.27 M');
    expect(table).toHaveTextContent('8.8× fewer mult-adds');
    expect(screen.getByText(/Howard et al. 2017, Table 3/)).toBeInTheDocument();
  });
});
