// The deck's shell in a real browser: keyboard and history, links with bad values, practice
// mode, the outline, themes and the phone layout.
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser';

describe('deck navigation', () => {
  it('moves with ← → PageUp PageDown Home End, and back/forward work', async () => {
    const opened = await openPage('#/what-is-a-flop');
    const { page } = opened;
    try {
      const hash = () => page.evaluate(() => location.hash.split('?')[0]);
      await page.locator('#slide-title').click();
      await page.keyboard.press('ArrowRight');
      await expect.poll(hash).toBe('#/mobilenet-intro');
      await page.keyboard.press('PageDown');
      await expect.poll(hash).toBe('#/standard-vs-depthwise');
      await page.keyboard.press('PageUp');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(hash).toBe('#/what-is-a-flop');
      await page.keyboard.press('End');
      await expect.poll(hash).toBe('#/mobilenet-vs-efficientnet');
      expect(await page.getByText('Slide 31 of 31').count()).toBe(1);
      await page.keyboard.press('Home');
      await expect.poll(hash).toBe('#/title');
      await page.goBack();
      await expect.poll(hash).toBe('#/mobilenet-vs-efficientnet');
      await page.goForward();
      await expect.poll(hash).toBe('#/title');
      await page.getByRole('button', { name: /Next/ }).click();
      await expect.poll(hash).toBe('#/why-lightweight');
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('never draws a slide with the numbers of the slide before it', async () => {
    // Slide 6 draws its tensors from DK, M, N, DF; slide 5 has none of them. With both panels
    // loaded, moving 5 → 6 must draw slide 6 with its own values from its first frame.
    const opened = await openPage('#/standard-vs-depthwise');
    const { page } = opened;
    try {
      await page.locator('.svd-svg').first().waitFor();
      for (let round = 0; round < 3; round += 1) {
        await page.locator('#slide-title').click();
        await page.keyboard.press('ArrowLeft');
        await expect
          .poll(() => page.locator('#slide-title').textContent())
          .not.toMatch(/depthwise/i);
        await page.waitForTimeout(200);
        await page.keyboard.press('ArrowRight');
        await page.locator('.svd-svg').first().waitFor();
        await page.waitForTimeout(200);
      }
      expect(await page.locator('.stage').innerHTML()).not.toContain('NaN');
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('jumps anywhere from the outline', async () => {
    const opened = await openPage('#/title');
    const { page } = opened;
    try {
      await page.getByRole('button', { name: 'Outline' }).click();
      const outline = page.getByRole('navigation', { name: 'Outline of the lecture' });
      await outline.getByRole('link', { name: 'MBConv: mobile inverted bottleneck' }).click();
      await expect.poll(() => page.url()).toContain('#/mbconv');
      expect(await outline.count()).toBe(0);
    } finally {
      await opened.close();
    }
  });

  it('keeps a slide’s numbers when the deck comes back to it', async () => {
    const opened = await openPage('#/efficiency-example?N=512');
    const { page } = opened;
    try {
      await page.locator('#slide-title').click();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.url()).toContain('#/mobilenet-architecture');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => page.url()).toContain('#/efficiency-example?N=512');
    } finally {
      await opened.close();
    }
  });
});

describe('links with bad values', () => {
  it('show a notice and the nearest valid state', async () => {
    const opened = await openPage('#/efficiency-example?N=999999&DK=abc');
    const { page } = opened;
    try {
      const notice = page.getByRole('status').filter({ hasText: 'Showing' });
      await expect.poll(() => notice.count()).toBe(1);
      expect(await notice.textContent()).toMatch(/N \(.*\) must be .* Showing N = \d+ instead/);
      const n = page.getByRole('textbox', { name: /^N \(/ });
      expect(Number(await n.inputValue())).toBeLessThan(999999);
      await expect.poll(() => page.url()).not.toContain('999999');
      expect(opened.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('practice mode', () => {
  it('hides the fills until revealed one at a time, and remembers the choice', async () => {
    const opened = await openPage('#/what-is-a-flop');
    const { page } = opened;
    try {
      // The slide's panel loads on demand: wait for its fills.
      await expect.poll(() => page.locator('[data-fill]').count()).toBeGreaterThan(1);
      const total = await page.locator('[data-fill]').count();
      await page.getByRole('switch', { name: /Practice/ }).check();
      await expect.poll(() => page.locator('.fill-hidden').count()).toBe(total);
      await page
        .getByRole('button', { name: /^Reveal/ })
        .first()
        .click();
      await expect.poll(() => page.locator('.fill-hidden').count()).toBe(total - 1);
      await page.reload();
      await expect
        .poll(() => page.getByRole('switch', { name: /Practice/ }).isChecked())
        .toBe(true);
    } finally {
      await opened.close();
    }
  });
});

describe('layout', () => {
  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ] as const) {
    it(`has no sideways page scroll at ${width}×${height}`, async () => {
      const opened = await openPage('#/mobilenet-architecture', { viewport: { width, height } });
      try {
        await opened.page.waitForTimeout(300);
        const overflow = await opened.page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
      } finally {
        await opened.close();
      }
    });
  }

  it('switches to the dark theme and keeps it', async () => {
    const opened = await openPage('#/title');
    const { page } = opened;
    try {
      await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
      await page.reload();
      await expect
        .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
        .toBe('dark');
    } finally {
      await opened.close();
    }
  });
});
