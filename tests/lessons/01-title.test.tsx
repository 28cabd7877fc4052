import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deck } from '../../src/lessons/deck';
import { meta } from '../../src/lessons/slides/01-title.meta';
import { renderSlide, slideEntry } from './support/slide-harness';

const entry = slideEntry(meta, 1, () => import('../../src/lessons/slides/01-title'));

describe('slide 1: title', { timeout: 30_000 }, () => {
  it('names the course and shows the engine’s cost of three networks', async () => {
    renderSlide(entry);
    expect(
      await screen.findByText('Computer Vision · Week 6', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Mobile Systems Engineering · Dankook University · 2025-2'),
    ).toBeInTheDocument();
    expect(meta.title).toBe('From ResNet to Lightweight CNNs: MobileNet and EfficientNet');
    const teaser = screen.getByRole('figure', { name: /Mult-adds for one 224 × 224 image/ });
    expect(teaser).toHaveTextContent(
      /VGG-16\s*15.47 B\s*MobileNet\s*0.57 B\s*EfficientNet-B0\s*0.39 B/,
    );
  });

  it('links every part of the lecture to its first slide, covering the whole deck', async () => {
    renderSlide(entry);
    const outline = await screen.findByRole(
      'navigation',
      { name: 'Parts of the lecture' },
      { timeout: 10_000 },
    );
    const links = within(outline).getAllByRole('link');
    const firsts = deck.filter((e, i) => i > 0 && e.meta.section !== deck[i - 1]?.meta.section);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(firsts.map((e) => `#/${e.meta.id}`));
    expect(links[0]).toHaveTextContent(`${deck[1]?.meta.section}slides 2–`);
    const last = links.at(-1);
    expect(last).toHaveTextContent(new RegExp(`–${deck.length}$`));
  });

  it('opens the lecture, the quiz and the model lab', async () => {
    renderSlide(entry);
    expect(
      await screen.findByRole('link', { name: /Start the lecture/ }, { timeout: 10_000 }),
    ).toHaveAttribute('href', `#/${deck[1]?.meta.id}`);
    expect(screen.getByRole('link', { name: /^Quiz.*check yourself/ })).toHaveAttribute(
      'href',
      '#/quiz',
    );
    expect(screen.getByRole('link', { name: 'Model lab' })).toHaveAttribute('href', '#/lab');
  });
});
