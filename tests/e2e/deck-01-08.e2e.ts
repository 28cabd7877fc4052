// Slides 1–8 (title, motivation, MobileNet up to the standard convolution's cost) in a real
// browser: each opens by deep link with its lecture-map defaults and no console error, a control
// changes a fill (or the slide's numbers) and the link, axe finds no serious or critical
// violation, and a phone-wide window never scrolls sideways.
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
  await page.getByRole('textbox', { name: new RegExp(`^${key} \\(`) }).fill(value);
}

const hash = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash));

/** The TeX sources KaTeX rendered inside an element (its MathML annotations). */
const texOf = (page: Page, label: string) =>
  fill(page, label)
    .locator('annotation')
    .allTextContents()
    .then((list) => list.join(' | '));

/** Opens a slide, runs the checks and always closes the page; fails on any recorded problem. */
async function withSlide(
  path: string,
  check: (opened: OpenedPage) => Promise<void>,
  viewport = { width: 1280, height: 800 },
) {
  const opened = await openPage(path, { viewport });
  try {
    await check(opened);
    expect(opened.problems()).toEqual([]);
  } finally {
    await opened.close();
  }
}

async function noSeriousViolations(page: Page, where = '') {
  await page.waitForLoadState('networkidle');
  const violations = await axe(page);
  expect(violations, `${where} ${formatViolations(violations)}`).toEqual([]);
}

describe('slide 1, title', { timeout: 90_000 }, () => {
  it('names the course, links the parts, the quiz and the lab, accessibly', async () => {
    await withSlide('#/title', async ({ page }) => {
      await page.getByText('Computer Vision · Week 6').waitFor(LOAD);
      expect(
        await page.getByText('Mobile Systems Engineering · Dankook University · 2025-2').count(),
      ).toBe(1);
      const parts = page.getByRole('navigation', { name: 'Parts of the lecture' });
      expect(await parts.getByRole('link').first().getAttribute('href')).toBe('#/why-lightweight');
      expect(
        await page.getByRole('link', { name: /^Quiz.*check yourself/ }).getAttribute('href'),
      ).toBe('#/quiz');
      expect(
        await page.getByRole('link', { name: 'Model lab', exact: true }).getAttribute('href'),
      ).toBe('#/lab');
      await noSeriousViolations(page);
      await page.getByRole('link', { name: /Start the lecture/ }).click();
      await expect.poll(() => hash(page)).toBe('#/why-lightweight');
    });
  });
});

describe('slide 2, why-lightweight', { timeout: 90_000 }, () => {
  it('shows the lecture’s table beside the engine’s, and follows the classes', async () => {
    await withSlide('#/why-lightweight', async ({ page }) => {
      const table = page.getByRole('table', { name: /the lecture’s table as printed/ });
      await table.waitFor(LOAD);
      const resnet18 = table.getByRole('row', { name: /^ResNet-18 / });
      expect(await resnet18.textContent()).toMatch(/11\.4\s*11\.4✓\s*45 MB\s*33\.3\s*33\.3✓/);
      expect(await table.getByRole('row', { name: /^VGG-16 / }).textContent()).toMatch(
        /179\.1†\s*164\.1/,
      );
      const chart = fill(page, 'the params-at-a-glance figure');
      await chart.locator('.recharts-bar-rectangle').first().waitFor(LOAD);
      await setField(page, 'classes', '1000');
      await expect.poll(() => resnet18.textContent()).toMatch(/11\.4\s*11\.8\s*47 MB/);
      await expect
        .poll(() =>
          chart.getByRole('row', { name: /^ResNet-18 /, includeHidden: true }).textContent(),
        )
        .toMatch(/^ResNet-18\s*11\.8\s*33\.7/);
      await expect.poll(() => hash(page)).toContain('classes=1000');
      await noSeriousViolations(page);
    });
  });
});

