import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { relu, sigmoid } from '../../src/engine/index';
import { buildSeExample } from '../../src/lessons/se/se-example';
import { meta } from '../../src/lessons/slides/26-se-excitation.meta';
import { defaultValues } from '../../src/store/param-schema';
import { fill, renderSlide, setField, slideEntry, texOf } from './support/slide-harness';

const entry = slideEntry(meta, 26, () => import('../../src/lessons/slides/26-se-excitation'));

const FORMULA = 'the excitation formula and the shapes of W₁ and W₂';
const PARAMS = 'the parameters of the excitation';

describe('slide 26: excitation', { timeout: 30_000 }, () => {
  it('continues the example with C = 4 and r = 2', () => {
    expect(meta.id).toBe('se-excitation');
    expect(defaultValues(meta.params)).toEqual({ C: 4, r: 2, H: 4, W: 4 });
    expect(meta.quizTopic).toBe('se-params');
  });

  it('fills s = σ(W₂ δ(W₁ z)) with the shapes of W₁ and W₂', async () => {
    renderSlide(entry);
    const tex = await texOf(await fill(FORMULA));
    expect(tex).toContain('s = \\sigma\\big(W_2\\, \\delta(W_1 z)\\big)');
    expect(tex).toContain(
      'W_1 \\in \\mathbb{R}^{\\frac{C}{r} \\times C} = \\mathbb{R}^{2 \\times 4}',
    );
    expect(tex).toContain(
      'W_2 \\in \\mathbb{R}^{C \\times \\frac{C}{r}} = \\mathbb{R}^{4 \\times 2}',
    );
  });

  it('fills the parameters 2C²/r + C/r + C = 22 from the engine', async () => {
    renderSlide(entry);
    const params = await fill(PARAMS);
    const tex = await texOf(params);
    expect(tex).toMatch(/= 22$/);
    expect(tex).toContain('\\frac{2 \\cdot {C}^{2}}{r} + \\frac{C}{r} + C');
    expect(tex).toContain('\\frac{2 \\cdot {4}^{2}}{2} + \\frac{4}{2} + 4');
    expect(params).toHaveTextContent('16 weights (W₁, W₂) + 6 biases (C/r + C) · 16 MACs');
    expect(screen.getByText(/params grow with C²/)).toHaveTextContent('C = 64 → 4,192');
  });

  it('computes s from the z of the squeeze slide with a ReLU and a sigmoid', async () => {
    renderSlide(entry);
    const example = buildSeExample(4, 4, 4, 2);
    // Recompute s here from the example's matrices, independently of the slide.
    const hidden = example.w1.map((row) =>
      relu(row.reduce((sum, w, k) => sum + w * (example.z[k] ?? 0), 0)),
    );
    const s = example.w2.map((row) =>
      sigmoid(row.reduce((sum, w, k) => sum + w * (hidden[k] ?? 0), 0)),
    );
    expect(s.map((v) => v.toFixed(2))).toEqual(['0.18', '0.75', '0.90', '0.59']);
    await fill(FORMULA);
    // Both products are one aligned formula: W₁z, then W₂δ(W₁z), row by row.
    const rows = () =>
      [...document.querySelectorAll('.see-example annotation')].flatMap((a) =>
        (a.textContent ?? '').split(' \\\\[0.5em] '),
      );
    await waitFor(() => expect(rows()).toHaveLength(2), { timeout: 10_000 });
    expect(rows()[1]).toContain(
      '\\begin{bmatrix} 0.18 \\\\ 0.75 \\\\ 0.90 \\\\ 0.59 \\end{bmatrix} = s',
    );
    // δ(W₁z) ≥ 0: the first row ends in the ReLU's output.
    expect(rows()[0]).toContain(
      `\\xrightarrow{\\;\\delta\\;} \\begin{bmatrix} ${hidden.map((v) => v.toFixed(2)).join(' \\\\ ')} \\end{bmatrix}`,
    );
    expect(screen.getByText(/from the squeeze/)).toHaveTextContent(
      'z = (2.688, 5.563, 6.438, 2.188)',
    );
  });

  it('follows r: W₁ becomes 1 × 4 at r = 4, and the exact count is used when r does not divide C', async () => {
    renderSlide(entry);
    await fill(PARAMS);
    await setField('r', '4');
    expect(await texOf(await fill(FORMULA))).toContain('\\mathbb{R}^{1 \\times 4}');
    expect(await texOf(await fill(PARAMS))).toMatch(/= 13$/);
    await setField('r', '3');
    const params = await fill(PARAMS);
    await waitFor(async () => expect(await texOf(params)).toContain('C \\cdot C_r'));
    expect(params).toHaveTextContent('C/r rounded down to 1');
  });
});
