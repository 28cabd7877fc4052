// Slides 9–15 (depthwise separable convolution and MobileNet) in a real browser: each opens by
// deep link with its lecture-map defaults and no console error, a control changes a fill and the
// link, and axe finds no serious or critical violation.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, formatViolations, openPage, type OpenedPage } from './support/browser';

// Every slide's panel is a lazy chunk and KaTeX loads on demand: give them time on a busy machine.
const LOAD = { timeout: 20_000 };

/** A fill by its label, as the Fill component names it. */
const fill = (page: Page, label: string) =>
  page.getByRole('group', { name: `Filled blank: ${label}`, exact: true });

/** Types a value into a parameter's number field. */
async function setField(page: Page, key: string, value: string) {
  const field = page.getByRole('textbox', { name: new RegExp(`^${key} \\(`) });
  await field.fill(value);
}

const hash = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash));

/** Opens a slide, runs the checks and always closes the page; fails on any recorded problem. */
async function withSlide(path: string, check: (opened: OpenedPage) => Promise<void>) {
  const opened = await openPage(path);
  try {
    await check(opened);
    expect(opened.problems()).toEqual([]);
  } finally {
    await opened.close();
  }
}

async function noSeriousViolations(page: Page) {
  await page.waitForLoadState('networkidle');
  const violations = await axe(page);
  expect(violations, formatViolations(violations)).toEqual([]);
}

describe('slide 9, depthwise-separable-concept', { timeout: 90_000 }, () => {
  it('opens with the two-step figure and the Table 3 layer cost, accessibly', async () => {
    await withSlide('#/depthwise-separable-concept', async ({ page }) => {
      await page.getByRole('img', { name: /two steps/ }).waitFor(LOAD);
      const table = page.getByRole('table');
      expect(await table.textContent()).toContain('462,422,016');
      expect(await table.textContent()).toContain('52,283,392');
      expect(await table.textContent()).toContain('52.3 M / 0.27 M');
      await noSeriousViolations(page);
    });
  });
});

describe('slide 10, depthwise-flops', { timeout: 90_000 }, () => {
  it('shows D_K·D_K·M·D_F·D_F = 903,168 and follows D_K in the fill and the link', async () => {
    await withSlide('#/depthwise-flops', async ({ page }) => {
      const total = fill(page, 'total multiplications of the depthwise step');
      await total.waitFor(LOAD);
      expect(await total.textContent()).toContain('903,168');
      expect(await fill(page, 'multiplications for one channel').textContent()).toContain('1,764');
      await setField(page, 'DK', '5');
      await expect.poll(() => total.textContent()).toContain('2,508,800');
      await expect.poll(() => hash(page)).toContain('DK=5');
      await noSeriousViolations(page);
    });
  });
});

describe('slide 11, pointwise-flops', { timeout: 90_000 }, () => {
  it('shows M·N·D_F·D_F = 51,380,224 and follows the N slider by keyboard', async () => {
    await withSlide('#/pointwise-flops', async ({ page }) => {
      const total = fill(page, 'total multiplications of the pointwise step');
      await total.waitFor(LOAD);
      expect(await total.textContent()).toContain('51,380,224');
      await page.getByRole('slider', { name: /output channels/ }).press('ArrowRight');
      await expect.poll(() => total.textContent()).toContain('51,480,576');
      await expect.poll(() => hash(page)).toContain('N=513');
      await noSeriousViolations(page);
    });
  });
});

describe('slide 12, separable-total', { timeout: 90_000 }, () => {
  it('fills both totals and the ratio line by line, and follows N', async () => {
    await withSlide('#/separable-total', async ({ page }) => {
      const ratio = fill(page, 'the ratio, line by line');
      await ratio.waitFor(LOAD);
      await expect.poll(() => ratio.locator('.katex').count()).toBeGreaterThan(0);
      expect(await ratio.textContent()).toContain('11.3 % of the standard cost, 8.8× less');
      const separable = fill(page, 'FLOPs of the depthwise separable convolution');
      expect(await separable.textContent()).toContain('52,283,392');
      expect(await fill(page, 'FLOPs of the standard convolution').textContent()).toContain(
        '462,422,016',
      );
      await setField(page, 'N', '256');
      await expect.poll(() => ratio.textContent()).toContain('11.5 %');
      await expect.poll(() => separable.textContent()).toContain('26,593,280');
      await expect.poll(() => hash(page)).toContain('N=256');
      await noSeriousViolations(page);
    });
  });
});