describe('slide 3, three-axes', { timeout: 90_000 }, () => {
  it('scales EfficientNet-B0 along one axis by keyboard, and charts all three', async () => {
    await withSlide('#/three-axes', async ({ page }) => {
      const all = page.getByRole('row', { name: /^All three/ });
      await all.waitFor(LOAD);
      expect(await all.textContent()).toContain('0.39 B MACs at 224 px');
      await page.locator('.recharts-line-curve').first().waitFor(LOAD);
      await page.getByRole('slider', { name: /width multiplier/ }).press('ArrowRight');
      await expect.poll(() => hash(page)).toContain('w=1.05');
      await expect
        .poll(() => page.getByRole('row', { name: /^Width/ }).textContent())
        .toMatch(/w² = ×1\.10\s*×1\.\d\d/);
      await noSeriousViolations(page);
    });
  });
});

describe('slide 4, what-is-a-flop', { timeout: 90_000 }, () => {
  it('fills 2n − 1 = 5 and m(2n − 1) = 20, and follows n in the fill and the link', async () => {
    await withSlide('#/what-is-a-flop', async ({ page }) => {
      const dot = 'FLOPs of a dot product of n elements';
      await fill(page, dot)
        .locator('annotation')
        .waitFor({ state: 'attached', ...LOAD });
      expect(await texOf(page, dot)).toBe('2 \\cdot n - 1 = 2 \\cdot 3 - 1 = 5');
      expect(await texOf(page, 'FLOPs of a dense layer n → m')).toContain('&= 20');
      expect(await texOf(page, 'the weight matrix W')).toContain('\\mathbb{R}^{4 \\times 3}');
      await setField(page, 'n', '5');
      await expect.poll(() => texOf(page, dot)).toBe('2 \\cdot n - 1 = 2 \\cdot 5 - 1 = 9');
      await expect.poll(() => texOf(page, 'FLOPs of a dense layer n → m')).toContain('&= 36');
      await expect.poll(() => hash(page)).toContain('n=5');
      await noSeriousViolations(page);
    });
  });
});

describe('slide 5, mobilenet-intro', { timeout: 90_000 }, () => {
  it('shows the engine’s full-conv and MobileNet counts beside Table 4', async () => {
    await withSlide('#/mobilenet-intro', async ({ page }) => {
      await page.getByText('568.7 M MACs').waitFor(LOAD);
      expect(await page.getByText('4867.3 M MACs').count()).toBe(1);
      expect(await page.getByText(/paper: 569 M mult-adds/).count()).toBe(1);
      expect(await page.getByText('8.6×').count()).toBe(1);
      await noSeriousViolations(page);
    });
  });
});

describe('slide 6, standard-vs-depthwise', { timeout: 90_000 }, () => {
  it('draws both convolutions from M, N, D_K and follows N in the figure and the link', async () => {
    await withSlide('#/standard-vs-depthwise', async ({ page }) => {
      const standard = fill(page, 'the standard convolution figure').getByRole('img');
      await standard.waitFor(LOAD);
      expect(await standard.getAttribute('aria-label')).toContain('N = 512 filters of 3×3×512');
      expect(await page.getByText('8.8× less').count()).toBe(1);
      await setField(page, 'N', '64');
      await expect.poll(() => standard.getAttribute('aria-label')).toContain('N = 64 filters');
      await expect.poll(() => page.getByText('7.9× less').count()).toBe(1);
      await expect.poll(() => hash(page)).toContain('N=64');
      await noSeriousViolations(page);
    });
  });
});

describe('slide 7, standard-conv-definitions', { timeout: 90_000 }, () => {
  it('derives D_G from stride and padding, in the formula, the figure and the link', async () => {
    await withSlide('#/standard-conv-definitions', async ({ page }) => {
      const grid = page.getByRole('img', { name: /kernel moves/ });
      await grid.waitFor(LOAD);
      expect(await grid.getAttribute('aria-label')).toContain('the output is 8 by 8');
      await page.getByRole('slider', { name: /stride/ }).press('ArrowRight');
      await expect.poll(() => grid.getAttribute('aria-label')).toContain('the output is 4 by 4');
      await expect.poll(() => hash(page)).toContain('s=2');
      await expect
        .poll(() => page.locator('.scd-formula annotation').textContent())
        .toContain('\\frac{8 + 2 \\cdot 1 - 3}{2}');
      await noSeriousViolations(page);
    });
  });
});

