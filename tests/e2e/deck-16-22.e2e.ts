// Slides 16–22 (EfficientNet) in a real browser: each opens by deep link with no console error and
// shows the lecture-map defaults; a control changes a fill and the link; axe finds nothing serious.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { analyzeNetwork, efficientNet, formatCount } from '../../src/engine/index';
import { axe, formatViolations, openPage, type OpenedPage } from './support/browser';

const fill = (page: Page, label: string) =>
  page.getByRole('group', { name: `Filled blank: ${label}` });
const field = (page: Page, key: string) =>
  page.getByRole('textbox', { name: new RegExp(`^${key} \\(`) });
const hash = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash));

// Opens a slide, runs the checks, then asserts a clean console and an axe-clean page.
async function withSlide(
  path: string,
  check: (opened: OpenedPage) => Promise<void>,
): Promise<void> {
  const opened = await openPage(path);
  try {
    await opened.page
      .locator('.slide-panel .loading')
      .first()
      .waitFor({ state: 'detached', timeout: 20_000 });
    await check(opened);
    const violations = await axe(opened.page);
    expect(violations, formatViolations(violations)).toEqual([]);
    expect(opened.problems()).toEqual([]);
  } finally {
    await opened.close();
  }
}

async function typeInto(page: Page, key: string, value: string): Promise<void> {
  const input = field(page, key);
  await input.fill(value);
  await input.press('Tab');
}

function engineMacs(variant: 'b3'): string {
  const network = efficientNet({ variant });
  if (!network.ok) throw new Error(network.error.message);
  const analysis = analyzeNetwork(network.value);
  if (!analysis.ok) throw new Error(analysis.error.message);
  return formatCount(analysis.value.totals.macs);
}

