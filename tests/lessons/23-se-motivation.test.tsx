import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meta } from '../../src/lessons/slides/23-se-motivation.meta';
import { renderSlide, slideEntry } from './support/slide-harness';

const entry = slideEntry(meta, 23, () => import('../../src/lessons/slides/23-se-motivation'));

describe('slide 23: SE motivation', { timeout: 30_000 }, () => {
  it('has the lecture-map id, no blanks, no parameters and real speaker notes', () => {
    expect(meta.id).toBe('se-motivation');
    expect(meta.fills).toEqual([]);
    expect(meta.params).toEqual([]);
    for (const note of Object.values(meta.notes)) {
      expect(note).not.toMatch(/TODO/);
      expect(note.length).toBeGreaterThan(40);
    }
  });

  it('draws depthwise filtering per channel with no path between channels', async () => {
    renderSlide(entry);
    const figure = await screen.findByRole(
      'img',
      { name: /Depthwise convolution on 4 channels/ },
      { timeout: 10_000 },
    );
    expect(figure.getAttribute('aria-label')).toMatch(/no connection between different channels/);
    // Four channels, each with its own filter: one 3 × 3 filter square per channel row.
    expect(figure.querySelectorAll('.sem-filter')).toHaveLength(4);
    expect(figure.querySelectorAll('.sem-missing circle')).toHaveLength(2);
    expect(screen.getByText('no path from one channel to another')).toBeInTheDocument();
  });

  it("quotes the lecture's sentence about depthwise convolutions", async () => {
    renderSlide(entry);
    const quote = await screen.findByText(/extract spatial features/, {}, { timeout: 10_000 });
    expect(quote.closest('blockquote')).toHaveTextContent(
      '“Depthwise convolutions extract spatial features independently for each channel, but do not capture relationships between channels.”',
    );
  });
});