describe('slide 8, standard-conv-flops', { timeout: 90_000 }, () => {
  it('fills the three steps for Table 3’s layer and follows N in the fill and the link', async () => {
    await withSlide('#/standard-conv-flops', async ({ page }) => {
      const total = fill(page, 'Mults for N kernels (the total)');
      await total.waitFor(LOAD);
      expect(await total.textContent()).toContain('= 462,422,016');
      expect(await fill(page, 'Mults once (one position, one filter)').textContent()).toContain(
        '= 4,608',
      );
      expect(await fill(page, 'Mults per kernel (all positions)').textContent()).toContain(
        '= 903,168',
      );
      await setField(page, 'N', '256');
      await expect.poll(() => total.textContent()).toContain('= 231,211,008');
      await expect.poll(() => hash(page)).toContain('N=256');
      await noSeriousViolations(page);
    });
  });
});

const ids = [
  'title',
  'why-lightweight',
  'three-axes',
  'what-is-a-flop',
  'mobilenet-intro',
  'standard-vs-depthwise',
  'standard-conv-definitions',
  'standard-conv-flops',
];

// Where the slide's blocks are: the content's height, its zoom, the panel's height and the
// navigation under the stage (what a slide growing or shrinking would move).
const layoutOf = (page: Page) =>
  page.evaluate(() => {
    const content = document.querySelector<HTMLElement>('.stage-content');
    const panel = document.querySelector('.slide-panel');
    const nav = document.querySelector('nav.deck-nav');
    const round = (n: number | undefined) => Math.round((n ?? Number.NaN) * 2) / 2;
    return {
      zoom: content?.dataset.fit ?? '1.00',
      content: round(content?.getBoundingClientRect().height),
      panel: round(panel?.getBoundingClientRect().height),
      nav: round(nav?.getBoundingClientRect().top),
    };
  });

describe('slides 2–8 over each slider’s whole range', { timeout: 240_000 }, () => {
  it('keep their height, zoom and blocks in place at every slider’s ends', async () => {
    const moved: string[] = [];
    for (const id of ids) {
      await withSlide(`#/${id}`, async ({ page }) => {
        await page.locator('.slide-panel > :not(.loading)').first().waitFor(LOAD);
        await page.waitForLoadState('networkidle');
        // The zoom is found afresh while the slide loads (2 s); after that it only shrinks.
        await page.waitForTimeout(2_200);
        const before = await layoutOf(page);
        const sliders = page.locator('.slide-controls input[type=range]');
        const count = await sliders.count();
        // The sliders are not reset in between, so later ones meet earlier ones at their ends
        // (on slide 7, a kernel larger than the padded input).
        for (let index = 0; index < count; index += 1) {
          const slider = sliders.nth(index);
          for (const key of ['Home', 'End']) {
            await slider.press(key);
            await expect.poll(() => page.locator('.slide-panel[aria-busy]').count()).toBe(0);
            await page.evaluate(
              () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
            );
            await page.waitForTimeout(150);
            const after = await layoutOf(page);
            if (JSON.stringify(after) !== JSON.stringify(before)) {
              const name = await slider.getAttribute('aria-valuetext');
              moved.push(
                `${id} slider ${index} ${key} (${name ?? (await slider.inputValue())}): ${JSON.stringify(before)} → ${JSON.stringify(after)}`,
              );
            }
          }
        }
      });
    }
    expect(moved).toEqual([]);
  });
});

describe('slides 1–8 on a phone', { timeout: 120_000 }, () => {
  it('never scroll the page sideways at 390 × 844', async () => {
    for (const id of ids) {
      await withSlide(
        `#/${id}`,
        async ({ page }) => {
          await page.locator('.slide-panel > :not(.loading)').first().waitFor(LOAD);
          await page.waitForLoadState('networkidle');
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, `${id} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
        },
        { width: 390, height: 844 },
      );
    }
  });
});
