import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meta } from '../../src/lessons/slides/24-se-overview.meta';
import { defaultValues } from '../../src/store/param-schema';
import { fill, renderSlide, setField, slideEntry } from './support/slide-harness';

const entry = slideEntry(meta, 24, () => import('../../src/lessons/slides/24-se-overview'));

describe('slide 24: SE overview', { timeout: 30_000 }, () => {
  it('has C, r, H, W with the SE paper’s r = 16 and three blanks', () => {
    expect(meta.id).toBe('se-overview');
    expect(defaultValues(meta.params)).toEqual({ C: 64, r: 16, H: 28, W: 28 });
    expect(meta.fills).toHaveLength(3);
  });

  it('fills squeeze, excitation and scale as the lecture map says', async () => {
    renderSlide(entry);
    expect(await fill('what the squeeze does')).toHaveTextContent('global average pooling');
    // The squeeze takes U (its shape is in the row above) to one number per channel.
    expect(await fill('what the squeeze does')).toHaveTextContent(
      /^global average pooling: .*→ 1×1×64$/,
    );
    expect(await fill('the layers of the excitation')).toHaveTextContent(
      'FC → ReLU → FC → sigmoid: 64 → 4 → 64',
    );
    expect(await fill('what the scale does')).toHaveTextContent('channel-wise multiply');
  });

  it('draws the block with the current C and r, and follows a change of r', async () => {
    renderSlide(entry);
    const diagram = await screen.findByRole('img', { name: /^SE block/ }, { timeout: 10_000 });
    expect(diagram.getAttribute('aria-label')).toMatch(/U of 28 by 28 by 64/);
    expect(diagram.getAttribute('aria-label')).toMatch(/ReLU to 1 by 1 by 4;/);
    expect(within(diagram).getByText('1×1×4')).toBeInTheDocument();
    await setField('r', '8');
    expect(diagram.getAttribute('aria-label')).toMatch(/ReLU to 1 by 1 by 8;/);
    expect(await fill('the layers of the excitation')).toHaveTextContent('64 → 8 → 64');
  });

  it('says how C/r is rounded when r does not divide C', async () => {
    renderSlide(entry);
    await fill('the layers of the excitation');
    await setField('r', '5');
    expect(await fill('the layers of the excitation')).toHaveTextContent('64 → 12 → 64');
    expect(screen.getByText(/is not whole/)).toHaveTextContent('⌊C/r⌋ = 12');
  });

  it('hides the fills behind reveal buttons in practice mode', async () => {
    renderSlide(entry, { shown: 1 });
    expect(await fill('what the squeeze does')).toHaveTextContent('global average pooling');
    expect(
      screen.getByRole('button', { name: 'Reveal: the layers of the excitation' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reveal: what the scale does' })).toBeInTheDocument();
    expect(screen.queryByText(/channel-wise multiply/)).toBeNull();
  });
});
