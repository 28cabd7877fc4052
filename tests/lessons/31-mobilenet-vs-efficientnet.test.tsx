import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meta } from '../../src/lessons/slides/31-mobilenet-vs-efficientnet.meta';
import { fill, renderSlide, slideEntry } from './support/slide-harness';

const entry = slideEntry(
  meta,
  31,
  () => import('../../src/lessons/slides/31-mobilenet-vs-efficientnet'),
);

describe('slide 31: MobileNet vs EfficientNet', { timeout: 30_000 }, () => {
  it('has the five rows of the lecture’s table as blanks', () => {
    expect(meta.id).toBe('mobilenet-vs-efficientnet');
    expect(meta.fills).toEqual([
      'Design strategy',
      'Building blocks',
      'Accuracy (ImageNet top-1)',
      'Params / FLOPs',
      'Use cases',
    ]);
  });

  it('fills design strategy, building blocks and use cases as the lecture map says', async () => {
    renderSlide(entry);
    expect(await fill('Design strategy, MobileNet')).toHaveTextContent(
      'hand-designed; depthwise separable convolutions',
    );
    expect(await fill('Design strategy, EfficientNet')).toHaveTextContent(
      'neural architecture search; compound scaling',
    );
    expect(await fill('Building blocks, MobileNet')).toHaveTextContent(
      'depthwise 3×3 → BN → ReLU → pointwise 1×1 → BN → ReLU',
    );
    expect(await fill('Building blocks, EfficientNet')).toHaveTextContent(
      'MBConv: 1×1 expansion → depthwise → SE → 1×1 projection (+ residual), Swish',
    );
    expect(await fill('Use cases, EfficientNet')).toHaveTextContent('phone (B0) to server (B7)');
  });

  it('quotes the published accuracies with their sources', async () => {
    renderSlide(entry);
    const mobile = await fill('Accuracy (ImageNet top-1), MobileNet');
    expect(mobile).toHaveTextContent('70.6 % (1.0-224) down to 50.6 % (0.25)');
    expect(mobile).toHaveTextContent('Howard et al. 2017, Table 6');
    const effnet = await fill('Accuracy (ImageNet top-1), EfficientNet');
    expect(effnet).toHaveTextContent('77.1 % (B0) up to 84.3 % (B7)');
    expect(effnet).toHaveTextContent('Tan & Le 2019, Table 2');
  });

  it('computes params and mult-adds with the engine, the paper beside them', async () => {
    renderSlide(entry);
    const mobile = await fill('Params / FLOPs, MobileNet');
    expect(mobile).toHaveTextContent('4.2 M / 568.7 M MACs (1.0-224, engine)');
    expect(mobile).toHaveTextContent('paper: 4.2 M / 569 M mult-adds');
    const effnet = await fill('Params / FLOPs, EfficientNet');
    expect(effnet).toHaveTextContent('5.3 M / 385.8 M (B0) up to 66.3 M / 37.75 B (B7)');
    expect(effnet).toHaveTextContent('paper: 5.3 M / 0.39 B (B0) up to 66 M / 37 B (B7)');
    expect(screen.getByText(/Both counted in multiply-adds/)).toHaveTextContent(
      '0.68× the mult-adds of MobileNet 1.0-224 for +6.5',
    );
  });

  it('reveals row by row in practice mode', async () => {
    renderSlide(entry, { shown: 2 });
    await fill('Building blocks, EfficientNet');
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('button', { name: /^Reveal: Accuracy/ })).toHaveLength(2);
    expect(within(table).getAllByRole('button', { name: /^Reveal:/ })).toHaveLength(6);
  });
});
