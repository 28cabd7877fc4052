// Slides 23–31 (SE block, swish, activation maps, EfficientNet performance, the comparison) in a
// real browser: each opens by deep link with its lecture-map defaults and no console error, its
// controls update a fill and the link, and axe finds no serious or critical violation.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, formatViolations, openPage } from './support/browser';

interface Change {
  /** The parameter's link name, e.g. `r`. */
  readonly key: string;
  readonly value: string;
  /** The text the slide's fill must then contain. */
  readonly after: string | RegExp;
}

interface SlideCase {
  readonly id: string;
  /** A fill (by its label) and the text (or, with `tex`, the TeX) it shows at the defaults. */
  readonly fill?: string;
  readonly tex?: boolean;
  readonly defaults: string | RegExp;
  readonly change?: Change;
}

const SLIDES: readonly SlideCase[] = [
  { id: 'se-motivation', defaults: /do not capture relationships between channels/ },
  {
    id: 'se-overview',
    fill: 'the layers of the excitation',
    defaults: 'FC → ReLU → FC → sigmoid: 64 → 4 → 64',
    change: { key: 'r', value: '8', after: '64 → 8 → 64' },
  },
  {
    id: 'se-squeeze',
    fill: 'the squeeze formula',
    tex: true,
    defaults: '\\frac{1}{4 \\cdot 4} \\, (11 + 10 + 11 + 11) = \\frac{43}{16} = 2.6875',
    change: { key: 'H', value: '2', after: '\\frac{1}{2 \\cdot 4}' },
  },
  {
    id: 'se-excitation',
    fill: 'the parameters of the excitation',
    defaults: '16 weights (W₁, W₂) + 6 biases',
    change: { key: 'r', value: '4', after: '8 weights (W₁, W₂) + 5 biases' },
  },
  {
    id: 'se-scale',
    fill: 'the output weights',
    defaults: 's = (0.18, 0.75, 0.90, 0.59)',
    change: { key: 'C', value: '3', after: /^s = \([\d.]+, [\d.]+, [\d.]+\)$/ },
  },
  {
    id: 'swish',
    fill: 'Swish formula',
    tex: true,
    defaults: 'x \\cdot \\sigma(\\beta x) = x \\cdot \\sigma(x)',
    change: { key: 'beta', value: '2', after: '\\sigma(2x)' },
  },
  {
    id: 'activation-maps',
    fill: 'the swish map',
    defaults: 'Swish: smooth, gradual transitions (β = 1)',
    change: { key: 'beta', value: '5', after: 'Swish: smooth, gradual transitions (β = 5)' },
  },
  {
    id: 'efficientnet-performance',
    fill: 'the chart of top-1 accuracy against FLOPs',
    defaults: 'ImageNet top-1 accuracy against FLOPs',
  },
  {
    id: 'mobilenet-vs-efficientnet',
    fill: 'Params / FLOPs, MobileNet',
    defaults: '4.2 M / 568.7 M MACs (1.0-224, engine)',
  },
];

// A fill's text, or with `tex` the TeX source of its formulas (KaTeX keeps it in <annotation>).
async function readFill(page: Page, slide: SlideCase): Promise<string> {
  if (!slide.fill) return (await page.locator('.slide-panel').innerText()).replace(/\s+/g, ' ');
  const fill = page.getByRole('group', { name: `Filled blank: ${slide.fill}` }).first();
  if (slide.tex) {
    await fill.locator('annotation').first().waitFor({ state: 'attached' });
    return (await fill.locator('annotation').allTextContents()).join(' | ');
  }
  return (await fill.innerText()).replace(/\s+/g, ' ').trim();
}

function matches(text: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? text.includes(expected) : expected.test(text);
}

async function waitForPanel(page: Page): Promise<void> {
  await page.locator('.slide-panel').waitFor();
  await expect
    .poll(() => page.locator('.slide-panel .loading').count(), { timeout: 20_000 })
    .toBe(0);
  // KaTeX and its fonts load on demand: let the network settle.
  await page.waitForLoadState('networkidle');
}

describe('slides 23–31', () => {
  for (const slide of SLIDES) {
    describe(slide.id, () => {
      it('opens by deep link with its defaults and no console error', async () => {
        const opened = await openPage(`#/${slide.id}`);
        const { page } = opened;
        try {
          await waitForPanel(page);
          const text = await readFill(page, slide);
          expect(matches(text, slide.defaults), `${text} shows ${String(slide.defaults)}`).toBe(
            true,
          );
          expect(opened.problems()).toEqual([]);
        } finally {
          await opened.close();
        }
      });

      const change = slide.change;
      if (change) {
        it(`updates a fill and the link when ${change.key} changes`, async () => {
          const opened = await openPage(`#/${slide.id}`);
          const { page } = opened;
          try {
            await waitForPanel(page);
            const before = await readFill(page, slide);
            const field = page.getByRole('textbox', { name: new RegExp(`^${change.key} \\(`) });
            await field.fill(change.value);
            await expect
              .poll(() => page.evaluate(() => location.hash))
              .toContain(`${change.key}=${change.value}`);
            await expect
              .poll(async () => matches(await readFill(page, slide), change.after))
              .toBe(true);
            expect(await readFill(page, slide)).not.toBe(before);
            expect(opened.problems()).toEqual([]);
          } finally {
            await opened.close();
          }
        });

        it(`steps ${change.key} with the keyboard on its slider`, async () => {
          const opened = await openPage(`#/${slide.id}`);
          const { page } = opened;
          try {
            await waitForPanel(page);
            const field = page.getByRole('textbox', { name: new RegExp(`^${change.key} \\(`) });
            const start = await field.inputValue();
            const slider = page
              .locator('.param-control')
              .filter({ has: field })
              .getByRole('slider');
            await slider.focus();
            await page.keyboard.press('ArrowRight');
            await expect.poll(() => field.inputValue()).not.toBe(start);
            await expect.poll(() => page.evaluate(() => location.hash)).toContain(`${change.key}=`);
            expect(opened.problems()).toEqual([]);
          } finally {
            await opened.close();
          }
        });
      }

      it('has no serious or critical accessibility violation', async () => {
        const opened = await openPage(`#/${slide.id}`);
        try {
          await waitForPanel(opened.page);
          const violations = await axe(opened.page);
          expect(violations, formatViolations(violations)).toEqual([]);
        } finally {
          await opened.close();
        }
      });
    });
  }
});

describe('slides 23–31 on a phone', () => {
  for (const slide of SLIDES) {
    it(`${slide.id} has no sideways page scroll at 390×844`, async () => {
      const opened = await openPage(`#/${slide.id}`, { viewport: { width: 390, height: 844 } });
      try {
        await waitForPanel(opened.page);
        const overflow = await opened.page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
      } finally {
        await opened.close();
      }
    });
  }
});