describe('slides 16–22: EfficientNet', () => {
  it('16 efficientnet-intro: the lecture’s points and B0 against ResNet-50', async () => {
    await withSlide('#/efficientnet-intro', async ({ page }) => {
      await expect.poll(() => page.getByText(/Tan & Le, ICML/).count()).toBe(1);
      const bars = page.getByRole('img', { name: /parameters: engine \(paper\)/ });
      expect(await bars.getAttribute('aria-label')).toMatch(/EfficientNet-B0 5\.3 M \(5\.3 M\)/);
      expect(await page.getByText(/10\.6× fewer mult-adds/).count()).toBe(1);
    });
  });

  it('17 compound-scaling: 1.92 and 2^φ by default; φ moves the fill and the link', async () => {
    await withSlide('#/compound-scaling', async ({ page }) => {
      await expect.poll(() => fill(page, 'the product α·β²·γ²').textContent()).toContain('1.9203');
      expect(await fill(page, 'how FLOPs grow with φ').textContent()).toContain('1.92');
      expect(await page.getByText('0.99 B MACs').count()).toBe(1);
      const slider = page.getByRole('slider', { name: /phi: compound coefficient/ });
      await slider.focus();
      for (let i = 0; i < 10; i++) await slider.press('ArrowRight');
      await expect.poll(() => hash(page)).toBe('#/compound-scaling?phi=2');
      await expect.poll(() => fill(page, 'how FLOPs grow with φ').textContent()).toContain('3.687');
    });
  });

  it('17 compound-scaling: a link with φ = 3 opens at φ = 3', async () => {
    await withSlide('#/compound-scaling?phi=3', async ({ page }) => {
      await expect.poll(() => fill(page, 'how FLOPs grow with φ').textContent()).toContain('7.081');
      expect(await field(page, 'phi').inputValue()).toBe('3');
    });
  });

  it('18 scaling-objective: the two constraints; a budget moves the fill and the link', async () => {
    await withSlide('#/scaling-objective', async ({ page }) => {
      await expect
        .poll(() => fill(page, 'the memory constraint').textContent())
        .toMatch(/target_memory.*50/);
      expect(await page.getByText('Best that fits: B3, 81.6 % top-1.').count()).toBe(1);
      await typeInto(page, 'flops', '1');
      await expect.poll(() => hash(page)).toBe('#/scaling-objective?flops=1');
      await expect
        .poll(() => fill(page, 'the FLOPs constraint').textContent())
        .toMatch(/target_flops.*1/);
      expect(await page.getByText(/Best that fits: B2/).count()).toBe(1);
    });
  });

  it('19 scaling-interpretation: shape and depth of stage 6; the stage moves both and the link', async () => {
    await withSlide('#/scaling-interpretation', async ({ page }) => {
      await expect
        .poll(() => fill(page, 'the scaled input shape of stage i').textContent())
        .toContain('123.2');
      expect(await fill(page, 'the scaled depth of stage i').textContent()).toContain('= 4 blocks');
      const slider = page.getByRole('slider', { name: /stage shown/ });
      await slider.focus();
      await slider.press('ArrowRight');
      await slider.press('ArrowRight');
      await expect.poll(() => hash(page)).toBe('#/scaling-interpretation?i=8');
      await expect
        .poll(() => fill(page, 'the scaled depth of stage i').textContent())
        .toContain('= 2 blocks');
    });
  });

  it('20 efficientnet-blocks: the three blocks with the engine’s cost split', async () => {
    await withSlide('#/efficientnet-blocks', async ({ page }) => {
      const split = page.getByRole('img', { name: /Share of the block’s mult-adds/ });
      await expect.poll(() => split.getAttribute('aria-label')).toContain('expand 47.3 %');
      expect(await page.getByRole('heading', { name: /Swish/ }).count()).toBe(1);
    });
  });

  it('21 efficientnet-b0-table: B0’s totals by default; B3 changes the table, the fills and the link', async () => {
    await withSlide('#/efficientnet-b0-table', async ({ page }) => {
      await expect.poll(() => fill(page, 'total MACs').textContent()).toContain('385,814,752');
      expect(await fill(page, 'total params').textContent()).toContain('5,288,548');
      expect(await page.getByText(/“FLOPs” are multiply-adds/).count()).toBe(1);
      // The pill a presenter clicks (its radio is a visually hidden 1 px input, below a pixel
      // once the slide is zoomed to fit, which Playwright will not click directly).
      await page.locator('.param-option', { hasText: /^B3$/ }).click();
      expect(await page.getByRole('radio', { name: 'B3' }).isChecked()).toBe(true);
      await expect.poll(() => hash(page)).toBe('#/efficientnet-b0-table?model=b3');
      await expect.poll(() => fill(page, 'total MACs').textContent()).toContain(engineMacs('b3'));
    });
  });

  it('22 mbconv: each part’s cost by default; N ≠ M removes the residual and updates the link', async () => {
    await withSlide('#/mbconv', async ({ page }) => {
      await expect.poll(() => fill(page, 'the block total').textContent()).toContain('15,918,720');
      expect(await fill(page, 'cost of the 1×1 expansion').textContent()).toContain('7,526,400');
      expect(await fill(page, 'cost of the residual add').textContent()).toContain('15,680');
      await typeInto(page, 'N', '96');
      await expect.poll(() => hash(page)).toBe('#/mbconv?N=96');
      await expect
        .poll(() => fill(page, 'cost of the residual add').textContent())
        .toContain('No residual: it needs s = 1 and M = N.');
      expect(
        await page.getByRole('img', { name: /MBConv block/ }).getAttribute('aria-label'),
      ).toMatch(/no residual\.$/);
    });
  });

  it('22 mbconv: a bad value in the link shows a notice and the nearest valid state', async () => {
    await withSlide('#/mbconv?t=99', async ({ page }) => {
      await expect
        .poll(() => page.getByText(/t \(expansion ratio\) must be/).count())
        .toBeGreaterThan(0);
      await expect.poll(() => hash(page)).toBe('#/mbconv?t=8');
      await expect
        .poll(() => fill(page, 'cost of the 1×1 expansion').textContent())
        .toContain('640');
    });
  });

  const slides = [
    'efficientnet-intro',
    'compound-scaling',
    'scaling-objective',
    'scaling-interpretation',
    'efficientnet-blocks',
    'efficientnet-b0-table',
    'mbconv',
  ];
  const variants = slides.flatMap((slide) =>
    (['phone', 'projector'] as const).map((variant) => ({ slide, variant })),
  );

  it.each(variants)(
    '$slide is axe-clean, CSP-clean and fits sideways: $variant',
    async ({ slide, variant }) => {
      const opened = await openPage(
        `#/${slide}`,
        variant === 'phone' ? { viewport: { width: 390, height: 844 } } : {},
      );
      try {
        const { page } = opened;
        if (variant === 'projector')
          await page.getByRole('combobox', { name: /Theme/ }).selectOption('projector');
        await page
          .locator('.slide-panel .loading')
          .first()
          .waitFor({ state: 'detached', timeout: 20_000 });
        await page.waitForLoadState('networkidle');
        const violations = await axe(page);
        expect(violations, formatViolations(violations)).toEqual([]);
        // No sideways scroll of the slide: wide tables and formulas scroll inside their own boxes.
        const overflow = await page.evaluate(() => {
          const stage = document.querySelector('.stage');
          return stage ? stage.scrollWidth - stage.clientWidth : 0;
        });
        expect(overflow).toBeLessThanOrEqual(1);
        expect(opened.problems()).toEqual([]);
      } finally {
        await opened.close();
      }
    },
  );
});