describe('slide 13, efficiency-example', { timeout: 90_000 }, () => {
  it('fills 1/256 + 1/9 ≈ 0.1150 ≈ 1/8.7 with its chart, and follows D_K', async () => {
    await withSlide('#/efficiency-example', async ({ page }) => {
      const cost = fill(page, 'relative cost with the values put in');
      await cost.waitFor(LOAD);
      await expect.poll(() => cost.textContent()).toContain('0.0039+0.1111=0.1150');
      const verdict = fill(page, 'how many times less computation');
      expect(await verdict.textContent()).toContain('8.7× less computation: about 9 times');
      await page.locator('.recharts-surface').first().waitFor(LOAD);
      await setField(page, 'DK', '5');
      await expect.poll(() => verdict.textContent()).toContain('22.8× less');
      await expect.poll(() => hash(page)).toContain('DK=5');
      await noSeriousViolations(page);
    });
  });
});

describe('slide 14, mobilenet-architecture', { timeout: 90_000 }, () => {
  it('fills 569 M mult-adds and 4.2 M params, lists the layers, and follows α', async () => {
    await withSlide('#/mobilenet-architecture', async ({ page }) => {
      const macs = fill(page, 'total mult-adds');
      await macs.waitFor(LOAD);
      expect(await macs.textContent()).toContain('568.7 M');
      expect(await fill(page, 'total parameters').textContent()).toContain('4.2 M');
      const table = page.getByRole('table', { name: /body table/ });
      expect(await table.locator('tbody tr').count()).toBe(30);
      expect(await table.locator('tbody tr').nth(25).textContent()).toContain('Conv dw / s1');
      await setField(page, 'alpha', '0.75');
      await expect.poll(() => macs.textContent()).toContain('325.4 M');
      await expect.poll(() => hash(page)).toContain('alpha=0.75');
      await noSeriousViolations(page);
    });
  });

  it('reads α and the resolution from the link, `resolution` as an alias of `res`', async () => {
    await withSlide('#/mobilenet-architecture?alpha=0.5&resolution=160', async ({ page }) => {
      const macs = fill(page, 'total mult-adds');
      await macs.waitFor(LOAD);
      expect(await macs.textContent()).toContain('76.5 M');
      const quote = page.locator('.sep-quote').filter({ hasText: 'Paper 76 M' });
      expect(await quote.textContent()).toBe('Paper 76 M (Table 9)');
    });
  });
});

describe('slide 15, width-multiplier', { timeout: 90_000 }, () => {
  it('quotes Tables 6–7 beside the engine, charts accuracy, and follows α and res', async () => {
    await withSlide('#/width-multiplier', async ({ page }) => {
      const macs = fill(page, 'mult-adds at this width');
      await macs.waitFor(LOAD);
      expect(await macs.textContent()).toContain('568.7 M');
      const paper = page.getByRole('table', { name: /^Paper \(Howard/ });
      expect(await paper.locator('tbody tr').count()).toBe(7);
      await page.locator('.recharts-surface').first().waitFor(LOAD);
      await setField(page, 'alpha', '0.25');
      await expect.poll(() => macs.textContent()).toContain('41.0 M');
      expect(await fill(page, 'parameters at this width').textContent()).toContain('0.46 M');
      await setField(page, 'res', '128');
      await expect.poll(() => macs.textContent()).toContain('13.6 M');
      await expect.poll(() => hash(page)).toContain('alpha=0.25&res=128');
      await noSeriousViolations(page);
    });
  });
});

const SLIDES = [
  'depthwise-separable-concept',
  'depthwise-flops',
  'pointwise-flops',
  'separable-total',
  'efficiency-example',
  'mobilenet-architecture',
  'width-multiplier',
];

describe('slides 9–15 on a phone and in the other themes', { timeout: 300_000 }, () => {
  it('have no sideways page scroll and no serious violation at 390×844', async () => {
    for (const id of SLIDES) {
      const opened = await openPage(`#/${id}`, { viewport: { width: 390, height: 844 } });
      try {
        const { page } = opened;
        await page
          .locator('.slide-panel [data-fill], .slide-panel figure, .slide-panel svg')
          .first()
          .waitFor(LOAD);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${id} scrolls sideways`).toBeLessThanOrEqual(0);
        await noSeriousViolations(page);
        expect(opened.problems()).toEqual([]);
      } finally {
        await opened.close();
      }
    }
  });

  it('keep enough contrast in the dark and projector themes', async () => {
    for (const theme of ['dark', 'projector']) {
      for (const id of [
        'separable-total',
        'efficiency-example',
        'mobilenet-architecture',
        'width-multiplier',
      ]) {
        const opened = await openPage(`#/${id}`);
        try {
          const { page } = opened;
          await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
          await page.locator('.slide-panel [data-fill]').first().waitFor(LOAD);
          await noSeriousViolations(page);
        } finally {
          await opened.close();
        }
      }
    }
  });
});
